"""Markdown, JSON and iCalendar exports; offline explanations."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from roadmap_fakes import FakeFinder, roles, taxonomy

from tools.errors import InvalidInput
from tools.roadmap.build import build_roadmap
from tools.roadmap.explain import explain_skill
from tools.roadmap.export import roadmap_summary, to_icalendar, to_markdown
from tools.roadmap.models import LearningPlan, Roadmap
from tools.roadmap.progress import complete_goal

START = date(2026, 12, 1)
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def roadmap() -> Roadmap:
    role = next(r for r in roles() if r.id == "data-analyst")
    built = build_roadmap(role.skills_by_priority(), LearningPlan(hours=1.5, deadline_weeks=4),
                          taxonomy(), FakeFinder(), start=START, target_role=role.title)
    done, _ = complete_goal(built, "mark the SQL goal done", START)
    return done


def test_the_calendar_parses_back_with_the_same_events(roadmap: Roadmap) -> None:
    raw = to_icalendar(roadmap, reminder_at=time(19, 30), time_zone="Europe/Berlin", now=NOW,
                       roadmap_id="r1")
    calendar = Calendar.from_ical(raw)
    events = calendar.walk("VEVENT")
    open_goals = [g for g in roadmap.goals() if not g.completed]
    assert len(events) == len(open_goals) == len(roadmap.goals()) - 1
    zone = ZoneInfo("Europe/Berlin")
    for event, goal in zip(events, open_goals, strict=True):
        assert str(event["summary"]) == goal.description
        start = event.decoded("dtstart")
        assert start == datetime.combine(START + timedelta(days=goal.first_day), time(19, 30),
                                         tzinfo=zone)
        assert start.tzinfo is not None and start.utcoffset() == start.astimezone(zone).utcoffset()
        assert event.decoded("duration") == timedelta(minutes=goal.minutes)
        rule = event["rrule"]
        assert rule["FREQ"] == ["DAILY" if goal.type == "daily" else "WEEKLY"]
        assert rule["COUNT"] == [goal.sessions]
        alarms = event.walk("VALARM")
        assert len(alarms) == 1 and str(alarms[0]["action"]) == "DISPLAY"
        assert alarms[0].decoded("trigger") == timedelta(0)
        for resource in goal.resources:
            assert resource.url in str(event["description"])
    assert events[0].decoded("dtstart").utcoffset() == timedelta(hours=1)  # CET in December
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    assert len({str(e["uid"]) for e in events}) == len(events)


def test_the_calendar_refuses_an_unknown_zone_or_a_missing_start(roadmap: Roadmap) -> None:
    with pytest.raises(InvalidInput) as caught:
        to_icalendar(roadmap, reminder_at=time(8), time_zone="Mars/Olympus", now=NOW)
    assert caught.value.guidance
    with pytest.raises(InvalidInput):
        to_icalendar(roadmap.model_copy(update={"start": None}), reminder_at=time(8),
                     time_zone="UTC", now=NOW)


def test_markdown_lists_stages_goals_resources_and_warnings(roadmap: Roadmap) -> None:
    text = to_markdown(roadmap)
    assert text.startswith("# Roadmap to Data Analyst\n")
    for stage in roadmap.stages:
        assert f"## {stage.title}" in text
    assert "- [x] (daily) Study SQL" in text
    assert "deadline is 4 weeks" in text
    first = roadmap.stages[0].goals[0].resources[0]
    assert f"[{first.title}]({first.url})" in text


def test_the_json_summary_has_the_documented_shape(roadmap: Roadmap) -> None:
    data = roadmap_summary(roadmap)
    assert data["estimated_days"] == roadmap.estimated_days and data["warnings"]
    stage = data["stages"][0]
    assert set(stage) >= {"title", "skills", "estimated_days", "goals", "status"}
    assert set(stage["goals"][0]) >= {"type", "description", "resources"}
    assert stage["goals"][0]["resources"][0]["url"].startswith("https://")


def test_explain_kubernetes_simply_from_the_taxonomy() -> None:
    explanation = explain_skill("Explain Kubernetes simply", taxonomy(), FakeFinder())
    assert explanation.skill_id == "kubernetes"
    assert "Kubernetes is a technical skill" in explanation.text
    assert "Docker" in explanation.prerequisites and explanation.hours == 60
    assert explanation.resources and explanation.resources[0].url in explanation.where_to_start
    alias = explain_skill("what is k8s?", taxonomy())
    assert alias.skill_id == "kubernetes"
    unknown = explain_skill("explain quantum basket weaving", taxonomy())
    assert unknown.skill_id is None and "quantum basket weaving" in unknown.text
