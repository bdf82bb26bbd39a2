"""First-run and every-run preparation of a data directory.

``prepare`` is idempotent and cheap when everything is in place: it creates the folders,
migrates the database to the latest schema, builds the reference vectors (only when the
taxonomy's version changed) and generates the Chainlit auth secret once.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from agent.settings import Settings
from storage.db import make_engine, make_session_factory
from storage.embedder import FastEmbedder
from storage.migrate import upgrade
from storage.repositories.resources import sync_catalog
from storage.resource_index import resources_spec
from storage.vectors import ensure_vector_file

log = logging.getLogger(__name__)

SECRET_BYTES = 48
"""Random bytes in the auth secret (Chainlit signs its session tokens with it)."""


@dataclass
class SetupReport:
    """What :func:`prepare` did, with timings in seconds."""

    data_dir: Path
    migrate_s: float
    vectors_s: float
    vector_file: Path
    secret_created: bool


def ensure_dirs(settings: Settings) -> None:
    """Create the data directory and its sub-folders."""
    for folder in (settings.resolved_data_dir, settings.uploads_dir, settings.vectors_dir,
                   settings.logs_dir, settings.models_dir):
        folder.mkdir(parents=True, exist_ok=True)


def ensure_auth_secret(settings: Settings) -> bool:
    """Write a random auth secret to the data directory unless one exists.

    Returns:
        True when a new secret was written.
    """
    path = settings.auth_secret_file
    if path.exists() and path.read_text().strip():
        return False
    path.write_text(secrets.token_urlsafe(SECRET_BYTES))
    path.chmod(0o600)
    return True


@contextmanager
def migrated_session(settings: Settings | None = None) -> Iterator[Session]:
    """A session on the configured database for one console command: the data directory
    exists and the schema is at the head revision first; the engine is disposed after."""
    settings = settings or Settings()
    ensure_dirs(settings)
    upgrade(settings.sqlalchemy_url)
    engine = make_engine(settings.sqlalchemy_url)
    try:
        with make_session_factory(engine)() as session:
            yield session
    finally:
        engine.dispose()


def read_auth_secret(settings: Settings) -> str:
    """The auth secret, created first if missing."""
    ensure_auth_secret(settings)
    return settings.auth_secret_file.read_text().strip()


def _seed_resources(settings: Settings) -> None:
    """Load the bundled learning-resource catalogue into the database (kept ratings and
    availability stay as they are)."""
    engine = make_engine(settings.sqlalchemy_url)
    try:
        with make_session_factory(engine).begin() as session:
            sync_catalog(session)
    finally:
        engine.dispose()


def prepare(settings: Settings, embedder: FastEmbedder | None = None,
            progress: bool = True) -> SetupReport:
    """Make a data directory ready to serve: folders, schema, seed data (the resource
    catalogue), reference vectors (skills, resources), auth secret.

    Args:
        settings: Where the data lives.
        embedder: Reused when given, else one is loaded.
        progress: Show a progress bar while vectors are computed.

    Raises:
        tools.errors.NotFound: The embedding model is missing (with how to fix it).
    """
    ensure_dirs(settings)
    started = time.perf_counter()
    upgrade(settings.sqlalchemy_url)
    migrated = time.perf_counter()
    _seed_resources(settings)
    embedder = embedder or FastEmbedder(settings.models_dir)
    vector_file = ensure_vector_file(settings.vectors_dir, embedder, progress=progress)
    ensure_vector_file(settings.vectors_dir, embedder, progress=progress,
                       spec=resources_spec())
    done = time.perf_counter()
    created = ensure_auth_secret(settings)
    log.info("data directory %s ready (migrate %.2fs, vectors %.2fs)",
             settings.resolved_data_dir, migrated - started, done - migrated)
    return SetupReport(settings.resolved_data_dir, migrated - started, done - migrated,
                       vector_file, created)
