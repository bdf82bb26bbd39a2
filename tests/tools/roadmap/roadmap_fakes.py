"""Shared test data for the roadmap tests: the bundled taxonomy's curated skills, the role
catalogue, a skill matcher over them, and a resource finder fake."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from storage.roles import load_roles
from storage.taxonomy import Taxonomy, default_taxonomy
from tools.gaps.models import Role
from tools.roadmap.models import ResourceRef
from tools.skill_matcher import SkillMatcher
from tools.taxonomy import Difficulty

RESOURCE_TYPES = ("course", "practice", "documentation", "video", "book")


class FakeFinder:
    """Five resources per skill and level (one of each type), plus one resource per skill
    that also covers a "partner" skill (to check that stages never get later skills' ones).

    Records every call as ``(skill_ids, level)``.
    """

    def __init__(self, partners: dict[str, str] | None = None) -> None:
        self.partners = partners or {}
        self.calls: list[tuple[tuple[str, ...], Difficulty]] = []

    def for_stage(self, skill_ids: Sequence[str], level: Difficulty) -> list[ResourceRef]:
        self.calls.append((tuple(skill_ids), level))
        found = []
        for skill in skill_ids:
            partner = self.partners.get(skill)
            if partner:
                found.append(ResourceRef(title=f"{skill} with {partner}",
                                         url=f"https://example.org/{skill}+{partner}/{level}",
                                         type="course", difficulty=level,
                                         skills=[skill, partner]))
            found += [ResourceRef(title=f"{skill} {kind} ({level})",
                                  url=f"https://example.org/{skill}/{kind}/{level}",
                                  type=kind, difficulty=level, skills=[skill])
                      for kind in RESOURCE_TYPES]
        return found


@cache
def taxonomy() -> Taxonomy:
    """The bundled taxonomy (in the repository, no shared data needed)."""
    return default_taxonomy()


@cache
def curated_ids() -> tuple[str, ...]:
    """Ids of curated hard skills (with hours and difficulty), sorted."""
    return tuple(sorted(e.id for e in taxonomy().entries
                        if e.learning_hours and e.difficulty and e.type == "hard"))


@cache
def roles() -> tuple[Role, ...]:
    """The role catalogue."""
    return tuple(load_roles())


@cache
def matcher() -> SkillMatcher:
    """A skill matcher over the whole taxonomy (built once, about 2 s)."""
    return SkillMatcher(taxonomy().entries)
