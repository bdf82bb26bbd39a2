"""Bring a database to the newest schema with Alembic, configured in code (no alembic.ini).

Safe to call from every process at start-up (app, worker, CLI): when the database is already
at the head revision nothing is locked or written. Otherwise the upgrade runs in a single
transaction holding a lock, so concurrent callers run one after the other and the later ones
find nothing to do: ``BEGIN IMMEDIATE`` on SQLite, a PostgreSQL advisory transaction lock.

On SQLite, foreign keys are switched off for the duration of the upgrade and checked with
``PRAGMA foreign_key_check`` before commit: rebuilding a table (Alembic's batch mode) would
otherwise fire ``ON DELETE CASCADE`` and empty its child tables. This is the procedure of
the SQLite documentation, "Making Other Kinds Of Table Schema Changes"
(https://www.sqlite.org/lang_altertable.html).
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text
from sqlalchemy.pool import NullPool

from storage.db import SQLITE_BEGIN_OPTION, make_engine

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
"""The Alembic script directory shipped inside the ``storage`` package."""

ADVISORY_LOCK_KEY = 0x4852_4D49_4752
"""Key of the PostgreSQL advisory lock held while migrating (the bytes of "HRMIGR")."""


class MigrationError(RuntimeError):
    """The upgrade left the database inconsistent and was rolled back."""


def alembic_config() -> Config:
    """An Alembic configuration pointing at :data:`MIGRATIONS_DIR`, with no ini file."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    return config


def head_revision() -> str:
    """The newest revision shipped with this version of HireReady (e.g. ``"0001"``).

    Raises:
        RuntimeError: When the migrations folder has no single head.
    """
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no Alembic revisions found in {MIGRATIONS_DIR}")
    return head


def current_revision(url: str) -> str | None:
    """The revision the database at ``url`` is at.

    Args:
        url: Database URL (see :func:`storage.db.make_engine`).

    Returns:
        The revision id, or ``None`` for a database that was never migrated.

    Raises:
        sqlalchemy.exc.OperationalError: When the database cannot be reached.
    """
    engine = make_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return _revision_of(connection)
    finally:
        engine.dispose()


def upgrade(url: str) -> None:
    """Upgrade the database at ``url`` to the head revision (creating the schema if empty).

    Args:
        url: Database URL (see :func:`storage.db.make_engine`).

    Raises:
        MigrationError: When SQLite reports broken foreign keys after the upgrade (rolled
            back; nothing changed).
        sqlalchemy.exc.OperationalError: When the database cannot be reached or stays
            locked by another writer for longer than the busy timeout.
    """
    engine = make_engine(url, poolclass=NullPool)
    try:
        head = head_revision()
        with engine.connect() as connection:
            current = _revision_of(connection)
            connection.rollback()
        if current == head:
            return
        log.info("upgrading database schema from %s to %s", current or "empty", head)
        _upgrade_locked(engine)
    finally:
        engine.dispose()


def _revision_of(connection: Connection) -> str | None:
    """Read the current revision on ``connection``."""
    return MigrationContext.configure(connection).get_current_revision()


def _upgrade_locked(engine: Engine) -> None:
    """Run ``alembic upgrade head`` in one locked transaction."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            _set_sqlite_foreign_keys(connection, enabled=False)
            connection.execution_options(**{SQLITE_BEGIN_OPTION: "BEGIN IMMEDIATE"})
        try:
            with connection.begin():
                if engine.dialect.name == "postgresql":
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                       {"key": ADVISORY_LOCK_KEY})
                config = alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite:
                    _check_sqlite_foreign_keys(connection)
        finally:
            if sqlite:
                _set_sqlite_foreign_keys(connection, enabled=True)


def _set_sqlite_foreign_keys(connection: Connection, *, enabled: bool) -> None:
    """Switch SQLite's foreign keys outside any transaction (the pragma is a no-op inside)."""
    raw = connection.connection.driver_connection
    if raw is None:
        raise RuntimeError("SQLite connection is closed")
    raw.execute(f"PRAGMA foreign_keys={'ON' if enabled else 'OFF'}")


def _check_sqlite_foreign_keys(connection: Connection) -> None:
    """Raise when any row points at a missing parent."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise MigrationError(f"foreign key violations after upgrade: {broken[:5]}")
