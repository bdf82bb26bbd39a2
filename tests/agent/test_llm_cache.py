"""Property 30 (AI caching) and Property 36 (AI failure fallback) against a fake
OpenAI-compatible server on 127.0.0.1: identical requests within the lifetime make one HTTP
call; the offline model is never cached; a failing or slow model gives the offline answer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fake_openai import completion, fake_openai
from langchain_core.messages import HumanMessage
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.memory import InMemorySaver
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

import storage.repositories.users as user_repo
from agent.llm_cache import TimedLlmCache, cache_user
from agent.models import make_chat_model, make_offline_model
from agent.runtime import Runtime
from agent.settings import Settings
from graphs.chat import build_chat_graph
from prompts import chat as chat_words
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade
from storage.orm.llm_cache import LlmCacheEntry

HOUR = 3600.0


class FakeClock:
    """An aware UTC time that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    url = f"sqlite:///{tmp_path / 'cache.sqlite3'}"
    upgrade(url)
    engine = make_engine(url)
    yield make_session_factory(engine)
    engine.dispose()


def _user(sessions: sessionmaker[Session], name: str) -> str:
    with sessions.begin() as session:
        return user_repo.create_user(session, name, None).id


def _ask(url: str, cache: TimedLlmCache, user: str | None, text: str, thread: str) -> str:
    model = make_chat_model(Settings(openai_base_url=url, openai_api_key="k"), None, cache)
    graph = build_chat_graph(model, [], InMemorySaver())
    config: RunnableConfig = {"configurable": {"thread_id": thread, "user_id": user or "-"}}
    if user is None:
        out = graph.invoke({"messages": [HumanMessage(text)]}, config)
    else:
        with cache_user(user):
            out = graph.invoke({"messages": [HumanMessage(text)]}, config)
    return str(out["messages"][-1].content)


def _rows(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.execute(select(func.count()).select_from(LlmCacheEntry)).scalar_one()


def test_llm_cache_identical_request_within_the_lifetime_makes_one_call(
        data_dir: Path, sessions: sessionmaker[Session]) -> None:
    user, clock = _user(sessions, "ada"), FakeClock()
    cache = TimedLlmCache(sessions, HOUR, clock)
    with fake_openai([completion(content="Hello Ada!"), completion(content="other")]) as (
            url, received):
        first = _ask(url, cache, user, "hello", "t1")
        clock.now += timedelta(seconds=HOUR - 1)
        second = _ask(url, cache, user, "hello", "t2")
    assert len(received) == 1
    assert first == second == "Hello Ada!"
    assert _rows(sessions) == 1


def test_llm_cache_after_the_lifetime_the_model_is_called_again(
        data_dir: Path, sessions: sessionmaker[Session]) -> None:
    user, clock = _user(sessions, "ada"), FakeClock()
    cache = TimedLlmCache(sessions, HOUR, clock)
    with fake_openai([completion(content="first"), completion(content="fresh")]) as (
            url, received):
        _ask(url, cache, user, "hello", "t1")
        clock.now += timedelta(seconds=HOUR)
        second = _ask(url, cache, user, "hello", "t2")
    assert len(received) == 2
    assert second == "fresh"
    assert _rows(sessions) == 1  # the expired answer was replaced


def test_llm_cache_different_prompt_user_or_no_user_is_a_new_call(
        data_dir: Path, sessions: sessionmaker[Session]) -> None:
    ada, bob = _user(sessions, "ada"), _user(sessions, "bob")
    cache = TimedLlmCache(sessions, HOUR, FakeClock())
    answers = [completion(content=f"answer {i}") for i in range(5)]
    with fake_openai(answers) as (url, received):
        _ask(url, cache, ada, "hello", "t1")
        _ask(url, cache, ada, "hello there", "t2")
        _ask(url, cache, bob, "hello", "t3")
        _ask(url, cache, None, "hello", "t4")
        _ask(url, cache, None, "hello", "t5")
    assert len(received) == 5
    assert _rows(sessions) == 3


def test_llm_cache_rows_go_with_their_user(data_dir: Path,
                                           sessions: sessionmaker[Session]) -> None:
    from storage.data_rights import count_user_rows

    ada = _user(sessions, "ada")
    cache = TimedLlmCache(sessions, HOUR, FakeClock())
    with fake_openai([completion(content="hi")]) as (url, _):
        _ask(url, cache, ada, "hello", "t1")
    with sessions() as session:
        assert count_user_rows(session, ada)["hr_llm_cache"] == 1
    cache.clear(user_id=ada)
    assert _rows(sessions) == 0


def test_the_offline_model_is_never_given_the_cache(data_dir: Path,
                                                    sessions: sessionmaker[Session]) -> None:
    cache = TimedLlmCache(sessions, HOUR, FakeClock())
    model = make_chat_model(Settings(), None, cache)
    assert model.cache is None
    assert make_offline_model(None).cache is None


@pytest.fixture
def llm_runtime(fresh_prepared_dir: Path) -> Iterator[tuple[Runtime, list[dict[str, object]]]]:
    replies = [completion(content="Hello from the model.") for _ in range(4)]
    with fake_openai(replies) as (url, received):
        runtime = Runtime(Settings(data_dir=fresh_prepared_dir, openai_base_url=url,
                                   openai_api_key="k"))
        yield runtime, received  # type: ignore[misc]
        runtime.close()


def test_runtime_answers_a_repeated_request_from_the_cache(
        llm_runtime: tuple[Runtime, list[dict[str, object]]]) -> None:
    runtime, received = llm_runtime
    user = runtime.ensure_user("ada")[0].id
    first = runtime.chat(user, "one", "hello")
    second = runtime.chat(user, "two", "hello")  # a new thread: the same request
    assert first.reply == second.reply == "Hello from the model."
    assert len(received) == 1
    runtime.chat(user, "two", "hello")  # same words, longer conversation: a new request
    assert len(received) == 2


def test_runtime_with_lifetime_zero_caches_nothing(fresh_prepared_dir: Path) -> None:
    with fake_openai([completion(content="hi"), completion(content="hi")]) as (url, received):
        runtime = Runtime(Settings(data_dir=fresh_prepared_dir, openai_base_url=url,
                                   openai_api_key="k", llm_cache_ttl_s=0))
        try:
            user = runtime.ensure_user("ada")[0].id
            runtime.chat(user, "one", "hello")
            runtime.chat(user, "two", "hello")
        finally:
            runtime.close()
    assert len(received) == 2


def test_runtime_server_error_gives_the_offline_answer_and_says_so(
        fresh_prepared_dir: Path) -> None:
    """Property 36: the model fails -> the rule-based answer, never an unhandled error; a
    failure is not cached, so the next identical request asks the model again."""
    with fake_openai([], status=500) as (url, received):
        runtime = Runtime(Settings(data_dir=fresh_prepared_dir, openai_base_url=url,
                                   openai_api_key="k"))
        try:
            user = runtime.ensure_user("ada")[0].id
            turn = runtime.chat(user, "t", "help")
            again = runtime.chat(user, "u", "help")
            with runtime.sessions() as session:
                cached = session.execute(
                    select(func.count()).select_from(LlmCacheEntry)).scalar_one()
        finally:
            runtime.close()
    assert turn.fallback and again.fallback
    assert chat_words.FALLBACK_NOTE in turn.reply
    assert turn.reply.strip() != chat_words.FALLBACK_NOTE  # the offline model did answer
    assert len(received) == 2
    assert cached == 0


def test_runtime_slow_model_times_out_to_the_offline_answer(fresh_prepared_dir: Path) -> None:
    """Property 36 for a timeout: HIREREADY_LLM_TIMEOUT elapses -> the offline answer."""
    with fake_openai([completion(content="too late")], delay_s=1.5) as (url, received):
        runtime = Runtime(Settings(data_dir=fresh_prepared_dir, openai_base_url=url,
                                   openai_api_key="k", llm_timeout_s=0.3))
        try:
            user = runtime.ensure_user("ada")[0].id
            turn = runtime.chat(user, "t", "help")
        finally:
            runtime.close()
    assert turn.fallback
    assert "too late" not in turn.reply
    assert chat_words.FALLBACK_NOTE in turn.reply
    assert len(received) == 1
