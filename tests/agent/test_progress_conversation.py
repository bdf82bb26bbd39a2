"""Logging study time from chat, offline: log, correct, undo, show the log and progress."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agent.runtime import ChatTurn, Runtime
from agent.settings import Settings


@pytest.fixture
def runtime(fresh_prepared_dir: Path) -> Iterator[Runtime]:
    rt = Runtime(Settings(data_dir=fresh_prepared_dir))
    yield rt
    rt.close()


def _say(runtime: Runtime, user: str, text: str) -> ChatTurn:
    return runtime.chat(user, "progress", text)


def _out(turn: ChatTurn) -> dict[str, Any]:
    return dict(json.loads(turn.tool_calls[-1].output))


def test_log_correct_undo_and_progress(runtime: Runtime) -> None:
    user = runtime.ensure_user("ana")[0].id
    logged = _say(runtime, user, "I studied Docker for 45 minutes")
    assert logged.tool_calls[0].tool == "log_activity"
    entry = _out(logged)["logged"][0]
    assert (entry["minutes"], entry["skill"]) == (45, "Docker")
    assert "45 min of Docker" in logged.reply
    assert _out(logged)["congratulations"], "the first activity is a milestone"

    corrected = _say(runtime, user, "no, it was 30 minutes")
    assert corrected.tool_calls[0].args == {"minutes": 30}
    assert _out(corrected)["updated"]["minutes"] == 30

    two = _say(runtime, user, "1.5h of SQL yesterday and 20 minutes of Python")
    minutes = sorted(e["minutes"] for e in _out(two)["logged"])
    assert minutes == [20, 90]

    undone = _say(runtime, user, "undo")
    assert "Removed" in undone.reply

    log = _say(runtime, user, "show my log")
    entries = _out(log)["entries"]
    assert sorted(e["minutes"] for e in entries) == [30, 90]

    progress = _say(runtime, user, "how am I doing?")
    data = _out(progress)
    assert data["figures"]["total_minutes"] == sum(e["minutes"] for e in entries)
    assert 0 <= data["productivity"]["daily"] <= 100
    assert 0 <= data["productivity"]["weekly"] <= 100
    assert f"{data['figures']['total_minutes']} min" in progress.reply


def test_nothing_to_undo_gets_guidance(runtime: Runtime) -> None:
    user = runtime.ensure_user("bo")[0].id
    turn = _say(runtime, user, "undo")
    assert "Next step" in turn.reply
