"""Reminder days per user, and at most one notification per user, kind and slot.

``hr_users.reminder_days`` holds the check-in days as a cron day list
(``"mon,tue,wed,thu,fri"``; NULL means every day). The unique key on
``hr_notifications (user_id, kind, scheduled_for)`` makes writing a scheduled check-in
idempotent: after a restart, or with two schedulers on one database, the second write of the
same slot fails and is ignored, so no check-in is ever sent twice. Rows without a slot
(``scheduled_for`` NULL) are not constrained (NULLs are distinct in both SQLite and
PostgreSQL).

Revision ID: 0005
Revises: 0004
Created: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_UNIQUE = "uq_hr_notifications_user_id_kind_scheduled_for"


def upgrade() -> None:
    """Add ``hr_users.reminder_days`` and the unique key on scheduled notifications."""
    op.add_column("hr_users", sa.Column("reminder_days", sa.String(32), nullable=True))
    with op.batch_alter_table("hr_notifications") as batch:
        batch.create_unique_constraint(_UNIQUE, ["user_id", "kind", "scheduled_for"])


def downgrade() -> None:
    """Drop the unique key and the column."""
    with op.batch_alter_table("hr_notifications") as batch:
        batch.drop_constraint(_UNIQUE, type_="unique")
    with op.batch_alter_table("hr_users") as batch:
        batch.drop_column("reminder_days")
