"""Pydantic models of learning roadmaps: the learner's plan, stages, goals and resources.

Units: hours are focused study hours, days are calendar days counted from the roadmap's
start (day 0 is the first day), minutes are study minutes per session.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Literal

from pydantic import BaseModel, Field, model_validator

from tools.jobs.models import Priority
from tools.taxonomy import Difficulty

Pace = Literal["daily", "weekly"]
"""Whether the learner budgets time per day or per week."""

GoalType = Literal["daily", "weekly"]
StageStatus = Literal["not_started", "in_progress", "completed"]
RoadmapStatus = Literal["active", "completed"]
AdaptationKind = Literal["faster", "slower"]

LEVELS: tuple[Difficulty, ...] = ("beginner", "intermediate", "advanced")
"""Difficulty bands in increasing order (``storage/seed/README.md``, editorial bands)."""

MAX_HOURS_PER_DAY = 24.0
MAX_HOURS_PER_WEEK = 168.0


class LearningPlan(BaseModel):
    """How the learner wants to study.

    Attributes:
        level: The learner's current level; sets the difficulty of resources.
        pace: ``daily`` (``hours`` per day) or ``weekly`` (``hours`` per week).
        hours: Study hours per day or per week, > 0 (≤ 24 a day, ≤ 168 a week).
        deadline_weeks: Optional deadline in weeks from the start.
    """

    level: Difficulty = "beginner"
    pace: Pace = "daily"
    hours: float = Field(default=1.0, gt=0)
    deadline_weeks: int | None = Field(default=None, gt=0, le=520)

    @model_validator(mode="after")
    def _hours_in_range(self) -> LearningPlan:
        limit = MAX_HOURS_PER_DAY if self.pace == "daily" else MAX_HOURS_PER_WEEK
        if self.hours > limit:
            unit = "day" if self.pace == "daily" else "week"
            raise ValueError(f"at most {limit:g} hours a {unit}")
        return self

    @property
    def hours_per_day(self) -> float:
        """Average study hours per calendar day (weekly hours ÷ 7 for a weekly pace)."""
        return self.hours if self.pace == "daily" else self.hours / 7

    @property
    def hours_per_week(self) -> float:
        """Study hours per week (daily hours × 7 for a daily pace)."""
        return self.hours * 7 if self.pace == "daily" else self.hours

    def days_for(self, hours: float) -> int:
        """Whole calendar days ``hours`` of study take at this plan's time (at least 1)."""
        return max(1, math.ceil(round(hours / self.hours_per_day, 6)))


class ResourceRef(BaseModel):
    """A learning resource linked from a goal (from the resource recommender).

    Attributes:
        title: Display title.
        url: Canonical URL.
        type: course, documentation, video, practice, article or book.
        provider: Publisher, when known.
        difficulty: Level the resource is written for.
        skills: Taxonomy ids the resource covers.
        duration_minutes: Time to work through it, when known.
        foundational: True when added because a stage ran slow (Property 9).
    """

    title: str
    url: str
    type: str
    provider: str = ""
    difficulty: Difficulty | None = None
    skills: list[str] = Field(default_factory=list)
    duration_minutes: int | None = None
    foundational: bool = False


class RoadmapSkill(BaseModel):
    """A skill a roadmap teaches.

    Attributes:
        id: Taxonomy id, or ``free:<name>`` for a skill the taxonomy does not know.
        name: Display name.
        taxonomy_id: Taxonomy id, ``None`` for free text.
        priority: critical, important or nice-to-have (from the gap or the role).
        hours: Typical learning hours (taxonomy band, or the gap's own figure).
        difficulty: Taxonomy difficulty band, when curated.
        category: Taxonomy category ("Other" for free text).
        prerequisites: Ids of this roadmap's skills to learn before this one.
    """

    id: str
    name: str
    taxonomy_id: str | None = None
    priority: Priority = "important"
    hours: int = Field(gt=0)
    difficulty: Difficulty | None = None
    category: str = "Other"
    prerequisites: list[str] = Field(default_factory=list)


class Goal(BaseModel):
    """A daily or weekly goal of a stage (practice completion counts these, Property 25).

    Attributes:
        key: Stable identity across regeneration (``study:<skill id>`` or
            ``practice:<stage skill ids>``).
        type: ``daily`` or ``weekly``.
        description: What to do, in words.
        skills: Ids of the skills it works on.
        resources: Linked resources (each covers one of ``skills``).
        first_day: First day of its window (0 = the roadmap's first day).
        last_day: Last day of its window (inclusive).
        minutes: Length of one session in minutes (> 0).
        completed: Whether the learner has done it.
        completed_on: When it was marked done.
    """

    key: str
    type: GoalType
    description: str = Field(min_length=1)
    skills: list[str] = Field(default_factory=list)
    resources: list[ResourceRef] = Field(default_factory=list)
    first_day: int = Field(ge=0)
    last_day: int = Field(ge=0)
    minutes: int = Field(gt=0)
    completed: bool = False
    completed_on: date | None = None

    @property
    def sessions(self) -> int:
        """Number of sessions in the window: days for a daily goal, weeks for a weekly one."""
        span = self.last_day - self.first_day + 1
        return span if self.type == "daily" else math.ceil(span / 7)


class RoadmapStage(BaseModel):
    """One stage: 2–3 related skills learnt together.

    Attributes:
        number: 1-based position.
        title: Short title naming the skills.
        description: What the stage covers and how long it takes.
        skills: The skills, in learning order (prerequisites first).
        difficulty: Level of the stage's material (raised by fast progress, Property 8).
        estimated_days: Calendar days at the learner's time, > 0 (Property 6).
        first_day: Day the stage starts (0 = the roadmap's first day).
        status: not_started, in_progress or completed.
        goals: Daily and weekly goals (at least one).
        foundational_resources: Extra basics added when the stage ran slow (Property 9).
        started_on: When the learner started it.
        completed_on: When it was completed.
        actual_days: Days it took (set on completion).
    """

    number: int = Field(ge=1)
    title: str
    description: str
    skills: list[RoadmapSkill] = Field(min_length=1)
    difficulty: Difficulty
    estimated_days: int = Field(gt=0)
    first_day: int = Field(ge=0)
    status: StageStatus = "not_started"
    goals: list[Goal] = Field(min_length=1)
    foundational_resources: list[ResourceRef] = Field(default_factory=list)
    started_on: date | None = None
    completed_on: date | None = None
    actual_days: float | None = None

    @property
    def skill_ids(self) -> list[str]:
        """Ids of the stage's skills, in order."""
        return [s.id for s in self.skills]

    @property
    def hours(self) -> int:
        """Typical learning hours of the stage's skills together."""
        return sum(s.hours for s in self.skills)


class DeadlineCheck(BaseModel):
    """Whether the remaining stages fit the deadline, and the trade-offs when they don't.

    Attributes:
        deadline_days: Days until the deadline (weeks × 7).
        needed_days: Days the stages still to do take at the learner's time.
        fits: ``needed_days ≤ deadline_days``.
        required_hours: Total learning hours still to do ÷ deadline days, per day (daily
            pace) or per week (weekly pace), one decimal; ``None`` when it fits.
        hours_needed: Hours per day (daily pace) or week (weekly pace) to suggest: at least
            ``required_hours`` rounded up to the half hour, and enough for the whole-day
            schedule to fit; ``None`` when it fits or when that is beyond reach.
        beyond_reach: True when fitting would take more hours than anyone can keep up
            (``tools.roadmap.deadline.REASONABLE_HOURS_PER_DAY``/``_PER_WEEK``).
        skills_to_drop: Names of the lowest-priority skills whose removal would fit (never a
            critical skill nor a prerequisite of a kept skill); empty when it fits or
            nothing droppable helps.
        weeks_needed: Weeks the plan takes at the learner's time.
    """

    deadline_days: int
    needed_days: int
    fits: bool
    required_hours: float | None = None
    hours_needed: float | None = None
    beyond_reach: bool = False
    skills_to_drop: list[str] = Field(default_factory=list)
    weeks_needed: int


class Adaptation(BaseModel):
    """A change made because of the learner's pace (Properties 8 and 9)."""

    kind: AdaptationKind
    stage: int
    message: str


class Roadmap(BaseModel):
    """A staged learning plan.

    Attributes:
        title: Title ("Roadmap to Data Engineer").
        target_role: The role aimed at, when there is one.
        plan: The learner's plan it was built for.
        start: First day (day 0), when known.
        stages: At least one stage (Property 6).
        deferred: Names of skills left out beyond the size limit.
        known: Names of the goal's skills left out because the learner's resume already
            shows them (:mod:`tools.roadmap.known`).
        estimated_days: Sum of the stages' estimated days.
        deadline: The deadline check, when the plan has a deadline.
        warnings: User-facing warnings (deadline trade-offs, deferred skills, skills left out
            as known); empty when the plan fits and nothing was left out.
        adaptations: Changes made for the learner's pace, oldest first.
        status: active or completed.
    """

    title: str
    target_role: str | None = None
    plan: LearningPlan
    start: date | None = None
    stages: list[RoadmapStage] = Field(min_length=1)
    deferred: list[str] = Field(default_factory=list)
    known: list[str] = Field(default_factory=list)
    estimated_days: int = Field(gt=0)
    deadline: DeadlineCheck | None = None
    warnings: list[str] = Field(default_factory=list)
    adaptations: list[Adaptation] = Field(default_factory=list)
    status: RoadmapStatus = "active"

    def goals(self) -> list[Goal]:
        """Every goal, stage by stage."""
        return [goal for stage in self.stages for goal in stage.goals]
