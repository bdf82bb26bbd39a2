"""A user's study log: add, list, update, delete and the last entry (Property 14).

Rows are ``hr_activities``; functions take a ``Session`` first, return
:class:`tools.progress.models.Activity`, filter every query on ``user_id`` and never commit
(the caller owns the transaction). ``duration_minutes`` is NOT NULL, so an activity logged
without a duration is stored with 0 minutes and ``metadata.minutes_stated = false``; the
item count and "finished" flag also live in ``metadata``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prompts import progress as words
from storage.orm.base import as_utc
from storage.orm.progress import Activity as ActivityRow
from tools.errors import InvalidInput, NotFound
from tools.progress.models import ACTIVITY_TYPES, Activity, NewActivity

_META_KEYS = ("minutes_stated", "count", "completed")
"""Fields of :class:`NewActivity` kept in the ``metadata`` JSON column."""
_LOG_ORDER = (ActivityRow.occurred_at.desc(), ActivityRow.created_at.desc(), ActivityRow.id)
"""Order of "show my log": newest first. Entry numbers (1 = first listed) follow it, so
:func:`list_activities` and :func:`activity_at` always agree."""


def add_activity(session: Session, user_id: str, activity: NewActivity) -> Activity:
    """Store one activity for a user and return it with its id (flushed, not committed)."""
    row = ActivityRow(
        user_id=user_id, activity_type=activity.activity_type,
        duration_minutes=activity.minutes, skill_name=activity.skill_name,
        resource_id=activity.resource_id, stage_id=activity.stage_id, note=activity.note,
        meta={"minutes_stated": activity.minutes_stated, "count": activity.count,
              "completed": activity.completed},
        occurred_at=activity.occurred_at,
    )
    session.add(row)
    session.flush()
    return _model(row)


def list_activities(session: Session, user_id: str, *, since: datetime | None = None,
                    until: datetime | None = None, limit: int | None = None) -> list[Activity]:
    """A user's activities, newest first ("show my log").

    Args:
        session: Open session.
        user_id: Owner's id.
        since: Only those that occurred at or after this aware instant.
        until: Only those that occurred before this aware instant.
        limit: At most this many.

    Raises:
        ValueError: When ``since`` or ``until`` is naive.
    """
    query = select(ActivityRow).where(ActivityRow.user_id == user_id)
    if since is not None:
        query = query.where(ActivityRow.occurred_at >= as_utc(since))
    if until is not None:
        query = query.where(ActivityRow.occurred_at < as_utc(until))
    query = query.order_by(*_LOG_ORDER)
    if limit is not None:
        query = query.limit(limit)
    return [_model(row) for row in session.scalars(query)]


def count_activities(session: Session, user_id: str) -> int:
    """How many activities the user has logged."""
    query = select(func.count(ActivityRow.id)).where(ActivityRow.user_id == user_id)
    return int(session.scalar(query) or 0)


def activity_at(session: Session, user_id: str, number: int) -> Activity | None:
    """The user's entry ``number`` of the log, counted from 1 in the order of
    :func:`list_activities` ("delete entry 3"); None when there is no such entry."""
    if number < 1:
        return None
    query = (select(ActivityRow).where(ActivityRow.user_id == user_id)
             .order_by(*_LOG_ORDER).offset(number - 1).limit(1))
    row = session.scalars(query).first()
    return None if row is None else _model(row)


def last_activity(session: Session, user_id: str) -> Activity | None:
    """The activity the user logged last (by logging time), or None ("undo", corrections)."""
    query = (select(ActivityRow).where(ActivityRow.user_id == user_id)
             .order_by(ActivityRow.created_at.desc(), ActivityRow.occurred_at.desc(),
                       ActivityRow.id.desc())
             .limit(1))
    row = session.scalars(query).first()
    return None if row is None else _model(row)


def update_activity(session: Session, user_id: str, activity_id: str,
                    **changes: Any) -> Activity:
    """Change fields of one of the user's activities ("No, it was 30 minutes").

    Args:
        session: Open session.
        user_id: Owner's id.
        activity_id: The activity's id.
        **changes: Fields of :class:`NewActivity` and their new values; setting ``minutes``
            also marks the minutes as stated unless ``minutes_stated`` is given.

    Raises:
        NotFound: When the user has no activity with this id.
        InvalidInput: When a field is unknown.
        pydantic.ValidationError: When a new value breaks Property 14 (minutes < 0, naive
            time, unknown type).
    """
    unknown = set(changes) - set(NewActivity.model_fields)
    if unknown:
        raise InvalidInput(words.UNKNOWN_FIELDS.format(fields=", ".join(sorted(unknown))),
                           words.UNKNOWN_FIELDS_NEXT.format(
                               allowed=", ".join(NewActivity.model_fields)))
    row = _owned(session, user_id, activity_id)
    if "minutes" in changes:
        changes.setdefault("minutes_stated", True)
    current = _model(row)
    updated = NewActivity.model_validate(
        {**current.model_dump(include=set(NewActivity.model_fields)), **changes})
    _write(row, updated)
    session.flush()
    return _model(row)


def delete_activity(session: Session, user_id: str, activity_id: str) -> Activity:
    """Delete one of the user's activities and return what was removed ("undo").

    Raises:
        NotFound: When the user has no activity with this id.
    """
    row = _owned(session, user_id, activity_id)
    removed = _model(row)
    session.delete(row)
    session.flush()
    return removed


def _owned(session: Session, user_id: str, activity_id: str) -> ActivityRow:
    query = select(ActivityRow).where(ActivityRow.user_id == user_id,
                                      ActivityRow.id == activity_id)
    row = session.scalars(query).first()
    if row is None:
        raise NotFound(words.UNKNOWN_ACTIVITY, words.UNKNOWN_ACTIVITY_NEXT)
    return row


def _write(row: ActivityRow, activity: NewActivity) -> None:
    row.activity_type = activity.activity_type
    row.duration_minutes = activity.minutes
    row.skill_name = activity.skill_name
    row.resource_id = activity.resource_id
    row.stage_id = activity.stage_id
    row.note = activity.note
    row.occurred_at = activity.occurred_at
    row.meta = {**(row.meta or {}), "minutes_stated": activity.minutes_stated,
                "count": activity.count, "completed": activity.completed}


def _model(row: ActivityRow) -> Activity:
    meta = dict(row.meta or {})
    extra = {key: value for key, value in meta.items() if key not in _META_KEYS}
    kind = row.activity_type if row.activity_type in ACTIVITY_TYPES else "study"
    return Activity(
        id=row.id, user_id=row.user_id, activity_type=kind, minutes=row.duration_minutes,
        minutes_stated=bool(meta.get("minutes_stated", True)), occurred_at=row.occurred_at,
        count=meta.get("count"), completed=bool(meta.get("completed", False)),
        skill_name=row.skill_name, stage_id=row.stage_id, resource_id=row.resource_id,
        note=row.note, created_at=row.created_at, meta=extra,
    )
