"""Reserved for reminders and check-in delivery (issue 6); no change yet.

Revision ID: 0005
Revises: 0004
Created: 2026-11-29
"""

from __future__ import annotations

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """No change yet."""


def downgrade() -> None:
    """No change yet."""
