"""Replies for the reminder tools: the schedule as the tool describes it (time, days, time
zone and the next check-in come from the tool's JSON)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prompts import reminders as words


def _schedule(data: dict[str, Any]) -> str:
    description = str(data.get("reminders", {}).get("description", ""))
    template = words.REPLY_CHANGED if data.get("changed") else words.REPLY_SHOWN
    return template.format(description=description)


RENDERERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "set_reminders": _schedule,
    "stop_reminders": _schedule,
    "show_reminders": _schedule,
}
