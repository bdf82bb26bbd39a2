"""Learning resources (shared reference data), the skills they cover, and users' ratings.

Resources belong to no user: they are seeded catalogue entries. Ratings are the one
user-owned table here; their average across users is the only cross-user aggregate besides
operator statistics (DESIGN.md, storage).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from storage.orm.base import ID_LENGTH, Base, created_column, id_column, user_id_column

RESOURCE_TYPES = ("course", "documentation", "video", "practice", "article", "book")
"""Kinds of resource (Property 11)."""


class Resource(Base):
    """A course, documentation page, video, practice site, article or book.

    ``catalog_key`` is the seed catalogue's stable key, so re-seeding updates rather than
    duplicates. ``quality`` is the curated quality score (0–5, Property 10);
    ``duration_minutes`` the expected time to work through it.
    """

    __tablename__ = "hr_resources"
    __table_args__ = (
        CheckConstraint(
            "resource_type IN ('course', 'documentation', 'video', 'practice', 'article', "
            "'book')",
            name="resource_type",
        ),
        CheckConstraint(
            "difficulty IN ('beginner', 'intermediate', 'advanced')", name="difficulty"
        ),
        CheckConstraint("quality IS NULL OR (quality >= 0 AND quality <= 5)",
                        name="quality_range"),
    )

    id: Mapped[str] = id_column()
    catalog_key: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    resource_type: Mapped[str] = mapped_column(String(16), index=True)
    url: Mapped[str] = mapped_column(String(1000))
    provider: Mapped[str | None] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    difficulty: Mapped[str] = mapped_column(String(16), index=True)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    quality: Mapped[float | None] = mapped_column(Float)
    is_free: Mapped[bool] = mapped_column(Boolean, default=True)
    is_available: Mapped[bool] = mapped_column(Boolean, default=True)
    last_checked_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = created_column()


class ResourceSkill(Base):
    """A skill a resource teaches."""

    __tablename__ = "hr_resource_skills"
    __table_args__ = (UniqueConstraint("resource_id", "skill_name"),)

    id: Mapped[str] = id_column()
    resource_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("hr_resources.id", ondelete="CASCADE"), index=True
    )
    skill_name: Mapped[str] = mapped_column(String(255), index=True)
    taxonomy_id: Mapped[str | None] = mapped_column(String(255))


class ResourceRating(Base):
    """A user's rating of a resource, 1–5 stars; one per user and resource (Property 34)."""

    __tablename__ = "hr_resource_ratings"
    __table_args__ = (
        UniqueConstraint("user_id", "resource_id"),
        CheckConstraint("rating >= 1 AND rating <= 5", name="rating_range"),
    )

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    resource_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("hr_resources.id", ondelete="CASCADE"), index=True
    )
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
    rated_at: Mapped[datetime] = created_column()
