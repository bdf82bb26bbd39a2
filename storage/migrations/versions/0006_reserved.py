"""Reserved for chat history for the browser (issue 8); no change yet.

Revision ID: 0006
Revises: 0005
Created: 2026-11-29
"""

from __future__ import annotations

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """No change yet."""


def downgrade() -> None:
    """No change yet."""
