"""Study activity, daily progress metrics and readiness scores.

Durations are in minutes; productivity and readiness scores are 0–100 (Properties 14, 15
and 25). ``hr_progress_metrics.day`` is a local calendar day in the user's time zone.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.orm.base import Base, created_column, id_column, parent_column, user_id_column


def _score_range(column: str) -> CheckConstraint:
    """A CHECK that ``column`` is NULL or within 0–100."""
    return CheckConstraint(
        f"{column} IS NULL OR ({column} >= 0 AND {column} <= 100)", name=f"{column}_range"
    )


class Activity(Base):
    """One logged study activity (Property 14).

    ``activity_type`` is e.g. ``study``, ``practice``, ``interview``, ``reading``;
    ``occurred_at`` is when it happened (UTC), ``created_at`` when it was logged. ``meta``
    (column ``metadata``) holds free-form JSON details.
    """

    __tablename__ = "hr_activities"
    __table_args__ = (CheckConstraint("duration_minutes >= 0", name="duration_non_negative"),)

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    activity_type: Mapped[str] = mapped_column(String(32), index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    skill_name: Mapped[str | None] = mapped_column(String(255))
    resource_id: Mapped[str | None] = parent_column("hr_resources.id", nullable=True)
    stage_id: Mapped[str | None] = parent_column("hr_roadmap_stages.id", nullable=True)
    note: Mapped[str | None] = mapped_column(Text)
    meta: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSON)
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    created_at: Mapped[datetime] = created_column()


class ProgressMetric(Base):
    """A user's progress figures for one local day (one row per user and day)."""

    __tablename__ = "hr_progress_metrics"
    __table_args__ = (
        UniqueConstraint("user_id", "day"),
        _score_range("daily_productivity_score"),
        _score_range("weekly_productivity_score"),
    )

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    day: Mapped[date] = mapped_column(Date)
    daily_productivity_score: Mapped[float | None] = mapped_column(Float)
    weekly_productivity_score: Mapped[float | None] = mapped_column(Float)
    streak_days: Mapped[int] = mapped_column(Integer, default=0)
    total_study_minutes: Mapped[int] = mapped_column(Integer, default=0)
    goals_completed: Mapped[int] = mapped_column(Integer, default=0)
    computed_at: Mapped[datetime] = created_column()


class ReadinessScore(Base):
    """A readiness score and its three parts (Property 25).

    ``overall_score`` = 0.4 × skill acquisition + 0.3 × practice completion + 0.3 ×
    interview performance, each part 0–100. ``details`` keeps the improvement areas shown.
    """

    __tablename__ = "hr_readiness_scores"
    __table_args__ = (
        _score_range("overall_score"),
        _score_range("skill_acquisition_score"),
        _score_range("practice_completion_score"),
        _score_range("interview_performance_score"),
    )

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    overall_score: Mapped[float] = mapped_column(Float)
    skill_acquisition_score: Mapped[float] = mapped_column(Float)
    practice_completion_score: Mapped[float] = mapped_column(Float)
    interview_performance_score: Mapped[float] = mapped_column(Float)
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    calculated_at: Mapped[datetime] = created_column()
