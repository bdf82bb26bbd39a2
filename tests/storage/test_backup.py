"""Backup and restore of a data directory: live SQLite snapshots, manifest checks, refusals."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage.backup import (
    MANIFEST,
    backup_data_dir,
    read_manifest,
    restore_data_dir,
    verify_backup,
)
from tools.errors import InvalidInput

NOW = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
URL = "sqlite:///unused"


def _data_dir(root: Path) -> tuple[Path, sqlite3.Connection]:
    """A data directory with a live WAL database (left open), files and rebuilt folders."""
    data = root / "data"
    (data / "uploads" / "u1" / "a").mkdir(parents=True)
    (data / "uploads" / "u1" / "a" / "cv.txt").write_text("Python, SQL")
    (data / "uploads" / "u1" / "a" / ".part-123").write_text("half")
    (data / "vectors").mkdir()
    (data / "vectors" / "skills.npz").write_bytes(bytes(range(256)) * 40)
    (data / "auth_secret").write_text("s3cret")
    for rebuilt in ("logs", "models", "web"):
        (data / rebuilt).mkdir()
        (data / rebuilt / "x.txt").write_text("rebuilt")
    live = sqlite3.connect(data / "hireready.sqlite3", isolation_level=None)
    live.execute("PRAGMA journal_mode=WAL")
    live.execute("PRAGMA wal_autocheckpoint=0")
    live.execute("CREATE TABLE hr_users (id TEXT PRIMARY KEY, username TEXT)")
    live.execute("CREATE TABLE alembic_version (version_num TEXT)")
    live.execute("INSERT INTO alembic_version VALUES ('0007')")
    live.executemany("INSERT INTO hr_users VALUES (?, ?)",
                     [(f"id{n}", f"user{n}") for n in range(200)])
    return data, live


def test_backup_snapshots_a_live_wal_database_and_skips_rebuilt_files(tmp_path: Path) -> None:
    data, live = _data_dir(tmp_path)
    try:
        assert (data / "hireready.sqlite3-wal").stat().st_size > 0, "rows are still in the WAL"
        manifest = backup_data_dir(data, tmp_path / "backup", URL, NOW)
    finally:
        live.close()
    paths = {entry.path: entry.kind for entry in manifest.files}
    assert paths == {"hireready.sqlite3": "sqlite", "auth_secret": "file",
                     "uploads/u1/a/cv.txt": "file", "vectors/skills.npz": "file"}
    assert manifest.schema_revision == "0007" and manifest.database == "sqlite"
    assert set(manifest.versions) == {"hireready", "python", "sqlite"}
    with closing(sqlite3.connect(tmp_path / "backup" / "hireready.sqlite3")) as copy:
        assert copy.execute("SELECT count(*) FROM hr_users").fetchone()[0] == 200
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not (tmp_path / "backup" / "hireready.sqlite3-wal").exists()
    assert read_manifest(tmp_path / "backup") == manifest


def test_restore_round_trip_and_refusals(tmp_path: Path) -> None:
    data, live = _data_dir(tmp_path)
    live.close()
    backup = tmp_path / "backup"
    backup_data_dir(data, backup, URL, NOW)
    with pytest.raises(InvalidInput) as refused:
        restore_data_dir(backup, data, force=False, now=NOW)
    assert "--force" in refused.value.guidance
    report = restore_data_dir(backup, data, force=True, now=NOW)
    assert report.moved_aside == tmp_path / "data.before-restore-20260303-120000"
    assert (report.moved_aside / "logs" / "x.txt").exists(), "the old folder is kept"
    assert (data / "uploads" / "u1" / "a" / "cv.txt").read_text() == "Python, SQL"
    assert (data / "auth_secret").read_text() == "s3cret"
    assert not (data / "logs").exists()
    with closing(sqlite3.connect(data / "hireready.sqlite3")) as restored:
        assert restored.execute("SELECT count(*) FROM hr_users").fetchone()[0] == 200
    fresh = tmp_path / "new" / "data"
    assert restore_data_dir(backup, fresh, force=False, now=NOW).moved_aside is None
    assert (fresh / "vectors" / "skills.npz").read_bytes() == bytes(range(256)) * 40


def test_a_damaged_backup_is_refused_and_nothing_is_restored(tmp_path: Path) -> None:
    data, live = _data_dir(tmp_path)
    live.close()
    backup = tmp_path / "backup"
    backup_data_dir(data, backup, URL, NOW)
    (backup / "vectors" / "skills.npz").write_bytes(b"tampered")
    target = tmp_path / "restored"
    with pytest.raises(InvalidInput) as refused:
        restore_data_dir(backup, target, force=False, now=NOW)
    assert "vectors/skills.npz" in refused.value.message and refused.value.guidance
    assert not target.exists()
    assert not list(tmp_path.glob(".restored.restoring-*"))
    (backup / "vectors" / "skills.npz").unlink()
    with pytest.raises(InvalidInput):
        verify_backup(backup)


def test_manifest_problems_are_refused(tmp_path: Path) -> None:
    data, live = _data_dir(tmp_path)
    live.close()
    backup = tmp_path / "backup"
    backup_data_dir(data, backup, URL, NOW)
    raw = json.loads((backup / MANIFEST).read_text())
    raw["files"][0]["path"] = "../../etc/passwd"
    (backup / MANIFEST).write_text(json.dumps(raw))
    with pytest.raises(InvalidInput, match="outside"):
        verify_backup(backup)
    raw["version"] = 99
    (backup / MANIFEST).write_text(json.dumps(raw))
    with pytest.raises(InvalidInput, match="newer"):
        verify_backup(backup)
    (backup / MANIFEST).write_text("{not json")
    with pytest.raises(InvalidInput, match="not a HireReady backup"):
        verify_backup(backup)
    with pytest.raises(InvalidInput, match="not a HireReady backup"):
        verify_backup(tmp_path / "nothing-here")


def test_backup_needs_an_empty_folder_outside_the_data_directory(tmp_path: Path) -> None:
    data, live = _data_dir(tmp_path)
    live.close()
    with pytest.raises(InvalidInput):
        backup_data_dir(data, data / "backup", URL, NOW)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    with pytest.raises(InvalidInput):
        backup_data_dir(data, tmp_path / "full", URL, NOW)
    assert backup_data_dir(data, tmp_path / "pg", "postgresql+psycopg://h/db",
                           NOW).database == "postgresql"
