"""Mock interviews and their questions, answers, scores (0–100) and feedback."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.orm.base import Base, created_column, id_column, parent_column, user_id_column


class Interview(Base):
    """One mock interview; ``status`` is ``in_progress``, ``completed`` or ``abandoned``.

    ``thread_id`` is the conversation (LangGraph thread) it runs in; ``overall_score`` is the
    average answer score, 0–100 (Property 25).
    """

    __tablename__ = "hr_interviews"
    __table_args__ = (
        CheckConstraint(
            "overall_score IS NULL OR (overall_score >= 0 AND overall_score <= 100)",
            name="overall_score_range",
        ),
    )

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    thread_id: Mapped[str | None] = mapped_column(String(255))
    target_role: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16), default="in_progress")
    overall_score: Mapped[float | None] = mapped_column(Float)
    started_at: Mapped[datetime] = created_column()
    completed_at: Mapped[datetime | None] = mapped_column(index=True)


class InterviewQuestion(Base):
    """Question ``question_number`` (1-based) of an interview and the user's answer.

    ``question_id`` is the bank question's stable id (``storage/seed/questions``), which
    the dialogue finds the question by; ``question_text`` is the wording as asked. Rows
    stored before revision 0010 whose text no longer matches a bank question keep
    ``question_id`` NULL and are found by their text. ``question_type`` is technical or
    behavioural (Property 22); ``score`` is 0–100 and ``feedback`` non-empty once answered
    (Property 24).
    """

    __tablename__ = "hr_interview_questions"
    __table_args__ = (
        UniqueConstraint("interview_id", "question_number"),
        CheckConstraint("score IS NULL OR (score >= 0 AND score <= 100)", name="score_range"),
    )

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    interview_id: Mapped[str] = parent_column("hr_interviews.id")
    question_number: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[str | None] = mapped_column(String(128))
    question_text: Mapped[str] = mapped_column(Text)
    question_type: Mapped[str] = mapped_column(String(16))
    skill_name: Mapped[str | None] = mapped_column(String(255))
    answer: Mapped[str | None] = mapped_column(Text)
    score: Mapped[float | None] = mapped_column(Float)
    feedback: Mapped[str | None] = mapped_column(Text)
    asked_at: Mapped[datetime] = created_column()
    answered_at: Mapped[datetime | None] = mapped_column()
