"""The ``hr_onboarding`` table: where each user is in onboarding (issue 8, point 4)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.orm.base import ID_LENGTH, Base, utcnow


class OnboardingRow(Base):
    """One user's onboarding state.

    ``state`` is :class:`tools.onboarding.machine.OnboardingState` as JSON (status, open
    question, answered and skipped questions, wait counters); no row means onboarding has
    not started. The row goes with the user (``ON DELETE CASCADE``).
    """

    __tablename__ = "hr_onboarding"

    user_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("hr_users.id", ondelete="CASCADE"), primary_key=True)
    state: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
