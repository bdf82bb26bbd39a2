"""Backup and restore of a whole data directory, with a manifest of versions and checksums.

A backup is a folder: a copy of the data directory plus ``manifest.json``. SQLite databases
(recognised by their header, whatever their name) are copied with SQLite's online backup API
(:meth:`sqlite3.Connection.backup`), which gives a consistent snapshot of a live WAL database
— a raw copy of the file could miss pages still in its ``-wal`` file. The snapshot is switched
to rollback-journal mode, so it is one self-contained file; the app turns WAL back on when it
opens it. Databases are snapshotted before the other files, so a file saved meanwhile (an
upload) may be present without its row, never the other way round.

Not saved, because they are rebuilt: ``logs/``, ``models/`` (assembled from the installed
model package by set-up), ``web/`` (the web app's scratch files), SQLite ``-wal``/``-shm``
side files and half-written ``.part-*`` files. With PostgreSQL the database is not in the
data directory and must be saved with ``pg_dump``.

Restoring checks every file against the manifest first and refuses a damaged backup, then
copies into a staging folder next to the target, checks again, and swaps it in; a non-empty
target is refused unless ``force``, which moves it aside instead of deleting it.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import sqlite3
from contextlib import closing
from dataclasses import asdict, dataclass, field
from datetime import datetime
from importlib import metadata
from pathlib import Path, PurePosixPath
from typing import Any

from prompts import account as words
from storage.db import is_sqlite
from tools.errors import InvalidInput

MANIFEST = "manifest.json"
"""Name of the manifest file in a backup folder."""
BACKUP_FORMAT = "hireready-backup"
"""``format`` field of a manifest."""
BACKUP_VERSION = 1
"""``version`` field of a manifest; a backup with a higher one is refused."""
SKIPPED_DIRS = frozenset({"logs", "models", "web"})
"""Top-level folders of the data directory that are rebuilt rather than saved."""
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
"""Suffixes of SQLite's side files, never copied (the snapshot contains their pages)."""
PARTIAL_PREFIX = ".part-"
"""Prefix of files still being written (uploads, exports), never copied."""
SQLITE_HEADER = b"SQLite format 3\x00"
"""First 16 bytes of every SQLite database file."""
CHUNK_BYTES = 1 << 20
"""Read size when hashing, in bytes (1 MiB)."""


@dataclass
class BackupEntry:
    """One saved file.

    Attributes:
        path: Path inside the data directory, POSIX style (``uploads/<user>/<id>/cv.pdf``).
        bytes: Size of the saved copy.
        sha256: SHA-256 of the saved copy, hex.
        kind: ``"sqlite"`` for a database snapshot, ``"file"`` otherwise.
    """

    path: str
    bytes: int
    sha256: str
    kind: str


@dataclass
class Manifest:
    """What a backup holds and what made it.

    Attributes:
        created_at: When the backup was made (ISO 8601, aware).
        database: ``"sqlite"`` (inside the backup) or the back end left out (``"postgresql"``).
        schema_revision: Alembic revision of the HireReady database, if it could be read.
        versions: ``{"hireready", "python", "sqlite"}`` version strings.
        files: Every saved file.
        format: Always :data:`BACKUP_FORMAT`.
        version: Manifest version (:data:`BACKUP_VERSION`).
    """

    created_at: str
    database: str
    schema_revision: str | None
    versions: dict[str, str]
    files: list[BackupEntry] = field(default_factory=list)
    format: str = BACKUP_FORMAT
    version: int = BACKUP_VERSION

    @property
    def total_bytes(self) -> int:
        """Bytes of all saved files."""
        return sum(entry.bytes for entry in self.files)


@dataclass
class RestoreReport:
    """What a restore did.

    Attributes:
        manifest: The restored backup's manifest.
        target: The data directory now holding the backup.
        moved_aside: Where the previous data directory went (``force``), else ``None``.
    """

    manifest: Manifest
    target: Path
    moved_aside: Path | None = None


def backup_data_dir(data_dir: Path, target: Path, database_url: str,
                    now: datetime) -> Manifest:
    """Save the data directory into the empty or new folder ``target``.

    Args:
        data_dir: The data directory (``HIREREADY_DATA_DIR``).
        target: Backup folder; created when missing, must be empty, outside ``data_dir``.
        database_url: The database URL in use (only its back end is recorded).
        now: The backup time (aware).

    Returns:
        The manifest, also written to ``target/manifest.json`` (last, so a folder without
        one is an unfinished backup).

    Raises:
        InvalidInput: ``target`` is not empty, or lies inside the data directory.
        OSError, sqlite3.Error: A file or database could not be read or written.
    """
    source, target = data_dir.resolve(), target.resolve()
    if target == source or target.is_relative_to(source):
        raise InvalidInput(words.SAME_FOLDER.format(path=target), words.SAME_FOLDER_NEXT)
    _require_empty(target, words.BACKUP_TARGET_NOT_EMPTY_NEXT)
    target.mkdir(parents=True, exist_ok=True)
    found = _files_to_save(source)
    databases = [p for p in found if _is_sqlite_file(p)]
    entries = [_snapshot(p, source, target) for p in databases]
    entries += [_copy(p, source, target) for p in found if p not in databases]
    manifest = Manifest(created_at=now.isoformat(),
                        database="sqlite" if is_sqlite(database_url) else _backend(database_url),
                        schema_revision=_schema_revision(target, entries),
                        versions=_versions(), files=sorted(entries, key=lambda e: e.path))
    _write_manifest(target, manifest)
    return manifest


def verify_backup(backup: Path) -> Manifest:
    """Read a backup's manifest and check every file's size and SHA-256.

    Raises:
        InvalidInput: No readable manifest, a newer format, a path outside the backup, or
            files missing or changed (the message counts them and names the first).
    """
    manifest = read_manifest(backup)
    damaged = [entry.path for entry in manifest.files if not _intact(backup, entry)]
    if damaged:
        raise InvalidInput(words.CHECKSUM_FAILED.format(path=backup, count=len(damaged),
                                                        first=damaged[0]),
                           words.CHECKSUM_FAILED_NEXT)
    return manifest


def read_manifest(backup: Path) -> Manifest:
    """The manifest of a backup folder, checked for format, version and safe paths.

    Raises:
        InvalidInput: As for :func:`verify_backup`, without checking the files.
    """
    try:
        raw = json.loads((backup / MANIFEST).read_text(encoding="utf-8"))
        files = [BackupEntry(**entry) for entry in raw.pop("files")]
        manifest = Manifest(files=files, **raw)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        raise InvalidInput(words.NOT_A_BACKUP.format(path=backup),
                           words.NOT_A_BACKUP_NEXT) from None
    if manifest.format != BACKUP_FORMAT:
        raise InvalidInput(words.NOT_A_BACKUP.format(path=backup), words.NOT_A_BACKUP_NEXT)
    if manifest.version > BACKUP_VERSION:
        raise InvalidInput(words.NEWER_BACKUP.format(found=manifest.version,
                                                     known=BACKUP_VERSION),
                           words.NEWER_BACKUP_NEXT)
    for entry in manifest.files:
        if not _safe_relative(entry.path):
            raise InvalidInput(words.UNSAFE_PATH.format(name=entry.path),
                               words.NOT_A_BACKUP_NEXT)
    return manifest


def restore_data_dir(backup: Path, data_dir: Path, *, force: bool,
                     now: datetime) -> RestoreReport:
    """Bring back a backup as the data directory.

    Args:
        backup: A folder written by :func:`backup_data_dir`.
        data_dir: The data directory to restore into.
        force: Replace a non-empty data directory (it is moved aside, not deleted).
        now: The restore time (aware), used to name the moved-aside folder.

    Returns:
        What was restored and where the previous data went.

    Raises:
        InvalidInput: The backup is damaged or not a backup (nothing is changed), or the
            data directory is not empty and ``force`` is false.
        OSError: A file could not be copied (the data directory is left as it was).
    """
    manifest = verify_backup(backup)
    target = data_dir.resolve()
    if not force:
        _require_empty(target, words.TARGET_NOT_EMPTY_NEXT)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    staging = target.with_name(f".{target.name}.restoring-{stamp}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        for entry in manifest.files:
            _place(backup / entry.path, staging / entry.path)
        verify_staged = [e.path for e in manifest.files if not _intact(staging, e)]
        if verify_staged:
            raise OSError(f"copies differ from the backup: {verify_staged[:3]}")
        aside = _clear_target(target, stamp)
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return RestoreReport(manifest=manifest, target=target, moved_aside=aside)


def _require_empty(folder: Path, guidance: str) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InvalidInput(words.TARGET_NOT_EMPTY.format(path=folder), guidance)


def _clear_target(target: Path, stamp: str) -> Path | None:
    """Make room for the restored folder: remove an empty one, move a full one aside."""
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        return None
    if target.is_dir() and not any(target.iterdir()):
        target.rmdir()
        return None
    aside = target.with_name(f"{target.name}.before-restore-{stamp}")
    target.rename(aside)
    return aside


def _files_to_save(source: Path) -> list[Path]:
    """Regular files of the data directory minus what is rebuilt (see module docstring)."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(source):
        here = Path(folder)
        if here == source:
            dirs[:] = [d for d in dirs if d not in SKIPPED_DIRS]
        dirs.sort()
        for name in sorted(files):
            path = here / name
            if name.startswith(PARTIAL_PREFIX) or not path.is_file():
                continue
            if name.endswith(SQLITE_SIDE_FILES) and _is_side_file(path):
                continue
            found.append(path)
    return found


def _is_side_file(path: Path) -> bool:
    base = path.name
    for suffix in SQLITE_SIDE_FILES:
        if base.endswith(suffix) and (path.parent / base[: -len(suffix)]).is_file():
            return True
    return False


def _is_sqlite_file(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _snapshot(path: Path, source: Path, target: Path) -> BackupEntry:
    """A consistent copy of a (possibly live, WAL) SQLite database, as one file."""
    relative = path.relative_to(source)
    copy = target / relative
    copy.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    live = sqlite3.connect(str(path), timeout=30)
    snapshot = sqlite3.connect(str(copy))
    try:
        live.backup(snapshot)
        snapshot.execute("PRAGMA journal_mode=DELETE")
    finally:
        snapshot.close()
        live.close()
    return _entry(copy, relative, "sqlite")


def _copy(path: Path, source: Path, target: Path) -> BackupEntry:
    relative = path.relative_to(source)
    copy = target / relative
    copy.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    shutil.copy2(path, copy)
    return _entry(copy, relative, "file")


def _place(source: Path, destination: Path) -> None:
    destination.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    shutil.copy2(source, destination)


def _entry(copy: Path, relative: Path, kind: str) -> BackupEntry:
    return BackupEntry(path=PurePosixPath(*relative.parts).as_posix(),
                       bytes=copy.stat().st_size, sha256=_sha256(copy), kind=kind)


def _intact(root: Path, entry: BackupEntry) -> bool:
    path = root / entry.path
    return (path.is_file() and path.stat().st_size == entry.bytes
            and _sha256(path) == entry.sha256)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def _safe_relative(name: str) -> bool:
    path = PurePosixPath(name)
    return bool(name) and not path.is_absolute() and ".." not in path.parts and (
        "\\" not in name) and name != MANIFEST


def _schema_revision(target: Path, entries: list[BackupEntry]) -> str | None:
    """The Alembic revision recorded in the saved HireReady database, if any."""
    for entry in entries:
        if entry.kind != "sqlite":
            continue
        with closing(sqlite3.connect(str(target / entry.path))) as db:
            try:
                row = db.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.DatabaseError:
                continue
        if row:
            return str(row[0])
    return None


def _backend(database_url: str) -> str:
    return database_url.split(":", 1)[0].split("+", 1)[0]


def _versions() -> dict[str, str]:
    try:
        hireready = metadata.version("hireready")
    except metadata.PackageNotFoundError:
        hireready = "unknown"
    return {"hireready": hireready, "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version}


def _write_manifest(target: Path, manifest: Manifest) -> None:
    data: dict[str, Any] = asdict(manifest)
    temporary = target / f"{PARTIAL_PREFIX}{MANIFEST}"
    temporary.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, target / MANIFEST)
