"""The declarative base and the column types every HireReady table shares.

Portable between SQLite and PostgreSQL: ids are UUID strings made in Python
(``String(36)``), structured extras use the generic ``JSON`` type, and every timestamp is an
aware UTC ``datetime`` (:class:`UtcDateTime`). Every table name starts with ``hr_`` so none
clashes with the tables of Chainlit's own data layer (``users``, ``threads``, ``steps``,
``elements``, ``feedbacks``) when both live in one database.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect, ForeignKey, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

TABLE_PREFIX = "hr_"
"""Prefix of every HireReady table name."""

ID_LENGTH = 36
"""Length of a canonical UUID string such as ``"0b6c…-…"``."""

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
}
"""Constraint names are derived, so migrations can refer to them on both back ends."""


def new_id() -> str:
    """A new random UUID (version 4) as a 36-character string."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """The current time as an aware UTC datetime (default for ``created_at`` columns)."""
    return datetime.now(UTC)


def as_utc(moment: datetime | None) -> datetime:
    """``moment`` converted to UTC, or the current time when ``None``.

    Raises:
        ValueError: When ``moment`` is naive (its time zone would be a guess).
    """
    if moment is None:
        return utcnow()
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: pass an aware datetime")
    return moment.astimezone(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp stored as UTC and always read back as an aware UTC ``datetime``.

    PostgreSQL stores ``timestamptz``; SQLite has no time zones, so values are converted to
    UTC before they are written and marked UTC when read.

    Raises:
        ValueError: When a naive datetime is written (its time zone would be a guess).
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Convert an aware datetime to UTC; refuse naive ones."""
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: pass an aware datetime (UTC)")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Return the stored instant as an aware UTC datetime."""
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime from the database, got {type(value)!r}")
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base of every HireReady table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime()}


def id_column() -> Mapped[str]:
    """Primary key: a UUID string generated in Python."""
    return mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)


def user_id_column() -> Mapped[str]:
    """The owning user's id; the row goes when the user is deleted (Property 28)."""
    return mapped_column(
        String(ID_LENGTH), ForeignKey("hr_users.id", ondelete="CASCADE"), index=True
    )


def parent_column(target: str, *, nullable: bool = False) -> Mapped[Any]:
    """A foreign key to ``target`` (``"table.id"``).

    Required parents cascade deletes to the child; optional ones are set to NULL, so history
    survives when what it pointed at is removed.
    """
    ondelete = "SET NULL" if nullable else "CASCADE"
    return mapped_column(
        String(ID_LENGTH), ForeignKey(target, ondelete=ondelete), index=True, nullable=nullable
    )


def created_column() -> Mapped[datetime]:
    """A creation timestamp defaulting to now (UTC)."""
    return mapped_column(default=utcnow)
