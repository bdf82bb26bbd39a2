"""Test helper: one row of a user in every user table, made from the schema itself.

The tables come from :func:`storage.data_rights.user_tables`, so a table added later gets a
row here with no edit, and the data-rights tests (export has every table, deletion empties
every table) cover it at once. Values satisfy the schema: foreign keys point at the same
user's parent rows (or a shared row made in a reference table such as ``hr_resources``),
``IN ('a', 'b')`` check constraints get their first value, numbers are 1.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    Numeric,
    String,
    Table,
    Time,
    TypeDecorator,
    insert,
    inspect,
    select,
)
from sqlalchemy.orm import Session

from storage.data_rights import user_tables

_IN_LIST = re.compile(r"(\w+)\s+IN\s*\(([^)]*)\)", re.IGNORECASE)
_QUOTED = re.compile(r"'([^']*)'")
MOMENT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def fill_user_rows(session: Session, user_id: str) -> dict[str, str]:
    """Insert one row of ``user_id`` into every existing user table (parents first).

    Returns:
        ``{table name: primary key of the row}``.
    """
    present = set(inspect(session.connection()).get_table_names())
    made: dict[str, str] = {}
    for table in user_tables():
        if table.name in present:
            made[table.name] = _insert(session, table, user_id, made)
    return made


def _insert(session: Session, table: Table, user_id: str, made: dict[str, str]) -> str:
    values: dict[str, Any] = {}
    for column in table.c:
        if column.name == "user_id":
            values[column.name] = user_id
        elif column.foreign_keys:
            values[column.name] = _parent(session, column, user_id, made)
        elif column.primary_key and isinstance(column.type, Integer):
            continue  # autoincrement
        elif column.primary_key or (not column.nullable and column.default is None
                                    and column.server_default is None):
            values[column.name] = _value(table, column, user_id)
    result = session.execute(insert(table).values(**values))
    return str(result.inserted_primary_key[0])


def _parent(session: Session, column: Column[Any], user_id: str, made: dict[str, str]) -> Any:
    target = next(iter(column.foreign_keys)).column
    parent = target.table
    assert isinstance(parent, Table)
    if parent.name == "hr_users":
        return user_id
    if parent.name in made:
        return made[parent.name]
    existing = session.execute(select(target).limit(1)).scalar()
    if existing is not None:
        return existing
    return _insert(session, parent, user_id, made)  # a reference row (e.g. a resource)


def _value(table: Table, column: Column[Any], user_id: str) -> Any:
    allowed = _allowed(table, column.name)
    if allowed:
        return allowed[0]
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, Integer | Float | Numeric):
        return 1
    if isinstance(kind, DateTime):
        return MOMENT
    if isinstance(kind, Date):
        return date(2026, 3, 2)
    if isinstance(kind, Time):
        return time(19, 0)
    if isinstance(kind, JSON):
        return {"owner": user_id}
    if column.primary_key:
        return str(uuid.uuid4())
    text = f"{table.name}.{column.name} of {user_id}"
    length = getattr(kind, "length", None) if isinstance(kind, String) else None
    return text[-length:] if length else text


def _allowed(table: Table, name: str) -> list[str]:
    for constraint in table.constraints:
        if isinstance(constraint, CheckConstraint):
            for column, listed in _IN_LIST.findall(str(constraint.sqltext)):
                if column == name:
                    return _QUOTED.findall(listed)
    return []
