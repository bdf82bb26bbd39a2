"""Messages for a user (check-ins, nudges): write once per slot, list, mark delivered/read.

Rows are ``hr_notifications``; functions take a ``Session`` first, return
:class:`tools.reminders.models.NotificationRecord`, filter every query on ``user_id`` and
never commit (the caller owns the transaction). Writing is idempotent per
``(user_id, kind, scheduled_for)`` through the table's unique key (migration 0005), so a
restart or a second scheduler can never store — hence never send — a check-in twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.orm.base import as_utc
from storage.orm.notifications import Notification
from tools.reminders.models import NotificationRecord


def create_notification(session: Session, user_id: str, kind: str, message: str, *,
                        title: str | None = None, scheduled_for: datetime | None = None,
                        now: datetime | None = None) -> NotificationRecord | None:
    """Store a message for a user, once per slot.

    Args:
        session: Open session; the caller commits.
        user_id: The user it is for.
        kind: ``checkin``, ``nudge``, … (at most 32 characters).
        message: The words.
        title: A short heading.
        scheduled_for: The slot (aware); with a slot, a second message of the same kind
            for the same user and slot is not stored.
        now: Creation time (aware); default the current time.

    Returns:
        The new notification (flushed), or None when that slot already has one.

    Raises:
        ValueError: When ``scheduled_for`` or ``now`` is naive.
    """
    slot = as_utc(scheduled_for) if scheduled_for is not None else None
    if slot is not None and _slot_taken(session, user_id, kind, slot):
        return None
    row = Notification(user_id=user_id, kind=kind, title=title, message=message,
                       scheduled_for=slot, created_at=as_utc(now))
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:  # written by another process since the check above
        return None
    return _model(row)


def pending(session: Session, user_id: str) -> list[NotificationRecord]:
    """Messages never delivered to an open session nor read, oldest first (next visit)."""
    query = (select(Notification)
             .where(Notification.user_id == user_id, Notification.read_at.is_(None),
                    Notification.delivered_at.is_(None))
             .order_by(Notification.created_at, Notification.id))
    return [_model(row) for row in session.scalars(query)]


def unread(session: Session, user_id: str) -> list[NotificationRecord]:
    """Messages not yet read (delivered live or not), oldest first."""
    query = (select(Notification)
             .where(Notification.user_id == user_id, Notification.read_at.is_(None))
             .order_by(Notification.created_at, Notification.id))
    return [_model(row) for row in session.scalars(query)]


def recent(session: Session, user_id: str, kind: str, since: datetime) -> list[NotificationRecord]:
    """Messages of ``kind`` created at or after ``since`` (aware), newest first."""
    query = (select(Notification)
             .where(Notification.user_id == user_id, Notification.kind == kind,
                    Notification.created_at >= as_utc(since))
             .order_by(Notification.created_at.desc()))
    return [_model(row) for row in session.scalars(query)]


def mark_delivered(session: Session, user_id: str, ids: Sequence[str],
                   now: datetime | None = None) -> int:
    """Record that these messages reached an open session; returns how many changed."""
    return _stamp(session, user_id, ids, "delivered_at", now)


def mark_read(session: Session, user_id: str, ids: Sequence[str],
              now: datetime | None = None) -> int:
    """Record that the user saw these messages; returns how many changed."""
    return _stamp(session, user_id, ids, "read_at", now)


def _stamp(session: Session, user_id: str, ids: Sequence[str], column: str,
           now: datetime | None) -> int:
    if not ids:
        return 0
    target = getattr(Notification, column)
    result = session.execute(
        update(Notification)
        .where(Notification.user_id == user_id, Notification.id.in_(list(ids)),
               target.is_(None))
        .values({column: as_utc(now)}).execution_options(synchronize_session=False))
    return int(getattr(result, "rowcount", 0) or 0)


def _slot_taken(session: Session, user_id: str, kind: str, slot: datetime) -> bool:
    query = select(Notification.id).where(Notification.user_id == user_id,
                                          Notification.kind == kind,
                                          Notification.scheduled_for == slot)
    return session.scalars(query).first() is not None


def _model(row: Notification) -> NotificationRecord:
    return NotificationRecord(
        id=row.id, user_id=row.user_id, kind=row.kind, title=row.title, message=row.message,
        created_at=row.created_at, scheduled_for=row.scheduled_for,
        delivered_at=row.delivered_at, read_at=row.read_at)
