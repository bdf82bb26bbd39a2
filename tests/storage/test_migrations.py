"""Alembic migrations: create the schema from nothing, upgrade older databases, match the models."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.pool import NullPool

from storage.db import make_engine
from storage.migrate import alembic_config, current_revision, head_revision, upgrade
from storage.orm import Base

MODEL_TABLES = set(Base.metadata.tables)


def _tables(url: str) -> set[str]:
    engine = make_engine(url, poolclass=NullPool)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _downgrade_to_base(url: str) -> None:
    engine = make_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection, connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
    finally:
        engine.dispose()


def test_head_is_the_latest_revision() -> None:
    versions = Path(alembic_config().get_main_option("script_location") or "") / "versions"
    newest = max(p.name.split("_")[0] for p in versions.glob("0*.py"))
    assert head_revision() == newest


def test_upgrade_creates_the_whole_schema_on_an_empty_database(database_url: str) -> None:
    assert current_revision(database_url) is None
    assert not _tables(database_url) & MODEL_TABLES

    upgrade(database_url)

    assert current_revision(database_url) == head_revision()
    assert _tables(database_url) == MODEL_TABLES | {"alembic_version"}


def test_upgrade_twice_changes_nothing(database_url: str) -> None:
    upgrade(database_url)
    upgrade(database_url)
    assert current_revision(database_url) == head_revision()
    assert _tables(database_url) == MODEL_TABLES | {"alembic_version"}


def test_upgrade_brings_an_older_database_to_head(database_url: str) -> None:
    upgrade(database_url)
    _downgrade_to_base(database_url)
    assert current_revision(database_url) is None
    assert not _tables(database_url) & MODEL_TABLES

    upgrade(database_url)

    assert current_revision(database_url) == head_revision()
    assert _tables(database_url) >= MODEL_TABLES


def test_migrated_schema_matches_the_models(database_url: str) -> None:
    upgrade(database_url)
    engine = make_engine(database_url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_concurrent_upgrades_of_one_database_all_succeed(database_url: str) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: upgrade(database_url), range(4)))
    assert results == [None] * 4
    assert current_revision(database_url) == head_revision()
    assert _tables(database_url) == MODEL_TABLES | {"alembic_version"}


def test_every_table_name_starts_with_hr() -> None:
    clashing = {"users", "threads", "steps", "elements", "feedbacks"}
    assert all(name.startswith("hr_") for name in MODEL_TABLES)
    assert not clashing & MODEL_TABLES


def _upgrade_to(url: str, revision: str) -> None:
    engine = make_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection, connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def test_an_older_database_is_upgraded_with_its_data_kept(database_url: str) -> None:
    from sqlalchemy import text

    _upgrade_to(database_url, "0001")
    engine = make_engine(database_url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO hr_users (id, username, timezone, reminder_enabled, "
                              "is_active, created_at) VALUES ('u1', 'old', 'UTC', false, true, "
                              "CURRENT_TIMESTAMP)"))
        upgrade(database_url)
        assert current_revision(database_url) == head_revision()
        with engine.connect() as conn:
            row = conn.execute(text("SELECT username, active_job_id FROM hr_users")).one()
        assert tuple(row) == ("old", None)
    finally:
        engine.dispose()
