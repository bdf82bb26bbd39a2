"""Progress tools invoked directly: the numbered log, editing and deleting any entry by its
number, achievements with dates and share texts, and the progress report (issue 6)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool
from sqlalchemy.orm import Session, sessionmaker

import storage.repositories.activities as activity_repo
from graphs.services import Services
from graphs.toolkit.progress import progress_tools
from storage.db import make_engine, make_session_factory
from storage.files import UploadStore
from storage.migrate import upgrade
from storage.repositories.roadmaps import get_active_roadmap, save_roadmap, update_roadmap
from storage.repositories.users import create_user
from storage.taxonomy import default_taxonomy
from tools.progress.metrics import STREAK_MINUTES
from tools.roadmap.build import build_roadmap
from tools.roadmap.models import LearningPlan, ResourceRef
from tools.roadmap.progress import complete_stage
from tools.skill_matcher import SkillMatcher

ZONE = "America/New_York"
NOW = datetime(2026, 11, 29, 3, 30, tzinfo=UTC)
"""22:30 on Saturday 28 November in New York: already the 29th in UTC."""
TODAY = date(2026, 11, 28)


class Clock:
    def __init__(self) -> None:
        self.now = NOW


@pytest.fixture
def world(tmp_path: Path, matcher: SkillMatcher) -> Iterator[tuple[dict[str, BaseTool],
                                                                  sessionmaker[Session], Clock]]:
    url = f"sqlite:///{tmp_path / 'hr.sqlite3'}"
    upgrade(url)
    engine = make_engine(url)
    sessions = make_session_factory(engine)
    clock = Clock()

    def no_index() -> Any:
        raise AssertionError("progress tools need no skill index")

    services = Services(sessions, UploadStore(tmp_path / "uploads"), lambda: matcher,
                        no_index, default_taxonomy, list, lambda: clock.now.date(),
                        lambda: clock.now, tmp_path / "exports")
    yield {t.name: t for t in progress_tools(services)}, sessions, clock
    engine.dispose()


def _user(sessions: sessionmaker[Session], name: str = "ana", **more: Any) -> str:
    with sessions.begin() as session:
        return create_user(session, name, None, timezone=ZONE, **more).id


def _call(tools: dict[str, BaseTool], name: str, user: str, **args: Any) -> dict[str, Any]:
    config: RunnableConfig = {"configurable": {"user_id": user}}
    message = tools[name].invoke({"type": "tool_call", "id": "c1", "name": name,
                                  "args": args}, config)
    return dict(json.loads(message.content))


def _log(tools: dict[str, BaseTool], user: str, *texts: str) -> None:
    for text in texts:
        assert "error" not in _call(tools, "log_activity", user, text=text)


def test_log_is_numbered_and_the_numbers_address_the_same_entries(world: Any) -> None:
    tools, _, _ = world
    user = _user(world[1])
    _log(tools, user, "20 minutes of SQL 3 days ago", "45 minutes of Docker",
         "1.5h of Python yesterday")
    log = _call(tools, "show_activity_log", user)
    assert [(e["number"], e["minutes"], e["skill"], e["date"]) for e in log["entries"]] == [
        (1, 45, "Docker", "2026-11-28"), (2, 90, "Python", "2026-11-27"),
        (3, 20, "SQL", "2026-11-25")]
    assert log["total"] == 3
    assert [e["number"] for e in _call(tools, "show_activity_log", user,
                                       limit=2)["entries"]] == [1, 2]


def test_edit_any_entry_minutes_day_and_skill(world: Any) -> None:
    tools, _, clock = world
    user = _user(world[1])
    _log(tools, user, "20 minutes of SQL 3 days ago", "45 minutes of Docker",
         "1.5h of Python yesterday")
    out = _call(tools, "edit_activity", user, entry=2, minutes=40)
    assert (out["before"]["minutes"], out["updated"]["minutes"]) == (90, 40)
    assert out["updated"]["skill"] == "Python" and out["updated"]["date"] == "2026-11-27"

    clock.now = NOW + timedelta(minutes=5)
    moved = _call(tools, "edit_activity", user, entry=3, date="today")
    assert moved["updated"]["date"] == "2026-11-28" and moved["updated"]["minutes"] == 20
    assert [e["skill"] for e in moved["entries"]] == ["SQL", "Docker", "Python"], \
        "the refreshed log shows the new numbering"

    renamed = _call(tools, "edit_activity", user, entry=3, skill="PostgreSQL",
                    date="last Monday")
    assert (renamed["updated"]["skill"], renamed["updated"]["date"]) == ("PostgreSQL",
                                                                         "2026-11-23")
    free = _call(tools, "edit_activity", user, entry=1, skill="Underwater basket weaving")
    assert free["updated"]["skill"] == "Underwater basket weaving"
    progress = _call(tools, "show_progress", user)
    assert progress["total_minutes"] == 45 + 40 + 20


def test_delete_any_entry_and_the_rest_keep_their_order(world: Any) -> None:
    tools, sessions, _ = world
    user = _user(sessions)
    other = _user(sessions, "bo")
    _log(tools, user, "10 minutes of Git 2 days ago", "45 minutes of Docker",
         "1h of Python yesterday")
    _log(tools, other, "30 minutes of Excel")
    out = _call(tools, "delete_activity", user, entry=2)
    assert (out["removed"]["skill"], out["removed"]["minutes"]) == ("Python", 60)
    assert [(e["number"], e["skill"]) for e in out["entries"]] == [(1, "Docker"), (2, "Git")]
    with sessions() as session:
        assert activity_repo.count_activities(session, other) == 1


@pytest.mark.parametrize(("name", "args", "words"), [
    ("delete_activity", {"entry": 4}, "no entry 4"),
    ("delete_activity", {"entry": 0}, "no entry 0"),
    ("edit_activity", {"entry": 9, "minutes": 30}, "no entry 9"),
    ("edit_activity", {"entry": 1}, "didn't say what to change"),
    ("edit_activity", {"entry": 1, "minutes": 2000}, "2000 minutes"),
    ("edit_activity", {"entry": 1, "date": "2026-12-25"}, "future"),
    ("edit_activity", {"entry": 1, "date": "whenever"}, "couldn't read a day"),
])
def test_bad_entry_numbers_and_changes_get_a_next_step(world: Any, name: str,
                                                      args: dict[str, Any],
                                                      words: str) -> None:
    tools, _, _ = world
    user = _user(world[1])
    _log(tools, user, "45 minutes of Docker", "1h of Python yesterday", "20 min of Git")
    out = _call(tools, name, user, **args)
    assert words in out["error"] and out["guidance"]
    if "no entry" in words:
        assert "3 entries" in out["error"] and "show my log" in out["guidance"]
    assert _call(tools, "show_activity_log", user)["total"] == 3, "nothing changed"


def test_an_empty_log_says_to_log_something_first(world: Any) -> None:
    tools, _, _ = world
    user = _user(world[1])
    out = _call(tools, "delete_activity", user, entry=1)
    assert "haven't logged" in out["error"]
    assert _call(tools, "show_activity_log", user) == {"entries": [], "total": 0}


def test_another_users_entry_numbers_are_never_reached(world: Any) -> None:
    tools, sessions, _ = world
    ana, bo = _user(sessions), _user(sessions, "bo")
    _log(tools, ana, "45 minutes of Docker")
    assert "haven't logged" in _call(tools, "delete_activity", bo, entry=1)["error"]
    assert _call(tools, "show_activity_log", ana)["total"] == 1


def _study_days(tools: dict[str, BaseTool], user: str, days: int, minutes: int = 40) -> None:
    for back in range(days - 1, -1, -1):
        when = "today" if back == 0 else f"{back} days ago"
        _log(tools, user, f"{minutes} minutes of SQL {when}")


class _Finder:
    def for_stage(self, skill_ids: list[str], level: str) -> list[ResourceRef]:
        return [ResourceRef(title=f"{s} docs", url=f"https://example.org/{s}",
                            type="documentation", difficulty=level,  # type: ignore[arg-type]
                            skills=[s]) for s in skill_ids]


def _roadmap_with_done_stages(sessions: sessionmaker[Session], user: str,
                              done: dict[int, date]) -> int:
    roadmap = build_roadmap(["git", "docker", "linux", "python", "sql", "excel"],
                            LearningPlan(hours=2, deadline_weeks=4),
                            default_taxonomy(), _Finder(), start=TODAY - timedelta(days=20),
                            target_role="Data Engineer")
    for number, day in done.items():
        roadmap = complete_stage(roadmap, number, day)
    with sessions.begin() as session:
        save_roadmap(session, user, roadmap)
    return len(roadmap.stages)


def test_achievements_with_dates_and_share_texts(world: Any) -> None:
    tools, sessions, _ = world
    user = _user(sessions)
    assert _call(tools, "show_achievements", user)["achievements"] == []
    _study_days(tools, user, 8)
    stages = _roadmap_with_done_stages(sessions, user, {1: TODAY - timedelta(days=2)})
    out = _call(tools, "show_achievements", user)
    got = [(a["kind"], a["value"], a["date"]) for a in out["achievements"]]
    assert got == [("first_activity", 1, "2026-11-21"), ("stage_done", 1, "2026-11-26"),
                   ("streak", 7, "2026-11-27")], "oldest first"
    streak = next(a for a in out["achievements"] if a["kind"] == "streak")
    assert "7 days in a row" in streak["share"] and "280 minutes" in streak["share"], \
        "the share text quotes the figures of the day it was reached"
    stage = next(a for a in out["achievements"] if a["kind"] == "stage_done")
    assert f"stage 1 of {stages}" in stage["share"] and stage["roadmap"]
    assert out["next_streak"] == {"days": 14, "to_go": 6, "minutes": STREAK_MINUTES}


def test_a_finished_roadmap_stays_an_achievement_after_a_new_one(world: Any) -> None:
    tools, sessions, _ = world
    user = _user(sessions)
    _log(tools, user, "30 minutes of Git 5 days ago")
    first = TODAY - timedelta(days=5)
    stages = _roadmap_with_done_stages(sessions, user, {})
    with sessions.begin() as session:
        found = get_active_roadmap(session, user)
        assert found is not None
        roadmap = found[1]
        for number in range(1, stages + 1):
            roadmap = complete_stage(roadmap, number, first + timedelta(days=number))
        update_roadmap(session, user, found[0], roadmap)
    _roadmap_with_done_stages(sessions, user, {})  # a new roadmap archives the finished one
    out = _call(tools, "show_achievements", user)
    kinds = [a["kind"] for a in out["achievements"]]
    assert kinds.count("stage_done") == stages and kinds[-1] == "roadmap_done"
    done = out["achievements"][-1]
    assert done["date"] == (first + timedelta(days=stages)).isoformat()
    assert f"all {stages} stages" in done["share"]


def test_deleting_entries_takes_the_streak_achievement_with_them(world: Any) -> None:
    tools, sessions, _ = world
    user = _user(sessions)
    _study_days(tools, user, 7)
    assert "streak" in [a["kind"] for a in _call(tools, "show_achievements",
                                                  user)["achievements"]]
    _call(tools, "edit_activity", user, entry=4, minutes=STREAK_MINUTES - 1)
    kinds = [a["kind"] for a in _call(tools, "show_achievements", user)["achievements"]]
    assert kinds == ["first_activity"]


def test_progress_report_shape_and_figures(world: Any) -> None:
    tools, sessions, _ = world
    user = _user(sessions, hours_per_day=1.0)
    _study_days(tools, user, 3, minutes=45)
    _log(tools, user, "10 minutes of Git 10 days ago")
    stages = _roadmap_with_done_stages(sessions, user, {1: TODAY})
    out = _call(tools, "show_progress", user)
    assert out["total_minutes"] == 145 and out["streak_days"] == 3
    assert out["streak"] == {"days": 3, "first": "2026-11-26", "last": "2026-11-28"}
    assert len(out["daily"]) == 28 and out["daily"][-1] == {"date": "2026-11-28",
                                                            "minutes": 45}
    assert out["daily"][0]["date"] == "2026-11-01"
    assert sum(d["minutes"] for d in out["daily"]) == 145
    assert all(isinstance(d["minutes"], int) for d in out["daily"])
    assert out["productivity"] == {"daily": 75.0, "weekly": round(100 * 135 / 420 * 3 / 7, 1)}
    assert out["progress_percentage"] == round(100 / stages, 1)
    assert out["stages"] == {"completed": 1, "total": stages}


def test_logging_a_past_day_reports_todays_local_total_and_that_days_total(world: Any) -> None:
    """"1.5h of SQL yesterday" with 20 min already today (New York): today is 20, not 90."""
    tools, sessions, _ = world
    user = _user(sessions)
    _log(tools, user, "20 minutes of Git", "30 minutes of Excel yesterday")
    out = _call(tools, "log_activity", user, text="1.5h of SQL yesterday")
    assert out["today"] == {"date": "2026-11-28", "minutes": 20}
    assert out["days"] == [{"date": "2026-11-27", "minutes": 120}]
    again = _call(tools, "log_activity", user, text="45 minutes of Docker")
    assert again["today"] == {"date": "2026-11-28", "minutes": 65}
    assert again["days"] == [{"date": "2026-11-28", "minutes": 65}]
