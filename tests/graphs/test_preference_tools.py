"""show_preferences and update_preferences, invoked directly, and the offline router's
phrasings for them: a time zone from a city or IANA name (the check-in job moves with it),
a catalogue role's own title, a level, a daily study time; bad values are clear errors and
change nothing; the fields count as answered in onboarding."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from service_helpers import one_hot_services

import storage.repositories.users as user_repo
from agent.offline.model import tool_for
from agent.offline.render_preferences import render_preferences
from agent.offline.router import IntentRouter
from graphs.services import Services
from graphs.toolkit.preferences import preference_tools
from graphs.toolkit.roadmap import roadmap_tools
from storage.repositories import onboarding as onboarding_repo
from tools.reminders.models import ReminderSchedule
from tools.skill_matcher import SkillMatcher

NOW = datetime(2026, 3, 2, 12, 30, tzinfo=UTC)


class Scheduler:
    """Records the schedules the tool hands to the check-in scheduler."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, ReminderSchedule]] = []

    def schedule(self, user_id: str, schedule: ReminderSchedule) -> None:
        self.calls.append((user_id, schedule))


@pytest.fixture
def jobs() -> Scheduler:
    return Scheduler()


@pytest.fixture
def services(tmp_path: Path, matcher: SkillMatcher, jobs: Scheduler) -> Iterator[Services]:
    with one_hot_services(tmp_path, matcher, NOW) as built:
        yield dataclasses.replace(built, reminders=jobs)


@pytest.fixture
def user_id(services: Services) -> str:
    with services.sessions.begin() as session:
        return user_repo.create_user(session, "pat", None).id


def _call(services: Services, name: str, user_id: str, **args: Any) -> dict[str, Any]:
    tools = [*preference_tools(services), *roadmap_tools(services)]
    tool = next(t for t in tools if t.name == name)
    return dict(json.loads(tool.invoke(args, config={"configurable": {"user_id": user_id}})))


def test_a_city_sets_the_time_zone_and_moves_the_check_in_job(
        services: Services, user_id: str, jobs: Scheduler) -> None:
    data = _call(services, "update_preferences", user_id, time_zone="Berlin")
    assert data["changed"] == ["timezone"]
    assert data["preferences"]["time_zone"] == "Europe/Berlin"
    assert data["preferences"]["local_time"] == "13:30"  # 12:30 UTC in March, CET
    assert [call[0] for call in jobs.calls] == [user_id]
    reply = render_preferences(data)
    assert reply.startswith("Saved — time zone Europe/Berlin.")
    assert "now follow Europe/Berlin" in reply
    with services.sessions() as session:
        state = onboarding_repo.get_onboarding(session, user_id)
    assert state is not None and "timezone" in state.answered


def test_the_same_time_zone_again_leaves_the_job_alone(
        services: Services, user_id: str, jobs: Scheduler) -> None:
    _call(services, "update_preferences", user_id, time_zone="Europe/London")
    _call(services, "update_preferences", user_id, time_zone="London")
    assert len(jobs.calls) == 1


def test_a_catalogue_role_is_stored_under_its_own_title(services: Services,
                                                        user_id: str) -> None:
    data = _call(services, "update_preferences", user_id, target_role="data   analyst")
    assert data["preferences"]["target_role"] == "Data Analyst"
    other = _call(services, "update_preferences", user_id, target_role="game designer")
    assert other["preferences"]["target_role"] == "game designer"


def test_level_and_study_time(services: Services, user_id: str) -> None:
    data = _call(services, "update_preferences", user_id, level="Intermediate",
                 minutes_per_day=90)
    assert data["changed"] == ["experience_level", "hours_per_day"]
    assert (data["preferences"]["level"], data["preferences"]["hours_per_day"]) == (
        "intermediate", 1.5)
    assert data["roadmap_unchanged"] is False  # no roadmap to keep
    assert "study time 1.5 h a day" in render_preferences(data)


def test_a_roadmap_is_not_rebuilt_behind_the_users_back(services: Services,
                                                        user_id: str) -> None:
    _call(services, "create_roadmap", user_id, goal="data analyst")
    data = _call(services, "update_preferences", user_id, hours_per_day=2)
    assert data["roadmap_unchanged"] is True
    assert "I can only do 30 minutes a day now" in render_preferences(data)


@pytest.mark.parametrize(("args", "error"), [
    ({"time_zone": "Mars"}, 'I don\'t know the time zone "Mars".'),
    ({"time_zone": "UTC+5:20"}, 'I don\'t know the time zone "UTC+5:20".'),
    ({"level": "expert"}, None),
    ({"pace": "monthly"}, None),
    ({"hours_per_day": 30}, "30.0 hours of study per day is not possible."),
    ({"hours_per_day": -2}, "-2.0 hours of study per day is not possible."),
    ({"minutes_per_day": 0}, "0.0 hours of study per day is not possible."),
    ({}, "I couldn't tell which preference to change."),
])
def test_bad_values_change_nothing(services: Services, user_id: str, args: dict[str, Any],
                                   error: str | None) -> None:
    before = _call(services, "show_preferences", user_id)["preferences"]
    data = _call(services, "update_preferences", user_id, **args)
    assert data["error"] and data["guidance"]
    if error:
        assert data["error"] == error
    assert _call(services, "show_preferences", user_id)["preferences"] == before


@pytest.mark.parametrize(("said", "zone"), [("London, UK", "Europe/London"),
                                            ("EST", "America/New_York"),
                                            ("CET", "Europe/Paris")])
def test_zones_people_write(services: Services, user_id: str, said: str, zone: str) -> None:
    data = _call(services, "update_preferences", user_id, time_zone=said)
    assert data["preferences"]["time_zone"] == zone


def test_a_half_hour_offset_and_an_offset_label(services: Services, user_id: str) -> None:
    india = _call(services, "update_preferences", user_id, time_zone="UTC+5:30")
    assert india["preferences"]["time_zone"] == "Asia/Kolkata"
    plus_two = _call(services, "update_preferences", user_id, time_zone="UTC+2")
    assert plus_two["preferences"]["time_zone"] == "Etc/GMT-2"  # POSIX sign, stored as is
    assert plus_two["preferences"]["zone_label"] == "UTC+2"
    reply = render_preferences(plus_two)
    assert "time zone UTC+2" in reply and "Etc/GMT" not in reply


def test_an_unknown_role_and_a_long_day_are_saved_with_a_word_of_warning(
        services: Services, user_id: str) -> None:
    data = _call(services, "update_preferences", user_id, target_role="astronaut",
                 hours_per_day=10)
    assert data["role_known"] is False and data["beyond_reach"] is True
    reply = render_preferences(data)
    assert "no skill profile for \"astronaut\"" in reply and "more than 8 hours" in reply
    short = _call(services, "update_preferences", user_id, minutes_per_day=20)
    assert "study time 20 min a day" in render_preferences(short)


def test_show_lists_every_preference(services: Services, user_id: str) -> None:
    data = _call(services, "show_preferences", user_id)
    assert data["changed"] == [] and data["preferences"]["time_zone"] == "Etc/UTC"
    reply = render_preferences(data)
    assert "- Target role: not set" in reply and "(it's 12:30 there now)" in reply


@pytest.mark.parametrize(("message", "intent", "args"), [
    ("my time zone is Europe/London", "set_preferences", {"time_zone": "Europe/London"}),
    ("can you change my timezone to UTC+2?", "set_preferences", {"time_zone": "UTC+2"}),
    ("I just moved to Tokyo", "set_preferences", {"time_zone": "Tokyo"}),
    ("I'm now based in Lisbon", "set_preferences", {"time_zone": "Lisbon"}),
    ("change my target role to data engineer", "set_preferences",
     {"target_role": "data engineer"}),
    ("my target role is now a product manager role", "set_preferences",
     {"target_role": "product manager"}),
    ("set my level to intermediate", "set_preferences", {"level": "intermediate"}),
    ("change my study time to 90 minutes", "set_preferences", {"hours_per_day": 1.5}),
    ("change my study time to -2 hours", "set_preferences", {"hours_per_day": -2.0}),
    ("change my study time to 30 hours", "set_preferences", {"hours_per_day": 30.0}),
    ("set my level to expert", "set_preferences", {"level": "expert"}),
    ("set my pace to weekly", "set_preferences", {"pace": "weekly"}),
    ("I'm in London", "set_preferences", {"time_zone": "London"}),
    ("I live in Paris", "set_preferences", {"time_zone": "Paris"}),
    ("move me to Sydney time", "set_preferences", {"time_zone": "Sydney"}),
    ("my time zone is London, UK", "set_preferences", {"time_zone": "London, UK"}),
    ("my level is expert", "set_preferences", {"level": "expert"}),
    ("what's my time zone?", "show_preferences", {}),
    ("show my settings", "show_preferences", {}),
])
def test_the_router_reads_preference_requests(message: str, intent: str,
                                              args: dict[str, Any]) -> None:
    route = IntentRouter(None).route(message)
    assert (route.intent, route.args) == (intent, args)
    assert tool_for(route.intent, route.args) in {"update_preferences", "show_preferences"}


@pytest.mark.parametrize("message", [
    "I've moved to data analysis from marketing",
    "I'm in data science",
    "I live in a small flat",
    "my level of Python is advanced",
    "I'm in the middle of a course",
    "I can only do 30 minutes a day now",
    "show my reminder settings",
    "remind me at 7pm London time",
])
def test_other_requests_are_not_preference_changes(message: str) -> None:
    assert IntentRouter(None).route(message).intent not in {"set_preferences",
                                                            "show_preferences"}
