"""Check-ins in the faces: the hand-off from a scheduler thread to Chainlit's event loop,
sessions that closed, and the list shown at the next visit (issue 6, point 4)."""

from __future__ import annotations

import asyncio
import os
import tempfile
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

os.environ.setdefault("CHAINLIT_APP_ROOT", tempfile.mkdtemp(prefix="hireready-chainlit-"))

from tools.reminders.models import NotificationRecord  # noqa: E402
from ui import notices, notify  # noqa: E402

AT = datetime(2026, 12, 7, 18, 0, tzinfo=UTC)


def _note(user_id: str = "ana", title: str | None = "Study check-in") -> NotificationRecord:
    return NotificationRecord(id="n1", user_id=user_id, kind="checkin", title=title,
                              message="Check-in time: 75 minutes in the last 7 days.",
                              created_at=AT, scheduled_for=AT)


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    """An event loop running in its own thread, as Chainlit's does."""
    running = asyncio.new_event_loop()
    thread = threading.Thread(target=running.run_forever, daemon=True)
    thread.start()
    yield running
    running.call_soon_threadsafe(running.stop)
    thread.join(2)
    running.close()
    notify._open.clear()
    notify._loop = None


def _on(loop: asyncio.AbstractEventLoop, function: Any, *args: Any) -> Any:
    async def call() -> Any:
        return function(*args)
    return asyncio.run_coroutine_threadsafe(call(), loop).result(2)


def test_a_job_thread_pushes_through_the_loop_to_the_users_sessions(
        loop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch) -> None:
    pushed: list[tuple[list[str], str, bool]] = []

    async def fake_push(session_ids: list[str], note: NotificationRecord) -> bool:
        on_loop = asyncio.get_running_loop() is loop
        pushed.append((session_ids, note.id, on_loop))
        return True

    monkeypatch.setattr(notify, "_push", fake_push)
    _on(loop, notify.register, "ana", "tab-1")
    _on(loop, notify.register, "ana", "tab-2")
    _on(loop, notify.register, "bob", "tab-3")

    assert notify.deliver(_note("ana")) is True
    assert pushed == [(["tab-1", "tab-2"], "n1", True)]
    assert notify.deliver(_note("cy")) is False  # no open session: next visit
    notify.forget("tab-1")
    notify.forget("tab-2")
    assert notify.deliver(_note("ana")) is False
    assert len(pushed) == 1


def test_a_session_gone_from_chainlit_is_forgotten_and_not_counted(
        loop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(notify.WebsocketSession, "get_by_id", classmethod(lambda cls, i: None))
    _on(loop, notify.register, "ana", "closed-tab")
    assert notify.deliver(_note("ana")) is False
    assert notify._open["ana"] == set()


def test_deliver_without_any_open_session_or_loop_says_no() -> None:
    notify._open.clear()
    notify._loop = None
    assert notify.deliver(_note()) is False


def test_waiting_check_ins_are_listed_in_the_users_zone() -> None:
    text = notices.notices_text([_note(), _note(title=None)], "Europe/Paris")
    lines = text.splitlines()
    assert lines[0] == "While you were away:"
    assert lines[1] == ("- **Study check-in** (Mon 07 Dec, 19:00): Check-in time: 75 minutes "
                        "in the last 7 days.")
    assert lines[2].startswith("- **checkin** (Mon 07 Dec, 19:00)")
    assert notices.live_text(_note()).startswith("**Study check-in**\n\n")


def test_the_terminal_chat_shows_waiting_check_ins_once(fresh_prepared_dir: Any) -> None:
    import io

    import storage.repositories.notifications as notes_repo
    from agent.runtime import Runtime
    from agent.settings import Settings
    from ui.terminal import run_chat

    runtime = Runtime(Settings(data_dir=fresh_prepared_dir))
    try:
        user_id = runtime.ensure_user("ana")[0].id
        with runtime.sessions.begin() as session:
            notes_repo.create_notification(session, user_id, "checkin", "75 minutes so far",
                                           title="Study check-in", scheduled_for=AT)
        shown = []
        for _ in range(2):
            out = io.StringIO()
            run_chat(runtime, user_id, "t", False, stdin=io.StringIO("exit\n"), stdout=out,
                     stderr=io.StringIO())
            shown.append(out.getvalue())
        assert "While you were away:" in shown[0] and "75 minutes so far" in shown[0]
        assert shown[1] == ""
        assert not runtime.reminders.running  # the terminal chat runs no scheduler
    finally:
        runtime.close()
