"""Data rights in the database: export every row of a user, delete every row of a user and
nothing of anyone else (Property 28), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from user_rows import fill_user_rows

from storage.data_rights import (
    HIDDEN,
    USERS_TABLE,
    count_user_rows,
    delete_user_data,
    export_user_data,
    user_tables,
)
from storage.orm import Resource
from storage.repositories.users import create_user, get_user
from tools.errors import NotFound

NOW = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)


def _two_users(sessions: sessionmaker[Session]) -> tuple[str, str, dict[str, str]]:
    with sessions.begin() as session:
        ana = create_user(session, "ana", "a long passphrase").id
        bo = create_user(session, "bo", None).id
        rows_of_ana = fill_user_rows(session, ana)
        fill_user_rows(session, bo)
    return ana, bo, rows_of_ana


def test_user_tables_are_discovered_from_the_metadata() -> None:
    names = {table.name for table in user_tables()}
    assert {"hr_resumes", "hr_resume_skills", "hr_activities", "hr_roadmap_goals",
            "hr_interviews", "hr_resource_ratings", "hr_notifications"} <= names
    assert USERS_TABLE not in names and "hr_resources" not in names


def test_export_has_every_user_table_with_only_that_users_rows(
        sessions: sessionmaker[Session]) -> None:
    ana, bo, rows_of_ana = _two_users(sessions)
    with sessions() as session:
        document = export_user_data(session, ana, NOW)
        counts = count_user_rows(session, ana)
    json.dumps(document)  # JSON-ready throughout
    assert document["user"]["username"] == "ana"
    assert document["user"]["password_hash"] == HIDDEN
    assert document["exported_at"] == NOW.isoformat()
    assert set(document["tables"]) == set(rows_of_ana)
    for name, rows in document["tables"].items():
        assert len(rows) == counts[name] == 1, name
        assert rows[0]["user_id"] == ana, name
    assert bo not in json.dumps(document)


def test_delete_removes_every_row_of_one_user_and_nothing_else(
        sessions: sessionmaker[Session]) -> None:
    ana, bo, rows_of_ana = _two_users(sessions)
    with sessions() as session:
        before_ana, before_bo = count_user_rows(session, ana), count_user_rows(session, bo)
        resources = session.scalar(select(func.count()).select_from(Resource))
    assert all(before_ana.values()) and before_ana == before_bo
    with sessions.begin() as session:
        deleted = delete_user_data(session, ana)
    assert deleted == before_ana
    with sessions() as session:
        assert set(count_user_rows(session, ana).values()) == {0}
        assert count_user_rows(session, bo) == before_bo
        assert session.scalar(select(func.count()).select_from(Resource)) == resources
        assert get_user(session, ana) is None and get_user(session, bo) is not None


def test_unknown_user_is_refused_with_guidance(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        with pytest.raises(NotFound) as refused:
            delete_user_data(session, "no-such-user")
        assert refused.value.guidance
        with pytest.raises(NotFound):
            export_user_data(session, "no-such-user", NOW)
