"""Tell the web user that long work is running and about how long it takes (Property 29).

Two waits are long enough to mention: the first use of the skill index in a process (models
and vectors loading, see :mod:`agent.warm_up`), and reading an attached file, estimated from
its page count. The handlers in :mod:`ui.chainlit_app` call :func:`warm_up_with_notice` and
:func:`working_text`.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from pathlib import Path

import chainlit as cl

from agent.runtime import Runtime
from prompts import waiting as words
from ui import web_render as render

log = logging.getLogger(__name__)

TURN_S = 1.0
"""Seconds of a turn apart from reading files (routing, tools, reply), rounded up."""

PARSE_S_PER_PAGE = 0.05
"""Seconds to read one PDF page: 0.012–0.028 s measured on 2 cores for text pages, doubled
for pages with more text or images."""

PARSE_S_PER_FILE = 0.5
"""Seconds to read a DOCX, TXT, JSON or CSV file of up to 5 MB, rounded up."""


async def warm_up_with_notice(runtime: Runtime) -> None:
    """Load the models and skill vectors now, saying so with an estimate when that takes a
    second or more; the notice is removed when they are ready."""
    seconds = runtime.warm_up_estimate_s()
    if seconds < 1:
        return
    notice = cl.Message(content=words.PREPARING_INDEX.format(seconds=seconds))
    await notice.send()  # type: ignore[no-untyped-call]
    try:
        await cl.make_async(runtime.warm_up)()
    finally:
        await notice.remove()  # type: ignore[no-untyped-call]


def pdf_pages(path: Path) -> int | None:
    """Pages of a PDF file, or ``None`` when it is not a PDF or cannot be opened."""
    if path.suffix.lower() != ".pdf":
        return None
    try:
        from pypdf import PdfReader

        return len(PdfReader(path).pages)
    except Exception:  # a damaged file: the tool that reads it will say what is wrong
        log.debug("page count failed for %s", path.name, exc_info=True)
        return None


def working_text(files: Sequence[tuple[str, Path]]) -> str:
    """What to show while a turn runs: with files, which one is read and about how long
    it takes (from the page count of a PDF); without, the usual short notice.

    Args:
        files: ``(name shown to the user, path on disk)`` of each accepted attachment.

    Returns:
        One line of Markdown.
    """
    if not files:
        return render.working_text(0)
    seconds, pages = TURN_S, 0
    for _, path in files:
        count = pdf_pages(path)
        pages += count or 0
        seconds += count * PARSE_S_PER_PAGE if count else PARSE_S_PER_FILE
    name = ", ".join(name for name, _ in files)
    whole = max(1, math.ceil(seconds))
    if pages > 1:
        return words.READING_PAGES.format(name=name, pages=pages, seconds=whole)
    return words.READING_FILE.format(name=name, seconds=whole)
