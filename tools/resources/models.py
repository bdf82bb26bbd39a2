"""The resource catalogue's models: a resource, its editorial rubric and rating summary.

Source of the entries: the project's own seed catalogue (``storage/seed/resources.yaml``,
documented in ``storage/seed/README.md``, "Resources").
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tools.taxonomy import Difficulty

ResourceType = Literal["course", "documentation", "video", "practice", "article", "book"]
RESOURCE_TYPES: tuple[ResourceType, ...] = ("course", "documentation", "video", "practice",
                                            "article", "book")
"""Kinds of resource (Property 11; same list as the ``hr_resources`` check constraint)."""

LEVELS: tuple[Difficulty, ...] = ("beginner", "intermediate", "advanced")
"""Learner levels, lowest first (the taxonomy's difficulty bands)."""


class Rubric(BaseModel):
    """Editorial rubric of one resource: four criteria, each an integer 0–5.

    Attributes:
        authority: Who publishes it (5: the project or vendor itself, a top university).
        currency: How current it is (5: maintained with each release).
        depth: How much of the skill it covers (5: comprehensive).
        practice: Hands-on work (5: interactive exercises or labs; 1: none).

    The bands behind each number are in ``storage/seed/README.md`` ("Quality rubric").
    """

    model_config = ConfigDict(frozen=True)

    authority: int = Field(ge=0, le=5)
    currency: int = Field(ge=0, le=5)
    depth: int = Field(ge=0, le=5)
    practice: int = Field(ge=0, le=5)


class RatingSummary(BaseModel):
    """Users' ratings of one resource (1–5 stars each).

    Attributes:
        count: Number of ratings (one per user).
        total: Sum of the stars.
    """

    model_config = ConfigDict(frozen=True)

    count: int = Field(default=0, ge=0)
    total: int = Field(default=0, ge=0)

    @classmethod
    def of(cls, stars: list[int] | tuple[int, ...]) -> RatingSummary:
        """Summary of a list of star ratings."""
        return cls(count=len(stars), total=sum(stars))

    @property
    def mean(self) -> float | None:
        """Average stars, or None when nobody has rated."""
        return self.total / self.count if self.count else None


class Resource(BaseModel):
    """One learning resource of the catalogue.

    Attributes:
        key: Stable catalogue key (``"docker-get-started"``).
        title: The publisher's title.
        url: Canonical URL on the publisher's own domain.
        type: course, documentation, video, practice, article or book.
        provider: Publisher's name.
        levels: Learner levels it serves, lowest first (non-empty).
        duration_minutes: Editorial estimate of minutes to work through it (> 0).
        free: False when it costs money (free also covers "free to audit/read").
        skills: Taxonomy ids it teaches, main one first (non-empty).
        rubric: The editorial rubric.
        editorial_score: 0–5, from the rubric (:func:`tools.resources.quality.editorial_score`).
        score: 0–5, the editorial score blended with users' ratings (Property 34).
        ratings: Users' ratings so far.
        available: False once a link check found it gone (404 or timeout, Property 33).
        last_verified: When its link was last checked; None until a check runs.
        description: Optional one-line summary (embedded with the title for search).
    """

    model_config = ConfigDict(frozen=True)

    key: str = Field(min_length=1)
    title: str = Field(min_length=1)
    url: str = Field(min_length=1)
    type: ResourceType
    provider: str = Field(min_length=1)
    levels: tuple[Difficulty, ...] = Field(min_length=1)
    duration_minutes: int = Field(gt=0)
    free: bool = True
    skills: tuple[str, ...] = Field(min_length=1)
    rubric: Rubric
    editorial_score: float = Field(ge=0.0, le=5.0)
    score: float = Field(ge=0.0, le=5.0)
    ratings: RatingSummary = RatingSummary()
    available: bool = True
    last_verified: datetime | None = None
    description: str = ""

    @property
    def difficulty(self) -> Difficulty:
        """The lowest level it serves (the level shown to users)."""
        return self.levels[0]

    def fits(self, level: Difficulty) -> bool:
        """True when it serves learners at ``level``."""
        return level in self.levels

    def public(self) -> dict[str, object]:
        """The fields shown to users and printed by ``hireready resources --json``."""
        return {"title": self.title, "url": self.url, "type": self.type,
                "provider": self.provider, "difficulty": self.difficulty,
                "levels": list(self.levels),
                "duration_minutes": self.duration_minutes, "score": round(self.score, 2),
                "skills": list(self.skills)}
