"""Completed mock interviews as the readiness score reads them, and a helper that records a
finished interview (for tests and imports).

Reads ``hr_interviews`` / ``hr_interview_questions`` (``overall_score`` 0–100, ``status``
``completed``). Every query filters on ``user_id``; nothing commits.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from pydantic import BaseModel, Field
from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from prompts import readiness as words
from storage.orm.base import as_utc
from storage.orm.interviews import Interview, InterviewQuestion
from tools.interview.records import InterviewItem, InterviewRecord, ItemStatus
from tools.interview.summary import overall_score
from tools.readiness.models import CompletedInterview

WEAK_SCORE = 60.0
"""An answer scoring below this (of 100) makes its topic a weak one to practise."""
TOPIC_CHARS = 60


class AnsweredQuestion(BaseModel):
    """A question of a finished interview and its answer's score (for :func:`record_interview`).

    Attributes:
        text: The question.
        type: ``technical`` or ``behavioral``.
        score: The answer's score, 0–100.
        skill: The skill a technical question tests, if known.
        answer: The answer given.
        feedback: Feedback shown for it.
        question_id: The bank question's id, if it came from the bank.
    """

    text: str
    type: str = "technical"
    score: float = Field(ge=0, le=100)
    skill: str | None = None
    answer: str = ""
    feedback: str = "Scored."
    question_id: str | None = None


def record_interview(session: Session, user_id: str, questions: Sequence[AnsweredQuestion], *,
                     completed_at: datetime | None = None, target_role: str | None = None,
                     thread_id: str | None = None) -> str:
    """Store a completed interview with its answered questions and return its id.

    ``overall_score`` is the average answer score (0 when there is no question).

    Raises:
        ValueError: ``completed_at`` is naive.
    """
    finished = as_utc(completed_at)
    scores = [q.score for q in questions]
    interview = Interview(user_id=user_id, thread_id=thread_id, target_role=target_role,
                          status="completed", started_at=finished, completed_at=finished,
                          overall_score=round(sum(scores) / len(scores), 1) if scores else 0.0)
    session.add(interview)
    session.flush()
    session.add_all(InterviewQuestion(
        user_id=user_id, interview_id=interview.id, question_number=number,
        question_id=q.question_id, question_text=q.text, question_type=q.type,
        skill_name=q.skill, answer=q.answer,
        score=q.score, feedback=q.feedback, asked_at=finished, answered_at=finished)
        for number, q in enumerate(questions, start=1))
    session.flush()
    return interview.id


def completed_count(session: Session, user_id: str) -> int:
    """How many interviews the user has completed (with a score)."""
    return int(session.scalar(select(func.count(Interview.id)).where(_completed(user_id)))
               or 0)


def completed_interviews(session: Session, user_id: str,
                         limit: int | None = None) -> list[CompletedInterview]:
    """The user's completed, scored interviews, newest first (at most ``limit``).

    Each carries its weak topics: the skills (or, for behavioural questions, STAR answers)
    of answers scoring below :data:`WEAK_SCORE`, lowest first.
    """
    query = (select(Interview).where(_completed(user_id))
             .order_by(Interview.completed_at.desc(), Interview.id))
    rows = session.scalars(query.limit(limit) if limit else query).all()
    weak = _weak_topics(session, user_id, [r.id for r in rows])
    return [CompletedInterview(id=r.id, score=float(r.overall_score or 0.0),
                               completed_at=r.completed_at or r.started_at,
                               target_role=r.target_role, weak_topics=weak.get(r.id, []))
            for r in rows]


def _completed(user_id: str) -> ColumnElement[bool]:
    return and_(Interview.user_id == user_id, Interview.status == "completed",
                Interview.overall_score.is_not(None))


def _weak_topics(session: Session, user_id: str,
                 interview_ids: list[str]) -> dict[str, list[str]]:
    if not interview_ids:
        return {}
    rows = session.execute(
        select(InterviewQuestion.interview_id, InterviewQuestion.question_type,
               InterviewQuestion.skill_name, InterviewQuestion.question_text)
        .where(InterviewQuestion.user_id == user_id,
               InterviewQuestion.interview_id.in_(interview_ids),
               InterviewQuestion.score < WEAK_SCORE)
        .order_by(InterviewQuestion.score, InterviewQuestion.question_number))
    topics: dict[str, dict[str, None]] = {}
    for interview_id, kind, skill, text in rows:
        topics.setdefault(interview_id, {})[_topic(kind, skill, text)] = None
    return {key: list(value) for key, value in topics.items()}


def _topic(kind: str, skill: str | None, text: str) -> str:
    if skill:
        return skill
    if kind == "behavioral":
        return words.WEAK_BEHAVIORAL
    short = text if len(text) <= TOPIC_CHARS else text[:TOPIC_CHARS - 1].rstrip() + "…"
    return words.WEAK_QUESTION.format(question=short)


# -- the interview dialogue: planned questions, answers and completion -------------------------
RECENT_INTERVIEWS = 3
"""Interviews whose questions count as recent when planning the next one."""


class RecentQuestion(NamedTuple):
    """A question of a recent interview: its bank id (``None`` on old rows) and text."""

    question_id: str | None
    text: str


def create_interview(session: Session, user_id: str, interview_id: str,
                     items: Sequence[InterviewItem], *, now: datetime,
                     thread_id: str | None = None, target_role: str | None = None) -> None:
    """Store a new in-progress interview and its planned questions (all pending).

    Args:
        session: Open session (the caller commits).
        user_id: Owner.
        interview_id: Id chosen by the caller (it seeds the plan).
        items: Planned questions, numbered from 1, each with its bank ``question_id``.
        now: Start time (aware).
        thread_id: Conversation it runs in.
        target_role: What it prepares for.
    """
    started = as_utc(now)
    session.add(Interview(id=interview_id, user_id=user_id, thread_id=thread_id,
                          target_role=target_role, status="in_progress", started_at=started))
    session.flush()
    session.add_all(InterviewQuestion(
        user_id=user_id, interview_id=interview_id, question_number=item.number,
        question_id=item.question_id, question_text=item.text, question_type=item.type,
        skill_name=item.skill, asked_at=started) for item in items)
    session.flush()


def get_interview(session: Session, user_id: str, interview_id: str) -> InterviewRecord | None:
    """The user's interview with its questions, or ``None`` (unknown or another user's)."""
    row = session.scalar(select(Interview).where(Interview.user_id == user_id,
                                                 Interview.id == interview_id))
    return _record(session, row) if row is not None else None


def unfinished_interview(session: Session, user_id: str) -> InterviewRecord | None:
    """The user's newest interview still in progress (asking or paused), or ``None``."""
    row = session.scalar(select(Interview)
                         .where(Interview.user_id == user_id, Interview.status == "in_progress")
                         .order_by(Interview.started_at.desc(), Interview.id).limit(1))
    return _record(session, row) if row is not None else None


def latest_interview(session: Session, user_id: str) -> InterviewRecord | None:
    """The user's most recently started interview, whatever its status, or ``None``."""
    row = session.scalar(select(Interview).where(Interview.user_id == user_id)
                         .order_by(Interview.started_at.desc(), Interview.id).limit(1))
    return _record(session, row) if row is not None else None


def abandon_unfinished(session: Session, user_id: str, now: datetime) -> list[InterviewRecord]:
    """Close every in-progress interview of the user (status ``abandoned``); return them as
    they were."""
    rows = session.scalars(select(Interview).where(Interview.user_id == user_id,
                                                   Interview.status == "in_progress")).all()
    closed = [_record(session, row) for row in rows]
    for row in rows:
        row.status = "abandoned"
        row.completed_at = as_utc(now)
    session.flush()
    return closed


def mark_asked(session: Session, user_id: str, interview_id: str, number: int,
               now: datetime) -> None:
    """Record when question ``number`` was (last) put to the user."""
    row = _question(session, user_id, interview_id, number)
    if row is not None and row.answered_at is None:
        row.asked_at = as_utc(now)
        session.flush()


def record_answer(session: Session, user_id: str, interview_id: str, number: int, *,
                  answer: str | None, score: float, feedback: str, now: datetime) -> None:
    """Store the answer to question ``number`` with its score (0–100) and feedback.

    ``answer=None`` records a skip. Recording again (a follow-up that scored higher)
    replaces the earlier answer.

    Raises:
        ValueError: The question does not exist or the score is outside 0–100.
    """
    if not 0 <= score <= 100:
        raise ValueError(f"score {score} is outside 0-100")
    row = _question(session, user_id, interview_id, number)
    if row is None:
        raise ValueError(f"interview {interview_id} has no question {number}")
    row.answer, row.score, row.feedback = answer, float(score), feedback
    row.answered_at = as_utc(now)
    session.flush()


def finish_interview(session: Session, user_id: str, interview_id: str,
                     now: datetime) -> InterviewRecord | None:
    """Complete an interview: drop questions never reached, store the overall score.

    The overall score is :func:`tools.interview.summary.overall_score` of the questions
    asked (skipped ones count 0). With none asked the interview is ``abandoned`` instead.

    Returns:
        The finished interview, or ``None`` when it does not exist.
    """
    row = session.scalar(select(Interview).where(Interview.user_id == user_id,
                                                 Interview.id == interview_id))
    if row is None:
        return None
    for question in session.scalars(select(InterviewQuestion).where(
            InterviewQuestion.interview_id == interview_id,
            InterviewQuestion.user_id == user_id,
            InterviewQuestion.answered_at.is_(None))).all():
        session.delete(question)
    session.flush()
    record = _record(session, row)
    overall = overall_score(record.items)
    row.status = "completed" if overall is not None else "abandoned"
    row.overall_score = overall
    row.completed_at = as_utc(now)
    session.flush()
    return _record(session, row)


def recent_questions(session: Session, user_id: str,
                     interviews: int = RECENT_INTERVIEWS) -> list[RecentQuestion]:
    """The questions of the user's last ``interviews`` interviews (any status).

    Returns:
        ``(question_id, text)`` pairs, distinct; ``question_id`` is ``None`` for rows stored
        without one (match those by text).
    """
    ids = select(Interview.id).where(Interview.user_id == user_id).order_by(
        Interview.started_at.desc(), Interview.id).limit(interviews).scalar_subquery()
    rows = session.execute(select(InterviewQuestion.question_id,
                                  InterviewQuestion.question_text).distinct().where(
        InterviewQuestion.user_id == user_id, InterviewQuestion.interview_id.in_(ids))).all()
    return [RecentQuestion(question_id, text) for question_id, text in rows]


def _question(session: Session, user_id: str, interview_id: str,
              number: int) -> InterviewQuestion | None:
    return session.scalar(select(InterviewQuestion).where(
        InterviewQuestion.user_id == user_id, InterviewQuestion.interview_id == interview_id,
        InterviewQuestion.question_number == number))


def _record(session: Session, row: Interview) -> InterviewRecord:
    questions = session.scalars(select(InterviewQuestion).where(
        InterviewQuestion.user_id == row.user_id, InterviewQuestion.interview_id == row.id)
        .order_by(InterviewQuestion.question_number)).all()
    return InterviewRecord(
        id=row.id, status=row.status, target_role=row.target_role,  # type: ignore[arg-type]
        started_at=row.started_at, completed_at=row.completed_at,
        overall_score=row.overall_score,
        items=[InterviewItem(number=q.question_number, text=q.question_text,
                             question_id=q.question_id,
                             type=q.question_type,  # type: ignore[arg-type]
                             skill=q.skill_name, status=_status(q), answer=q.answer,
                             score=q.score, feedback=q.feedback) for q in questions])


def _status(row: InterviewQuestion) -> ItemStatus:
    if row.answered_at is None:
        return "pending"
    return "skipped" if row.answer is None else "answered"
