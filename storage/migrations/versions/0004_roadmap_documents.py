"""Roadmaps keep their full plan as a JSON document; goals keep a stable key.

``hr_roadmaps.document`` holds the domain ``tools.roadmap.models.Roadmap`` (plan, schedule,
skills, goals with resources, warnings, adaptations); the stage, skill and goal rows stay the
queryable record of status and completion. ``hr_roadmap_goals.goal_key`` ties a goal row to
its goal in the document (``study:<skill id>`` / ``practice:<skill ids>``).

Revision ID: 0004
Revises: 0002
Created: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("hr_roadmaps", sa.Column("document", sa.JSON(), nullable=True))
    op.add_column("hr_roadmap_goals", sa.Column("goal_key", sa.String(255), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("hr_roadmap_goals") as batch:
        batch.drop_column("goal_key")
    with op.batch_alter_table("hr_roadmaps") as batch:
        batch.drop_column("document")
