"""Initial schema: users, resumes, job descriptions, skill gaps, roadmaps, resources,
activities, progress metrics, interviews, readiness scores and notifications.

Revision ID: 0001
Revises:
Created: 2026-11-29

Written by hand to match ``storage.orm`` at this revision (a test compares the two).
Constraint names follow ``storage.orm.base.NAMING_CONVENTION``. Every user-owned table has
``user_id`` referencing ``hr_users`` with ``ON DELETE CASCADE``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(36)
STAMP = sa.DateTime(timezone=True)
PRIORITY = "priority IN ('critical', 'important', 'nice-to-have')"
LEVELS = "difficulty IN ('beginner', 'intermediate', 'advanced')"


def _id(table: str) -> list[sa.SchemaItem]:
    return [sa.Column("id", ID, nullable=False), sa.PrimaryKeyConstraint("id", name=f"pk_{table}")]


def _ref(table: str, column: str, target: str, *, nullable: bool = False) -> list[sa.SchemaItem]:
    """A foreign key column: CASCADE when required, SET NULL when optional."""
    return [
        sa.Column(column, ID, nullable=nullable),
        sa.ForeignKeyConstraint(
            [column], [f"{target}.id"], name=f"fk_{table}_{column}",
            ondelete="SET NULL" if nullable else "CASCADE",
        ),
    ]


def _owned(table: str) -> list[sa.SchemaItem]:
    """Primary key plus the owning user's id."""
    return [*_id(table), *_ref(table, "user_id", "hr_users")]


def _check(table: str, name: str, condition: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(condition, name=f"ck_{table}_{name}")


def _score(table: str, column: str) -> sa.CheckConstraint:
    condition = f"{column} IS NULL OR ({column} >= 0 AND {column} <= 100)"
    return _check(table, f"{column}_range", condition)


def _unique(table: str, *columns: str) -> sa.UniqueConstraint:
    return sa.UniqueConstraint(*columns, name=f"uq_{table}_{'_'.join(columns)}")


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(f"ix_{table}_{column}", table, [column])


def _create(
    table: str, *items: sa.SchemaItem | list[sa.SchemaItem], index: tuple[str, ...] = ()
) -> None:
    """Create ``table`` from columns and constraints (lists are flattened), then indexes."""
    flat: list[sa.SchemaItem] = []
    for item in items:
        flat.extend(item if isinstance(item, list) else [item])
    op.create_table(table, *flat)
    _indexes(table, *index)


def _users() -> None:
    t = "hr_users"
    _create(
        t, _id(t),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("email", sa.String(255)),
        sa.Column("password_hash", sa.String(255)),
        sa.Column("display_name", sa.String(255)),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("target_role", sa.String(255)),
        sa.Column("experience_level", sa.String(32)),
        sa.Column("learning_pace", sa.String(32)),
        sa.Column("hours_per_day", sa.Float()),
        sa.Column("reminder_enabled", sa.Boolean(), nullable=False),
        sa.Column("reminder_time", sa.Time()),
        sa.Column("reminder_frequency", sa.String(16)),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("created_at", STAMP, nullable=False),
        sa.Column("last_active", STAMP),
        _unique(t, "username"),
        _check(t, "hours_per_day_range",
               "hours_per_day IS NULL OR (hours_per_day > 0 AND hours_per_day <= 24)"),
        index=("email",),
    )


def _resumes() -> None:
    t = "hr_resumes"
    _create(
        t, _owned(t),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("file_size_bytes", sa.Integer(), nullable=False),
        sa.Column("file_format", sa.String(10), nullable=False),
        sa.Column("stored_path", sa.String(1000)),
        sa.Column("uploaded_at", STAMP, nullable=False),
        sa.Column("profile", sa.JSON(), nullable=False),
        sa.Column("name", sa.String(255)),
        sa.Column("email", sa.String(255)),
        sa.Column("phone", sa.String(64)),
        index=("user_id",),
    )
    t = "hr_resume_skills"
    _create(
        t, _owned(t), _ref(t, "resume_id", "hr_resumes"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("taxonomy_id", sa.String(255)),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("level", sa.String(64)),
        index=("user_id", "resume_id", "name"),
    )
    t = "hr_resume_education"
    _create(
        t, _owned(t), _ref(t, "resume_id", "hr_resumes"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("degree", sa.Text()),
        sa.Column("field_of_study", sa.Text()),
        sa.Column("institution", sa.Text()),
        sa.Column("location", sa.Text()),
        sa.Column("start_date", sa.String(16)),
        sa.Column("end_date", sa.String(16)),
        sa.Column("gpa", sa.String(32)),
        index=("user_id", "resume_id"),
    )
    t = "hr_resume_experience"
    _create(
        t, _owned(t), _ref(t, "resume_id", "hr_resumes"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("company", sa.Text()),
        sa.Column("location", sa.Text()),
        sa.Column("start_date", sa.String(16)),
        sa.Column("end_date", sa.String(16)),
        sa.Column("bullets", sa.JSON(), nullable=False),
        index=("user_id", "resume_id"),
    )


def _jobs() -> None:
    t = "hr_job_descriptions"
    _create(
        t, _owned(t),
        sa.Column("title", sa.String(255), nullable=False),
        sa.Column("company", sa.String(255)),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("created_at", STAMP, nullable=False),
        index=("user_id",),
    )
    t = "hr_job_required_skills"
    _create(
        t, _owned(t), _ref(t, "job_description_id", "hr_job_descriptions"),
        sa.Column("skill_name", sa.String(255), nullable=False),
        sa.Column("taxonomy_id", sa.String(255)),
        sa.Column("priority", sa.String(16), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        _check(t, "priority", PRIORITY),
        index=("user_id", "job_description_id"),
    )
    t = "hr_skill_gaps"
    _create(
        t, _owned(t),
        _ref(t, "resume_id", "hr_resumes", nullable=True),
        _ref(t, "job_description_id", "hr_job_descriptions", nullable=True),
        sa.Column("target_role", sa.String(255)),
        sa.Column("analyzed_at", STAMP, nullable=False),
        index=("user_id", "resume_id", "job_description_id"),
    )
    t = "hr_skill_gap_items"
    _create(
        t, _owned(t), _ref(t, "skill_gap_id", "hr_skill_gaps"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("skill_name", sa.String(255), nullable=False),
        sa.Column("taxonomy_id", sa.String(255)),
        sa.Column("priority", sa.String(16), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("market_demand", sa.Float()),
        sa.Column("similarity", sa.Float()),
        _check(t, "priority", PRIORITY),
        _check(t, "market_demand_range",
               "market_demand IS NULL OR (market_demand >= 0 AND market_demand <= 1)"),
        index=("user_id", "skill_gap_id", "priority"),
    )


def _roadmaps() -> None:
    t = "hr_roadmaps"
    _create(
        t, _owned(t), _ref(t, "skill_gap_id", "hr_skill_gaps", nullable=True),
        sa.Column("title", sa.String(255)),
        sa.Column("target_role", sa.String(255)),
        sa.Column("difficulty", sa.String(16)),
        sa.Column("total_stages", sa.Integer(), nullable=False),
        sa.Column("estimated_days", sa.Float()),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", STAMP, nullable=False),
        sa.Column("adapted_at", STAMP),
        _check(t, "difficulty", f"difficulty IS NULL OR {LEVELS}"),
        index=("user_id", "skill_gap_id", "status"),
    )
    t = "hr_roadmap_stages"
    _create(
        t, _owned(t), _ref(t, "roadmap_id", "hr_roadmaps"),
        sa.Column("stage_number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(255), nullable=False),
        sa.Column("description", sa.Text()),
        sa.Column("difficulty", sa.String(16)),
        sa.Column("estimated_days", sa.Float(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("started_at", STAMP),
        sa.Column("completed_at", STAMP),
        _unique(t, "roadmap_id", "stage_number"),
        _check(t, "difficulty", f"difficulty IS NULL OR {LEVELS}"),
        _check(t, "estimated_days_positive", "estimated_days > 0"),
        index=("user_id", "roadmap_id"),
    )
    t = "hr_roadmap_stage_skills"
    _create(
        t, _owned(t), _ref(t, "stage_id", "hr_roadmap_stages"),
        sa.Column("skill_name", sa.String(255), nullable=False),
        sa.Column("taxonomy_id", sa.String(255)),
        sa.Column("level", sa.String(16)),
        index=("user_id", "stage_id"),
    )
    t = "hr_roadmap_goals"
    _create(
        t, _owned(t), _ref(t, "stage_id", "hr_roadmap_stages"),
        sa.Column("goal_type", sa.String(8), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.Column("completed_at", STAMP),
        _check(t, "goal_type", "goal_type IN ('daily', 'weekly')"),
        index=("user_id", "stage_id"),
    )


def _resources() -> None:
    t = "hr_resources"
    _create(
        t, _id(t),
        sa.Column("catalog_key", sa.String(255), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("resource_type", sa.String(16), nullable=False),
        sa.Column("url", sa.String(1000), nullable=False),
        sa.Column("provider", sa.String(255)),
        sa.Column("description", sa.Text()),
        sa.Column("difficulty", sa.String(16), nullable=False),
        sa.Column("duration_minutes", sa.Integer()),
        sa.Column("quality", sa.Float()),
        sa.Column("is_free", sa.Boolean(), nullable=False),
        sa.Column("is_available", sa.Boolean(), nullable=False),
        sa.Column("last_checked_at", STAMP),
        sa.Column("created_at", STAMP, nullable=False),
        _unique(t, "catalog_key"),
        _check(t, "resource_type", "resource_type IN ('course', 'documentation', 'video', "
                                   "'practice', 'article', 'book')"),
        _check(t, "difficulty", LEVELS),
        _check(t, "quality_range", "quality IS NULL OR (quality >= 0 AND quality <= 5)"),
        index=("resource_type", "difficulty"),
    )
    t = "hr_resource_skills"
    _create(
        t, _id(t), _ref(t, "resource_id", "hr_resources"),
        sa.Column("skill_name", sa.String(255), nullable=False),
        sa.Column("taxonomy_id", sa.String(255)),
        _unique(t, "resource_id", "skill_name"),
        index=("resource_id", "skill_name"),
    )
    t = "hr_resource_ratings"
    _create(
        t, _owned(t), _ref(t, "resource_id", "hr_resources"),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text()),
        sa.Column("rated_at", STAMP, nullable=False),
        _unique(t, "user_id", "resource_id"),
        _check(t, "rating_range", "rating >= 1 AND rating <= 5"),
        index=("user_id", "resource_id"),
    )


def _progress() -> None:
    t = "hr_activities"
    _create(
        t, _owned(t),
        sa.Column("activity_type", sa.String(32), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("skill_name", sa.String(255)),
        _ref(t, "resource_id", "hr_resources", nullable=True),
        _ref(t, "stage_id", "hr_roadmap_stages", nullable=True),
        sa.Column("note", sa.Text()),
        sa.Column("metadata", sa.JSON()),
        sa.Column("occurred_at", STAMP, nullable=False),
        sa.Column("created_at", STAMP, nullable=False),
        _check(t, "duration_non_negative", "duration_minutes >= 0"),
        index=("user_id", "activity_type", "resource_id", "stage_id", "occurred_at"),
    )
    t = "hr_progress_metrics"
    _create(
        t, _owned(t),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("daily_productivity_score", sa.Float()),
        sa.Column("weekly_productivity_score", sa.Float()),
        sa.Column("streak_days", sa.Integer(), nullable=False),
        sa.Column("total_study_minutes", sa.Integer(), nullable=False),
        sa.Column("goals_completed", sa.Integer(), nullable=False),
        sa.Column("computed_at", STAMP, nullable=False),
        _unique(t, "user_id", "day"),
        _score(t, "daily_productivity_score"),
        _score(t, "weekly_productivity_score"),
        index=("user_id",),
    )
    t = "hr_readiness_scores"
    _create(
        t, _owned(t),
        sa.Column("overall_score", sa.Float(), nullable=False),
        sa.Column("skill_acquisition_score", sa.Float(), nullable=False),
        sa.Column("practice_completion_score", sa.Float(), nullable=False),
        sa.Column("interview_performance_score", sa.Float(), nullable=False),
        sa.Column("details", sa.JSON()),
        sa.Column("calculated_at", STAMP, nullable=False),
        _score(t, "overall_score"),
        _score(t, "skill_acquisition_score"),
        _score(t, "practice_completion_score"),
        _score(t, "interview_performance_score"),
        index=("user_id",),
    )


def _interviews() -> None:
    t = "hr_interviews"
    _create(
        t, _owned(t),
        sa.Column("thread_id", sa.String(255)),
        sa.Column("target_role", sa.String(255)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("overall_score", sa.Float()),
        sa.Column("started_at", STAMP, nullable=False),
        sa.Column("completed_at", STAMP),
        _score(t, "overall_score"),
        index=("user_id", "completed_at"),
    )
    t = "hr_interview_questions"
    _create(
        t, _owned(t), _ref(t, "interview_id", "hr_interviews"),
        sa.Column("question_number", sa.Integer(), nullable=False),
        sa.Column("question_text", sa.Text(), nullable=False),
        sa.Column("question_type", sa.String(16), nullable=False),
        sa.Column("skill_name", sa.String(255)),
        sa.Column("answer", sa.Text()),
        sa.Column("score", sa.Float()),
        sa.Column("feedback", sa.Text()),
        sa.Column("asked_at", STAMP, nullable=False),
        sa.Column("answered_at", STAMP),
        _unique(t, "interview_id", "question_number"),
        _score(t, "score"),
        index=("user_id", "interview_id"),
    )


def _notifications() -> None:
    t = "hr_notifications"
    _create(
        t, _owned(t),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("title", sa.String(255)),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("created_at", STAMP, nullable=False),
        sa.Column("scheduled_for", STAMP),
        sa.Column("delivered_at", STAMP),
        sa.Column("read_at", STAMP),
        index=("user_id",),
    )
    op.create_index("ix_hr_notifications_user_unread", t, ["user_id", "read_at"])


TABLES_IN_ORDER = (
    "hr_users", "hr_resumes", "hr_resume_skills", "hr_resume_education",
    "hr_resume_experience", "hr_job_descriptions", "hr_job_required_skills", "hr_skill_gaps",
    "hr_skill_gap_items", "hr_roadmaps", "hr_roadmap_stages", "hr_roadmap_stage_skills",
    "hr_roadmap_goals", "hr_resources", "hr_resource_skills", "hr_resource_ratings",
    "hr_activities", "hr_progress_metrics", "hr_readiness_scores", "hr_interviews",
    "hr_interview_questions", "hr_notifications",
)
"""Creation order (parents first); dropped in reverse."""


def upgrade() -> None:
    """Create every HireReady table."""
    _users()
    _resumes()
    _jobs()
    _roadmaps()
    _resources()
    _progress()
    _interviews()
    _notifications()


def downgrade() -> None:
    """Drop every HireReady table (children first)."""
    for table in reversed(TABLES_IN_ORDER):
        op.drop_table(table)
