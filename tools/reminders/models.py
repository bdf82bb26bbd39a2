"""A user's reminder schedule, a requested change to it, and a stored notification."""

from __future__ import annotations

from datetime import datetime, time
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

ALL_DAYS: frozenset[int] = frozenset(range(7))
"""Every day of the week, as ``date.weekday()`` numbers (Monday 0 … Sunday 6)."""
WORKING_DAYS: frozenset[int] = frozenset(range(5))
"""Monday to Friday."""
WEEKEND_DAYS: frozenset[int] = frozenset({5, 6})
"""Saturday and Sunday."""
DEFAULT_TIME = time(19, 0)
"""Check-in time when the user names none: early evening, after a working day."""
CRON_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""Day abbreviations as cron (and APScheduler's ``day_of_week``) spell them, Monday first."""

ChangeAction = Literal["set", "stop", "pause", "resume"]


class ReminderSchedule(BaseModel):
    """When a user wants check-ins.

    Attributes:
        enabled: True when check-ins are sent.
        at: Local time of day (minutes precision) in ``timezone``.
        weekdays: Days with a check-in, ``date.weekday()`` numbers; never empty.
        timezone: IANA time zone name of the user.
    """

    model_config = ConfigDict(frozen=True)

    enabled: bool = False
    at: time = DEFAULT_TIME
    weekdays: frozenset[int] = ALL_DAYS
    timezone: str = "UTC"

    @field_validator("at")
    @classmethod
    def _whole_minutes(cls, value: time) -> time:
        return value.replace(second=0, microsecond=0, tzinfo=None)

    @field_validator("weekdays")
    @classmethod
    def _real_days(cls, value: frozenset[int]) -> frozenset[int]:
        if not value or not value <= ALL_DAYS:
            raise ValueError("weekdays must be a non-empty set of numbers 0-6")
        return value

    @property
    def cron_days(self) -> str:
        """The days as a cron ``day_of_week`` list, e.g. ``"mon,tue,wed,thu,fri"``."""
        return ",".join(CRON_DAYS[d] for d in sorted(self.weekdays))


class ReminderChange(BaseModel):
    """What a request asks to change; unset fields keep their value.

    Attributes:
        action: ``set`` (turn on and change what is given), ``stop``, ``pause`` (both
            turn off, keeping time and days) or ``resume`` (turn back on).
        at: New local time, if given.
        days: New set of days, replacing the old one, if given.
        add_days: Days to add ("also on Saturday").
        remove_days: Days to drop ("not on Fridays").
        bare_hour: True when the time was an hour from 1 to 11 without am/pm ("make it
            8"), so it may mean the afternoon.
    """

    model_config = ConfigDict(frozen=True)

    action: ChangeAction = "set"
    at: time | None = None
    days: frozenset[int] | None = None
    add_days: frozenset[int] = frozenset()
    remove_days: frozenset[int] = frozenset()
    bare_hour: bool = False


class NotificationRecord(BaseModel):
    """A message for one user, as stored in the notifications table.

    Attributes:
        id: Row id (UUID string).
        user_id: The user it is for.
        kind: ``checkin``, ``nudge``, …
        title: Short heading, if any.
        message: The words.
        created_at: When it was written (aware, UTC).
        scheduled_for: The slot it belongs to (aware, UTC), if scheduled.
        delivered_at: When it reached an open session, if it did.
        read_at: When the user saw it at a later visit, if they did.
    """

    model_config = ConfigDict(frozen=True)

    id: str
    user_id: str
    kind: str = Field(min_length=1, max_length=32)
    title: str | None = None
    message: str
    created_at: datetime
    scheduled_for: datetime | None = None
    delivered_at: datetime | None = None
    read_at: datetime | None = None
