"""Storage fixtures: every database test body runs on SQLite and on PostgreSQL.

SQLite gets a fresh file in the test's temporary folder. PostgreSQL needs a server named by
``HIREREADY_TEST_DATABASE_URL`` (``.ci/start-postgres`` starts one); each test gets its own
schema there (via the connection's ``search_path``), dropped afterwards. Without the
variable the PostgreSQL half is skipped, except under ``CI=true`` where it fails: CI must
test both engines.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from storage.db import make_engine, make_session_factory, normalize_url
from storage.migrate import upgrade

TEST_URL_VARIABLE = "HIREREADY_TEST_DATABASE_URL"

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of an empty database on each back end."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hireready.sqlite3'}"
    else:
        yield from _postgres_schema_url()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on a database migrated to the head revision."""
    upgrade(database_url)
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    """A session factory on the migrated database."""
    return make_session_factory(engine)


@pytest.fixture
def session(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """One session; the test commits what it wants to persist."""
    with sessions() as session:
        yield session


def _postgres_schema_url() -> Iterator[str]:
    """Create a throw-away schema on the test server and yield a URL that uses it."""
    base = os.environ.get(TEST_URL_VARIABLE)
    if not base:
        reason = f"{TEST_URL_VARIABLE} is not set (start a server with .ci/start-postgres)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {reason}", pytrace=False)
        pytest.skip(reason)
    schema = f"hr_test_{uuid.uuid4().hex[:12]}"
    admin = make_engine(base, poolclass=NullPool)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = normalize_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
