"""Typed errors raised by the domain tools.

Every error carries a user-facing ``message`` (what went wrong) and a non-empty ``guidance``
(what to do next), so the faces can always show both (Property 31).
"""

from __future__ import annotations


class HireReadyError(Exception):
    """Base class of every error a tool raises on purpose.

    Args:
        message: What went wrong, in words a user understands. Must not be empty.
        guidance: The next step the user can take. Must not be empty.

    Raises:
        ValueError: If ``message`` or ``guidance`` is blank.
    """

    def __init__(self, message: str, guidance: str) -> None:
        if not message.strip() or not guidance.strip():
            raise ValueError("HireReadyError needs a message and a guidance")
        super().__init__(message)
        self.message = message
        self.guidance = guidance

    def __str__(self) -> str:
        return f"{self.message} {self.guidance}"


class InvalidInput(HireReadyError):
    """The input is well-formed for its type but cannot be used (empty, out of range, …)."""


class UnsupportedFile(HireReadyError):
    """A file is of a type, size or state the coach cannot read (Property 1)."""


class NotFound(HireReadyError):
    """A thing the user named (user, resume, skill, upload) does not exist."""
