"""A stored interview question keeps its bank question by id: rewording the question in the
bank while the interview is paused does not make it skipped, and the answer is scored
against the bank's key points; rows stored without an id still match by their text."""

from __future__ import annotations

from pathlib import Path

from fakes import scripted
from interview_helpers import SMALL_BANK, Chat, call, make_services
from sqlalchemy import text

import storage.repositories.interviews as repo
from graphs.services import Services
from graphs.toolkit.interview import begin_interview
from storage.questions import QuestionBank
from storage.repositories.users import create_user
from tools.interview.models import Question
from tools.interview.records import InterviewRecord


def _user(services: Services) -> str:
    with services.sessions.begin() as session:
        return create_user(session, "ann", None).id


def _record(services: Services, user_id: str) -> InterviewRecord:
    with services.sessions() as session:
        record = repo.latest_interview(session, user_id)
    assert record is not None
    return record


def _reworded(bank: QuestionBank, question_id: str) -> tuple[QuestionBank, Question]:
    """The bank with one question's wording changed (same id, key points and hint)."""
    old = bank.by_id(question_id)
    assert old is not None
    new = old.model_copy(update={"text": f"In your own words: {old.text.lower()}"})
    return QuestionBank(new if q.id == question_id else q for q in bank.all()), new


def _paused_at_first_question(tmp_path: Path) -> tuple[str, Question]:
    """Start an interview, pause it before any answer; the user id and question 1."""
    services = make_services(tmp_path)
    user = _user(services)
    chat = Chat(services, scripted(call("start_interview", 1, role="backend")), tmp_path, user)
    chat.say("start a mock interview for a backend role")
    assert "Paused after 0 of 6" in chat.say("pause")
    chat.close()
    first = _record(services, user).items[0]
    assert first.question_id is not None
    question = SMALL_BANK.by_id(first.question_id)
    assert question is not None and question.text == first.text
    return user, question


def _resume_and_answer(tmp_path: Path, bank: QuestionBank, user: str,
                       question: Question) -> tuple[Services, str]:
    services = make_services(tmp_path, bank=bank)
    chat = Chat(services, scripted(call("resume_interview", 2)), tmp_path, user)
    back = chat.say("continue the interview")
    assert "Welcome back" in back and "**Question 1 of 6**" in back
    reply = chat.say(" ".join(question.key_points))
    chat.close()
    return services, reply


def test_a_reworded_bank_question_is_still_found_and_scored_after_resume(
        tmp_path: Path) -> None:
    user, asked = _paused_at_first_question(tmp_path)
    bank, reworded = _reworded(SMALL_BANK, asked.id)
    assert all(q.text != asked.text for q in bank.all())

    services, reply = _resume_and_answer(tmp_path, bank, user, reworded)

    assert not reply.startswith("Skipped") and "**Score: " in reply
    item = _record(services, user).items[0]
    assert item.status == "answered" and item.question_id == asked.id
    assert item.score is not None and item.score >= 70
    assert item.text == asked.text  # the wording the user was shown stays on record


def test_a_question_removed_from_the_bank_is_skipped_not_scored_against_another(
        tmp_path: Path) -> None:
    user, asked = _paused_at_first_question(tmp_path)
    bank = QuestionBank(q for q in SMALL_BANK.all() if q.id != asked.id)

    services, reply = _resume_and_answer(tmp_path, bank, user, asked)

    assert reply.startswith("Skipped")
    assert _record(services, user).items[0].status == "skipped"


def test_a_row_stored_without_an_id_is_matched_by_its_text(tmp_path: Path) -> None:
    user, asked = _paused_at_first_question(tmp_path)
    services = make_services(tmp_path)
    with services.sessions.begin() as session:
        session.execute(text("UPDATE hr_interview_questions SET question_id = NULL"))

    services, reply = _resume_and_answer(tmp_path, SMALL_BANK, user, asked)

    item = _record(services, user).items[0]
    assert "**Score: " in reply and item.status == "answered" and item.question_id is None
    assert item.score is not None and item.score >= 70


def test_recent_questions_are_known_by_id_after_a_rewording(tmp_path: Path) -> None:
    services = make_services(tmp_path)
    user = _user(services)
    first, _ = begin_interview(services, user, "backend")
    asked = {i.question_id for i in first.items}
    assert None not in asked
    bank = SMALL_BANK
    for question_id in asked:
        assert question_id is not None
        bank, _ = _reworded(bank, question_id)
    reworded = make_services(tmp_path, bank=bank)
    fresh = [q.id for q in bank.all() if q.id not in asked]

    second, _ = begin_interview(reworded, user, "backend")

    chosen = [i.question_id for i in second.items]
    assert set(fresh) <= set(chosen)  # the unasked questions come before the recent ones
