"""Database engines and sessions for SQLite (the embedded default) and PostgreSQL.

SQLite is set up for several processes sharing one file (app, worker, CLI): WAL journal so
readers never wait for a writer, foreign keys enforced (SQLite leaves them off by default,
and user deletion relies on ``ON DELETE CASCADE``), and a busy timeout so a writer waits for
another writer instead of failing at once. pysqlite's own implicit transaction handling is
switched off and SQLAlchemy emits ``BEGIN`` itself, so transactions (DDL included) are real;
see the SQLAlchemy documentation, "Serializable isolation / Savepoints / Transactional DDL"
in the SQLite dialect notes.

PostgreSQL is reached through psycopg 3 (``postgresql+psycopg://``).
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

SQLITE_BUSY_TIMEOUT_MS = 15_000
"""How long a SQLite writer waits for another writer's lock, in milliseconds."""

SQLITE_BEGIN_OPTION = "sqlite_begin"
"""Connection execution option naming how SQLite transactions start (``"BEGIN"`` or
``"BEGIN IMMEDIATE"``). Migrations use ``BEGIN IMMEDIATE`` to take the write lock up front,
so two processes upgrading one file run one after the other."""

_POSTGRES_DRIVER = "postgresql+psycopg"


def normalize_url(url: str) -> URL:
    """Parse a database URL and pin the driver HireReady uses.

    ``postgresql://``, ``postgres://`` and ``postgresql+psycopg2://`` become
    ``postgresql+psycopg://`` (psycopg 3); ``sqlite://`` URLs are kept as they are.

    Args:
        url: A SQLAlchemy database URL.

    Returns:
        The parsed URL with the driver made explicit.

    Raises:
        sqlalchemy.exc.ArgumentError: When the URL cannot be parsed.
    """
    parsed = make_url(url)
    if parsed.drivername in {"postgres", "postgresql", "postgresql+psycopg2"}:
        parsed = parsed.set(drivername=_POSTGRES_DRIVER)
    return parsed


def is_sqlite(url: str | URL) -> bool:
    """True when ``url`` points at a SQLite database."""
    parsed = url if isinstance(url, URL) else make_url(url)
    return parsed.get_backend_name() == "sqlite"


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine configured for HireReady's two back ends.

    For a SQLite file the parent folder is created when missing, and every connection gets
    ``journal_mode=WAL``, ``foreign_keys=ON`` and a busy timeout of
    :data:`SQLITE_BUSY_TIMEOUT_MS`. For PostgreSQL the psycopg 3 driver is used and pooled
    connections are pinged before use.

    Args:
        url: Database URL, e.g. ``sqlite:////abs/path/hireready.sqlite3`` or
            ``postgresql://user@host:5432/db`` (rewritten to ``postgresql+psycopg://``).
        **kwargs: Passed on to :func:`sqlalchemy.create_engine`.

    Returns:
        A new engine; dispose of it when done.

    Raises:
        sqlalchemy.exc.ArgumentError: When the URL cannot be parsed.
        OSError: When the SQLite file's folder cannot be created.
    """
    parsed = normalize_url(url)
    if is_sqlite(parsed):
        return _sqlite_engine(parsed, **kwargs)
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(parsed, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory bound to ``engine``.

    Sessions keep loaded values after commit (``expire_on_commit=False``), since repository
    functions hand out plain models rather than live ORM objects.

    On SQLite every session transaction starts with ``BEGIN IMMEDIATE``: a transaction that
    reads and then writes (find a user, else create one) would otherwise have to upgrade its
    lock, and SQLite refuses that at once ("database is locked", without waiting for the busy
    timeout) when another process is writing. Taking the write lock up front makes it wait
    its turn instead; with several processes on one data directory (app, CLI, worker) this is
    what keeps them from failing each other.

    Args:
        engine: An engine from :func:`make_engine`.

    Returns:
        A ``sessionmaker``; use ``with factory.begin() as session:`` for one transaction.
    """
    bind = (engine.execution_options(**{SQLITE_BEGIN_OPTION: "BEGIN IMMEDIATE"})
            if engine.dialect.name == "sqlite" else engine)
    return sessionmaker(bind=bind, expire_on_commit=False)


def make_read_session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory for transactions that only read: on SQLite they begin deferred, so
    in WAL mode they run beside writers and each other instead of taking the write lock.
    Never write in them (a deferred transaction that writes may fail at once when another
    connection holds the lock)."""
    return sessionmaker(bind=engine, expire_on_commit=False)


def _sqlite_engine(url: URL, **kwargs: Any) -> Engine:
    """Create a SQLite engine with WAL, foreign keys, busy timeout and real transactions."""
    database = url.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    connect_args = dict(kwargs.pop("connect_args", {}))
    connect_args.setdefault("timeout", SQLITE_BUSY_TIMEOUT_MS / 1000)
    engine = create_engine(url, connect_args=connect_args, **kwargs)
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _on_sqlite_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    """Set the per-connection pragmas and take over transaction control from pysqlite."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        _ensure_wal(cursor)
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _ensure_wal(cursor: Any) -> None:
    """Switch the database file to WAL unless it already is (the mode is stored in the file).

    Switching needs an exclusive lock and SQLite answers "database is locked" at once,
    without waiting, when another connection holds the file; so only the first connections
    to a new file ever switch, and they retry until :data:`SQLITE_BUSY_TIMEOUT_MS` is up.
    """
    mode = str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    if mode in {"wal", "memory"}:
        return
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _on_sqlite_begin(connection: Any) -> None:
    """Start the transaction SQLAlchemy asked for, deferred unless told otherwise."""
    statement = connection.get_execution_options().get(SQLITE_BEGIN_OPTION, "BEGIN")
    connection.exec_driver_sql(statement)
