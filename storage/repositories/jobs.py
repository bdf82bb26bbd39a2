"""Job descriptions a user pasted or attached, and the parsed form of each.

The parsed :class:`~tools.jobs.models.JobDescription` is kept as JSON (read back from there);
its skills are also written as rows with their priority and evidence. Every query filters
on ``user_id``; nothing commits.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session

from prompts import errors as msg
from storage.orm.jobs import JobDescription as JobRow
from storage.orm.jobs import JobRequiredSkill
from tools.errors import NotFound
from tools.jobs.models import JobDescription

TITLE_CHARS = 255


class StoredJob(BaseModel):
    """One stored job description, without its text.

    Attributes:
        id: Job description id.
        title: Title (or a stand-in when the text named none).
        company: Company, when stated.
        source: ``pasted``, ``file`` or ``role``.
        created_at: When it was stored (aware, UTC).
        skill_count: Number of skills it asks for.
    """

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    company: str | None
    source: str
    created_at: datetime
    skill_count: int


def save_job(session: Session, user_id: str, job: JobDescription, text: str,
             source: str = "pasted", fallback_title: str = "Job description") -> str:
    """Store a parsed job description for a user and return its id.

    Args:
        session: Open session; the caller commits.
        user_id: Owner's id.
        job: The parsed job description.
        text: The text it was parsed from.
        source: ``pasted``, ``file`` or ``role``.
        fallback_title: Title stored when the job names none.
    """
    row = JobRow(user_id=user_id, title=(job.title or fallback_title)[:TITLE_CHARS],
                 company=(job.company or None) and job.company[:TITLE_CHARS],
                 description=text, source=source, parsed=job.model_dump(mode="json"))
    row_skills = [
        JobRequiredSkill(user_id=user_id, skill_name=s.name[:255], taxonomy_id=s.taxonomy_id,
                         priority=s.priority, required=s.priority == "critical",
                         evidence=s.evidence)
        for s in job.skills
    ]
    session.add(row)
    session.flush()
    for skill in row_skills:
        skill.job_description_id = row.id
    session.add_all(row_skills)
    session.flush()
    return row.id


def get_job(session: Session, user_id: str, job_id: str) -> JobDescription:
    """One of the user's parsed job descriptions.

    Raises:
        NotFound: Unknown id, or another user's.
    """
    parsed = session.scalars(select(JobRow.parsed).where(
        JobRow.user_id == user_id, JobRow.id == job_id)).first()
    if parsed is None:
        raise NotFound(msg.NO_JOB, msg.NO_JOB_NEXT)
    return JobDescription.model_validate(parsed)


def list_jobs(session: Session, user_id: str) -> list[StoredJob]:
    """The user's job descriptions, newest first."""
    rows = session.scalars(select(JobRow).where(JobRow.user_id == user_id)
                           .order_by(JobRow.created_at.desc(), JobRow.id)).all()
    return [StoredJob(id=r.id, title=r.title, company=r.company, source=r.source,
                      created_at=r.created_at, skill_count=len((r.parsed or {}).get("skills", [])))
            for r in rows]
