"""Onboarding through the runtime with the offline model: the first request is served,
then one question; answers are stored; skip, later; other requests are served meanwhile."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.runtime import Runtime
from agent.settings import Settings
from prompts import chat as chat_words
from prompts import onboarding as words
from storage.repositories import onboarding as onboarding_repo
from storage.repositories import users as user_repo
from tools.accounts import UserAccount


@pytest.fixture
def runtime(fresh_prepared_dir: Path) -> Iterator[Runtime]:
    rt = Runtime(Settings(data_dir=fresh_prepared_dir))
    yield rt
    rt.close()


def _user(runtime: Runtime, name: str = "nia") -> str:
    account, _ = runtime.ensure_user(name)
    return account.id


def _account(runtime: Runtime, user_id: str) -> UserAccount:
    with runtime.sessions() as session:
        account = user_repo.get_user(session, user_id)
    assert account is not None
    return account


def test_first_request_is_served_then_one_question(runtime: Runtime) -> None:
    user = _user(runtime)
    turn = runtime.chat(user, "t", "what am I missing for a data analyst role?")
    assert [c.tool for c in turn.tool_calls] == ["find_skill_gaps"]
    assert words.QUESTIONS["target_role"] not in turn.reply
    assert turn.followup.startswith(words.INTRO)
    assert turn.followup.endswith(words.QUESTIONS["target_role"])


def test_answers_are_stored_and_the_next_question_follows(runtime: Runtime) -> None:
    user = _user(runtime)
    runtime.chat(user, "t", "hello")
    steps = [("I want to become a data engineer", "Data Engineer", "experience_level"),
             ("intermediate", "intermediate", "learning_pace"),
             ("weekly", "weekly", "hours_per_day"),
             ("an hour and a half a day", "1.5", "timezone")]
    for message, shown, next_field in steps:
        turn = runtime.chat(user, "t", message)
        assert turn.tool_calls == []
        assert shown in turn.reply
        assert turn.reply.endswith(words.QUESTIONS[next_field])  # type: ignore[index]
    last = runtime.chat(user, "t", "I'm in London")
    assert "Europe/London" in last.reply and words.ALL_DONE in last.reply
    account = _account(runtime, user)
    assert (account.target_role, account.experience_level, account.learning_pace,
            account.hours_per_day, account.timezone) == (
        "Data Engineer", "intermediate", "weekly", 1.5, "Europe/London")
    after = runtime.chat(user, "t", "show my reminders")
    assert after.followup == ""
    # onboarding answers bypass the conversation graph
    assert len([m for m in runtime.history(user, "t") if m.type == "human"]) == 2


def test_skip_moves_on_and_later_stops(runtime: Runtime) -> None:
    user = _user(runtime)
    runtime.chat(user, "t", "hello")
    skipped = runtime.chat(user, "t", "skip")
    assert skipped.reply == words.NEXT.format(saved=words.SKIPPED,
                                              question=words.QUESTIONS["experience_level"])
    stopped = runtime.chat(user, "t", "later")
    assert stopped.reply == words.STOPPED
    for message in ("help", "thanks", "show my profile", "hello", "help"):
        assert runtime.chat(user, "t", message).followup == ""
    account = _account(runtime, user)
    assert account.target_role is None and account.experience_level is None


def test_another_request_mid_onboarding_is_served_and_onboarding_waits(
        runtime: Runtime) -> None:
    user = _user(runtime)
    runtime.chat(user, "t", "hello")
    runtime.chat(user, "t", "data analyst")  # the role
    served = runtime.chat(user, "t", "I studied SQL for 45 minutes today")
    assert [c.tool for c in served.tool_calls] == ["log_activity"]
    assert served.followup == ""  # the level question waits
    quiet = [runtime.chat(user, "t", "thanks").followup for _ in range(2)]
    assert quiet == ["", ""]
    again = runtime.chat(user, "t", "thanks")
    assert again.followup == words.QUESTIONS["experience_level"]
    assert "beginner" in runtime.chat(user, "t", "beginner").reply
    assert _account(runtime, user).experience_level == "beginner"


def test_a_bad_answer_gets_a_message_and_next_step_and_the_question_stays(
        runtime: Runtime) -> None:
    user = _user(runtime)
    with runtime.sessions.begin() as session:
        user_repo.create_user(session, "ready", None, target_role="Data Analyst",
                              experience_level="advanced", learning_pace="daily")
    ready = _user(runtime, "ready")
    runtime.chat(ready, "t", "hello")
    bad = runtime.chat(ready, "t", "30 hours a day")
    assert "Next step:" in bad.reply
    good = runtime.chat(ready, "t", "2 hours")
    assert _account(runtime, ready).hours_per_day == 2.0
    assert good.reply.endswith(words.QUESTIONS["timezone"])
    assert "Next step:" in runtime.chat(ready, "t", "I'm in Springfield").reply
    assert runtime.chat(ready, "t", "Asia/Tokyo").reply.endswith(words.ALL_DONE)
    with runtime.sessions() as session:
        assert onboarding_repo.get_onboarding(session, user) is None  # never started


def test_no_question_after_a_clarifying_question_or_a_waiting_interview(
        runtime: Runtime) -> None:
    user = _user(runtime)
    first = runtime.chat(user, "t", "start a mock interview for a data analyst role")
    assert first.followup == ""
    clarifying = runtime.chat(_user(runtime, "other"), "t", "add")
    assert clarifying.reply in (chat_words.CLARIFY, *chat_words.ASK_FOR.values())
    assert clarifying.followup == ""
