"""Resumes and what was extracted from them: skills, education and experience.

The whole parsed profile is kept as JSON on ``hr_resumes.profile`` (the faithful copy the
coach reads back); skills, education and experience are also stored as rows so they can be
queried. Child rows repeat ``user_id`` so deleting a user's data needs no joins.
Dates of education and experience are kept as written by the parser: ``YYYY-MM``, ``YYYY``
or ``present``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.orm.base import Base, created_column, id_column, parent_column, user_id_column

PARTIAL_DATE_LENGTH = 16
"""Room for ``YYYY-MM``, ``YYYY`` or ``present``."""


class Resume(Base):
    """One uploaded resume file and its parsed profile.

    ``stored_path`` says where the file is kept (an upload id or a path under the data
    directory); ``file_size_bytes`` is in bytes; ``file_format`` is ``pdf``, ``docx`` or
    ``txt``.
    """

    __tablename__ = "hr_resumes"

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    file_name: Mapped[str] = mapped_column(String(255))
    file_size_bytes: Mapped[int] = mapped_column(Integer)
    file_format: Mapped[str] = mapped_column(String(10))
    stored_path: Mapped[str | None] = mapped_column(String(1000))
    uploaded_at: Mapped[datetime] = created_column()
    profile: Mapped[dict[str, Any]] = mapped_column(JSON)
    name: Mapped[str | None] = mapped_column(String(255))
    email: Mapped[str | None] = mapped_column(String(255))
    phone: Mapped[str | None] = mapped_column(String(64))
    verified: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    skills: Mapped[list[ResumeSkillRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ResumeSkillRow.position"
    )
    education: Mapped[list[ResumeEducationRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True,
        order_by="ResumeEducationRow.position",
    )
    experience: Mapped[list[ResumeExperienceRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True,
        order_by="ResumeExperienceRow.position",
    )


class ResumeSkillRow(Base):
    """A skill stated on a resume; ``source`` is the section it was found in."""

    __tablename__ = "hr_resume_skills"

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    resume_id: Mapped[str] = parent_column("hr_resumes.id")
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(255), index=True)
    taxonomy_id: Mapped[str | None] = mapped_column(String(255))
    source: Mapped[str] = mapped_column(String(32))
    level: Mapped[str | None] = mapped_column(String(64))


class ResumeEducationRow(Base):
    """One education entry of a resume."""

    __tablename__ = "hr_resume_education"

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    resume_id: Mapped[str] = parent_column("hr_resumes.id")
    position: Mapped[int] = mapped_column(Integer)
    degree: Mapped[str | None] = mapped_column(Text)
    field_of_study: Mapped[str | None] = mapped_column(Text)
    institution: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[str | None] = mapped_column(String(PARTIAL_DATE_LENGTH))
    end_date: Mapped[str | None] = mapped_column(String(PARTIAL_DATE_LENGTH))
    gpa: Mapped[str | None] = mapped_column(String(32))


class ResumeExperienceRow(Base):
    """One role on a resume; ``bullets`` is a JSON list of strings."""

    __tablename__ = "hr_resume_experience"

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    resume_id: Mapped[str] = parent_column("hr_resumes.id")
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    company: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[str | None] = mapped_column(String(PARTIAL_DATE_LENGTH))
    end_date: Mapped[str | None] = mapped_column(String(PARTIAL_DATE_LENGTH))
    bullets: Mapped[list[str]] = mapped_column(JSON, default=list)
