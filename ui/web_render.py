"""Pure helpers that turn runtime results into what the Chainlit face shows.

Nothing here imports Chainlit, so every function is unit-tested without a browser. The
words come from ``prompts/``; the few that only the web face uses are the constants below.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from prompts import chat as words
from prompts import web as web_words
from tools.errors import HireReadyError

WORKING_ON_RESUME = web_words.WORKING_ON_RESUME
WORKING = web_words.WORKING

MAX_STEP_TEXT_CHARS = 20_000
"""Longest tool input/output shown in a step; longer text is cut with a marker."""

CUT_MARKER = web_words.CUT_MARKER


@dataclass(frozen=True)
class StarterSpec:
    """A suggestion on the welcome screen.

    Attributes:
        label: Text on the button.
        message: The chat message sent when it is clicked.
    """

    label: str
    message: str


STARTERS: tuple[StarterSpec, ...] = tuple(
    StarterSpec(label, message) for label, message in web_words.STARTERS)
"""Welcome-screen suggestions; each one is a message the offline coach understands."""


def greeting() -> str:
    """The short greeting shown when a chat starts (Markdown)."""
    return words.GREETING


def error_text(message: str, guidance: str) -> str:
    """An error as shown to the user: what went wrong, then the next step (Property 31).

    Args:
        message: What went wrong; must not be blank.
        guidance: What to do next; must not be blank.

    Returns:
        Markdown with both parts.

    Raises:
        ValueError: If either part is blank, so an error is never shown without a next step.
    """
    if not message.strip() or not guidance.strip():
        raise ValueError("an error needs a message and a next step")
    return words.TOOL_ERROR.format(message=message, guidance=guidance)


def refusal_text(error: HireReadyError) -> str:
    """The message for a refused upload or a failed request (its message and guidance)."""
    return error_text(error.message, error.guidance)


def working_text(attachment_count: int) -> str:
    """What to show while a turn runs (Property 29).

    Args:
        attachment_count: Files accepted with the message (0 for a text-only message).

    Returns:
        A short sentence saying the coach is working and about how long it takes.
    """
    return WORKING_ON_RESUME if attachment_count > 0 else WORKING


def step_input(args: Mapping[str, Any]) -> str:
    """A tool call's arguments as indented JSON for a step's input.

    Args:
        args: The arguments exactly as passed to the tool; values JSON cannot encode are
            shown with ``str``.

    Returns:
        JSON text, cut at :data:`MAX_STEP_TEXT_CHARS`.
    """
    return _cut(json.dumps(dict(args), indent=2, ensure_ascii=False, default=str))


def step_output(output: str) -> tuple[str, str | None]:
    """A tool's output for a step, pretty-printed when it is JSON.

    Args:
        output: The tool's content as the model saw it.

    Returns:
        ``(text, language)``: indented JSON and ``"json"``, or the text unchanged and
        ``None`` when it is not JSON. The text is cut at :data:`MAX_STEP_TEXT_CHARS`.
    """
    try:
        parsed = json.loads(output)
    except ValueError:
        return _cut(output), None
    return _cut(json.dumps(parsed, indent=2, ensure_ascii=False)), "json"


def _cut(text: str) -> str:
    if len(text) <= MAX_STEP_TEXT_CHARS:
        return text
    hidden = len(text) - MAX_STEP_TEXT_CHARS
    return text[:MAX_STEP_TEXT_CHARS] + CUT_MARKER.format(hidden=hidden)
