"""What the roadmap tools need from outside, as Protocols (storage and tests supply them)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from tools.roadmap.models import ResourceRef
from tools.taxonomy import Difficulty, SkillEntry


class SkillSource(Protocol):
    """Taxonomy lookup by id (``storage.taxonomy.Taxonomy`` is one)."""

    def by_id(self, skill_id: str) -> SkillEntry | None:
        """The entry with this id, or None."""
        ...


class SkillDirectory(SkillSource, Protocol):
    """Taxonomy lookup by id and by name or alias (``storage.taxonomy.Taxonomy`` is one)."""

    def by_alias(self, text: str) -> SkillEntry | None:
        """The entry whose name or alias is ``text``, or None."""
        ...


class ResourceFinder(Protocol):
    """Finds learning resources for a roadmap stage.

    The resource recommender (``tools.resources``) is adapted to this by its caller; tests
    pass an in-memory fake.
    """

    def for_stage(self, skill_ids: Sequence[str], level: Difficulty) -> list[ResourceRef]:
        """Resources for these taxonomy skills at this level, best first.

        Args:
            skill_ids: The stage's skill ids.
            level: beginner, intermediate or advanced.

        Returns:
            Resources, each listing the skills it covers in ``skills``.
        """
        ...


class SkillFinder(Protocol):
    """Finds taxonomy skills named in free text (``tools.skill_matcher.SkillMatcher``)."""

    def find_ids(self, text: str) -> list[str]:
        """Distinct taxonomy ids mentioned in ``text``, in order of first mention."""
        ...
