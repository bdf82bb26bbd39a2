"""Check-ins and other messages for a user, shown live or at the next visit."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.orm.base import Base, created_column, id_column, user_id_column


class Notification(Base):
    """A message for one user.

    ``kind`` is e.g. ``checkin``, ``nudge``, ``milestone``, ``reminder``. ``delivered_at``
    is set when it reached an open session; ``read_at`` when the user saw it.
    ``scheduled_for`` is the slot of a scheduled message; one user never gets two messages
    of one kind for one slot (unique key, migration 0005).
    """

    __tablename__ = "hr_notifications"
    __table_args__ = (
        Index("ix_hr_notifications_user_unread", "user_id", "read_at"),
        UniqueConstraint("user_id", "kind", "scheduled_for"),
    )

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = user_id_column()
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str | None] = mapped_column(String(255))
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = created_column()
    scheduled_for: Mapped[datetime | None] = mapped_column()
    delivered_at: Mapped[datetime | None] = mapped_column()
    read_at: Mapped[datetime | None] = mapped_column()
