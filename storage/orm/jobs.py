"""Job descriptions with their required skills, and skill-gap analyses with their items.

Priorities are ``critical``, ``important`` or ``nice-to-have`` (Properties 4 and 5).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.orm.base import Base, created_column, id_column, parent_column, user_id_column

PRIORITIES = ("critical", "important", "nice-to-have")
"""Gap and requirement priorities, most urgent first (PROPERTIES.md, Property 4)."""

PRIORITY_CHECK = "priority IN ('critical', 'important', 'nice-to-have')"


class JobDescription(Base):
    """A job description the user pasted, or a target role expanded into one.

    ``source`` says which: ``pasted``, ``role`` (from the seeded role catalogue), ``file``
    (attached in chat) or ``imported`` (a posting from a file of postings, with its ``url``).
    """

    __tablename__ = "hr_job_descriptions"

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    title: Mapped[str] = mapped_column(String(255))
    company: Mapped[str | None] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16), default="pasted")
    url: Mapped[str | None] = mapped_column(String(1000))
    parsed: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = created_column()


class JobRequiredSkill(Base):
    """A skill a job description asks for; ``required`` is False for "preferred" skills."""

    __tablename__ = "hr_job_required_skills"
    __table_args__ = (CheckConstraint(PRIORITY_CHECK, name="priority"),)

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    job_description_id: Mapped[str] = parent_column("hr_job_descriptions.id")
    skill_name: Mapped[str] = mapped_column(String(255))
    taxonomy_id: Mapped[str | None] = mapped_column(String(255))
    priority: Mapped[str] = mapped_column(String(16))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    evidence: Mapped[str | None] = mapped_column(Text)


class SkillGap(Base):
    """One gap analysis of a resume against a job description or target role."""

    __tablename__ = "hr_skill_gaps"

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    resume_id: Mapped[str | None] = parent_column("hr_resumes.id", nullable=True)
    job_description_id: Mapped[str | None] = parent_column(
        "hr_job_descriptions.id", nullable=True
    )
    target_role: Mapped[str | None] = mapped_column(String(255))
    analyzed_at: Mapped[datetime] = created_column()


class SkillGapItem(Base):
    """A missing skill, its priority and why it matters.

    ``market_demand`` is a 0–1 share (O*NET hot/in-demand flags or posting frequency);
    ``similarity`` is the best cosine between this skill and any resume skill (0–1).
    """

    __tablename__ = "hr_skill_gap_items"
    __table_args__ = (
        CheckConstraint(PRIORITY_CHECK, name="priority"),
        CheckConstraint(
            "market_demand IS NULL OR (market_demand >= 0 AND market_demand <= 1)",
            name="market_demand_range",
        ),
    )

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    skill_gap_id: Mapped[str] = parent_column("hr_skill_gaps.id")
    position: Mapped[int] = mapped_column(Integer)
    skill_name: Mapped[str] = mapped_column(String(255))
    taxonomy_id: Mapped[str | None] = mapped_column(String(255))
    priority: Mapped[str] = mapped_column(String(16), index=True)
    explanation: Mapped[str] = mapped_column(Text)
    market_demand: Mapped[float | None] = mapped_column(Float)
    similarity: Mapped[float | None] = mapped_column(Float)
