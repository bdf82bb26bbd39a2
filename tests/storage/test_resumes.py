"""Resumes on both engines: profile round trip, newest first, isolation between users."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from storage.orm import ResumeEducationRow, ResumeExperienceRow, ResumeSkillRow
from storage.repositories.resumes import get_profile, latest_profile, list_resumes, save_resume
from storage.repositories.users import create_user
from tools.errors import NotFound
from tools.resume.models import Education, Experience, ResumeProfile, ResumeSkill

PROFILE = ResumeProfile(
    name="Zoë Álvarez-Ng",
    email="zoe@example.org",
    phone="+44 20 7946 0958",
    links=["https://github.com/zoe", "https://linkedin.com/in/zoe"],
    skills=[
        ResumeSkill(name="Python", source="skills", taxonomy_id="onet:python", level="advanced"),
        ResumeSkill(name="SQL", source="experience"),
        ResumeSkill(name="Kubernetes", source="projects"),
    ],
    education=[Education(degree="BSc", field="Computer Science", institution="UCL",
                         location="London", start="2019", end="2022-06", gpa="3.8/4.0")],
    experience=[
        Experience(title="Data Intern", company="Acme", location="Remote", start="2022-07",
                   end="present", bullets=["Built ETL jobs in Python", "Cut query time 40%"]),
        Experience(title="Tutor", company=None, start="2020", end="2021"),
    ],
    source_format="pdf",
    text_chars=2345,
)


def _two_users(sessions: sessionmaker[Session]) -> tuple[str, str]:
    with sessions.begin() as session:
        return (create_user(session, "owner", None).id, create_user(session, "other", None).id)


def test_saved_profile_reads_back_equal(sessions: sessionmaker[Session]) -> None:
    owner, _ = _two_users(sessions)
    with sessions.begin() as session:
        resume_id = save_resume(session, owner, "cv.pdf", 51234, "pdf", "abc123", PROFILE)
    with sessions() as session:
        assert latest_profile(session, owner) == PROFILE
        assert get_profile(session, owner, resume_id) == PROFILE


def test_parts_of_the_profile_are_stored_as_rows_with_the_owner(
    sessions: sessionmaker[Session],
) -> None:
    owner, _ = _two_users(sessions)
    with sessions.begin() as session:
        resume_id = save_resume(session, owner, "cv.pdf", 1, "pdf", None, PROFILE)
    with sessions() as session:
        skills = session.scalars(select(ResumeSkillRow).order_by(ResumeSkillRow.position)).all()
        education = session.scalars(select(ResumeEducationRow)).all()
        experience = session.scalars(
            select(ResumeExperienceRow).order_by(ResumeExperienceRow.position)).all()
    assert [(s.name, s.source, s.taxonomy_id, s.level) for s in skills] == [
        ("Python", "skills", "onet:python", "advanced"), ("SQL", "experience", None, None),
        ("Kubernetes", "projects", None, None)]
    assert [(e.degree, e.field_of_study, e.start_date, e.end_date, e.gpa) for e in education] == [
        ("BSc", "Computer Science", "2019", "2022-06", "3.8/4.0")]
    assert experience[0].bullets == ["Built ETL jobs in Python", "Cut query time 40%"]
    assert experience[1].end_date == "2021"
    rows = [*skills, *education, *experience]
    assert {(r.user_id, r.resume_id) for r in rows} == {(owner, resume_id)}


def test_latest_profile_is_the_most_recent_upload(sessions: sessionmaker[Session]) -> None:
    owner, _ = _two_users(sessions)
    start = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)
    newer = PROFILE.model_copy(update={"name": "Newer"})
    older = PROFILE.model_copy(update={"name": "Older"})
    with sessions.begin() as session:
        save_resume(session, owner, "new.pdf", 2, "pdf", None, newer,
                    uploaded_at=start + timedelta(days=1))
        save_resume(session, owner, "old.docx", 1, "docx", None, older, uploaded_at=start)
    with sessions() as session:
        latest = latest_profile(session, owner)
        listed = list_resumes(session, owner)
    assert latest is not None and latest.name == "Newer"
    assert [r.file_name for r in listed] == ["new.pdf", "old.docx"]
    assert [r.skill_count for r in listed] == [3, 3]
    assert listed[0].uploaded_at == start + timedelta(days=1)
    assert listed[0].uploaded_at.utcoffset() == timedelta(0)
    assert (listed[1].file_format, listed[1].file_size_bytes) == ("docx", 1)


def test_a_user_never_sees_another_users_resume(sessions: sessionmaker[Session]) -> None:
    owner, other = _two_users(sessions)
    with sessions.begin() as session:
        resume_id = save_resume(session, owner, "cv.pdf", 1, "pdf", None, PROFILE)
    with sessions() as session:
        assert latest_profile(session, other) is None
        assert list_resumes(session, other) == []
        with pytest.raises(NotFound) as caught:
            get_profile(session, other, resume_id)
        assert caught.value.guidance
        assert [r.id for r in list_resumes(session, owner)] == [resume_id]


def test_stored_path_may_be_a_path(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    owner, _ = _two_users(sessions)
    with sessions.begin() as session:
        save_resume(session, owner, "cv.pdf", 1, "pdf", tmp_path / "cv.pdf", PROFILE)
    with sessions() as session:
        assert list_resumes(session, owner)[0].stored_path == str(tmp_path / "cv.pdf")


def test_user_without_resume_has_no_profile(session: Session) -> None:
    user = create_user(session, "fresh", None)
    assert latest_profile(session, user.id) is None
    assert list_resumes(session, user.id) == []


def test_saving_for_an_unknown_user_raises_not_found(session: Session) -> None:
    with pytest.raises(NotFound):
        save_resume(session, "no-such-user", "cv.pdf", 1, "pdf", None, PROFILE)


def test_overlong_parsed_text_is_stored_without_error(sessions: sessionmaker[Session]) -> None:
    owner, _ = _two_users(sessions)
    wordy = ResumeProfile(
        name="N" * 400, phone="9" * 100,
        skills=[ResumeSkill(name="S" * 300, level="L" * 100)],
        education=[Education(institution="I" * 2000, gpa="G" * 50, start="2019-01-01T00:00")],
        experience=[Experience(title="T" * 3000, bullets=["B" * 5000])],
    )
    with sessions.begin() as session:
        save_resume(session, owner, "f" * 300 + ".txt", 1, "txt", None, wordy)
    with sessions() as session:
        assert latest_profile(session, owner) == wordy
        assert len(session.scalars(select(ResumeSkillRow.name)).one()) == 255
