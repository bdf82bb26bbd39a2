"""LangGraph checkpointer for the configured database: SQLite file or PostgreSQL."""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver

from agent.settings import Settings

CHECKPOINT_FILE = "checkpoints.sqlite3"
"""SQLite file (in the data directory) holding conversation checkpoints."""


class Checkpointer(AbstractContextManager["Checkpointer"]):
    """Owns the checkpointer and its connection; close it on shutdown.

    With a PostgreSQL ``HIREREADY_DATABASE_URL`` checkpoints go to the same database
    (``PostgresSaver`` over a connection pool); otherwise to ``checkpoints.sqlite3`` in the
    data directory (``SqliteSaver``, WAL).
    """

    def __init__(self, settings: Settings) -> None:
        url = settings.sqlalchemy_url
        self._closers: list[Any] = []
        if url.startswith("postgresql"):
            self.saver = self._postgres(url)
        else:
            self.saver = self._sqlite(settings)

    def _sqlite(self, settings: Settings) -> BaseCheckpointSaver[Any]:
        from langgraph.checkpoint.sqlite import SqliteSaver

        path = settings.resolved_data_dir / CHECKPOINT_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA busy_timeout=10000")
        self._closers.append(conn)
        saver = SqliteSaver(conn)
        saver.setup()
        return saver

    def _postgres(self, url: str) -> BaseCheckpointSaver[Any]:
        from langgraph.checkpoint.postgres import PostgresSaver
        from psycopg.rows import dict_row
        from psycopg_pool import ConnectionPool

        conninfo = url.replace("postgresql+psycopg://", "postgresql://", 1)
        pool: ConnectionPool[Any] = ConnectionPool(
            conninfo, min_size=1, max_size=4, open=True,
            kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
        )
        self._closers.append(pool)
        saver = PostgresSaver(pool)
        saver.setup()
        return saver

    def close(self) -> None:
        """Close the underlying connection or pool."""
        for closer in self._closers:
            closer.close()
        self._closers.clear()

    def __exit__(self, *exc: object) -> None:
        self.close()
