"""The onboarding state machine and its answer readers (pure, no database)."""

from __future__ import annotations

import pytest

from tools.errors import InvalidInput
from tools.onboarding import machine
from tools.onboarding.answers import read_control, read_hours, read_level, read_pace, read_role
from tools.onboarding.machine import MAX_IGNORED, REASK_AFTER, OnboardingState
from tools.onboarding.zones import find_timezone

TITLES = {"data analyst": "Data Analyst", "data engineer": "Data Engineer"}


def _asked() -> OnboardingState:
    step = machine.served(OnboardingState(), set(), may_ask=True)
    assert step.question == "target_role" and step.intro
    return step.state


def test_the_first_question_comes_only_after_a_served_request() -> None:
    assert machine.read_message(OnboardingState(), "data analyst", TITLES).kind == "other"
    held = machine.served(OnboardingState(), set(), may_ask=False)
    assert held.question is None
    assert machine.served(held.state, set(), may_ask=True).question == "target_role"


def test_an_answer_is_read_then_the_next_unfilled_question_is_asked() -> None:
    state = _asked()
    reading = machine.read_message(state, "I'd like to become a Data Analyst", TITLES)
    assert (reading.kind, reading.field, reading.value) == ("answer", "target_role",
                                                            "Data Analyst")
    step = machine.answered(state, "target_role", filled={"experience_level"})
    assert step.question == "learning_pace" and not step.intro


def test_skip_skips_one_and_later_stops_all() -> None:
    state = _asked()
    assert machine.read_message(state, "skip", TITLES).kind == "skip"
    step = machine.skipped(state, "target_role", set())
    assert step.question == "experience_level" and step.state.skipped == ("target_role",)
    assert machine.read_message(step.state, "Later!", TITLES).kind == "stop"
    stopped = machine.stopped(step.state).state
    assert stopped.status == "stopped"
    assert machine.served(stopped, set(), may_ask=True).question is None


def test_another_request_is_served_and_the_question_waits_then_counts_as_skipped() -> None:
    state = _asked()
    assert machine.read_message(state, "show my profile", TITLES).kind == "other"
    for _ in range(MAX_IGNORED):
        step = machine.served(state, set(), may_ask=True)  # the question was passed over
        assert step.question is None
        state = step.state
        for turn in range(REASK_AFTER):
            step = machine.served(state, set(), may_ask=True)
            state = step.state
            if turn < REASK_AFTER - 1:
                assert step.question is None
        assert step.question in ("target_role", "experience_level")
    assert "target_role" in state.skipped and state.asking == "experience_level"


def test_all_answered_or_filled_means_done() -> None:
    filled = {"target_role", "experience_level", "learning_pace", "hours_per_day"}
    step = machine.served(OnboardingState(), filled, may_ask=True)
    assert step.question == "timezone"
    done = machine.answered(step.state, "timezone", filled)
    assert done.question is None and done.state.status == "done"


def test_an_unusable_answer_is_invalid_with_a_next_step() -> None:
    state = machine.ask(OnboardingState(), {"target_role", "experience_level",
                                            "learning_pace"}).state
    reading = machine.read_message(state, "30 hours a day", TITLES)
    assert reading.kind == "invalid" and reading.error and all(reading.error)


@pytest.mark.parametrize(("text", "hours"), [
    ("2", 2.0), ("2 hours a day", 2.0), ("1.5h", 1.5), ("about 90 minutes", 1.5),
    ("an hour and a half", 1.5), ("two hours per day", 2.0), ("30 min", 0.5)])
def test_hours(text: str, hours: float) -> None:
    assert read_hours(text) == hours


def test_hours_not_an_answer_or_out_of_range() -> None:
    assert read_hours("I studied 2 hours of SQL") is None
    with pytest.raises(InvalidInput):
        read_hours("30 hours a day")


@pytest.mark.parametrize(("text", "level"), [
    ("intermediate", "intermediate"), ("I'm a beginner", "beginner"), ("Senior", "advanced"),
    ("advanced level", "advanced"), ("show my profile", None)])
def test_levels(text: str, level: str | None) -> None:
    assert read_level(text) == level


def test_paces_roles_and_controls() -> None:
    assert [read_pace(t) for t in ("every day", "I'd prefer weekly", "hello")] == [
        "daily", "weekly", None]
    assert read_role("Data analyst role", TITLES) == "Data Analyst"
    assert read_role("I want to be a Game Designer!", TITLES) == "Game Designer"
    assert read_role("what am I missing for a data analyst role?", TITLES) is None
    assert [read_control(t) for t in ("skip", "skip all", "not now", "stop the reminders")] \
        == ["skip", "stop", "stop", None]


@pytest.mark.parametrize(("text", "zone"), [
    ("Europe/Berlin", "Europe/Berlin"), ("I'm in London", "Europe/London"),
    ("new york", "America/New_York"), ("São Paulo", "America/Sao_Paulo"),
    ("Germany", "Europe/Berlin"), ("India", "Asia/Kolkata"), ("Bangalore", "Asia/Kolkata"),
    ("UTC+2", "Etc/GMT-2"), ("PST", "America/Los_Angeles"), ("utc", "UTC")])
def test_time_zones(text: str, zone: str) -> None:
    assert find_timezone(text) == zone


def test_unknown_or_ambiguous_zones_say_what_to_do() -> None:
    for text in ("Springfield", "USA"):
        with pytest.raises(InvalidInput) as raised:
            find_timezone(text)
        assert raised.value.message and raised.value.guidance
