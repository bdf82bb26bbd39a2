"""Resumes a user uploaded and the profiles parsed from them.

The full :class:`~tools.resume.models.ResumeProfile` is stored as JSON and read back from
there; its skills, education and experience are also written as rows for queries. Text
longer than a column allows is cut to fit (PostgreSQL enforces ``VARCHAR`` lengths, SQLite
does not). Every query filters on ``user_id``; nothing commits: the caller owns the
transaction.
"""

from __future__ import annotations

import os
from datetime import datetime

from pydantic import BaseModel, ConfigDict
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prompts import errors as msg
from storage.orm.base import as_utc
from storage.orm.resumes import (
    Resume,
    ResumeEducationRow,
    ResumeExperienceRow,
    ResumeSkillRow,
)
from storage.orm.users import User
from tools.errors import NotFound
from tools.resume.models import Education, Experience, ResumeProfile, ResumeSkill


class StoredResume(BaseModel):
    """One stored resume, without its profile.

    Attributes:
        id: Resume id.
        user_id: Owner's id.
        file_name: Name of the uploaded file.
        file_size_bytes: Size in bytes.
        file_format: ``pdf``, ``docx`` or ``txt``.
        stored_path: Upload id or path of the kept file, if kept.
        uploaded_at: Upload time (aware, UTC).
        name: Person's name found on it, if any.
        skill_count: Number of distinct skills extracted.
    """

    model_config = ConfigDict(frozen=True)

    id: str
    user_id: str
    file_name: str
    file_size_bytes: int
    file_format: str
    stored_path: str | None
    uploaded_at: datetime
    name: str | None
    skill_count: int


def save_resume(
    session: Session,
    user_id: str,
    file_name: str,
    size: int,
    fmt: str,
    path: str | os.PathLike[str] | None,
    profile: ResumeProfile,
    *,
    uploaded_at: datetime | None = None,
) -> str:
    """Store a parsed resume for a user.

    Args:
        session: Open session; the caller commits.
        user_id: Owner's id.
        file_name: Name of the uploaded file.
        size: File size in bytes.
        fmt: ``pdf``, ``docx`` or ``txt``.
        path: Upload id (preferred: it survives moving the data directory) or path where
            the file is kept, or ``None``.
        profile: The parsed profile.
        uploaded_at: Upload time (aware); defaults to now.

    Returns:
        The new resume's id.

    Raises:
        NotFound: When there is no user with ``user_id``.
        ValueError: When ``uploaded_at`` is naive.
    """
    if session.get(User, user_id) is None:
        raise NotFound(msg.UNKNOWN_USER.format(name=user_id),
                       msg.UNKNOWN_USER_NEXT.format(name="NAME"))
    stored_path = os.fspath(path) if path is not None else None
    resume = Resume(
        user_id=user_id, file_name=_clip(file_name, 255) or "resume", file_size_bytes=size,
        file_format=_clip(fmt, 10) or "txt", stored_path=_clip(stored_path, 1000),
        uploaded_at=as_utc(uploaded_at), profile=profile.model_dump(mode="json"),
        name=_clip(profile.name, 255), email=_clip(profile.email, 255),
        phone=_clip(profile.phone, 64),
    )
    _set_rows(resume, user_id, profile)
    session.add(resume)
    session.flush()
    return resume.id


def update_profile(session: Session, user_id: str, resume_id: str, profile: ResumeProfile,
                   *, verified: bool | None = None) -> None:
    """Replace a stored resume's profile (after a correction in chat).

    Args:
        verified: ``True`` when the user confirmed the profile; ``None`` keeps the flag.

    Raises:
        NotFound: Unknown resume, or another user's.
    """
    resume = session.scalars(select(Resume).where(
        Resume.user_id == user_id, Resume.id == resume_id)).first()
    if resume is None:
        raise NotFound(msg.NO_RESUME, msg.NO_RESUME_NEXT)
    resume.profile = profile.model_dump(mode="json")
    resume.name, resume.email = _clip(profile.name, 255), _clip(profile.email, 255)
    resume.phone = _clip(profile.phone, 64)
    if verified is not None:
        resume.verified = verified
    _set_rows(resume, user_id, profile)
    session.flush()


def is_verified(session: Session, user_id: str, resume_id: str) -> bool:
    """Whether the user confirmed this resume's profile."""
    return bool(session.scalars(select(Resume.verified).where(
        Resume.user_id == user_id, Resume.id == resume_id)).first())


def _set_rows(resume: Resume, user_id: str, profile: ResumeProfile) -> None:
    resume.skills = [_skill_row(user_id, i, s) for i, s in enumerate(profile.skills)]
    resume.education = [_education_row(user_id, i, e) for i, e in enumerate(profile.education)]
    resume.experience = [
        _experience_row(user_id, i, e) for i, e in enumerate(profile.experience)
    ]


def latest_profile(session: Session, user_id: str) -> ResumeProfile | None:
    """The profile of the user's most recently uploaded resume, or ``None`` if there is none."""
    profile = session.scalars(
        select(Resume.profile).where(Resume.user_id == user_id)
        .order_by(Resume.uploaded_at.desc()).limit(1)
    ).first()
    return ResumeProfile.model_validate(profile) if profile is not None else None


def get_profile(session: Session, user_id: str, resume_id: str) -> ResumeProfile:
    """The profile of one of the user's resumes.

    Raises:
        NotFound: When the resume does not exist or belongs to another user.
    """
    profile = session.scalars(
        select(Resume.profile).where(Resume.user_id == user_id, Resume.id == resume_id)
    ).first()
    if profile is None:
        raise NotFound(msg.NO_RESUME, msg.NO_RESUME_NEXT)
    return ResumeProfile.model_validate(profile)


def list_resumes(session: Session, user_id: str) -> list[StoredResume]:
    """The user's resumes, newest first."""
    skill_count = (
        select(func.count(ResumeSkillRow.id))
        .where(ResumeSkillRow.resume_id == Resume.id, ResumeSkillRow.user_id == user_id)
        .correlate(Resume).scalar_subquery()
    )
    rows = session.execute(
        select(Resume, skill_count).where(Resume.user_id == user_id)
        .order_by(Resume.uploaded_at.desc())
    ).all()
    return [_summary(resume, count) for resume, count in rows]


def _summary(resume: Resume, skill_count: int) -> StoredResume:
    return StoredResume(
        id=resume.id, user_id=resume.user_id, file_name=resume.file_name,
        file_size_bytes=resume.file_size_bytes, file_format=resume.file_format,
        stored_path=resume.stored_path, uploaded_at=resume.uploaded_at, name=resume.name,
        skill_count=skill_count,
    )


def _skill_row(user_id: str, position: int, skill: ResumeSkill) -> ResumeSkillRow:
    return ResumeSkillRow(
        user_id=user_id, position=position, name=_clip(skill.name, 255) or "",
        taxonomy_id=_clip(skill.taxonomy_id, 255), source=_clip(skill.source, 32) or "other",
        level=_clip(skill.level, 64),
    )


def _education_row(user_id: str, position: int, entry: Education) -> ResumeEducationRow:
    return ResumeEducationRow(
        user_id=user_id, position=position, degree=entry.degree, field_of_study=entry.field,
        institution=entry.institution, location=entry.location,
        start_date=_clip(entry.start, 16), end_date=_clip(entry.end, 16),
        gpa=_clip(entry.gpa, 32),
    )


def _experience_row(user_id: str, position: int, entry: Experience) -> ResumeExperienceRow:
    return ResumeExperienceRow(
        user_id=user_id, position=position, title=entry.title, company=entry.company,
        location=entry.location, start_date=_clip(entry.start, 16),
        end_date=_clip(entry.end, 16), bullets=list(entry.bullets),
    )


def _clip(value: str | None, length: int) -> str | None:
    """``value`` cut to ``length`` characters (``None`` stays ``None``)."""
    return value[:length] if value is not None else None

