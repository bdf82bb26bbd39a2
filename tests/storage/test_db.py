"""Engines and sessions: SQLite pragmas, driver selection, aware UTC timestamps on both engines."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session, sessionmaker

from storage.db import SQLITE_BUSY_TIMEOUT_MS, make_engine, make_session_factory, normalize_url
from storage.orm import Notification
from storage.repositories.users import create_user, get_user


def test_sqlite_connections_use_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a' / 'b' / 'db.sqlite3'}")
    try:
        with engine.connect() as connection:
            pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
            assert pragma("journal_mode") == "wal"
            assert pragma("foreign_keys") == 1
            assert pragma("busy_timeout") == SQLITE_BUSY_TIMEOUT_MS
    finally:
        engine.dispose()
    assert (tmp_path / "a" / "b" / "db.sqlite3").exists()


def test_sqlite_rollback_undoes_writes_and_ddl(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            connection.execute(text("CREATE TABLE t (x INTEGER)"))
            connection.execute(text("INSERT INTO t VALUES (1)"))
            connection.rollback()
    finally:
        engine.dispose()
    tables = sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == []


@pytest.mark.parametrize(
    "url",
    ["postgresql://u@h:5432/d", "postgres://u@h/d", "postgresql+psycopg2://u@h/d",
     "postgresql+psycopg://u@h/d"],
)
def test_postgresql_urls_use_psycopg_3(url: str) -> None:
    assert normalize_url(url).drivername == "postgresql+psycopg"
    engine = make_engine(url)  # no connection is made until first use
    try:
        assert engine.dialect.driver == "psycopg"
    finally:
        engine.dispose()


def test_sqlite_url_is_left_alone() -> None:
    assert normalize_url("sqlite:////tmp/x.sqlite3").render_as_string() == "sqlite:////tmp/x.sqlite3"


def test_timestamps_come_back_aware_in_utc(sessions: sessionmaker[Session]) -> None:
    india = timezone(timedelta(hours=5, minutes=30))
    moment = datetime(2026, 3, 1, 9, 15, 30, 123456, tzinfo=india)
    with sessions.begin() as session:
        user = create_user(session, "tz", None, timezone="Asia/Kolkata")
        session.add(Notification(user_id=user.id, kind="checkin", message="hi",
                                 created_at=moment, scheduled_for=moment))
    with sessions() as session:
        note = session.scalars(select(Notification)).one()
        for value in (note.created_at, note.scheduled_for):
            assert value is not None
            assert value.tzinfo is not None and value.utcoffset() == timedelta(0)
            assert value == moment
            assert value.hour == 3 and value.minute == 45


def test_naive_timestamps_are_refused(session: Session) -> None:
    user = create_user(session, "naive", None, timezone="UTC")
    session.add(Notification(user_id=user.id, kind="checkin", message="hi",
                             created_at=datetime(2026, 1, 1, 12, 0)))
    with pytest.raises(StatementError, match="naive datetime"):
        session.flush()


def test_default_created_at_is_now_in_utc(engine: Engine) -> None:
    factory = make_session_factory(engine)
    before = datetime.now(UTC)
    with factory.begin() as session:
        account = create_user(session, "stamp", None, timezone="UTC")
    with factory() as session:
        stored = get_user(session, account.id)
    assert stored is not None
    assert stored.created_at.utcoffset() == timedelta(0)
    assert before - timedelta(seconds=1) <= stored.created_at <= datetime.now(UTC)
