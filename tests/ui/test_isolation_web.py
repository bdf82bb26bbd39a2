"""The browser's chat history with two users writing at the same time (issue 8, point 9).

Alice and Bob chat concurrently (``asyncio.gather``, each call in its own Chainlit context
as the socket handlers run them); Bob's calls also aim at Alice's thread ids. Each sees only
their own threads, Alice's thread is intact, and the owner check Chainlit makes before
resuming a thread (the socket ``connect`` handler reads the thread with no session user and
compares its ``userIdentifier``) names Alice, so Bob's resume is refused.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("CHAINLIT_APP_ROOT", tempfile.mkdtemp(prefix="hireready-chainlit-"))

from chainlit.context import init_http_context  # noqa: E402
from chainlit.types import Pagination, ThreadFilter  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from storage.db import make_engine, make_session_factory  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from storage.repositories import chat_history, users  # noqa: E402
from ui.history import HistoryDataLayer  # noqa: E402

TURNS = 6


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    url = f"sqlite:///{tmp_path / 'hireready.sqlite3'}"
    upgrade(url)
    engine = make_engine(url)
    yield make_session_factory(engine)
    engine.dispose()


def _step(step_id: str, thread_id: str, output: str) -> Any:
    return {"id": step_id, "threadId": thread_id, "type": "user_message", "name": "user",
            "output": output, "input": "", "createdAt": "2026-11-29T09:00:00Z", "metadata": {}}


async def _as(layer: HistoryDataLayer, name: str | None, work: Any) -> Any:
    """One call in its own task and Chainlit context, signed in as ``name``."""
    async def run() -> Any:
        init_http_context(user=await layer.get_user(name) if name else None)
        return await work()
    return await asyncio.create_task(run())


async def _chat(layer: HistoryDataLayer, name: str, user_id: str, other: str) -> None:
    """``TURNS`` messages in the user's thread, each followed by one into ``other``'s."""
    mine = f"{name}-thread"
    await _as(layer, name, lambda: layer.update_thread(mine, name=f"{name}'s chat",
                                                       user_id=user_id))
    for turn in range(TURNS):
        await _as(layer, name, lambda t=turn: layer.create_step(
            _step(f"{name}-{t}", mine, f"{name} says {t}")))
        await _as(layer, name, lambda t=turn: layer.create_step(
            _step(f"{name}-x-{t}", f"{other}-thread", f"{name} was here")))
        await _as(layer, name, lambda t=turn: layer.update_step(
            _step(f"{other}-{t}", f"{other}-thread", "rewritten")))
        await _as(layer, name, lambda t=turn: layer.delete_step(f"{other}-{t}"))
    await _as(layer, name, lambda: layer.delete_thread(f"{other}-thread"))


def test_two_users_writing_at_once_keep_their_own_history(
        sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        ids = {name: users.create_user(session, name, "correct horse battery").id
               for name in ("alice", "bob")}
    layer = HistoryDataLayer(sessions)

    async def scenario() -> dict[str, Any]:
        await _as(layer, "alice", lambda: layer.update_thread(
            "alice-thread", name="alice's chat", user_id=ids["alice"]))
        await _as(layer, "bob", lambda: layer.update_thread(
            "bob-thread", name="bob's chat", user_id=ids["bob"]))
        await asyncio.gather(_chat(layer, "alice", ids["alice"], "bob"),
                             _chat(layer, "bob", ids["bob"], "alice"))
        return {
            "alice": await _as(layer, "alice", lambda: layer.get_thread("alice-thread")),
            "bob_reads_alice": await _as(layer, "bob", lambda: layer.get_thread("alice-thread")),
            "unauthenticated": await _as(layer, None, lambda: layer.get_thread("alice-thread")),
            "bob_list": await _as(layer, "bob", lambda: layer.list_threads(
                Pagination(first=20), ThreadFilter(userId=ids["bob"]))),
        }

    seen = asyncio.run(scenario())
    alice = seen["alice"]
    assert alice is not None and alice["name"] == "alice's chat"
    assert [s["output"] for s in alice["steps"]] == [f"alice says {t}" for t in range(TURNS)]
    assert seen["bob_reads_alice"] is None
    assert seen["unauthenticated"]["userIdentifier"] == "alice"  # Chainlit: "bob" != "alice"
    assert [t["id"] for t in seen["bob_list"].data] == ["bob-thread"]
    with sessions() as session:
        counts = {name: chat_history.count_rows(session, user_id)
                  for name, user_id in ids.items()}
    assert counts["alice"] == counts["bob"] == {
        "hr_chat_threads": 1, "hr_chat_steps": TURNS, "hr_chat_elements": 0}
