"""Browser chat history on both engines: threads, steps, elements, ratings, paging, isolation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from storage.db import make_engine, make_session_factory
from storage.repositories import chat_history as history
from storage.repositories import users
from storage.repositories.chat_history import ElementRecord, StepRecord

T0 = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def _two_users(sessions: sessionmaker[Session]) -> tuple[str, str]:
    with sessions.begin() as session:
        alice = users.create_user(session, "alice", "correct horse battery").id
        bob = users.create_user(session, "bob", "correct horse battery").id
    return alice, bob


def _conversation(sessions: sessionmaker[Session], user_id: str, thread_id: str,
                  start: datetime = T0) -> None:
    """A thread with a user message, a tool step, a reply and an attached file."""
    with sessions.begin() as session:
        assert history.save_thread(session, thread_id, user_id, name="Here is my resume",
                                   now=start)
        messages = [("user_message", "casey", "Here is my resume"),
                    ("tool", "parse_resume", '{"skills": ["Python"]}'),
                    ("assistant_message", "HireReady", "I found 5 skills: Python, SQL…")]
        for number, (kind, name, output) in enumerate(messages):
            step = StepRecord(id=f"{thread_id}-s{number}", thread_id=thread_id,
                              step_type=kind, name=name, output=output,
                              created_at=start + timedelta(seconds=number))
            assert history.save_step(session, user_id, step, now=start)
        assert history.save_element(session, user_id, ElementRecord(
            id=f"{thread_id}-e0", thread_id=thread_id, element_type="file",
            name="jordan_avery_resume.pdf", for_id=f"{thread_id}-s0",
            mime="application/pdf", display="inline"), now=start)


def test_thread_is_stored_with_steps_in_order_and_element_names(
    sessions: sessionmaker[Session],
) -> None:
    alice, _ = _two_users(sessions)
    _conversation(sessions, alice, "t-1")
    with sessions() as session:
        view = history.get_thread(session, "t-1", alice)
    assert view is not None
    assert (view.thread.name, view.thread.username, view.thread.user_id) == (
        "Here is my resume", "alice", alice)
    assert [s.step_type for s in view.steps] == ["user_message", "tool", "assistant_message"]
    assert view.steps[1].output == '{"skills": ["Python"]}'
    assert view.steps[0].created_at == T0
    assert [(e.name, e.for_id, e.mime) for e in view.elements] == [
        ("jordan_avery_resume.pdf", "t-1-s0", "application/pdf")]


def test_steps_are_shown_in_the_order_they_were_made_not_stored(
    sessions: sessionmaker[Session],
) -> None:
    alice, _ = _two_users(sessions)
    _conversation(sessions, alice, "t-1")
    with sessions.begin() as session:  # the greeting is held back until the first message
        assert history.save_step(session, alice, StepRecord(
            id="greeting", thread_id="t-1", step_type="system_message", output="Hi!",
            created_at=T0 - timedelta(seconds=30)))
    with sessions() as session:
        view = history.get_thread(session, "t-1", alice)
    assert view is not None
    assert [s.id for s in view.steps] == ["greeting", "t-1-s0", "t-1-s1", "t-1-s2"]


def test_update_step_changes_only_the_given_fields(sessions: sessionmaker[Session]) -> None:
    alice, _ = _two_users(sessions)
    _conversation(sessions, alice, "t-1")
    with sessions.begin() as session:
        assert history.save_step(session, alice, StepRecord(
            id="t-1-s2", thread_id="t-1", output="Updated reply", is_error=True))
    with sessions() as session:
        view = history.get_thread(session, "t-1", alice)
    assert view is not None
    step = view.steps[2]
    assert (step.output, step.is_error, step.name, step.step_type) == (
        "Updated reply", True, "HireReady", "assistant_message")


def test_another_user_can_neither_see_nor_change_nor_delete_a_thread(
    sessions: sessionmaker[Session],
) -> None:
    alice, bob = _two_users(sessions)
    _conversation(sessions, alice, "t-alice")
    with sessions.begin() as session:
        assert history.get_thread(session, "t-alice", bob) is None
        assert history.list_threads(session, bob).threads == []
        assert not history.save_thread(session, "t-alice", bob, name="stolen")
        assert not history.save_step(session, bob, StepRecord(
            id="t-alice-s0", thread_id="t-alice", output="overwritten"))
        assert not history.save_step(session, bob, StepRecord(
            id="bob-step", thread_id="t-alice", step_type="user_message", output="hi"))
        assert not history.rate_step(session, "t-alice-s2", bob, 0)
        assert not history.delete_step(session, "t-alice-s0", bob)
        assert not history.delete_element(session, "t-alice-e0", bob)
        assert history.get_element(session, "t-alice", "t-alice-e0", bob) is None
        assert not history.delete_thread(session, "t-alice", bob)
    with sessions() as session:
        view = history.get_thread(session, "t-alice", alice)
        assert history.count_rows(session, bob) == {
            "hr_chat_threads": 0, "hr_chat_steps": 0, "hr_chat_elements": 0}
    assert view is not None
    assert view.thread.name == "Here is my resume"
    assert [s.output for s in view.steps][0] == "Here is my resume"
    assert len(view.steps) == 3 and len(view.elements) == 1


def test_threads_are_listed_newest_first_page_by_page(sessions: sessionmaker[Session]) -> None:
    alice, bob = _two_users(sessions)
    for number in range(5):
        _conversation(sessions, alice, f"t-{number}", T0 + timedelta(hours=number))
    _conversation(sessions, bob, "t-bob", T0 + timedelta(days=1))
    with sessions() as session:
        first = history.list_threads(session, alice, limit=2)
        second = history.list_threads(session, alice, limit=2, cursor=first.next_cursor)
        third = history.list_threads(session, alice, limit=2, cursor=second.next_cursor)
    assert [t.id for t in first.threads] == ["t-4", "t-3"] and first.has_next
    assert [t.id for t in second.threads] == ["t-2", "t-1"] and second.has_next
    assert [t.id for t in third.threads] == ["t-0"] and not third.has_next


def test_a_new_step_moves_an_old_thread_to_the_top(sessions: sessionmaker[Session]) -> None:
    alice, _ = _two_users(sessions)
    _conversation(sessions, alice, "old", T0)
    _conversation(sessions, alice, "new", T0 + timedelta(hours=1))
    with sessions.begin() as session:
        history.save_step(session, alice, StepRecord(
            id="old-late", thread_id="old", step_type="user_message", output="and for Docker?"),
            now=T0 + timedelta(hours=2))
    with sessions() as session:
        page = history.list_threads(session, alice)
        view = history.get_thread(session, "old", alice)
    assert [t.id for t in page.threads] == ["old", "new"]
    assert view is not None and view.steps[-1].output == "and for Docker?"


def test_search_and_feedback_filters(sessions: sessionmaker[Session]) -> None:
    alice, _ = _two_users(sessions)
    _conversation(sessions, alice, "resume")
    with sessions.begin() as session:
        history.save_thread(session, "plan", alice, name="Build me a roadmap")
        history.save_step(session, alice, StepRecord(
            id="plan-s0", thread_id="plan", step_type="assistant_message",
            output="Stage 1: KUBERNETES basics"))
        assert history.rate_step(session, "plan-s0", alice, 1, "useful")
    with sessions() as session:
        by_name = history.list_threads(session, alice, search="roadmap")
        by_message = history.list_threads(session, alice, search="kubernetes")
        liked = history.list_threads(session, alice, feedback=1)
        disliked = history.list_threads(session, alice, feedback=0)
        view = history.get_thread(session, "plan", alice)
    assert [t.id for t in by_name.threads] == ["plan"]
    assert [t.id for t in by_message.threads] == ["plan"]
    assert [t.id for t in liked.threads] == ["plan"]
    assert disliked.threads == []
    assert view is not None
    assert (view.steps[0].feedback_value, view.steps[0].feedback_comment) == (1, "useful")
    with sessions.begin() as session:
        assert history.rate_step(session, "plan-s0", alice, None)
    with sessions() as session:
        assert history.list_threads(session, alice, feedback=1).threads == []


def test_deleting_a_thread_removes_its_steps_and_elements(
    sessions: sessionmaker[Session],
) -> None:
    alice, _ = _two_users(sessions)
    _conversation(sessions, alice, "t-1")
    _conversation(sessions, alice, "t-2")
    with sessions.begin() as session:
        assert history.delete_thread(session, "t-1", alice)
    with sessions() as session:
        assert history.get_thread(session, "t-1", alice) is None
        assert history.count_rows(session, alice) == {
            "hr_chat_threads": 1, "hr_chat_steps": 3, "hr_chat_elements": 1}


def test_deleting_the_user_removes_the_whole_history(sessions: sessionmaker[Session]) -> None:
    alice, bob = _two_users(sessions)
    _conversation(sessions, alice, "t-1")
    _conversation(sessions, bob, "t-2")
    with sessions.begin() as session:
        users.delete_user(session, alice)
    with sessions() as session:
        assert history.count_rows(session, alice) == {
            "hr_chat_threads": 0, "hr_chat_steps": 0, "hr_chat_elements": 0}
        assert history.count_rows(session, bob)["hr_chat_steps"] == 3


def test_writes_without_a_user_only_reach_existing_threads(
    sessions: sessionmaker[Session],
) -> None:
    alice, _ = _two_users(sessions)
    with sessions.begin() as session:
        assert not history.save_thread(session, "t-x", None, name="orphan")
        assert not history.save_step(session, None, StepRecord(
            id="s", thread_id="t-x", step_type="user_message"))
        assert history.thread_owner(session, "t-x") is None
    _conversation(sessions, alice, "t-1")
    with sessions.begin() as session:
        assert history.save_step(session, None, StepRecord(
            id="late", thread_id="t-1", step_type="assistant_message", output="late reply"))
        assert history.thread_owner(session, "t-1") == (alice, "alice")


def test_new_step_without_a_type_is_refused(sessions: sessionmaker[Session]) -> None:
    alice, _ = _two_users(sessions)
    with sessions.begin() as session, pytest.raises(ValueError, match="no type"):
        history.save_step(session, alice, StepRecord(id="s", thread_id="t-1"))


def test_history_survives_a_new_engine_on_the_same_database(
    engine: Engine, database_url: str,
) -> None:
    sessions = make_session_factory(engine)
    alice, _ = _two_users(sessions)
    _conversation(sessions, alice, "t-1")
    engine.dispose()
    reopened = make_engine(database_url)
    try:
        with make_session_factory(reopened)() as session:
            page = history.list_threads(session, alice)
            view = history.get_thread(session, "t-1", alice)
    finally:
        reopened.dispose()
    assert [t.id for t in page.threads] == ["t-1"]
    assert view is not None and len(view.steps) == 3
