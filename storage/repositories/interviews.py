"""Completed mock interviews as the readiness score reads them, and a helper that records a
finished interview (for tests and imports).

Reads ``hr_interviews`` / ``hr_interview_questions`` (``overall_score`` 0–100, ``status``
``completed``). Every query filters on ``user_id``; nothing commits.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from pydantic import BaseModel, Field
from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from prompts import readiness as words
from storage.orm.base import as_utc
from storage.orm.interviews import Interview, InterviewQuestion
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
    """

    text: str
    type: str = "technical"
    score: float = Field(ge=0, le=100)
    skill: str | None = None
    answer: str = ""
    feedback: str = "Scored."


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
        question_text=q.text, question_type=q.type, skill_name=q.skill, answer=q.answer,
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
