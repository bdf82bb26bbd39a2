"""Imported job postings keep a link to the opening.

``hr_job_descriptions.url`` is the posting's link (up to 1000 characters), set for postings
imported from a JSON or CSV file (``source = 'imported'``, issue 7) and empty for pasted
ones. Readiness history needs no new table: every computed score is a row of
``hr_readiness_scores`` (created in 0001) with its parts in ``details``.

Revision ID: 0007
Revises: 0006
Created: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("hr_job_descriptions", sa.Column("url", sa.String(1000), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("hr_job_descriptions") as batch:
        batch.drop_column("url")
