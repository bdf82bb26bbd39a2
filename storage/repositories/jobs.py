"""Job descriptions a user pasted or attached, and the parsed form of each.

The parsed :class:`~tools.jobs.models.JobDescription` is kept as JSON (read back from there);
its skills are also written as rows with their priority and evidence. Every query filters
on ``user_id``; nothing commits.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session

from prompts import errors as msg
from prompts import postings as posting_words
from storage.orm.base import utcnow
from storage.orm.jobs import JobDescription as JobRow
from storage.orm.jobs import JobRequiredSkill
from tools.errors import NotFound
from tools.jobs.models import JobDescription
from tools.postings.models import (
    ImportedPosting,
    ImportSummary,
    ParsedPosting,
    PostingRow,
    RowProblem,
)
from tools.postings.read import posting_key

TITLE_CHARS = 255
URL_CHARS = 1000
POSTING_SOURCES = ("pasted", "file", "imported")
"""Sources of job descriptions that are real openings (``role`` ones are expanded roles)."""


class StoredJob(BaseModel):
    """One stored job description, without its text.

    Attributes:
        id: Job description id.
        title: Title (or a stand-in when the text named none).
        company: Company, when stated.
        source: ``pasted``, ``file``, ``role`` or ``imported``.
        created_at: When it was stored (aware, UTC).
        skill_count: Number of skills it asks for.
        url: Link to the opening (imported postings), when known.
    """

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    company: str | None
    source: str
    created_at: datetime
    skill_count: int
    url: str | None = None


def save_job(session: Session, user_id: str, job: JobDescription, text: str,
             source: str = "pasted", fallback_title: str = "Job description",
             url: str | None = None, created_at: datetime | None = None) -> str:
    """Store a parsed job description for a user and return its id.

    Args:
        session: Open session; the caller commits.
        user_id: Owner's id.
        job: The parsed job description.
        text: The text it was parsed from.
        source: ``pasted``, ``file``, ``role`` or ``imported``.
        fallback_title: Title stored when the job names none.
        url: Link to the opening (imported postings), at most 1000 characters.
        created_at: When it was stored (aware); default now.
    """
    row = JobRow(user_id=user_id, title=(job.title or fallback_title)[:TITLE_CHARS],
                 company=(job.company or None) and job.company[:TITLE_CHARS],
                 description=text, source=source, parsed=job.model_dump(mode="json"),
                 url=url[:URL_CHARS] if url else None)
    if created_at is not None:
        row.created_at = created_at
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
    return [_stored(r) for r in rows]


def list_postings(session: Session, user_id: str, limit: int = 200
                  ) -> list[tuple[StoredJob, JobDescription]]:
    """The user's saved and imported openings (sources :data:`POSTING_SOURCES`) with their
    parsed form, newest first, at most ``limit``."""
    rows = session.scalars(select(JobRow).where(
        JobRow.user_id == user_id, JobRow.source.in_(POSTING_SOURCES),
        JobRow.parsed.is_not(None))
        .order_by(JobRow.created_at.desc(), JobRow.id).limit(limit)).all()
    return [(_stored(r), JobDescription.model_validate(r.parsed)) for r in rows]


def imported_keys(session: Session, user_id: str) -> set[tuple[str, ...]]:
    """Identity keys (:func:`tools.postings.read.posting_key`: the url, else title, company
    and text) of the postings this user has imported, to skip importing one twice."""
    rows = session.execute(select(JobRow.title, JobRow.company, JobRow.url, JobRow.description)
                           .where(JobRow.user_id == user_id, JobRow.source == "imported"))
    return {posting_key(PostingRow(line=1, title=title, company=company, url=url,
                                   description=description))
            for title, company, url, description in rows}


def save_postings(session: Session, user_id: str, postings: Sequence[ParsedPosting],
                  skipped: Sequence[RowProblem] = (), total: int | None = None,
                  now: datetime | None = None) -> ImportSummary:
    """Store parsed postings as the user's imported job descriptions (``source`` imported).

    A posting already imported (same url, else same title, company and text) is skipped.

    Args:
        session: Open session; the caller commits.
        user_id: Owner's id.
        postings: Parsed postings in file order.
        skipped: Rows skipped before (reading, parsing), merged into the summary by line.
        total: Postings in the file (default: stored + skipped).
        now: Import time (aware, default now); each posting is stored a microsecond after
            the one before, so "newest first" lists a file's postings in reverse file order.

    Returns:
        The stored postings and every skipped one with its line and reason, by line.
    """
    known = imported_keys(session, user_id)
    problems = list(skipped)
    imported: list[ImportedPosting] = []
    moment = now or utcnow()
    for posting in postings:
        key = posting_key(posting.row)
        if key in known:
            problems.append(RowProblem(line=posting.row.line, title=posting.row.title,
                                       reason=posting_words.ROW_ALREADY_IMPORTED))
            continue
        known.add(key)
        moment += timedelta(microseconds=1)
        job_id = save_job(session, user_id, posting.job, posting.row.description,
                          source="imported", url=posting.row.url, created_at=moment)
        imported.append(ImportedPosting(line=posting.row.line, job_id=job_id,
                                        title=posting.row.title, company=posting.row.company,
                                        url=posting.row.url, skills=len(posting.job.skills)))
    problems.sort(key=lambda p: p.line)
    return ImportSummary(imported=imported, skipped=problems,
                         total=total if total is not None else len(imported) + len(problems))


def _stored(row: JobRow) -> StoredJob:
    return StoredJob(id=row.id, title=row.title, company=row.company, source=row.source,
                     created_at=row.created_at, url=row.url,
                     skill_count=len((row.parsed or {}).get("skills", [])))
