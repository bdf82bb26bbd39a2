"""The resource catalogue as the domain sees it: resources indexed by key and by skill."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from tools.resources.models import Resource


class ResourceCatalog:
    """An immutable set of resources with lookups by key and by skill.

    Args:
        resources: The resources (keys must be unique).
        skill_names: Display names of skill ids (used as search text); optional.

    Raises:
        ValueError: Two resources share a key.
    """

    def __init__(self, resources: Iterable[Resource],
                 skill_names: Mapping[str, str] | None = None) -> None:
        self.resources: tuple[Resource, ...] = tuple(resources)
        self._by_key = {r.key: r for r in self.resources}
        if len(self._by_key) != len(self.resources):
            raise ValueError("resource keys must be unique")
        by_skill: dict[str, list[Resource]] = {}
        for resource in self.resources:
            for skill in resource.skills:
                by_skill.setdefault(skill, []).append(resource)
        self._by_skill = {skill: tuple(items) for skill, items in by_skill.items()}
        self.skill_names: Mapping[str, str] = dict(skill_names or {})

    def __len__(self) -> int:
        return len(self.resources)

    def get(self, key: str) -> Resource | None:
        """The resource with this key, or None."""
        return self._by_key.get(key)

    def covering(self, skill_id: str) -> tuple[Resource, ...]:
        """Every resource that teaches ``skill_id`` (any level, available or not)."""
        return self._by_skill.get(skill_id, ())

    @property
    def skills(self) -> frozenset[str]:
        """Every skill id at least one resource teaches."""
        return frozenset(self._by_skill)

    def name_of(self, skill_id: str) -> str:
        """Display name of a skill id (the id itself when unknown)."""
        return self.skill_names.get(skill_id, skill_id)

    def updated(self, changed: Iterable[Resource]) -> ResourceCatalog:
        """A new catalogue where the given resources replace those with the same key.

        Raises:
            KeyError: A resource's key is not in the catalogue.
        """
        updates = {r.key: r for r in changed}
        missing = set(updates) - set(self._by_key)
        if missing:
            raise KeyError(f"not in the catalogue: {sorted(missing)}")
        return ResourceCatalog((updates.get(r.key, r) for r in self.resources),
                               self.skill_names)
