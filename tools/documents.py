"""Uploaded documents and their validation (Property 1).

A :class:`Document` is the raw bytes of a file the user attached plus its file name. The
accepted formats and the 5 MB limit come from Property 1 in ``PROPERTIES.md``.
"""

from __future__ import annotations

from pathlib import PurePath

from pydantic import BaseModel, ConfigDict

from prompts import errors as msg
from tools.errors import UnsupportedFile

MAX_RESUME_BYTES = 5 * 1024 * 1024
"""Largest accepted resume, in bytes (5 MB, Property 1)."""

RESUME_FORMATS: dict[str, str] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "txt",
    ".json": "jsonresume",
}
"""File extension -> format name of the resume formats we read (Property 1, issue 3)."""

JOB_FORMATS: dict[str, str] = {".pdf": "pdf", ".docx": "docx", ".txt": "txt"}
"""File extension -> format name of the job-description files we read."""

POSTING_FORMATS: dict[str, str] = {".csv": "csv", ".json": "json"}
"""File extension -> format name of job-posting lists we import (issue 7)."""

UPLOAD_EXTENSIONS: frozenset[str] = frozenset(RESUME_FORMATS) | frozenset(JOB_FORMATS) | (
    frozenset(POSTING_FORMATS))
"""Extensions a chat attachment may have: resumes, job descriptions and job-posting lists."""


class Document(BaseModel):
    """A file as uploaded.

    Attributes:
        filename: The name the user gave the file (only its extension is trusted).
        content: The file's bytes.
    """

    model_config = ConfigDict(frozen=True)

    filename: str
    content: bytes

    @property
    def extension(self) -> str:
        """Lower-case extension with its dot (``".pdf"``), or ``""``."""
        return PurePath(self.filename).suffix.lower()

    @property
    def size(self) -> int:
        """Size in bytes."""
        return len(self.content)


def resume_format(document: Document) -> str:
    """Check that a document can be read as a resume and return its format.

    Args:
        document: The uploaded file.

    Returns:
        ``"pdf"``, ``"docx"``, ``"txt"`` or ``"jsonresume"``.

    Raises:
        UnsupportedFile: For another extension, an empty file, or one over
            :data:`MAX_RESUME_BYTES` (5 MB).
    """
    fmt = RESUME_FORMATS.get(document.extension)
    if fmt is None:
        raise UnsupportedFile(
            msg.UNSUPPORTED_TYPE.format(name=document.filename), msg.UNSUPPORTED_TYPE_NEXT
        )
    _check_size(document)
    return fmt


def check_upload(document: Document) -> str:
    """Check that an attached file may be stored, before anything reads it.

    Every face calls this first (web upload, terminal ``/upload``), so a file that is too
    large or of an unknown type is refused before it is stored or parsed; what the file is
    (resume, job description, job-posting list) is decided later by the tool that reads it,
    which checks its own formats.

    Args:
        document: The uploaded file.

    Returns:
        The extension with its dot, one of :data:`UPLOAD_EXTENSIONS`.

    Raises:
        UnsupportedFile: For another extension, an empty file, or one over
            :data:`MAX_RESUME_BYTES` (5 MB, Property 1).
    """
    if document.extension not in UPLOAD_EXTENSIONS:
        raise UnsupportedFile(msg.UNSUPPORTED_UPLOAD.format(name=document.filename),
                              msg.UNSUPPORTED_UPLOAD_NEXT)
    _check_size(document, (msg.TOO_LARGE_UPLOAD, msg.TOO_LARGE_UPLOAD_NEXT))
    return document.extension


def job_description_format(document: Document) -> str:
    """Check that a document can be read as a job description and return its format.

    Args:
        document: The uploaded file.

    Returns:
        ``"pdf"``, ``"docx"`` or ``"txt"``.

    Raises:
        UnsupportedFile: For another extension, an empty file, or one over 5 MB.
    """
    fmt = JOB_FORMATS.get(document.extension)
    if fmt is None:
        raise UnsupportedFile(
            msg.UNSUPPORTED_JD_TYPE.format(name=document.filename), msg.UNSUPPORTED_JD_TYPE_NEXT
        )
    _check_size(document)
    return fmt


def _check_size(document: Document,
                too_large: tuple[str, str] = (msg.TOO_LARGE, msg.TOO_LARGE_NEXT)) -> None:
    """Refuse an empty file or one over :data:`MAX_RESUME_BYTES` (``too_large``: message
    and next step for that case)."""
    if document.size == 0:
        raise UnsupportedFile(msg.EMPTY_FILE.format(name=document.filename), msg.EMPTY_FILE_NEXT)
    if document.size > MAX_RESUME_BYTES:
        mb = document.size / (1024 * 1024)
        raise UnsupportedFile(
            too_large[0].format(name=document.filename, mb=mb), too_large[1]
        )
