"""Reading reminder requests, applying them, and describing schedules (issue 6, point 4)."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from tools.errors import InvalidInput
from tools.reminders.describe import describe_days, describe_schedule
from tools.reminders.models import (
    ALL_DAYS,
    WEEKEND_DAYS,
    WORKING_DAYS,
    ReminderChange,
    ReminderSchedule,
)
from tools.reminders.parse import apply_change, parse_days, parse_request, parse_time

OFF = ReminderSchedule(timezone="Europe/Paris")
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def _after(*requests: str, start: ReminderSchedule = OFF) -> ReminderSchedule:
    schedule = start
    for text in requests:
        schedule = apply_change(schedule, parse_request(text))
    return schedule


@pytest.mark.parametrize(("text", "at", "days"), [
    ("remind me every weekday at 7pm", time(19), WORKING_DAYS),
    ("every day at 19:30", time(19, 30), ALL_DAYS),
    ("Remind me daily at 7:30 pm", time(19, 30), ALL_DAYS),
    ("check in with me on Mondays and Wednesdays at 6.30pm", time(18, 30), {MON, WED}),
    ("mon-thu at 8am", time(8), {MON, TUE, WED, THU}),
    ("Monday to Friday at noon", time(12), WORKING_DAYS),
    ("remind me on weekends at 10 a.m.", time(10), WEEKEND_DAYS),
    ("every day except Sunday at 21:00", time(21), ALL_DAYS - {SUN}),
    ("every weekday but not on Fridays at 19h15", time(19, 15), {MON, TUE, WED, THU}),
    ("remind me at seven pm on fri, sat and sun", time(19), {FRI, SAT, SUN}),
    ("fri to mon at midnight", time(0), {FRI, SAT, SUN, MON}),
])
def test_a_full_request_sets_time_and_days(text: str, at: time, days: set[int]) -> None:
    schedule = _after(text)
    assert schedule.enabled
    assert (schedule.at, schedule.weekdays) == (at, frozenset(days))
    assert schedule.timezone == "Europe/Paris"


def test_the_issue_conversation_edits_one_thing_at_a_time() -> None:
    schedule = _after("remind me every weekday at 7pm")
    schedule = _after("make it 8pm", start=schedule)
    assert (schedule.at, schedule.weekdays) == (time(20), WORKING_DAYS)
    schedule = _after("not on Fridays", start=schedule)
    assert (schedule.at, schedule.weekdays) == (time(20), {MON, TUE, WED, THU})
    schedule = _after("also on Saturday", start=schedule)
    assert schedule.weekdays == {MON, TUE, WED, THU, SAT}
    schedule = _after("only on weekends", start=schedule)
    assert (schedule.at, schedule.weekdays) == (time(20), WEEKEND_DAYS)
    stopped = _after("stop the reminders", start=schedule)
    assert not stopped.enabled
    assert (stopped.at, stopped.weekdays) == (time(20), WEEKEND_DAYS)
    assert _after("resume reminders", start=stopped) == schedule


@pytest.mark.parametrize(("text", "action"), [
    ("stop the reminders", "stop"), ("cancel my check-ins", "stop"),
    ("turn the reminders off", "stop"), ("please don't remind me anymore", "stop"),
    ("pause reminders", "pause"), ("snooze the check-ins", "pause"),
    ("resume reminders", "resume"), ("turn the reminders back on", "resume"),
])
def test_switches(text: str, action: str) -> None:
    assert parse_request(text) == ReminderChange(action=action)  # type: ignore[arg-type]


def test_a_stop_naming_days_drops_only_those_days() -> None:
    change = parse_request("don't remind me on Fridays")
    assert (change.action, change.remove_days) == ("set", frozenset({FRI}))
    assert parse_request("no reminders on weekends").remove_days == WEEKEND_DAYS


def test_make_it_8_after_7pm_means_8pm_but_after_7am_means_8am() -> None:
    evening = _after("every day at 7pm")
    assert _after("make it 8", start=evening).at == time(20)
    morning = _after("every day at 7am")
    assert _after("make it 8", start=morning).at == time(8)
    assert _after("make it 8am", start=evening).at == time(8)


def test_remind_me_alone_turns_reminders_on_at_the_default_time() -> None:
    schedule = _after("remind me")
    assert schedule.enabled and schedule.at == time(19) and schedule.weekdays == ALL_DAYS


@pytest.mark.parametrize("text", ["remind me at 25pm", "make it 19:75", "every day at 13 pm",
                                  "at 0am", "remind me at 24:30"])
def test_a_time_out_of_range_is_refused_with_a_next_step(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_request(text)
    assert "is not a time of day" in caught.value.message
    assert "7pm" in caught.value.guidance


def test_words_with_nothing_to_set_are_refused() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_request("hello there")
    assert caught.value.guidance


def test_removing_every_day_is_refused() -> None:
    with pytest.raises(InvalidInput) as caught:
        _after("only on Fridays", "not on Fridays")
    assert "stop the reminders" in caught.value.guidance


def test_structured_arguments() -> None:
    assert parse_time("20:00") == time(20)
    assert parse_time("8:15pm") == time(20, 15)
    assert parse_time("noon") == time(12)
    assert parse_days(["mon", "Friday", "weekends"]) == {MON, FRI, SAT, SUN}
    assert parse_days(["weekdays"]) == WORKING_DAYS
    with pytest.raises(InvalidInput):
        parse_time("25pm")
    with pytest.raises(InvalidInput):
        parse_time("soon")
    with pytest.raises(InvalidInput):
        parse_days(["someday"])


def test_days_in_words() -> None:
    assert describe_days(ALL_DAYS) == "every day"
    assert describe_days(WORKING_DAYS) == "every weekday"
    assert describe_days(WEEKEND_DAYS) == "on weekends"
    assert describe_days(frozenset({MON, WED, FRI})) == "on Mondays, Wednesdays and Fridays"
    assert describe_days(frozenset({TUE})) == "on Tuesdays"


def test_a_schedule_in_words_names_the_next_check_in_in_local_time() -> None:
    schedule = _after("every weekday at 7pm")
    saturday_noon = datetime(2026, 12, 5, 12, tzinfo=UTC)
    text = describe_schedule(schedule, saturday_noon)
    assert text == ("Check-ins every weekday at 19:00 (Europe/Paris). "
                    "Next one: Monday 07 December at 19:00.")
    assert "off" in describe_schedule(_after("pause reminders", start=schedule))
    assert describe_schedule(OFF, ever_set=False) == "Check-ins are off."
