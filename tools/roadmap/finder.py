"""Adapter from the resource recommender (:mod:`tools.resources`) to the roadmap builder's
:class:`~tools.roadmap.protocols.ResourceFinder`."""

from __future__ import annotations

from collections.abc import Sequence

from tools.resources.catalog import ResourceCatalog
from tools.resources.models import Resource
from tools.resources.recommend import recommend_for_stage
from tools.roadmap.models import ResourceRef
from tools.taxonomy import Difficulty

PER_SKILL = 2
"""Resources linked per skill of a stage."""


class CatalogFinder:
    """Finds stage resources in the catalogue (editorial score blended with ratings ≥ 4.0).

    Args:
        catalog: The resource catalogue (with availability and ratings from the database).
    """

    def __init__(self, catalog: ResourceCatalog) -> None:
        self._catalog = catalog

    def for_stage(self, skill_ids: Sequence[str], level: Difficulty) -> list[ResourceRef]:
        """Resources for these taxonomy skills at this level, best first, each once."""
        found = recommend_for_stage(skill_ids, level, self._catalog, per_skill=PER_SKILL)
        seen: dict[str, ResourceRef] = {}
        for skill_id in skill_ids:
            for resource in found.get(skill_id, []):
                seen.setdefault(resource.key, to_ref(resource, level))
        return list(seen.values())


def to_ref(resource: Resource, level: Difficulty) -> ResourceRef:
    """The roadmap's view of a catalogue resource."""
    return ResourceRef(title=resource.title, url=resource.url, type=resource.type,
                       provider=resource.provider,
                       difficulty=level if level in resource.levels else resource.levels[0],
                       skills=list(resource.skills), duration_minutes=resource.duration_minutes)
