"""Check-in slots: the instants at which a schedule fires, and whether one is still due.

A slot is the user's local day at the schedule's time, in their zone. Where that wall time
does not exist (the hour skipped when clocks go forward) or happens twice (clocks go back),
the first reading is taken (``fold=0``); APScheduler's ``CronTrigger`` fires at the same
instant, and on the repeated hour it may fire once more, which maps to the same slot — so a
slot is a stable key for "the check-in of that day".
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from tools.progress.clock import local_now, zone_info
from tools.reminders.models import ReminderSchedule

MISFIRE_GRACE = timedelta(hours=1)
"""A check-in missed (app down) is still sent when at most this late; skipped otherwise
(issue 6, point 4)."""


def slot_on(day: date, schedule: ReminderSchedule) -> datetime:
    """The UTC instant of the check-in on local ``day`` (whether or not ``day`` has one)."""
    local = datetime.combine(day, schedule.at, tzinfo=zone_info(schedule.timezone))
    return local.astimezone(UTC)


def latest_slot(schedule: ReminderSchedule, now: datetime) -> datetime:
    """The most recent slot at or before ``now`` (aware), as UTC.

    Raises:
        InvalidInput: When ``now`` is naive or the zone unknown.
    """
    today = local_now(now, schedule.timezone).date()
    for back in range(9):
        day = today - timedelta(days=back)
        if day.weekday() in schedule.weekdays and slot_on(day, schedule) <= now:
            return slot_on(day, schedule)
    raise AssertionError("a non-empty day set always has a slot within 9 days")


def next_slot(schedule: ReminderSchedule, now: datetime) -> datetime:
    """The first slot strictly after ``now`` (aware), as UTC.

    Raises:
        InvalidInput: When ``now`` is naive or the zone unknown.
    """
    today = local_now(now, schedule.timezone).date()
    for ahead in range(-1, 9):
        day = today + timedelta(days=ahead)
        if day.weekday() in schedule.weekdays and slot_on(day, schedule) > now:
            return slot_on(day, schedule)
    raise AssertionError("a non-empty day set always has a slot within 9 days")


def due_slot(schedule: ReminderSchedule, now: datetime,
             grace: timedelta = MISFIRE_GRACE) -> datetime | None:
    """The slot a check-in running at ``now`` belongs to, or None when it is skipped.

    None when check-ins are off, or when the latest slot is more than ``grace`` old (a
    check-in missed while the app was down, sent late only within the grace).
    """
    if not schedule.enabled:
        return None
    slot = latest_slot(schedule, now)
    return slot if now - slot <= grace else None
