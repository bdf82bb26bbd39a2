"""Shapes shared by the interview question bank, answer scoring and the interview dialogue.

The question bank (``storage/seed/questions/``) is read into :class:`Question`; scoring
(:mod:`tools.interview.scoring`) returns :class:`AnswerScore`. Scores are 0–100
(Property 24).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

QuestionType = Literal["technical", "behavioral"]
"""Technical questions are scored on key points; behavioural ones on STAR."""
QuestionLevel = Literal["beginner", "intermediate", "advanced"]
"""Difficulty band of a question, the same bands as the taxonomy's skills."""


class Question(BaseModel):
    """One interview question of the bank.

    Attributes:
        id: Stable id, ``[a-z0-9-]`` (``docker-image-vs-container``, ``beh-conflict``).
        text: The question as asked.
        type: ``technical`` or ``behavioral``.
        skill_id: Taxonomy id of the skill it tests (technical questions); ``None`` for
            behavioural ones.
        level: Difficulty band.
        key_points: 3–6 points an expert answer covers (technical), or what each STAR part
            should contain for this question (behavioural: situation, task, action, result).
        misconceptions: Wrong statements a weak answer makes (technical; may be empty for
            behavioural questions).
        hint: A nudge toward the answer that gives none of the key points away.
        competency: For behavioural questions, the competency it probes (``teamwork``,
            ``conflict``, ``leadership``, ``failure``, …).
        roles: Role ids or families the question suits; empty means any role.
    """

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    text: str = Field(min_length=10)
    type: QuestionType
    skill_id: str | None = None
    level: QuestionLevel = "intermediate"
    key_points: list[str] = Field(min_length=3, max_length=6)
    misconceptions: list[str] = Field(default_factory=list)
    hint: str = ""
    competency: str | None = None
    roles: list[str] = Field(default_factory=list)


class AnswerScore(BaseModel):
    """The score of one answer (Property 24: 0–100, with feedback, same answer → same score).

    Attributes:
        score: 0–100, rounded to a whole number.
        covered: Key points (or STAR parts) the answer covers, as written in the question.
        missed: Key points (or STAR parts) it does not cover.
        misconceptions: Misconceptions the answer states.
        feedback: Non-empty, honest feedback naming what was covered and missed.
        flags: Why a guard capped the score, if one did (``empty``, ``gibberish``,
            ``dont_know``, ``too_short``, ``repeats_question``, ``off_topic``,
            ``injection``); empty otherwise.
        parts: Sub-scores 0–100 that make up ``score`` (``coverage``, ``star``,
            ``clarity``, …), for display and tests.
        thin: The answer is thin enough to deserve one follow-up question.
    """

    score: int = Field(ge=0, le=100)
    covered: list[str] = Field(default_factory=list)
    missed: list[str] = Field(default_factory=list)
    misconceptions: list[str] = Field(default_factory=list)
    feedback: str = Field(min_length=1)
    flags: list[str] = Field(default_factory=list)
    parts: dict[str, float] = Field(default_factory=dict)
    thin: bool = False
