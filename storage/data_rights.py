"""Data rights in the database: every row stored for one user, exported or deleted.

The user's tables are discovered, not listed: every table on
:data:`storage.orm.Base.metadata` with a ``user_id`` column (every module of
:mod:`storage.orm` is imported first, so a table another engineer adds later is covered
without an edit here), plus the user's own row in ``hr_users``. Tables the database does not
have yet (a model whose migration has not run) hold no rows and are skipped.

Files, vectors and conversation checkpoints live outside the database and are handled by
their own stores (:class:`storage.files.UploadStore`, the LangGraph checkpointer); together
these make Property 28 ("deleting a user removes every record, vector, checkpoint and file
of that user").
"""

from __future__ import annotations

import base64
import importlib
import pkgutil
import uuid
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, delete, func, inspect, select
from sqlalchemy.orm import Session

import storage.orm as orm_package
from prompts import account as words
from storage.orm import Base, User
from tools.errors import NotFound

USER_COLUMN = "user_id"
"""Column that names the owning user in every user-owned table."""

USERS_TABLE = User.__tablename__
"""The accounts table; the user's own row is keyed by ``id``."""

HIDDEN_COLUMNS: dict[str, frozenset[str]] = {USERS_TABLE: frozenset({"password_hash"})}
"""Columns exported as :data:`HIDDEN` rather than their value (a password hash is a secret
even from its owner's export file)."""

HIDDEN = "(stored, not exported)"
"""Placeholder written in place of a hidden column that has a value."""

EXPORT_FORMAT = "hireready-user-export"
"""``format`` field of an export document."""
EXPORT_VERSION = 1
"""``version`` field of an export document; raised when the shape changes."""


def user_tables() -> list[Table]:
    """Every table with a ``user_id`` column, parents before children.

    Returns:
        Tables in dependency order (:attr:`MetaData.sorted_tables`); ``hr_users`` itself is
        not among them (it has ``id``, not ``user_id``).
    """
    _import_all_models()
    return [table for table in Base.metadata.sorted_tables if USER_COLUMN in table.c]


def count_user_rows(session: Session, user_id: str) -> dict[str, int]:
    """Rows stored for a user, per table.

    Args:
        session: An open session.
        user_id: The user's id.

    Returns:
        ``{table name: row count}`` for ``hr_users`` (0 or 1) and every existing user table.
    """
    counts = {USERS_TABLE: _count(session, _users_table(), _users_table().c.id, user_id)}
    for table in _existing(session, user_tables()):
        counts[table.name] = _count(session, table, table.c[USER_COLUMN], user_id)
    return counts


def export_user_data(session: Session, user_id: str, now: datetime) -> dict[str, Any]:
    """Everything the database holds for a user, as a JSON-ready document.

    Args:
        session: An open session.
        user_id: The user's id.
        now: The export time (aware), written as ``exported_at``.

    Returns:
        ``{"format", "version", "exported_at", "user": {column: value},
        "tables": {table name: [row, ...]}}`` with every existing user table present (an
        empty list when the user has no rows there), rows ordered by primary key, dates and
        times as ISO 8601 strings, and hidden columns (:data:`HIDDEN_COLUMNS`) replaced.

    Raises:
        NotFound: When there is no user with that id.
    """
    users = _users_table()
    account = _rows(session, users, users.c.id, user_id)
    if not account:
        raise _unknown()
    tables = {table.name: _rows(session, table, table.c[USER_COLUMN], user_id)
              for table in _existing(session, user_tables())}
    return {"format": EXPORT_FORMAT, "version": EXPORT_VERSION,
            "exported_at": now.isoformat(), "user": account[0], "tables": tables}


def delete_user_data(session: Session, user_id: str) -> dict[str, int]:
    """Delete every row stored for a user, children before parents, then the account.

    Rows are deleted table by table on ``user_id`` (not left to ``ON DELETE CASCADE``), so
    the counts are exact and a table whose foreign key does not cascade is still emptied.
    Nothing of another user is touched. The caller owns the transaction.

    Args:
        session: A session inside a transaction.
        user_id: The user's id.

    Returns:
        ``{table name: rows deleted}`` for every existing user table and ``hr_users`` (1).

    Raises:
        NotFound: When there is no user with that id (nothing is deleted).
    """
    users = _users_table()
    if not _count(session, users, users.c.id, user_id):
        raise _unknown()
    deleted: dict[str, int] = {}
    for table in reversed(_existing(session, user_tables())):
        result = session.execute(delete(table).where(table.c[USER_COLUMN] == user_id))
        deleted[table.name] = int(result.rowcount or 0)  # type: ignore[attr-defined]
    result = session.execute(delete(users).where(users.c.id == user_id))
    deleted[USERS_TABLE] = int(result.rowcount or 0)  # type: ignore[attr-defined]
    session.expunge_all()
    return deleted


def _import_all_models() -> None:
    """Import every module of :mod:`storage.orm` so all tables are on the metadata."""
    for module in pkgutil.iter_modules(orm_package.__path__):
        importlib.import_module(f"{orm_package.__name__}.{module.name}")


def _users_table() -> Table:
    table = User.__table__
    assert isinstance(table, Table)
    return table


def _existing(session: Session, tables: list[Table]) -> list[Table]:
    """The tables the connected database has (unmigrated models hold no rows)."""
    present = set(inspect(session.connection()).get_table_names())
    return [table for table in tables if table.name in present]


def _count(session: Session, table: Table, column: Any, user_id: str) -> int:
    query = select(func.count()).select_from(table).where(column == user_id)
    return int(session.execute(query).scalar_one())


def _rows(session: Session, table: Table, column: Any, user_id: str) -> list[dict[str, Any]]:
    hidden = HIDDEN_COLUMNS.get(table.name, frozenset())
    query = select(table).where(column == user_id).order_by(*table.primary_key.columns)
    return [{key: (HIDDEN if key in hidden and value is not None else _plain(value))
             for key, value in row.items()}
            for row in session.execute(query).mappings()]


def _plain(value: Any) -> Any:
    """A column value as JSON-ready data."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _unknown() -> NotFound:
    return NotFound(words.ACCOUNT_GONE, words.ACCOUNT_GONE_NEXT)
