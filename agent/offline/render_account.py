"""Offline replies for confirmation requests, data export and account deletion.

Numbers come from the tools' JSON; words from :mod:`prompts.account_replies`.
:func:`render_confirmation` fits the result of any tool marked destructive, so the reply
dispatcher can call it for every ``{"confirmation_needed": true}`` result.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from prompts import account_replies as words


def render_confirmation(data: dict[str, Any]) -> str:
    """The question asking the user to confirm a destructive action, with the phrase and
    the one-time code to reply with."""
    return "\n\n".join((words.CONFIRM_HEADER.format(action=data["action"]),
                        words.CONFIRM_HOW.format(phrase=data["phrase"], code=data["code"])))


def render_export(data: dict[str, Any]) -> str:
    """Where the export file is and what it holds."""
    if data.get("confirmation_needed"):
        return render_confirmation(data)
    tables = sum(1 for count in data["tables"].values() if count)
    return "\n\n".join((words.EXPORTED.format(
        file=Path(data["file"]).name, rows=data["rows"], tables=tables, files=data["files"],
        conversations=data["conversations"], messages=data["messages"]),
        words.EXPORTED_NEXT))


def render_deleted(data: dict[str, Any]) -> str:
    """What deleting the account removed."""
    if data.get("confirmation_needed"):
        return render_confirmation(data)
    return "\n\n".join((words.DELETED.format(rows=data["rows"], files=data["files"],
                                             conversations=data["conversations"]),
                        words.DELETED_NEXT))


RENDERERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "export_my_data": render_export,
    "delete_my_account": render_deleted,
}
"""Tool name -> renderer, merged into the offline reply dispatcher."""
