"""The terminal chat: messages read from stdin (lines, blocks, pastes), file paths shown,
and activity recorded for ``hireready stats``."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from agent.runtime import Runtime
from agent.settings import Settings
from storage.repositories.stats import service_stats
from ui import terminal


@pytest.fixture
def runtime(fresh_prepared_dir: Path) -> Iterator[Runtime]:
    rt = Runtime(Settings(data_dir=fresh_prepared_dir))
    yield rt
    rt.close()


def test_a_terminal_turn_makes_the_user_weekly_active_in_stats(runtime: Runtime) -> None:
    account, _ = runtime.ensure_user("terminal-only")
    with runtime.read_sessions.begin() as session:
        assert service_stats(session, datetime.now(UTC)).weekly_active_users == 0
    out, err = io.StringIO(), io.StringIO()
    assert terminal.run_chat(runtime, account.id, "t", False, io.StringIO("hello\n"),
                             out, err) == 0
    assert "coach> " in out.getvalue()
    with runtime.read_sessions.begin() as session:
        stats = service_stats(session, datetime.now(UTC))
    assert (stats.users, stats.weekly_active_users) == (1, 1)
