"""A reminder schedule in words ("Check-ins every weekday at 19:00 (Europe/Paris).")."""

from __future__ import annotations

from datetime import datetime

from prompts import reminders as words
from tools.progress.clock import local_now
from tools.reminders.models import ALL_DAYS, WEEKEND_DAYS, WORKING_DAYS, ReminderSchedule
from tools.reminders.slots import next_slot


def describe_days(days: frozenset[int]) -> str:
    """"every day", "every weekday", "on weekends" or "on Mondays, Wednesdays and Fridays"."""
    named = {ALL_DAYS: words.EVERY_DAY, WORKING_DAYS: words.WEEKDAYS,
             WEEKEND_DAYS: words.WEEKENDS}
    if days in named:
        return named[days]
    plurals = [words.DAY_PLURALS[d] for d in sorted(days)]
    listed = (words.LIST_SEPARATOR.join(plurals[:-1]) + words.AND + plurals[-1]
              if len(plurals) > 1 else plurals[0])
    return words.ON_DAYS.format(days=listed)


def describe_schedule(schedule: ReminderSchedule, now: datetime | None = None,
                      *, ever_set: bool = True) -> str:
    """The schedule in one or two sentences.

    Args:
        schedule: The user's schedule.
        now: The current time (aware); when given and check-ins are on, the next one is
            named in the user's zone.
        ever_set: False when the user never chose a schedule (then "off" says no more).

    Raises:
        InvalidInput: When ``now`` is naive.
    """
    days, at = describe_days(schedule.weekdays), schedule.at.strftime("%H:%M")
    if not schedule.enabled:
        return (words.SCHEDULE_OFF_KEPT.format(days=days, time=at) if ever_set
                else words.SCHEDULE_OFF)
    text = words.SCHEDULE_ON.format(days=days, time=at, zone=schedule.timezone)
    if now is None:
        return text
    upcoming = local_now(next_slot(schedule, now), schedule.timezone)
    return f"{text} {words.NEXT_CHECKIN.format(when=upcoming.strftime(words.NEXT_FORMAT))}"
