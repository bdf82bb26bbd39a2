"""Job descriptions, profile corrections and the active resume/job, on both engines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from storage.orm.jobs import JobRequiredSkill
from storage.repositories import active, jobs, resumes
from storage.repositories.users import create_user
from tools.errors import NotFound
from tools.jobs.models import JobDescription, JobSkill
from tools.resume.models import ResumeProfile, ResumeSkill

JOB = JobDescription(
    title="Backend Engineer", company="Acme",
    skills=[JobSkill(name="Python", taxonomy_id="python", priority="critical",
                     evidence="You must have strong Python."),
            JobSkill(name="Kafka", priority="nice-to-have", evidence="Kafka is a bonus.")],
    years_experience=2, education=["Bachelor's degree in Computer Science"],
)


def _users(sessions: sessionmaker[Session]) -> tuple[str, str]:
    with sessions.begin() as session:
        return (create_user(session, "ann", None).id, create_user(session, "ben", None).id)


def test_job_round_trip_keeps_priorities_and_evidence(sessions: sessionmaker[Session]) -> None:
    ann, ben = _users(sessions)
    with sessions.begin() as session:
        job_id = jobs.save_job(session, ann, JOB, "full text")
    with sessions() as session:
        assert jobs.get_job(session, ann, job_id) == JOB
        rows = session.scalars(select(JobRequiredSkill).order_by(JobRequiredSkill.priority)).all()
        assert [(r.skill_name, r.priority, r.required) for r in rows] == [
            ("Python", "critical", True), ("Kafka", "nice-to-have", False)]
        assert rows[0].evidence == "You must have strong Python."
        with pytest.raises(NotFound):
            jobs.get_job(session, ben, job_id)
        assert [j.title for j in jobs.list_jobs(session, ann)] == ["Backend Engineer"]
        assert jobs.list_jobs(session, ben) == []


def test_untitled_job_gets_the_fallback_title(sessions: sessionmaker[Session]) -> None:
    ann, _ = _users(sessions)
    with sessions.begin() as session:
        jobs.save_job(session, ann, JobDescription(), "text", fallback_title="Pasted job")
    with sessions() as session:
        assert jobs.list_jobs(session, ann)[0].title == "Pasted job"


def test_newest_is_active_until_the_user_chooses(sessions: sessionmaker[Session]) -> None:
    ann, ben = _users(sessions)
    now = datetime.now(UTC)
    with sessions.begin() as session:
        old = resumes.save_resume(session, ann, "old.pdf", 1, "pdf", None, ResumeProfile(),
                                  uploaded_at=now - timedelta(days=30))
        new = resumes.save_resume(session, ann, "new.pdf", 1, "pdf", None, ResumeProfile(),
                                  uploaded_at=now)
        first = jobs.save_job(session, ann, JOB, "a")
    with sessions.begin() as session:
        assert active.active_resume_id(session, ann) == new
        assert active.active_job_id(session, ann) == first
        assert active.active_resume_id(session, ben) is None
        active.set_active_resume(session, ann, old)
    with sessions() as session:
        assert active.active_resume_id(session, ann) == old


def test_correction_replaces_the_profile_and_marks_it_verified(
        sessions: sessionmaker[Session]) -> None:
    ann, ben = _users(sessions)
    with sessions.begin() as session:
        rid = resumes.save_resume(session, ann, "cv.pdf", 1, "pdf", None,
                                  ResumeProfile(skills=[ResumeSkill(name="Java")]))
    fixed = ResumeProfile(skills=[ResumeSkill(name="Terraform", taxonomy_id="terraform")])
    with sessions.begin() as session:
        assert not resumes.is_verified(session, ann, rid)
        resumes.update_profile(session, ann, rid, fixed, verified=True)
        with pytest.raises(NotFound):
            resumes.update_profile(session, ben, rid, fixed)
    with sessions() as session:
        assert resumes.get_profile(session, ann, rid) == fixed
        assert resumes.is_verified(session, ann, rid)
