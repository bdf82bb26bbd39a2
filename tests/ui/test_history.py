"""The web app's data layer over HireReady's database, called as Chainlit calls it.

Each test runs Chainlit's calls inside an HTTP-style Chainlit context whose user is the
signed-in account (as the websocket handlers do), on a migrated SQLite file.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

os.environ.setdefault("CHAINLIT_APP_ROOT", tempfile.mkdtemp(prefix="hireready-chainlit-"))

from chainlit.context import init_http_context  # noqa: E402
from chainlit.types import Feedback, Pagination, ThreadFilter  # noqa: E402
from chainlit.user import PersistedUser, User  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from storage.db import make_engine, make_session_factory  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from storage.repositories import users  # noqa: E402
from ui.history import HistoryDataLayer  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[2]
_T = TypeVar("_T")


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'hireready.sqlite3'}"
    upgrade(url)
    return url


@pytest.fixture
def sessions(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(database_url)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def layer(sessions: sessionmaker[Session]) -> HistoryDataLayer:
    return HistoryDataLayer(sessions)


@pytest.fixture
def accounts(sessions: sessionmaker[Session]) -> dict[str, str]:
    with sessions.begin() as session:
        return {name: users.create_user(session, name, "correct horse battery").id
                for name in ("alice", "bob")}


def as_user(layer: HistoryDataLayer, name: str | None,
            call: Coroutine[Any, Any, _T]) -> _T:
    """Run one data-layer call with ``name`` signed in (``None``: nobody)."""
    async def run() -> _T:
        user = await layer.get_user(name) if name else None
        init_http_context(user=user)
        return await call
    return asyncio.run(run())


def step(step_id: str, thread_id: str, kind: str, output: str, **extra: Any) -> Any:
    return {"id": step_id, "threadId": thread_id, "type": kind, "name": kind, "output": output,
            "input": "", "createdAt": f"2026-11-29T09:00:0{step_id[-1]}Z", "metadata": {},
            **extra}


def chat(layer: HistoryDataLayer, user: str, user_id: str, thread_id: str) -> None:
    """What Chainlit does for one turn: name the thread, then store each message."""
    as_user(layer, user, layer.update_thread(thread_id, name="What am I missing?",
                                             user_id=user_id))
    as_user(layer, user, layer.create_step(step(f"{thread_id}-1", thread_id, "user_message",
                                                "What am I missing?")))
    as_user(layer, user, layer.create_step(step(f"{thread_id}-2", thread_id, "tool",
                                                '{"gaps": 3}', showInput="json")))
    as_user(layer, user, layer.create_step(step(f"{thread_id}-3", thread_id,
                                                "assistant_message", "You miss 3 skills.")))


def test_users_are_hireready_accounts_and_are_never_created_here(
    layer: HistoryDataLayer, accounts: dict[str, str],
) -> None:
    found = as_user(layer, None, layer.get_user("ALICE"))
    assert found is not None
    assert (found.id, found.identifier, found.metadata) == (
        accounts["alice"], "alice", {"user_id": accounts["alice"]})
    created = as_user(layer, None, layer.create_user(User(identifier="Alice")))
    assert created is not None and created.id == accounts["alice"]
    assert as_user(layer, None, layer.create_user(User(identifier="mallory"))) is None
    assert as_user(layer, None, layer.get_user("mallory")) is None


def test_thread_steps_and_element_names_are_stored_and_read_back(
    layer: HistoryDataLayer, accounts: dict[str, str],
) -> None:
    chat(layer, "alice", accounts["alice"], "t-1")
    as_user(layer, "alice", layer.update_step(step("t-1-3", "t-1", "assistant_message",
                                                   "You miss 3 skills: Docker, …")))
    thread = as_user(layer, "alice", layer.get_thread("t-1"))
    assert thread is not None
    assert (thread["name"], thread["userId"], thread["userIdentifier"]) == (
        "What am I missing?", accounts["alice"], "alice")
    assert [(s["type"], s["output"]) for s in thread["steps"]] == [
        ("user_message", "What am I missing?"), ("tool", '{"gaps": 3}'),
        ("assistant_message", "You miss 3 skills: Docker, …")]
    assert thread["steps"][1]["showInput"] == "json"
    assert thread["steps"][0]["createdAt"] == "2026-11-29T09:00:01.000000Z"
    assert as_user(layer, "alice", layer.get_thread_author("t-1")) == "alice"


def test_elements_keep_their_name_but_not_their_content(
    layer: HistoryDataLayer, accounts: dict[str, str], tmp_path: Path,
) -> None:
    import chainlit as cl

    chat(layer, "alice", accounts["alice"], "t-1")
    resume = tmp_path / "cv.pdf"
    resume.write_bytes(b"%PDF-1.4 " + b"x" * 10_000)
    element = cl.File(name="cv.pdf", path=str(resume), mime="application/pdf",
                      thread_id="t-1", for_id="t-1-1")
    as_user(layer, "alice", layer.create_element(element))
    thread = as_user(layer, "alice", layer.get_thread("t-1"))
    assert thread is not None and thread["elements"] is not None
    [stored] = thread["elements"]
    assert (stored["name"], stored["type"], stored["forId"], stored["mime"]) == (
        "cv.pdf", "file", "t-1-1", "application/pdf")
    assert stored.get("path") is None and stored.get("url") is None
    fetched = as_user(layer, "alice", layer.get_element("t-1", element.id))
    assert fetched is not None and fetched["name"] == "cv.pdf"
    as_user(layer, "alice", layer.delete_element(element.id, "t-1"))
    assert as_user(layer, "alice", layer.get_element("t-1", element.id)) is None


def test_list_threads_shows_only_the_users_own_threads_page_by_page(
    layer: HistoryDataLayer, accounts: dict[str, str],
) -> None:
    for number in range(3):
        chat(layer, "alice", accounts["alice"], f"a-{number}")
    chat(layer, "bob", accounts["bob"], "b-0")
    first = as_user(layer, "alice", layer.list_threads(
        Pagination(first=2), ThreadFilter(userId=accounts["alice"])))
    rest = as_user(layer, "alice", layer.list_threads(
        Pagination(first=2, cursor=first.pageInfo.endCursor),
        ThreadFilter(userId=accounts["alice"])))
    ids = [t["id"] for t in first.data] + [t["id"] for t in rest.data]
    assert sorted(ids) == ["a-0", "a-1", "a-2"]
    assert first.pageInfo.hasNextPage and not rest.pageInfo.hasNextPage
    bobs = as_user(layer, "bob", layer.list_threads(Pagination(first=20),
                                                    ThreadFilter(userId=accounts["bob"])))
    assert [t["id"] for t in bobs.data] == ["b-0"]
    assert as_user(layer, None, layer.list_threads(Pagination(first=20), ThreadFilter())).data == []
    assert first.to_dict()["data"][0]["userIdentifier"] == "alice"


def test_user_b_cannot_read_write_or_delete_user_a_thread(
    layer: HistoryDataLayer, accounts: dict[str, str],
) -> None:
    chat(layer, "alice", accounts["alice"], "t-a")
    assert as_user(layer, "bob", layer.get_thread("t-a")) is None
    as_user(layer, "bob", layer.update_thread("t-a", name="mine now", user_id=accounts["bob"]))
    as_user(layer, "bob", layer.create_step(step("x-1", "t-a", "user_message", "injected")))
    as_user(layer, "bob", layer.update_step(step("t-a-1", "t-a", "user_message", "rewritten")))
    as_user(layer, "bob", layer.delete_step("t-a-3"))
    as_user(layer, "bob", layer.delete_thread("t-a"))
    thread = as_user(layer, "alice", layer.get_thread("t-a"))
    assert thread is not None
    assert thread["name"] == "What am I missing?"
    assert [s["output"] for s in thread["steps"]] == [
        "What am I missing?", '{"gaps": 3}', "You miss 3 skills."]
    assert as_user(layer, "bob", layer.get_thread_author("t-a")) == "alice"  # Chainlit's 401


def test_feedback_and_deletion(layer: HistoryDataLayer, accounts: dict[str, str]) -> None:
    chat(layer, "alice", accounts["alice"], "t-1")
    feedback_id = as_user(layer, "alice", layer.upsert_feedback(
        Feedback(forId="t-1-3", value=1, comment="clear")))
    thread = as_user(layer, "alice", layer.get_thread("t-1"))
    assert thread is not None
    assert thread["steps"][2]["feedback"] == {  # type: ignore[typeddict-item]
        "id": feedback_id, "forId": "t-1-3", "value": 1, "comment": "clear"}
    assert as_user(layer, "alice", layer.delete_feedback(feedback_id))
    as_user(layer, "alice", layer.delete_step("t-1-2"))
    thread = as_user(layer, "alice", layer.get_thread("t-1"))
    assert thread is not None
    assert [s["id"] for s in thread["steps"]] == ["t-1-1", "t-1-3"]
    assert "feedback" not in thread["steps"][1]
    as_user(layer, "alice", layer.delete_thread("t-1"))
    assert as_user(layer, "alice", layer.get_thread("t-1")) is None
    assert as_user(layer, "alice", layer.get_thread_author("t-1")) == ""


WRITER = textwrap.dedent("""
    import asyncio, os, sys
    from chainlit.context import init_http_context
    from storage.db import make_engine, make_session_factory
    from ui.history import HistoryDataLayer

    async def main():
        layer = HistoryDataLayer(make_session_factory(make_engine(sys.argv[1])))
        init_http_context(user=await layer.get_user("alice"))
        user = await layer.get_user("alice")
        await layer.update_thread("t-restart", name="Before the restart", user_id=user.id)
        await layer.create_step({"id": "s-1", "threadId": "t-restart", "type": "user_message",
                                 "name": "alice", "output": "remember me"})
    asyncio.run(main())
""")


def test_history_written_by_one_process_is_read_by_the_next(
    database_url: str, accounts: dict[str, str], tmp_path: Path,
) -> None:
    env = {**os.environ, "CHAINLIT_APP_ROOT": str(tmp_path)}
    written = subprocess.run([sys.executable, "-c", WRITER, database_url], cwd=REPO_ROOT,
                             env=env, capture_output=True, text=True, timeout=120, check=False)
    assert written.returncode == 0, written.stderr
    engine = make_engine(database_url)
    try:
        layer = HistoryDataLayer(make_session_factory(engine))
        page = as_user(layer, "alice", layer.list_threads(
            Pagination(first=20), ThreadFilter(userId=accounts["alice"])))
        thread = as_user(layer, "alice", layer.get_thread("t-restart"))
    finally:
        engine.dispose()
    assert [t["name"] for t in page.data] == ["Before the restart"]
    assert thread is not None and thread["steps"][0]["output"] == "remember me"


def test_persisted_user_class_matches_what_chainlit_expects(
    layer: HistoryDataLayer, accounts: dict[str, str],
) -> None:
    user = as_user(layer, None, layer.get_user("bob"))
    assert isinstance(user, PersistedUser)
    assert user.createdAt.endswith("Z")
