"""Local calendar days in the user's IANA time zone (DST-safe: days, never 24-hour blocks)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from prompts import progress as words
from tools.errors import InvalidInput

NOON = time(12, 0)
"""Time of day given to an activity logged for a past day: far from any DST change."""


def zone_info(zone: str) -> ZoneInfo:
    """The ``ZoneInfo`` for an IANA name.

    Raises:
        InvalidInput: When the name is not a known time zone.
    """
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as error:
        raise InvalidInput(words.BAD_ZONE.format(zone=zone), words.BAD_ZONE_NEXT) from error


def local_now(now: datetime, zone: str) -> datetime:
    """``now`` (aware) as wall-clock time in ``zone``.

    Raises:
        InvalidInput: When ``now`` is naive or the zone unknown.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise InvalidInput(words.NAIVE_TIME, words.NAIVE_TIME_NEXT)
    return now.astimezone(zone_info(zone))


def local_day(moment: datetime, zone: str) -> date:
    """The calendar day ``moment`` falls on in ``zone`` (23:30 in New York is that day,
    even when it is already the next day in UTC)."""
    return local_now(moment, zone).date()


def occurred_at(day: date, now: datetime, zone: str) -> datetime:
    """The UTC instant to store for an activity on local ``day``.

    Today's activity gets ``now``; a past day gets local noon of that day (12:00 exists on
    every day in every zone, unlike some midnights).
    """
    if day == local_day(now, zone):
        return now.astimezone(UTC)
    return datetime.combine(day, NOON, tzinfo=zone_info(zone)).astimezone(UTC)
