"""Rules of the interview dialogue that need no storage: follow-up questions and how a
follow-up answer is scored.

**Follow-up rule.** An answer gets one follow-up question when its :class:`AnswerScore` is
``thin`` (under 40% of the key points or STAR parts covered) and no guard flagged it — "I
don't know", gibberish or an off-topic answer move straight on. Never more than one per
question. The follow-up asks for the first missing STAR part (result, action, task,
situation) of a behavioural answer, or nudges a technical one with the question's hint.

**Merge rule.** The follow-up answer is appended to the first answer and the two are scored
together as one answer to the original question; the question keeps the higher of the first
score and the combined score, so a follow-up can only help. The stored answer is the one
that earned the stored score, so re-scoring it gives the same number.
"""

from __future__ import annotations

from prompts import interview_replies as words
from tools.interview.models import AnswerScore, Question
from tools.interview.scoring import star_key_points

STAR_ASK_ORDER = ("result", "action", "task", "situation")
"""Which missing STAR part a follow-up asks about first: the outcome matters most."""


def needs_follow_up(score: AnswerScore, already_asked: bool) -> bool:
    """True when a thin, unflagged answer has not had its one follow-up yet."""
    return score.thin and not score.flags and not already_asked


def follow_up_question(question: Question, score: AnswerScore) -> str:
    """The follow-up question for a thin answer (see the module's follow-up rule)."""
    if question.type == "behavioral":
        labels = star_key_points(question)
        for part in STAR_ASK_ORDER:
            if labels[part] in score.missed:
                return words.FOLLOW_UP_STAR[part]
        return words.FOLLOW_UP_STAR["result"]
    if question.hint.strip():
        return words.FOLLOW_UP_TECHNICAL.format(hint=question.hint.strip())
    return words.FOLLOW_UP_TECHNICAL_GENERIC


def combined_answer(first: str, follow_up: str) -> str:
    """The first answer and the follow-up answer as one text (merge rule)."""
    return f"{first.strip()}\n{follow_up.strip()}"


def keeps_first(first: float, combined: AnswerScore) -> bool:
    """True when the first answer's score stands (the combined one is not higher)."""
    return combined.score <= first
