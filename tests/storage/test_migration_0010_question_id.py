"""Revision 0010: ``hr_interview_questions.question_id`` is added and filled from the bundled
bank for existing rows (unknown texts stay NULL), dropped on downgrade with the rows kept;
the repository stores and returns the id. Runs on SQLite and, when configured, PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

import storage.repositories.interviews as repo
from storage.db import make_engine
from storage.migrate import alembic_config, current_revision, head_revision, upgrade
from storage.questions import default_question_bank
from storage.repositories.users import create_user
from tools.interview.records import InterviewItem

NOW = datetime(2026, 12, 1, 9, tzinfo=UTC)
UNKNOWN_TEXT = "A question that was reworded long ago and is in no bank any more?"


def _migrate(url: str, action: str, revision: str) -> None:
    engine = make_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection, connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            getattr(command, action)(config, revision)
    finally:
        engine.dispose()


@pytest.fixture
def raw(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url, poolclass=NullPool)
    yield engine
    engine.dispose()


def _insert_old_rows(engine: Engine, known_text: str) -> None:
    """An interview stored at revision 0009: one bank question, one unknown, one bank
    question repeated in a second interview."""
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO hr_users (id, username, timezone, reminder_enabled, "
                          "is_active, created_at) VALUES ('u1', 'old', 'UTC', false, true, "
                          "CURRENT_TIMESTAMP)"))
        for interview in ("i1", "i2"):
            conn.execute(text("INSERT INTO hr_interviews (id, user_id, status, started_at) "
                              "VALUES (:id, 'u1', 'in_progress', CURRENT_TIMESTAMP)"),
                         {"id": interview})
        rows = [("q1", "i1", 1, known_text), ("q2", "i1", 2, UNKNOWN_TEXT),
                ("q3", "i2", 1, known_text)]
        for row_id, interview, number, question in rows:
            conn.execute(text(
                "INSERT INTO hr_interview_questions (id, user_id, interview_id, "
                "question_number, question_text, question_type, asked_at) VALUES "
                "(:id, 'u1', :interview, :number, :text, 'technical', CURRENT_TIMESTAMP)"),
                {"id": row_id, "interview": interview, "number": number, "text": question})


def _ids(engine: Engine) -> dict[str, str | None]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, question_id FROM hr_interview_questions"))
        return {row_id: question_id for row_id, question_id in rows}


def _columns(engine: Engine) -> set[str]:
    return {c["name"] for c in inspect(engine).get_columns("hr_interview_questions")}


def test_upgrade_fills_the_ids_of_old_rows_from_the_bundled_bank(database_url: str,
                                                                 raw: Engine) -> None:
    known = default_question_bank().all()[0]
    _migrate(database_url, "upgrade", "0009")
    _insert_old_rows(raw, known.text)

    upgrade(database_url)

    assert current_revision(database_url) == head_revision() == "0010"
    assert _ids(raw) == {"q1": known.id, "q2": None, "q3": known.id}


def test_downgrade_drops_the_column_keeps_the_rows_and_upgrade_fills_it_again(
        database_url: str, raw: Engine) -> None:
    known = default_question_bank().all()[-1]
    _migrate(database_url, "upgrade", "0009")
    _insert_old_rows(raw, known.text)
    upgrade(database_url)

    _migrate(database_url, "downgrade", "0009")

    assert current_revision(database_url) == "0009"
    assert "question_id" not in _columns(raw)
    with raw.connect() as conn:
        kept = conn.execute(text("SELECT id, question_text FROM hr_interview_questions "
                                 "ORDER BY id")).all()
    assert [tuple(r) for r in kept] == [("q1", known.text), ("q2", UNKNOWN_TEXT),
                                        ("q3", known.text)]

    upgrade(database_url)

    assert "question_id" in _columns(raw)
    assert _ids(raw) == {"q1": known.id, "q2": None, "q3": known.id}


def test_downgrade_keeps_the_score_check_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hr.sqlite3'}"
    upgrade(url)
    _migrate(url, "downgrade", "0009")
    engine = make_engine(url, poolclass=NullPool)
    try:
        checks = {c["name"] for c in inspect(engine).get_check_constraints(
            "hr_interview_questions")}
        uniques = inspect(engine).get_unique_constraints("hr_interview_questions")
    finally:
        engine.dispose()
    assert any(name and "score_range" in name for name in checks)
    assert [u["column_names"] for u in uniques] == [["interview_id", "question_number"]]


def test_the_repository_stores_and_returns_the_bank_id(session: Session) -> None:
    user = create_user(session, "ann", None).id
    items = [InterviewItem(number=1, text="What is a left join?", type="technical",
                           question_id="sql-join", skill="SQL"),
             InterviewItem(number=2, text="Tell me about a conflict.", type="behavioral")]
    repo.create_interview(session, user, "iv-1", items, now=NOW)
    session.commit()

    record = repo.get_interview(session, user, "iv-1")

    assert record is not None
    assert [(i.question_id, i.text) for i in record.items] == [
        ("sql-join", "What is a left join?"), (None, "Tell me about a conflict.")]
    assert sorted(repo.recent_questions(session, user), key=lambda q: q.text) == [
        repo.RecentQuestion(None, "Tell me about a conflict."),
        repo.RecentQuestion("sql-join", "What is a left join?")]
