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


def _check_size(document: Document) -> None:
    """Refuse an empty file or one over :data:`MAX_RESUME_BYTES`."""
    if document.size == 0:
        raise UnsupportedFile(msg.EMPTY_FILE.format(name=document.filename), msg.EMPTY_FILE_NEXT)
    if document.size > MAX_RESUME_BYTES:
        mb = document.size / (1024 * 1024)
        raise UnsupportedFile(
            msg.TOO_LARGE.format(name=document.filename, mb=mb), msg.TOO_LARGE_NEXT
        )
