"""Reminder schedules for every input: requests read back, slots in the user's own zone
across daylight-saving changes, the misfire window, and personal check-ins (Property 21)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, available_timezones

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prompts import reminders as words
from tools.progress.motivation import Figures
from tools.reminders.checkin import checkin_message
from tools.reminders.models import ReminderSchedule
from tools.reminders.parse import apply_change, parse_request
from tools.reminders.slots import MISFIRE_GRACE, due_slot, latest_slot, next_slot, slot_on

EXAMPLES = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
DST_ZONES = ["America/New_York", "Europe/Berlin", "Australia/Sydney", "Europe/London",
             "America/Havana", "Australia/Lord_Howe", "Asia/Tehran", "Pacific/Chatham"]
zones = st.sampled_from(DST_ZONES) | st.sampled_from(sorted(available_timezones()))
day_sets = st.frozensets(st.integers(0, 6), min_size=1)
minutes_of_day = st.times(time(0, 0), time(23, 59)).map(lambda t: t.replace(second=0,
                                                                            microsecond=0))
instants = st.datetimes(datetime(2024, 1, 1), datetime(2030, 12, 31),
                        timezones=st.just(UTC))
schedules = st.builds(ReminderSchedule, enabled=st.just(True), at=minutes_of_day,
                      weekdays=day_sets, timezone=zones)


def _phrase(at: time, days: frozenset[int], twelve_hour: bool) -> str:
    names = [words.DAY_PLURALS[d] for d in sorted(days)]
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    if twelve_hour:
        hour = at.hour % 12 or 12
        clock = f"{hour}:{at.minute:02d} {'pm' if at.hour >= 12 else 'am'}"
    else:
        clock = f"{at.hour}:{at.minute:02d}"
    return f"remind me on {listed} at {clock}"


@EXAMPLES
@given(at=minutes_of_day, days=day_sets, twelve_hour=st.booleans(), zone=zones)
def test_any_time_and_days_said_in_words_give_that_schedule(
        at: time, days: frozenset[int], twelve_hour: bool, zone: str) -> None:
    start = ReminderSchedule(timezone=zone)
    schedule = apply_change(start, parse_request(_phrase(at, days, twelve_hour)))
    assert schedule == ReminderSchedule(enabled=True, at=at, weekdays=days, timezone=zone)


@EXAMPLES
@given(schedule=schedules, switch=st.sampled_from(["stop the reminders", "pause reminders"]))
def test_stopping_then_resuming_gives_the_same_schedule_back(
        schedule: ReminderSchedule, switch: str) -> None:
    off = apply_change(schedule, parse_request(switch))
    assert not off.enabled
    assert apply_change(off, parse_request("resume reminders")) == schedule


@EXAMPLES
@given(schedule=schedules, now=instants)
def test_slots_fall_on_chosen_local_days_around_now(schedule: ReminderSchedule,
                                                    now: datetime) -> None:
    zone = ZoneInfo(schedule.timezone)
    latest, upcoming = latest_slot(schedule, now), next_slot(schedule, now)
    assert latest <= now < upcoming
    assert next_slot(schedule, latest) == upcoming  # no slot between the two
    for slot in (latest, upcoming):
        day = slot.astimezone(zone).date()
        assert slot == slot_on(day, schedule) or slot_on(
            day - timedelta(days=1), schedule) == slot  # a skipped hour moves it forward
        local = slot_on(day, schedule).astimezone(zone)
        skipped = local.time() != schedule.at
        assert skipped or local.date().weekday() in schedule.weekdays
    assert upcoming - latest <= timedelta(days=7, hours=3)


@EXAMPLES
@given(schedule=schedules, now=instants, late=st.integers(0, 3 * 3600))
def test_a_check_in_is_due_for_one_hour_after_its_slot(schedule: ReminderSchedule,
                                                       now: datetime, late: int) -> None:
    slot = next_slot(schedule, now)
    running = slot + timedelta(seconds=late)
    due = due_slot(schedule, running)
    if timedelta(seconds=late) <= MISFIRE_GRACE and next_slot(schedule, slot) > running:
        assert due == slot
    elif next_slot(schedule, slot) > running:
        assert due is None
    assert due_slot(schedule.model_copy(update={"enabled": False}), running) is None


figures = st.builds(
    Figures, total_minutes=st.integers(0, 10_000), week_minutes=st.integers(0, 3000),
    streak_days=st.integers(0, 400), recent_average=st.floats(0, 600),
    historical_average=st.floats(0, 600), window_days=st.integers(0, 7),
    skill=st.none() | st.sampled_from(["SQL", "Docker", "Python"]),
    completed_stages=st.integers(0, 5), total_stages=st.integers(0, 5)).map(
        lambda f: f.model_copy(update={"completed_stages": min(f.completed_stages,
                                                               f.total_stages)}))
"""A user's figures; never more stages done than the roadmap has."""


@EXAMPLES
@given(first=figures, second=figures, name=st.none() | st.sampled_from(["Ana", "Bo"]))
def test_property_21_check_ins_quote_the_users_own_figures(first: Figures, second: Figures,
                                                           name: str | None) -> None:
    """Property 21: two users with different progress patterns get different check-ins."""
    text = checkin_message(first, name)
    quoted = ([first.week_minutes, first.total_minutes, first.streak_days]
              if first.total_minutes else [0, 1])
    numbers = re.findall(r"\d+", text)
    assert sum(str(n) in numbers for n in quoted) >= 2
    pattern = (first.total_minutes, first.week_minutes, first.streak_days, first.skill,
               first.completed_stages, first.total_stages)
    other = (second.total_minutes, second.week_minutes, second.streak_days, second.skill,
             second.completed_stages, second.total_stages)
    if first.total_minutes and second.total_minutes and pattern != other:
        assert checkin_message(first, name) != checkin_message(second, name)
