"""Cached language-model answers: ``hr_llm_cache`` (Property 30, issue 8).

One row per distinct request of one user, keyed by a SHA-256 of the user, model settings
and prompt; used until ``expires_at`` (``HIREREADY_LLM_CACHE_TTL``) and removed with the
user (``ON DELETE CASCADE``, Property 28).

Revision ID: 0009
Revises: 0008
Created: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_STAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "hr_llm_cache",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.String(36), sa.ForeignKey("hr_users.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("created_at", _STAMP, nullable=False),
        sa.Column("expires_at", _STAMP, nullable=False),
    )
    op.create_index("ix_hr_llm_cache_user_id", "hr_llm_cache", ["user_id"])
    op.create_index("ix_hr_llm_cache_expires_at", "hr_llm_cache", ["expires_at"])


def downgrade() -> None:
    op.drop_table("hr_llm_cache")
