"""A mock interview through the runtime with the offline model, the real embedder and the
bundled question bank: started in one process, paused, finished after a restart; and the
same dialogue with a (scripted) LLM, which is never asked while a question waits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fakes import scripted
from langchain_core.messages import AIMessage

import storage.repositories.interviews as repo
from agent.runtime import Runtime
from agent.settings import Settings
from storage.questions import default_question_bank


def _bank_ready() -> None:
    if len(default_question_bank()) < 50:
        pytest.skip("the question bank is still being written")


def test_interview_paused_in_one_process_and_finished_in_another(
        fresh_prepared_dir: Path) -> None:
    _bank_ready()
    first = Runtime(Settings(data_dir=fresh_prepared_dir))
    user = first.ensure_user("maya")[0].id
    try:
        opened = first.chat(user, "web-1", "start a mock interview for a backend role")
        assert [(c.tool, c.args) for c in opened.tool_calls] == [
            ("start_interview", {"role": "backend"})]
        assert json.loads(opened.tool_calls[0].output)["awaiting_answer"] is True
        assert "**Question 1 of 6** (technical · " in opened.reply
        assert "Backend Developer" in opened.reply
        hint = first.chat(user, "web-1", "give me a hint")
        assert hint.reply.startswith("**Hint:**") and not hint.tool_calls
        idk = first.chat(user, "web-1", "I don't know")
        assert "counts as an answer" in idk.reply and "Question 2 of 6" in idk.reply
        paused = first.chat(user, "web-1", "let's pause here")
        assert "Paused after 1 of 6" in paused.reply
    finally:
        first.close()

    second = Runtime(Settings(data_dir=fresh_prepared_dir))
    try:
        back = second.chat(user, "web-2", "continue the interview")
        assert [c.tool for c in back.tool_calls] == ["resume_interview"]
        assert "Welcome back" in back.reply and "**Question 2 of 6**" in back.reply
        skipped = second.chat(user, "web-2", "skip this one")
        assert skipped.reply.startswith("Skipped") and "Question 3 of 6" in skipped.reply
        ended = second.chat(user, "web-2", "end the interview")
        assert "Mock interview summary" in ended.reply
        with second.sessions() as session:
            record = repo.latest_interview(session, user)
        assert record is not None and record.status == "completed"
        assert [(i.status, i.score) for i in record.items] == [("answered", 0.0),
                                                              ("skipped", 0.0)]
        assert record.overall_score == 0.0
        later = second.chat(user, "web-2", "how did I do?")
        assert [c.tool for c in later.tool_calls] == ["interview_summary"]
        summary = json.loads(later.tool_calls[0].output)["summary"]
        assert summary["overall_score"] == 0.0 and summary["skipped"] == 1
        other = second.chat(user, "web-2", "show my progress")
        assert [c.tool for c in other.tool_calls] == ["show_progress"]  # no longer answering
    finally:
        second.close()


def test_with_an_llm_the_interview_runs_without_asking_the_model(
        fresh_prepared_dir: Path) -> None:
    _bank_ready()
    model = scripted(AIMessage("", tool_calls=[{
        "name": "start_interview", "args": {"role": "data analyst"}, "id": "c1",
        "type": "tool_call"}]))  # a second model call would raise: none may happen
    runtime = Runtime(Settings(data_dir=fresh_prepared_dir), chat_model=model)
    user = runtime.ensure_user("lee")[0].id
    try:
        opened = runtime.chat(user, "t", "interview me for data analyst")
        assert "Data Analyst" in opened.reply and "Question 1 of 6" in opened.reply
        answer = runtime.chat(user, "t", "A left join keeps every row of the left table and "
                                         "fills the missing right side with nulls.")
        assert "**Score: " in answer.reply
        ended = runtime.chat(user, "t", "end").reply
        assert ended.startswith("### Mock interview summary for **Data Analyst**")
    finally:
        runtime.close()
