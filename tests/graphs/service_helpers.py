"""Services for tool tests: a migrated SQLite database, the real taxonomy matcher and role
catalogue, and one-hot skill vectors (no similarity between different skills)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from fakes import OneHotSkillIndex

from graphs.services import Services
from storage.db import make_engine, make_session_factory
from storage.files import UploadStore
from storage.migrate import upgrade
from storage.roles import load_roles
from storage.taxonomy import default_taxonomy
from tools.skill_matcher import SkillMatcher


@contextmanager
def one_hot_services(folder: Path, matcher: SkillMatcher, now: datetime) -> Iterator[Services]:
    """Services over ``folder`` with the clock fixed at ``now``; the engine is closed after."""
    url = f"sqlite:///{folder / 'hr.sqlite3'}"
    upgrade(url)
    engine = make_engine(url)
    try:
        yield Services(make_session_factory(engine), UploadStore(folder / "uploads"),
                       lambda: matcher, OneHotSkillIndex,  # type: ignore[arg-type]
                       default_taxonomy, load_roles, lambda: now.date(), lambda: now,
                       folder / "exports")
    finally:
        engine.dispose()
