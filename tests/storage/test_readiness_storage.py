"""Readiness snapshots, completed interviews and imported postings, on both engines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

from storage.repositories import interviews, jobs, readiness
from storage.repositories.interviews import AnsweredQuestion
from storage.repositories.users import create_user
from tools.jobs.models import JobDescription, JobSkill
from tools.postings.models import PostingRow
from tools.postings.read import posting_key
from tools.readiness import readiness_score
from tools.readiness.models import InterviewPart, PracticePart, SkillPart

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
JOB = JobDescription(title="Data Analyst", company="Initech",
                     skills=[JobSkill(name="SQL", taxonomy_id="sql", priority="critical")])


def _users(sessions: sessionmaker[Session]) -> tuple[str, str]:
    with sessions.begin() as session:
        return create_user(session, "ann", None).id, create_user(session, "ben", None).id


def _readiness(score: float):  # type: ignore[no-untyped-def]
    return readiness_score(SkillPart(), PracticePart(),
                           InterviewPart(scores=[score / 0.3], completed=1))


def test_snapshots_make_a_history_per_user(sessions: sessionmaker[Session]) -> None:
    ann, ben = _users(sessions)
    with sessions.begin() as session:
        assert readiness.record_readiness(session, ann, _readiness(12), NOW - timedelta(days=9))
        assert readiness.record_readiness(session, ann, _readiness(15), NOW - timedelta(days=2))
        assert not readiness.record_readiness(session, ann, _readiness(15),
                                              NOW - timedelta(days=2, hours=-1))
        assert readiness.record_readiness(session, ann, _readiness(15), NOW)
        readiness.record_readiness(session, ben, _readiness(30), NOW)
    with sessions() as session:
        history = readiness.readiness_history(session, ann)
        assert [(p.score, p.taken_at) for p in history] == [
            (12.0, NOW - timedelta(days=9)), (15.0, NOW - timedelta(days=2)), (15.0, NOW)]
        short = readiness.readiness_history(session, ann, limit=1)
        assert [p.score for p in short] == [12.0, 15.0]  # the first is always kept
        assert [p.score for p in readiness.readiness_history(session, ben)] == [30.0]
    with pytest.raises(ValueError), sessions.begin() as session:
        readiness.record_readiness(session, ann, _readiness(1), datetime(2026, 1, 1))


def test_completed_interviews_newest_first_with_weak_topics(
        sessions: sessionmaker[Session]) -> None:
    ann, ben = _users(sessions)
    with sessions.begin() as session:
        interviews.record_interview(session, ann, [
            AnsweredQuestion(text="What is a Docker image?", skill="Docker", score=30),
            AnsweredQuestion(text="Tell me about a conflict.", type="behavioral", score=50),
            AnsweredQuestion(text="Explain SQL joins.", skill="SQL", score=90),
        ], completed_at=NOW - timedelta(days=3), target_role="Data Analyst")
        interviews.record_interview(session, ann, [AnsweredQuestion(
            text="Why does a long question about something get cut before the end of it?",
            score=20)], completed_at=NOW)
        interviews.record_interview(session, ben, [AnsweredQuestion(text="Q?", score=99)],
                                    completed_at=NOW)
    with sessions() as session:
        done = interviews.completed_interviews(session, ann)
        assert [d.score for d in done] == [20.0, 56.7]
        assert done[1].weak_topics == ["Docker",
                                       "behavioural answers (situation, task, action, result)"]
        assert done[0].weak_topics[0].startswith("'Why does") and "…" in done[0].weak_topics[0]
        assert done[1].target_role == "Data Analyst" and done[1].completed_at == NOW - timedelta(
            days=3)
        assert [d.score for d in interviews.completed_interviews(session, ann, limit=1)] == [20]
        assert interviews.completed_count(session, ann) == 2
        assert [d.score for d in interviews.completed_interviews(session, ben)] == [99.0]


def test_imported_postings_keep_url_and_are_listed_with_saved_ones(
        sessions: sessionmaker[Session]) -> None:
    ann, ben = _users(sessions)
    with sessions.begin() as session:
        pasted = jobs.save_job(session, ann, JOB, "pasted text",
                               created_at=NOW - timedelta(days=1))
        imported = jobs.save_job(session, ann, JOB.model_copy(update={"title": "BI Analyst"}),
                                 "imported text", source="imported",
                                 url="https://jobs.example/7", created_at=NOW)
        jobs.save_job(session, ann, JOB, "role", source="role", created_at=NOW)
    with sessions() as session:
        listed = jobs.list_postings(session, ann)
        assert [(s.id, s.source, s.url) for s, _ in listed] == [
            (imported, "imported", "https://jobs.example/7"), (pasted, "pasted", None)]
        assert listed[0][1].title == "BI Analyst"
        assert jobs.list_postings(session, ben) == []
        keys = jobs.imported_keys(session, ann)
        row = PostingRow(line=1, title="Other title", url="https://JOBS.example/7/",
                         description="x")
        assert posting_key(row) in keys
        assert jobs.imported_keys(session, ben) == set()
