"""Learning roadmaps: stages, the skills each stage teaches, and daily or weekly goals.

Difficulty is ``beginner``, ``intermediate`` or ``advanced`` (Property 8); goals are
``daily`` or ``weekly`` (Property 6). A stage's estimate is in days of study at the user's
``hours_per_day``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from storage.orm.base import Base, created_column, id_column, parent_column, user_id_column

DIFFICULTY_CHECK = "difficulty IS NULL OR difficulty IN ('beginner', 'intermediate', 'advanced')"


class Roadmap(Base):
    """A staged learning plan; ``status`` is ``active``, ``archived`` or ``completed``.

    ``document`` (migration 0004) is the domain roadmap as JSON (plan, schedule, goals with
    resources, warnings, adaptations); the rows below stay the record of status and completion.
    """

    __tablename__ = "hr_roadmaps"
    __table_args__ = (CheckConstraint(DIFFICULTY_CHECK, name="difficulty"),)

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    skill_gap_id: Mapped[str | None] = parent_column("hr_skill_gaps.id", nullable=True)
    title: Mapped[str | None] = mapped_column(String(255))
    target_role: Mapped[str | None] = mapped_column(String(255))
    difficulty: Mapped[str | None] = mapped_column(String(16))
    total_stages: Mapped[int] = mapped_column(Integer, default=0)
    estimated_days: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(16), default="active", index=True)
    created_at: Mapped[datetime] = created_column()
    adapted_at: Mapped[datetime | None] = mapped_column()
    document: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class RoadmapStage(Base):
    """Stage ``stage_number`` (1-based) of a roadmap.

    ``status`` is ``not_started``, ``in_progress`` or ``completed``; ``estimated_days`` must
    be positive (Property 6).
    """

    __tablename__ = "hr_roadmap_stages"
    __table_args__ = (
        UniqueConstraint("roadmap_id", "stage_number"),
        CheckConstraint(DIFFICULTY_CHECK, name="difficulty"),
        CheckConstraint("estimated_days > 0", name="estimated_days_positive"),
    )

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    roadmap_id: Mapped[str] = parent_column("hr_roadmaps.id")
    stage_number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    difficulty: Mapped[str | None] = mapped_column(String(16))
    estimated_days: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(16), default="not_started")
    started_at: Mapped[datetime | None] = mapped_column()
    completed_at: Mapped[datetime | None] = mapped_column()


class RoadmapStageSkill(Base):
    """A skill taught in a stage, at a target level."""

    __tablename__ = "hr_roadmap_stage_skills"

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    stage_id: Mapped[str] = parent_column("hr_roadmap_stages.id")
    skill_name: Mapped[str] = mapped_column(String(255))
    taxonomy_id: Mapped[str | None] = mapped_column(String(255))
    level: Mapped[str | None] = mapped_column(String(16))


class RoadmapGoal(Base):
    """A daily or weekly goal of a stage (practice completion counts these, Property 25).

    ``goal_key`` (migration 0004) ties the row to its goal in the roadmap's ``document``.
    """

    __tablename__ = "hr_roadmap_goals"
    __table_args__ = (CheckConstraint("goal_type IN ('daily', 'weekly')", name="goal_type"),)

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    stage_id: Mapped[str] = parent_column("hr_roadmap_stages.id")
    goal_type: Mapped[str] = mapped_column(String(8))
    description: Mapped[str] = mapped_column(Text)
    completed: Mapped[bool] = mapped_column(Boolean, default=False)
    completed_at: Mapped[datetime | None] = mapped_column()
    goal_key: Mapped[str | None] = mapped_column(String(255))
