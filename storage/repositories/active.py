"""Which resume and which job description a user is working with ("active").

A newly stored resume or job becomes active; the user can switch ("use my older resume",
"compare with the Acme job"). When nothing was chosen, the newest one is active.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.orm.jobs import JobDescription as JobRow
from storage.orm.resumes import Resume
from storage.orm.users import User


def set_active_resume(session: Session, user_id: str, resume_id: str | None) -> None:
    """Make one of the user's resumes active (``None``: the newest)."""
    _user(session, user_id).active_resume_id = resume_id


def set_active_job(session: Session, user_id: str, job_id: str | None) -> None:
    """Make one of the user's job descriptions active (``None``: the newest)."""
    _user(session, user_id).active_job_id = job_id


def active_resume_id(session: Session, user_id: str) -> str | None:
    """The chosen resume if it still exists, else the newest, else ``None``."""
    chosen = _user(session, user_id).active_resume_id
    query = select(Resume.id).where(Resume.user_id == user_id)
    if chosen and session.scalars(query.where(Resume.id == chosen)).first():
        return chosen
    return session.scalars(query.order_by(Resume.uploaded_at.desc(), Resume.id)).first()


def active_job_id(session: Session, user_id: str) -> str | None:
    """The chosen job description if it still exists, else the newest, else ``None``."""
    chosen = _user(session, user_id).active_job_id
    query = select(JobRow.id).where(JobRow.user_id == user_id)
    if chosen and session.scalars(query.where(JobRow.id == chosen)).first():
        return chosen
    return session.scalars(query.order_by(JobRow.created_at.desc(), JobRow.id)).first()


def _user(session: Session, user_id: str) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise LookupError(f"no user {user_id}")
    return user
