"""Printing a Markdown reply in a terminal: rendered with Rich on a terminal; when piped or
redirected, the same lines with the inline markup taken out (``**bold**`` → ``bold``,
``[title](url)`` → ``title (url)``), so scripts and files read it as the user sees it."""

from __future__ import annotations

import re
import sys
from typing import TextIO

_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_CODE = re.compile(r"`([^`]+)`")
_LINK = re.compile(r"\[([^\]]+)\]\((\S+?)\)")


def plain_text(markdown: str) -> str:
    """``markdown`` without its inline markup; line breaks, lists and tables stay as written."""
    text = _LINK.sub(r"\1 (\2)", markdown)
    text = _BOLD.sub(lambda m: m.group(1) or m.group(2), text)
    return _CODE.sub(r"\1", text)


def echo_markdown(text: str, stdout: TextIO | None = None) -> None:
    """Print ``text`` (Markdown) to ``stdout`` (default: ``sys.stdout``): rendered on a
    terminal, as :func:`plain_text` otherwise."""
    out = stdout or sys.stdout
    if out.isatty():
        from rich.console import Console
        from rich.markdown import Markdown

        Console(file=out).print(Markdown(text))
        return
    out.write(plain_text(text) + "\n")
    out.flush()
