"""Onboarding state per user: ``hr_onboarding``.

One row per user who has started onboarding (issue 8, point 4): ``state`` holds the
onboarding state machine's JSON (see ``tools.onboarding.machine``). Keyed by the user's id
and removed with the user (``ON DELETE CASCADE``). Existing users get no row, so they are
asked the questions whose answers their row lacks, once, after their next request.

Revision ID: 0008
Revises: 0007
Created: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hr_onboarding",
        sa.Column("user_id", sa.String(36),
                  sa.ForeignKey("hr_users.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("hr_onboarding")
