"""A stored mock interview as the dialogue and its summary read it (no ORM objects).

Storage (:mod:`storage.repositories.interviews`) returns these; the interview subgraph and
the summary work on them. A question is ``pending`` until the user answers or skips it;
skipped questions keep score 0 (see :mod:`tools.interview.summary`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from tools.interview.models import QuestionType

InterviewStatus = Literal["in_progress", "completed", "abandoned"]
"""``in_progress`` (asking or paused), ``completed`` (scored) or ``abandoned`` (replaced by a
new interview, or ended before any answer)."""
ItemStatus = Literal["pending", "answered", "skipped"]


class InterviewItem(BaseModel):
    """One planned question of an interview and what became of it.

    Attributes:
        number: 1-based position.
        text: The question as asked.
        type: ``technical`` or ``behavioral``.
        question_id: The bank question's stable id; ``None`` only for questions stored
            before ids were kept whose text matched no bank question (found by ``text``).
        skill: Display name of the skill a technical question tests.
        status: ``pending``, ``answered`` or ``skipped``.
        answer: The answer scored (with a follow-up answer appended when that scored higher).
        score: 0–100 once answered (0 when skipped); ``None`` while pending.
        feedback: Feedback shown for the answer.
    """

    number: int = Field(ge=1)
    text: str
    type: QuestionType
    question_id: str | None = None
    skill: str | None = None
    status: ItemStatus = "pending"
    answer: str | None = None
    score: float | None = Field(default=None, ge=0, le=100)
    feedback: str | None = None


class InterviewRecord(BaseModel):
    """A mock interview with its questions in order.

    Attributes:
        id: Interview id.
        status: See :data:`InterviewStatus`.
        target_role: What it prepared for (``None``: general).
        started_at: When it began (aware UTC).
        completed_at: When it was completed or abandoned.
        overall_score: Average score 0–100 of the questions asked (completed only).
        items: The questions, by number.
    """

    id: str
    status: InterviewStatus
    target_role: str | None = None
    started_at: datetime
    completed_at: datetime | None = None
    overall_score: float | None = None
    items: list[InterviewItem] = Field(default_factory=list)

    def current(self) -> InterviewItem | None:
        """The first question not yet answered or skipped, or ``None`` when all are done."""
        return next((item for item in self.items if item.status == "pending"), None)

    def done(self) -> list[InterviewItem]:
        """The questions answered or skipped, in order."""
        return [item for item in self.items if item.status != "pending"]
