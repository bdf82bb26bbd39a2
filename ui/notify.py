"""Check-ins in the web app: pushed to the user's open Chainlit sessions, or shown at the top
of their next visit.

The scheduler's jobs run in worker threads and call :func:`deliver`; it hands the push to
Chainlit's event loop (captured when a session registers) and waits for it, so the job can
record the check-in as delivered. A push from outside a handler uses
``init_ws_context(WebsocketSession.get_by_id(session_id))``. Sessions register in
``on_chat_start``/``on_chat_resume`` and leave in ``on_chat_end`` (Chainlit calls it on
disconnect).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any

import chainlit as cl
from chainlit.context import init_ws_context
from chainlit.session import WebsocketSession

from agent.runtime import Runtime
from tools.reminders.models import NotificationRecord
from ui.notices import live_text, notices_text, take_pending_with_zone

log = logging.getLogger(__name__)

PUSH_TIMEOUT_S = 10.0
"""How long a job waits for a push to reach the open sessions, in seconds."""

_lock = threading.Lock()
_open: dict[str, set[str]] = {}
"""User id -> ids of that user's open Chainlit sessions."""
_loop: asyncio.AbstractEventLoop | None = None


def start(runtime: Runtime) -> None:
    """Start the check-in scheduler in this app unless ``HIREREADY_SCHEDULER=off``."""
    if runtime.settings.scheduler == "on":
        runtime.reminders.start(deliver)


def stop(runtime: Runtime) -> None:
    """Stop the check-in scheduler (if it runs here)."""
    runtime.reminders.shutdown()


def register(user_id: str, session_id: str) -> None:
    """Remember an open session of a user (call from a Chainlit handler)."""
    global _loop
    with _lock:
        _loop = asyncio.get_running_loop()
        _open.setdefault(user_id, set()).add(session_id)


def forget(session_id: str) -> None:
    """Drop a session that closed."""
    with _lock:
        for sessions in _open.values():
            sessions.discard(session_id)


def deliver(note: NotificationRecord) -> bool:
    """Push ``note`` to every open session of its user, from a job's thread.

    Returns:
        True when it reached at least one session; False when the user has none open (it
        then waits for the next visit) or when called on the event loop itself.
    """
    with _lock:
        session_ids, loop = sorted(_open.get(note.user_id, ())), _loop
    if not session_ids or loop is None or loop.is_closed():
        return False
    try:
        if asyncio.get_running_loop() is loop:
            return False  # cannot wait for the loop from inside it
    except RuntimeError:
        pass  # not on any loop: the normal case, a scheduler thread
    future = asyncio.run_coroutine_threadsafe(_push(session_ids, note), loop)
    return future.result(timeout=PUSH_TIMEOUT_S)


async def visit(runtime: Runtime, session: Any) -> None:
    """At the start (or resumption) of a chat: register the session for live check-ins and
    show, once, those that reached no open session. Never fails the visit.

    Args:
        runtime: The app's runtime.
        session: ``cl.context.session``; its user carries ``metadata["user_id"]``.
    """
    user = getattr(session, "user", None)
    user_id = str(user.metadata.get("user_id", "")) if user is not None else ""
    if not user_id:
        return
    try:
        register(user_id, session.id)
        waiting, zone = await cl.make_async(take_pending_with_zone)(runtime, user_id)
        if waiting:
            await cl.Message(content=notices_text(waiting, zone)).send()  # type: ignore[no-untyped-call]
    except Exception:
        log.exception("showing waiting check-ins failed for %s", user_id)






async def _push(session_ids: list[str], note: NotificationRecord) -> bool:
    reached = False
    for session_id in session_ids:
        session = WebsocketSession.get_by_id(session_id)
        if session is None:
            forget(session_id)
            continue
        init_ws_context(session)
        await cl.Message(content=live_text(note)).send()  # type: ignore[no-untyped-call]
        reached = True
    return reached
