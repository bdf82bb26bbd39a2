"""Active resume and job per user; parsed job descriptions with each skill's evidence;
verified (user-confirmed) resumes.

Revision ID: 0002
Revises: 0001
Created: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("hr_users", sa.Column("active_resume_id", sa.String(36), nullable=True))
    op.add_column("hr_users", sa.Column("active_job_id", sa.String(36), nullable=True))
    op.add_column("hr_job_descriptions", sa.Column("parsed", sa.JSON(), nullable=True))
    op.add_column("hr_job_required_skills", sa.Column("evidence", sa.Text(), nullable=True))
    op.add_column("hr_resumes", sa.Column("verified", sa.Boolean(), nullable=False,
                                          server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("hr_resumes") as batch:
        batch.drop_column("verified")
    with op.batch_alter_table("hr_job_required_skills") as batch:
        batch.drop_column("evidence")
    with op.batch_alter_table("hr_job_descriptions") as batch:
        batch.drop_column("parsed")
    with op.batch_alter_table("hr_users") as batch:
        batch.drop_column("active_job_id")
        batch.drop_column("active_resume_id")
