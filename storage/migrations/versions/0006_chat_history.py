"""Browser chat history: ``hr_chat_threads``, ``hr_chat_steps``, ``hr_chat_elements``.

The web app lists past conversations from these tables and redraws a resumed one; the
conversation state itself stays in the LangGraph checkpoints. Every row carries its user's
id and is removed with the user (``ON DELETE CASCADE``); steps and elements also go with
their thread. Elements hold names only, never file contents.

Revision ID: 0006
Revises: 0005
Created: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_ID = 64
"""Length of thread, step and element ids (``storage.orm.chat_history.CHAT_ID_LENGTH``)."""
_STAMP = sa.DateTime(timezone=True)


def _user_column() -> sa.Column[str]:
    return sa.Column("user_id", sa.String(36),
                     sa.ForeignKey("hr_users.id", ondelete="CASCADE"), nullable=False)


def _thread_column() -> sa.Column[str]:
    return sa.Column("thread_id", sa.String(_ID),
                     sa.ForeignKey("hr_chat_threads.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "hr_chat_threads",
        sa.Column("id", sa.String(_ID), primary_key=True),
        _user_column(),
        sa.Column("name", sa.String(255)),
        sa.Column("tags", sa.JSON()),
        sa.Column("metadata", sa.JSON()),
        sa.Column("created_at", _STAMP, nullable=False),
        sa.Column("updated_at", _STAMP, nullable=False),
    )
    op.create_index("ix_hr_chat_threads_user_id", "hr_chat_threads", ["user_id"])
    op.create_index("ix_hr_chat_threads_updated_at", "hr_chat_threads", ["updated_at"])
    op.create_table(
        "hr_chat_steps",
        sa.Column("id", sa.String(_ID), primary_key=True),
        _thread_column(),
        _user_column(),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.String(_ID)),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("step_type", sa.String(32), nullable=False),
        sa.Column("input", sa.Text()),
        sa.Column("output", sa.Text()),
        sa.Column("is_error", sa.Boolean(), nullable=False),
        sa.Column("language", sa.String(32)),
        sa.Column("show_input", sa.String(32)),
        sa.Column("metadata", sa.JSON()),
        sa.Column("tags", sa.JSON()),
        sa.Column("created_at", _STAMP, nullable=False),
        sa.Column("started_at", _STAMP),
        sa.Column("ended_at", _STAMP),
        sa.Column("feedback_value", sa.Integer()),
        sa.Column("feedback_comment", sa.Text()),
    )
    op.create_index("ix_hr_chat_steps_thread_id", "hr_chat_steps", ["thread_id"])
    op.create_index("ix_hr_chat_steps_user_id", "hr_chat_steps", ["user_id"])
    op.create_table(
        "hr_chat_elements",
        sa.Column("id", sa.String(_ID), primary_key=True),
        _thread_column(),
        _user_column(),
        sa.Column("for_id", sa.String(_ID)),
        sa.Column("element_type", sa.String(32), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("mime", sa.String(255)),
        sa.Column("display", sa.String(16)),
        sa.Column("size", sa.String(16)),
        sa.Column("language", sa.String(32)),
        sa.Column("created_at", _STAMP, nullable=False),
    )
    op.create_index("ix_hr_chat_elements_thread_id", "hr_chat_elements", ["thread_id"])
    op.create_index("ix_hr_chat_elements_user_id", "hr_chat_elements", ["user_id"])


def downgrade() -> None:
    op.drop_table("hr_chat_elements")
    op.drop_table("hr_chat_steps")
    op.drop_table("hr_chat_threads")
