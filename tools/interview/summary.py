"""The summary of a mock interview: each question's score, the overall score and what to
practise next (issue 7 point 2).

Rules:

* The **overall score** (0–100, one decimal) is the average over the questions *asked*:
  answered ones with their score and skipped ones with 0 — in an interview a question left
  unanswered earns nothing, and skipping must not raise the readiness score (Property 25
  reads this number). Questions never reached (the interview ended early) do not count.
  With nothing asked there is no overall score.
* **What to practise next**: the questions scoring below :data:`PRACTISE_BELOW`, lowest
  first (at most :data:`MAX_PRACTISE`), each with its topic (the skill, or the behavioural
  competency) and up to :data:`MAX_POINTS` key points the answer missed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pydantic import BaseModel, Field

from tools.interview.models import QuestionType
from tools.interview.records import InterviewItem, InterviewRecord, InterviewStatus, ItemStatus

PRACTISE_BELOW = 60.0
"""Answers below this score (of 100) become topics to practise — the same threshold as the
readiness score's weak interview topics."""
MAX_PRACTISE = 5
MAX_POINTS = 2


class QuestionResult(BaseModel):
    """One question in the summary.

    Attributes:
        number: 1-based position.
        text: The question.
        type: ``technical`` or ``behavioral``.
        topic: The skill (technical) or competency (behavioural) it probes.
        status: ``answered``, ``skipped`` or ``pending`` (not reached yet).
        score: 0–100, ``None`` while pending.
        missed: Key points (or STAR parts) the answer missed.
    """

    number: int
    text: str
    type: QuestionType
    topic: str
    status: ItemStatus
    score: int | None = None
    missed: list[str] = Field(default_factory=list)


class PractiseItem(BaseModel):
    """A topic to practise next: a low-scoring question's topic and the points it missed."""

    topic: str
    score: int
    points: list[str] = Field(default_factory=list)


class InterviewSummary(BaseModel):
    """What the user sees at the end of an interview and on "how did I do?".

    Attributes:
        interview_id: The interview.
        status: ``in_progress``, ``completed`` or ``abandoned``.
        target_role: What it prepared for (``None``: general).
        overall_score: Average of the questions asked (module rules), ``None`` with none.
        planned: Questions planned.
        answered: Questions answered.
        skipped: Questions skipped.
        results: Every question, by number.
        practise: Topics to practise next, weakest first.
    """

    interview_id: str
    status: InterviewStatus
    target_role: str | None = None
    overall_score: float | None = None
    planned: int
    answered: int
    skipped: int
    results: list[QuestionResult]
    practise: list[PractiseItem] = Field(default_factory=list)


def overall_score(items: Iterable[InterviewItem]) -> float | None:
    """Average score (0–100, one decimal) of the questions asked; skipped ones count 0.

    Returns:
        ``None`` when no question was answered or skipped.
    """
    scores = [item.score or 0.0 for item in items if item.status != "pending"]
    return round(sum(scores) / len(scores), 1) if scores else None


def summarise(record: InterviewRecord, topics: Mapping[int, str],
              missed: Mapping[int, list[str]]) -> InterviewSummary:
    """The summary of an interview.

    Args:
        record: The stored interview.
        topics: Topic of each question by number (skill name or competency).
        missed: Key points each answered or skipped question missed, by number.

    Returns:
        The summary; ``overall_score`` is the stored one for a completed interview, else
        computed from the questions asked so far.
    """
    results = [QuestionResult(
        number=item.number, text=item.text, type=item.type,
        topic=topics.get(item.number) or item.skill or item.type, status=item.status,
        score=None if item.score is None else int(round(item.score)),
        missed=list(missed.get(item.number, [])) if item.status != "pending" else [])
        for item in record.items]
    overall = (record.overall_score if record.status == "completed"
               and record.overall_score is not None else overall_score(record.items))
    return InterviewSummary(
        interview_id=record.id, status=record.status, target_role=record.target_role,
        overall_score=overall, planned=len(record.items),
        answered=sum(r.status == "answered" for r in results),
        skipped=sum(r.status == "skipped" for r in results),
        results=results, practise=practise_next(results))


def practise_next(results: Iterable[QuestionResult]) -> list[PractiseItem]:
    """Topics of the questions scoring below :data:`PRACTISE_BELOW`, lowest first."""
    weak = sorted((r for r in results if r.score is not None and r.status != "pending"
                   and r.score < PRACTISE_BELOW), key=lambda r: (r.score or 0, r.number))
    items: dict[str, PractiseItem] = {}
    for result in weak:
        item = items.setdefault(result.topic, PractiseItem(topic=result.topic,
                                                           score=result.score or 0))
        for point in result.missed:
            if len(item.points) < MAX_POINTS and point not in item.points:
                item.points.append(point)
    return list(items.values())[:MAX_PRACTISE]
