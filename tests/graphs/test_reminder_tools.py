"""Reminder tools invoked directly: each change reaches the users row and the scheduler job,
errors come back with a next step (issue 6, point 4)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

import pytest
from langchain_core.tools import BaseTool
from sqlalchemy.orm import Session, sessionmaker

from graphs.services import Services
from graphs.toolkit.reminders import reminder_tools
from storage.db import make_engine, make_session_factory
from storage.files import UploadStore
from storage.migrate import upgrade
from storage.repositories.users import create_user, get_reminder_schedule
from tools.reminders.models import ReminderSchedule

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
"""Saturday 5 December 2026, 13:00 in Paris."""


class FakeJobs:
    """The scheduler as the tools see it: records every schedule applied."""

    def __init__(self) -> None:
        self.applied: list[tuple[str, ReminderSchedule]] = []

    def schedule(self, user_id: str, schedule: ReminderSchedule) -> None:
        self.applied.append((user_id, schedule))


World = tuple[dict[str, BaseTool], sessionmaker[Session], FakeJobs, str]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    url = f"sqlite:///{tmp_path / 'hr.sqlite3'}"
    upgrade(url)
    engine = make_engine(url)
    sessions = make_session_factory(engine)
    jobs = FakeJobs()

    def unused() -> Any:
        raise AssertionError("reminder tools need no skills")

    services = Services(sessions, UploadStore(tmp_path / "uploads"), unused, unused, unused,
                        list, lambda: NOW.date(), lambda: NOW, tmp_path / "exports",
                        reminders=jobs)
    with sessions.begin() as session:
        user_id = create_user(session, "ana", None, timezone="Europe/Paris").id
    yield {t.name: t for t in reminder_tools(services)}, sessions, jobs, user_id
    engine.dispose()


def _call(world: World, name: str, **args: Any) -> dict[str, Any]:
    tools, _, _, user_id = world
    message = tools[name].invoke({"type": "tool_call", "id": "1", "name": name, "args": args},
                                 config={"configurable": {"user_id": user_id}})
    return dict(json.loads(message.content))


def test_set_from_words_updates_the_row_and_the_job(world: World) -> None:
    _, sessions, jobs, ana = world
    out = _call(world, "set_reminders", request="remind me every weekday at 7pm")
    shown = out["reminders"]
    assert (shown["enabled"], shown["time"], shown["days"]) == (
        True, "19:00", ["mon", "tue", "wed", "thu", "fri"])
    assert shown["timezone"] == "Europe/Paris" and out["changed"]
    assert shown["next"] == "2026-12-07T18:00:00+00:00"
    assert "every weekday at 19:00" in shown["description"]
    with sessions() as session:
        stored = get_reminder_schedule(session, ana)
    assert jobs.applied == [(ana, stored)]

    out = _call(world, "set_reminders", request="make it 8pm")
    assert out["reminders"]["time"] == "20:00"
    out = _call(world, "set_reminders", request="not on Fridays")
    assert out["reminders"]["days"] == ["mon", "tue", "wed", "thu"]
    assert [s.at for _, s in jobs.applied] == [time(19), time(20), time(20)]


def test_structured_arguments_win_over_words(world: World) -> None:
    out = _call(world, "set_reminders", time="21:15", days=["weekends"])
    assert (out["reminders"]["time"], out["reminders"]["days"]) == ("21:15", ["sat", "sun"])
    out = _call(world, "set_reminders", request="every day at 7pm", time="6pm")
    assert (out["reminders"]["time"], len(out["reminders"]["days"])) == ("18:00", 7)


def test_stop_pause_and_show(world: World) -> None:
    _, _, jobs, ana = world
    assert _call(world, "show_reminders")["reminders"]["description"] == "Check-ins are off."
    _call(world, "set_reminders", request="every day at 19:30")
    stopped = _call(world, "stop_reminders")["reminders"]
    assert not stopped["enabled"] and stopped["next"] is None
    assert not jobs.applied[-1][1].enabled
    assert "resume reminders" in _call(world, "show_reminders")["reminders"]["description"]
    back = _call(world, "set_reminders", request="resume reminders")["reminders"]
    assert back["enabled"] and back["time"] == "19:30"
    assert not _call(world, "stop_reminders", pause=True)["reminders"]["enabled"]


@pytest.mark.parametrize("args", [{"request": "remind me at 25pm"}, {"time": "19:75"},
                                  {"days": ["someday"]}, {}, {"request": "hello"}])
def test_bad_requests_come_back_with_a_next_step(world: World, args: dict[str, Any]) -> None:
    _, _, jobs, _ = world
    out = _call(world, "set_reminders", **args)
    assert out["error"] and out["guidance"]
    assert jobs.applied == []
