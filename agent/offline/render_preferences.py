"""Offline replies for the preference tools. Values come from the tools' JSON; words from
:mod:`prompts.preferences`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prompts import preferences as words

_SHOWN_FIELD = {"target_role": "target_role", "experience_level": "level",
                "learning_pace": "pace", "hours_per_day": "hours_per_day",
                "timezone": "time_zone"}
"""Stored field → key of the tool's ``preferences`` JSON."""


def render_preferences(data: dict[str, Any]) -> str:
    """Reply to ``show_preferences`` and ``update_preferences``: what changed, then every
    preference, and what follows from the change."""
    prefs, changed = data["preferences"], data["changed"]
    lines = [words.LINES.format(
        target_role=prefs["target_role"] or words.NOT_SET, level=prefs["level"] or words.NOT_SET,
        pace=prefs["pace"] or words.NOT_SET, hours=_hours(prefs["hours_per_day"]),
        time_zone=prefs.get("zone_label") or prefs["time_zone"],
        local_time=prefs["local_time"])]
    if not changed:
        return "\n".join([words.SHOWN, *lines, "", words.CHANGE_HINT])
    done = ", ".join(words.CHANGE.format(name=words.FIELD_NAMES.get(f, f),
                                         value=_value(f, prefs)) for f in changed)
    parts = [words.SAVED.format(changes=done), words.SHOWN + "\n" + lines[0]]
    if "timezone" in changed:
        parts.append(words.ZONE_NOTE.format(time_zone=prefs.get("zone_label")
                                            or prefs["time_zone"]))
    if "target_role" in changed and not data.get("role_known", True):
        parts.append(words.ROLE_UNKNOWN.format(role=prefs["target_role"]))
    if "hours_per_day" in changed and data.get("beyond_reach"):
        parts.append(words.HOURS_BEYOND_REACH)
    if data.get("roadmap_unchanged"):
        parts.append(words.ROADMAP_NOTE)
    return "\n\n".join(parts)


def _value(field: str, prefs: dict[str, Any]) -> str:
    if field == "timezone":
        return str(prefs.get("zone_label") or prefs["time_zone"])
    value = prefs.get(_SHOWN_FIELD.get(field, field))
    return _hours(value) if field == "hours_per_day" else str(value)


def _hours(value: object) -> str:
    if not isinstance(value, int | float):
        return words.NOT_SET
    if value < 1:
        return words.MINUTES.format(minutes=round(value * 60))
    return words.HOURS.format(hours=value)


RENDERERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "show_preferences": render_preferences,
    "update_preferences": render_preferences,
}
