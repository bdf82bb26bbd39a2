"""Reserved for imported job postings and readiness history (issue 7); no change yet.

Revision ID: 0007
Revises: 0006
Created: 2026-11-29
"""

from __future__ import annotations

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """No change yet."""


def downgrade() -> None:
    """No change yet."""
