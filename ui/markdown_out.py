"""Printing a Markdown reply in a terminal: rendered when standard output is a terminal,
the Markdown itself when it is piped or redirected (so scripts and files keep the text)."""

from __future__ import annotations

import sys
from typing import TextIO


def echo_markdown(text: str, stdout: TextIO | None = None) -> None:
    """Print ``text`` (Markdown) to ``stdout`` (default: ``sys.stdout``), rendered with Rich
    on a terminal, as is otherwise."""
    out = stdout or sys.stdout
    if out.isatty():
        from rich.console import Console
        from rich.markdown import Markdown

        Console(file=out).print(Markdown(text))
        return
    out.write(text + "\n")
    out.flush()
