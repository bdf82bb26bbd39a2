"""Alembic environment for HireReady, configured in code by :mod:`storage.migrate`.

The caller opens the connection, begins the transaction and takes the migration lock, then
passes the connection in ``config.attributes["connection"]``; this script only runs the
migrations on it. Offline (SQL script) mode is not supported.
"""

from __future__ import annotations

from alembic import context

from storage.orm import Base

if context.is_offline_mode():
    raise RuntimeError("HireReady migrations run online only: use storage.migrate.upgrade")

_connection = context.config.attributes.get("connection")
if _connection is None:
    raise RuntimeError("run migrations through storage.migrate, which passes a connection")

context.configure(
    connection=_connection,
    target_metadata=Base.metadata,
    render_as_batch=_connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
