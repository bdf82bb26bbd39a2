"""Uploaded files kept on disk, one folder per user.

Layout: ``<root>/<user_id>/<upload_id>/<safe file name>``. Upload ids are random (UUID4 hex),
so they cannot be guessed, and a user's ids only resolve inside that user's folder. File and
folder names never come from the user unchecked: ids must match a strict pattern and file
names are reduced to a safe base name. Files are written atomically (temporary file, then
rename) and readable by their owner only.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import unicodedata
import uuid
from pathlib import Path, PurePosixPath, PureWindowsPath

from prompts import errors as msg
from tools.errors import NotFound

MAX_FILENAME_LENGTH = 120
"""Longest stored file name, in characters (extension included)."""

_ID_PATTERN = re.compile(r"^[0-9a-f]{32}$")
_USER_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,63}$")
_UNSAFE_CHARS = re.compile(r"[^\w.()+-]+")


def safe_filename(filename: str) -> str:
    """A file name safe to create on disk, keeping the base name and extension readable.

    Folders (``/`` or ``\\``) are dropped, characters other than letters, digits and
    ``_ . ( ) + -`` become ``_``, leading dots and dashes are removed (no hidden files, no
    option-like names), and the result is at most :data:`MAX_FILENAME_LENGTH` characters
    with its extension kept.

    Args:
        filename: The name the user's browser or shell gave.

    Returns:
        A non-empty name, ``"upload"`` (plus the extension) when nothing usable is left.
    """
    base = PureWindowsPath(PurePosixPath(filename.strip()).name).name.strip()
    base = unicodedata.normalize("NFKC", base)
    base = _UNSAFE_CHARS.sub("_", base).lstrip("._-")
    stem, dot, extension = base.rpartition(".")
    if not dot:
        stem, extension = base, ""
    extension = extension[:16]
    suffix = f".{extension}" if extension else ""
    stem = stem[: MAX_FILENAME_LENGTH - len(suffix)].rstrip("._") or "upload"
    return stem + suffix


class UploadStore:
    """Uploaded files under ``root``, kept apart per user.

    Args:
        root: Folder to keep uploads in (created when needed), e.g. ``<data dir>/uploads``.
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    def save(self, user_id: str, filename: str, content: bytes) -> str:
        """Keep a file for a user.

        Args:
            user_id: Owner's id.
            filename: Name as uploaded (made safe with :func:`safe_filename`).
            content: The file's bytes.

        Returns:
            The upload id (32 hex characters).

        Raises:
            NotFound: When ``user_id`` is not a well-formed id.
            OSError: When the file cannot be written.
        """
        upload_id = uuid.uuid4().hex
        user_dir = self._user_dir(user_id, filename)
        user_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        folder = user_dir / upload_id
        folder.mkdir(mode=0o700)
        target = folder / safe_filename(filename)
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=".part-")
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(content)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return upload_id

    def open(self, user_id: str, upload_id: str) -> tuple[str, bytes]:
        """Read back a user's upload.

        Args:
            user_id: Owner's id.
            upload_id: Id returned by :meth:`save`.

        Returns:
            ``(file name as stored, bytes)``.

        Raises:
            NotFound: When the id is unknown, malformed, or belongs to another user.
        """
        path = self.path(user_id, upload_id)
        return path.name, path.read_bytes()

    def filename(self, user_id: str, upload_id: str) -> str:
        """The stored (made-safe) file name of a user's upload, without reading the file.

        Raises:
            NotFound: When the id is unknown, malformed, or belongs to another user.
        """
        return self.path(user_id, upload_id).name

    def path(self, user_id: str, upload_id: str) -> Path:
        """Where a user's upload is kept on disk.

        Raises:
            NotFound: When the id is unknown, malformed, or belongs to another user.
        """
        if not _ID_PATTERN.match(upload_id):
            raise _unknown(upload_id)
        folder = self._user_dir(user_id, upload_id) / upload_id
        files = [p for p in folder.glob("*") if p.is_file() and not p.name.startswith(".")]
        if len(files) != 1:
            raise _unknown(upload_id)
        return files[0]

    def list_user(self, user_id: str) -> list[tuple[str, Path]]:
        """Every upload of a user, for export and deletion counts (Property 28).

        Returns:
            ``[(upload id, path of the stored file)]`` sorted by upload id; empty when the
            user has none.

        Raises:
            NotFound: When ``user_id`` is not a well-formed id.
        """
        folder = self._user_dir(user_id, user_id)
        if not folder.is_dir():
            return []
        found: list[tuple[str, Path]] = []
        for upload in sorted(p for p in folder.iterdir() if _ID_PATTERN.match(p.name)):
            try:
                found.append((upload.name, self.path(user_id, upload.name)))
            except NotFound:
                continue  # an interrupted save: no complete file in that folder
        return found

    def delete_user(self, user_id: str) -> None:
        """Delete every file of a user (Property 28). Nothing happens if there are none.

        Raises:
            NotFound: When ``user_id`` is not a well-formed id.
        """
        folder = self._user_dir(user_id, user_id)
        if folder.exists():
            shutil.rmtree(folder)

    def _user_dir(self, user_id: str, ref: str) -> Path:
        """The user's folder; ``ref`` names what was asked for, for the error message."""
        if not _USER_ID_PATTERN.match(user_id):
            raise _unknown(ref)
        return self.root / user_id


def _unknown(ref: str) -> NotFound:
    return NotFound(msg.UNKNOWN_UPLOAD.format(ref=ref), msg.UNKNOWN_UPLOAD_NEXT)
