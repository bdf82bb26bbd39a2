"""The real dependencies the LLM-facing tools need, handed in by the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from langgraph.checkpoint.base import BaseCheckpointSaver
from sqlalchemy.orm import Session, sessionmaker

from storage.files import UploadStore
from storage.questions import QuestionBank, default_question_bank
from storage.taxonomy import Taxonomy
from storage.vectors import SkillIndex
from tools.gaps.models import Role
from tools.protocols import Embedder
from tools.reminders.models import ReminderSchedule
from tools.skill_matcher import SkillMatcher


class ReminderJobs(Protocol):
    """Applies a user's new reminder schedule to the check-in scheduler."""

    def schedule(self, user_id: str, schedule: ReminderSchedule) -> None:
        """Add, replace or remove the user's check-in job (a no-op where none runs)."""


@dataclass
class Services:
    """What tool wrappers use. The callables build or load their object on first use.

    Attributes:
        sessions: SQLAlchemy session factory; each tool call owns one transaction.
        uploads: Where uploaded files are stored per user.
        skill_matcher: The spaCy skill matcher over the taxonomy.
        skill_index: The Qdrant skill index (canonicalisation, skill vectors).
        taxonomy: Taxonomy lookups by id and alias.
        roles: The role catalogue.
        today: The current date (UTC) — tools never read the clock themselves.
        now: The current time (aware, UTC).
        exports_dir: Where exported files (roadmaps) are written, one folder per user.
        checkpoints: The conversation checkpointer, for exporting and deleting a user's
            conversations (``None`` when the graph keeps none).
        reminders: The check-in scheduler, told of schedule changes (``None``: the users
            table alone is updated, and a running scheduler picks it up within a minute).
        embedder: The sentence embedder (mock-interview answer scoring); ``None`` uses the
            skill index's.
        question_bank: The interview question bank.
    """

    sessions: sessionmaker[Session]
    uploads: UploadStore
    skill_matcher: Callable[[], SkillMatcher]
    skill_index: Callable[[], SkillIndex]
    taxonomy: Callable[[], Taxonomy]
    roles: Callable[[], list[Role]]
    today: Callable[[], date]
    now: Callable[[], datetime]
    exports_dir: Path
    checkpoints: BaseCheckpointSaver[Any] | None = None
    reminders: ReminderJobs | None = None
    embedder: Callable[[], Embedder] | None = None
    question_bank: Callable[[], QuestionBank] = default_question_bank
