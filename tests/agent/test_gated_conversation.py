"""Changing reminders and deleting a log entry from chat ask for the user's own
confirmation first (issue 8, point 3); the confirmation then runs the change."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import storage.repositories.activities as activity_repo
from agent.runtime import Runtime
from agent.settings import Settings


@pytest.fixture
def runtime(fresh_prepared_dir: Path) -> Iterator[Runtime]:
    rt = Runtime(Settings(data_dir=fresh_prepared_dir))
    yield rt
    rt.close()


def _last_output(turn) -> dict:  # type: ignore[no-untyped-def]
    return dict(json.loads(turn.tool_calls[-1].output))


def test_reminders_change_only_after_the_user_confirms(runtime: Runtime) -> None:
    user = runtime.ensure_user("rita")[0].id
    asked = runtime.chat(user, "r", "remind me every weekday at 7pm")
    assert asked.tool_calls[-1].tool == "set_reminders"
    assert _last_output(asked).get("confirmation_needed") is True
    assert "yes, change my reminders" in asked.reply
    shown = runtime.chat(user, "r", "show my reminders")
    assert _last_output(shown)["reminders"]["enabled"] is False

    runtime.chat(user, "r", "remind me every weekday at 7pm")
    done = runtime.chat(user, "r", "yes, change my reminders")
    data = _last_output(done)
    assert data["reminders"]["enabled"] is True and data["reminders"]["time"] == "19:00"
    assert done.reply.startswith("Done.")

    later = runtime.chat(user, "r", "make it 8pm")
    assert _last_output(later).get("confirmation_needed") is True
    changed = runtime.chat(user, "r", "yes, change my reminders")
    assert _last_output(changed)["reminders"]["time"] == "20:00"


def test_a_bare_yes_or_a_later_message_does_not_delete_a_log_entry(runtime: Runtime) -> None:
    user = runtime.ensure_user("lee")[0].id
    runtime.chat(user, "d", "I studied Docker for 45 minutes")
    runtime.chat(user, "d", "20 minutes of SQL")
    asked = runtime.chat(user, "d", "delete entry 2")
    assert _last_output(asked).get("confirmation_needed") is True
    runtime.chat(user, "d", "yes")
    with runtime.sessions() as session:
        assert len(activity_repo.list_activities(session, user)) == 2
    runtime.chat(user, "d", "delete entry 2")
    runtime.chat(user, "d", "yes, delete the entry")
    with runtime.sessions() as session:
        left = activity_repo.list_activities(session, user)
    assert [a.minutes for a in left] == [20]
