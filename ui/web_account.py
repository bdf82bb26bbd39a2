"""What the web face adds to account replies, from the tools' JSON (no Chainlit here): the
export file to download, and a button that sends the user's confirmation of a destructive
action (the button stands for the user's own message, so it passes the confirmation gate
exactly as typing the phrase would).
"""

from __future__ import annotations

import json
from pathlib import Path

from prompts import web_account as words

EXPORT_TOOLS = frozenset({"export_my_data"})
"""Tools whose result is a file to offer for download."""


def export_file(tool: str, output: str) -> Path | None:
    """The exported file a tool result names, when it exists on disk."""
    data = _json(output) if tool in EXPORT_TOOLS else None
    path = Path(str(data["file"])) if data and "file" in data else None
    return path if path is not None and path.is_file() else None


def confirmation_button(output: str) -> tuple[str, str] | None:
    """``(label, message)`` of a button confirming a ``confirmation_needed`` result."""
    data = _json(output)
    if not data or data.get("confirmation_needed") is not True:
        return None
    message = words.CONFIRM_MESSAGE.format(phrase=data["phrase"], code=data["code"])
    return words.CONFIRM_LABEL.format(phrase=data["phrase"]), message


def _json(output: str) -> dict[str, object] | None:
    try:
        data = json.loads(output)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None
