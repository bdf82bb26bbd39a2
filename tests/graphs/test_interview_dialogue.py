"""The mock-interview dialogue through the compiled chat graph: questions one at a time,
each answer waiting on an ``interrupt`` checkpointed in SQLite; hint, repeat, skip, "I
don't know", one follow-up for a thin answer, pause, a restart, resume, end and the summary
stored for the readiness score."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import scripted
from interview_helpers import SMALL_BANK, Chat, call, make_services
from langchain_core.messages import AIMessage, ToolMessage

import storage.repositories.interviews as repo
from agent.offline.render_interview import render_summary
from graphs.services import Services
from storage.repositories.users import create_user
from tools.interview.display import hint_line
from tools.interview.models import Question
from tools.interview.records import InterviewRecord
from tools.interview.scoring import score_answer


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    yield make_services(tmp_path)


def _user(services: Services, name: str = "ann") -> str:
    with services.sessions.begin() as session:
        return create_user(session, name, None).id


def _record(services: Services, user_id: str) -> InterviewRecord:
    with services.sessions() as session:
        record = repo.latest_interview(session, user_id)
    assert record is not None
    return record


def _current(services: Services, user_id: str) -> Question:
    item = _record(services, user_id).current()
    assert item is not None
    question = SMALL_BANK.all()[[q.text for q in SMALL_BANK.all()].index(item.text)]
    return question


def _thin_answer(services: Services, question: Question) -> str:
    """A sentence on one key point that the scorer calls thin (checked, not assumed)."""
    for point in question.key_points:
        answer = f"{point} That is what I remember about it."
        if score_answer(question, answer, services.embedder()).thin:  # type: ignore[misc]
            return answer
    raise AssertionError(f"no thin one-point answer for {question.id}")


def _full_answer(question: Question) -> str:
    if question.type == "technical":
        return " ".join(question.key_points)
    return ("Last spring our team of five at university had two weeks to ship an app and a "
            "teammate was stuck; my task was to keep the release on time. I paired with him "
            "for two evenings, split the bug into smaller tests and reviewed his fix. As a "
            "result we shipped on time and crashes dropped by 40 percent.")


def test_full_dialogue_with_pause_restart_resume_end_and_summary(
        services: Services, tmp_path: Path) -> None:
    user = _user(services)
    chat = Chat(services, scripted(call("start_interview", 1, role="backend")), tmp_path, user)

    first = chat.say("start a mock interview for a backend role")
    assert "**Question 1 of 6** (technical · " in first
    assert "Backend Developer" in first and chat.waiting()
    q1 = _current(services, user)
    assert q1.text in first

    assert chat.say("hint") == hint_line(q1)
    repeated = chat.say("can you repeat the question?")
    assert "Question 1 of 6" in repeated and q1.text in repeated

    thin = chat.say(_thin_answer(services, q1))
    assert "**Score: " in thin and "**Follow-up:**" in thin and chat.waiting()
    after_follow_up = chat.say("I would have to look the rest up, to be honest with you.")
    assert after_follow_up.startswith(("Your first answer's score stands", "**With your follow-up"))
    assert "Follow-up" not in after_follow_up  # one follow-up, never two
    assert "**Question 2 of 6** (behavioural · " in after_follow_up

    skipped = chat.say("skip")
    assert skipped.startswith("Skipped") and "Question 3 of 6" in skipped
    dont_know = chat.say("I don't know")
    assert "counts as an answer" in dont_know and "Question 4 of 6" in dont_know

    paused = chat.say("pause")
    assert "Paused after 3 of 6" in paused and not chat.waiting()
    opened = [m for m in chat.messages() if isinstance(m, ToolMessage)]
    assert json.loads(str(opened[0].content))["awaiting_answer"] is False
    chat.close()

    restarted = Chat(make_services(tmp_path), scripted(
        call("resume_interview", 2), call("interview_summary", 3), AIMessage("(summary)")),
        tmp_path, user)
    back = restarted.say("continue the interview")
    assert "Welcome back" in back and "3 of 6 questions done" in back
    assert "**Question 4 of 6**" in back and restarted.waiting()
    q4 = _current(services, user)
    good = restarted.say(_full_answer(q4))
    assert "Question 5 of 6" in good
    summary = restarted.say("end the interview")
    assert "Mock interview summary" in summary and "Overall" in summary
    assert not restarted.waiting()

    record = _record(services, user)
    assert record.status == "completed"
    assert [i.status for i in record.items] == ["answered", "skipped", "answered", "answered"]
    scores = [i.score for i in record.items]
    assert all(s is not None and 0 <= s <= 100 for s in scores)
    assert scores[1] == 0 and (scores[2] or 0) <= 15 and (scores[3] or 0) >= 70
    assert all(i.feedback for i in record.items)
    assert record.overall_score == pytest.approx(round(sum(s or 0 for s in scores) / 4, 1))
    with services.sessions() as session:
        done = repo.completed_interviews(session, user)
    assert [d.score for d in done] == [record.overall_score]

    restarted.say("how did I do?")
    result = [m for m in restarted.messages() if isinstance(m, ToolMessage)][-1]
    data = json.loads(str(result.content))
    assert data["summary"]["overall_score"] == record.overall_score
    assert [r["score"] for r in data["summary"]["results"]] == [round(s or 0) for s in scores]
    shown = render_summary(data)
    assert "| 2 |" in shown and "skipped (0)" in shown and "What to practise next" in shown
    restarted.close()


def test_a_better_follow_up_answer_raises_the_score(services: Services,
                                                    tmp_path: Path) -> None:
    user = _user(services)
    chat = Chat(services, scripted(call("start_interview", 1, role="backend")), tmp_path, user)
    chat.say("start a mock interview")
    question = _current(services, user)
    thin_text = _thin_answer(services, question)
    chat.say(thin_text)
    first = _record(services, user).items[0].score or 0
    reply = chat.say(" ".join(question.key_points[1:]))
    assert "With your follow-up" in reply
    item = _record(services, user).items[0]
    assert (item.score or 0) > first
    assert item.answer is not None and item.answer.startswith(thin_text)
    assert score_answer(question, item.answer, services.embedder()).score == item.score  # type: ignore[misc]
    chat.close()


def test_skipping_a_follow_up_keeps_the_first_score(services: Services, tmp_path: Path) -> None:
    user = _user(services)
    chat = Chat(services, scripted(call("start_interview", 1, role="backend")), tmp_path, user)
    chat.say("start a mock interview")
    chat.say(_thin_answer(services, _current(services, user)))
    first = _record(services, user).items[0]
    reply = chat.say("skip")
    assert f"score stands: {int(first.score or 0)}/100" in reply and "Question 2 of 6" in reply
    assert _record(services, user).items[0] == first
    chat.close()


def test_summary_mid_interview_shows_progress_and_asks_again(services: Services,
                                                             tmp_path: Path) -> None:
    user = _user(services)
    chat = Chat(services, scripted(call("start_interview", 1, role="backend")), tmp_path, user)
    chat.say("start a mock interview")
    chat.say("skip")
    progress = chat.say("how did I do")
    assert "Mock interview so far" in progress and "Question 2 of 6" in progress
    assert chat.waiting()
    chat.close()


def test_ending_before_any_answer_scores_nothing(services: Services, tmp_path: Path) -> None:
    user = _user(services)
    chat = Chat(services, scripted(call("start_interview", 1, role="backend")), tmp_path, user)
    chat.say("start a mock interview")
    assert "nothing to score" in chat.say("end")
    record = _record(services, user)
    assert record.status == "abandoned" and record.overall_score is None and not record.items
    with services.sessions() as session:
        assert repo.completed_interviews(session, user) == []
    chat.close()


def test_a_new_interview_closes_the_unfinished_one_and_a_stale_wait_is_not_scored(
        services: Services, tmp_path: Path) -> None:
    user = _user(services)
    old = Chat(services, scripted(call("start_interview", 1, role="backend")), tmp_path, user)
    old.say("start a mock interview")
    old_id = _record(services, user).id
    other = Chat(services, scripted(call("start_interview", 2, role="backend")), tmp_path, user)
    other.config = {"configurable": {"thread_id": f"{user}:t2", "user_id": user}}
    opened = other.say("start another mock interview")
    assert "closed your unfinished interview" in opened
    reply = old.say("A left join keeps every row of the left table.")
    assert "no longer running" in reply and not old.waiting()
    with services.sessions() as session:
        stale = repo.get_interview(session, user, old_id)
    assert stale is not None and stale.status == "abandoned"
    assert all(i.status == "pending" for i in stale.items)
    old.close()
    other.close()


def test_interviews_are_private_to_their_user(services: Services, tmp_path: Path) -> None:
    ann, bob = _user(services, "ann"), _user(services, "bob")
    chat = Chat(services, scripted(call("start_interview", 1, role="backend")), tmp_path, ann)
    chat.say("start a mock interview")
    interview_id = _record(services, ann).id
    with services.sessions() as session:
        assert repo.latest_interview(session, bob) is None
        assert repo.get_interview(session, bob, interview_id) is None
    chat.close()
