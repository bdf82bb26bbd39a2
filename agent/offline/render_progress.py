"""Offline replies for study logging and progress. Numbers come from the tools' JSON."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from prompts import progress_replies as words

LAST_DAYS = 7


def _what(entry: dict[str, Any]) -> str:
    skill, kind = entry.get("skill"), entry["type"]
    if entry.get("minutes_stated", True) and entry["minutes"]:
        template = words.WHAT_MINUTES if skill else words.WHAT_MINUTES_NO_SKILL
        return template.format(minutes=entry["minutes"], skill=skill, type=kind)
    suffix = f" ({skill})" if skill else ""
    if entry.get("count"):
        return words.WHAT_COUNT.format(count=entry["count"], type=kind, skill=suffix)
    return words.WHAT_OTHER.format(type=kind, skill=suffix) + words.NO_DURATION


def render_logged(data: dict[str, Any]) -> str:
    figures = data["figures"]
    lines = [words.LOGGED_HEADER]
    lines += [words.LOGGED_LINE.format(what=_what(e), date=e["date"]) for e in data["logged"]]
    today = max((e["date"] for e in data["logged"]), default="")
    today_minutes = sum(e["minutes"] for e in data["logged"] if e["date"] == today)
    streak = figures["streak_days"]
    lines += ["", words.LOGGED_FIGURES.format(today=today_minutes, week=figures["week_minutes"],
                                              streak=streak, s="" if streak == 1 else "s")]
    lines += ["", *[f"🎉 {text}" for text in data.get("congratulations", [])]]
    return "\n".join(lines).rstrip()


def render_changed(data: dict[str, Any]) -> str:
    if "removed" in data:
        entry = data["removed"]
        return words.REMOVED.format(what=_what(entry), date=entry["date"])
    entry = data["updated"]
    return words.UPDATED.format(what=_what(entry), date=entry["date"])


def render_log(data: dict[str, Any]) -> str:
    entries = data["entries"]
    if not entries:
        return words.LOG_EMPTY
    lines = [words.LOG_HEADER, ""]
    lines += [f"{n}. " + words.LOGGED_LINE.format(what=_what(e), date=e["date"])[2:]
              for n, e in enumerate(entries, start=1)]
    return "\n".join([*lines, "", words.LOG_FOOTER])


def render_progress(data: dict[str, Any]) -> str:
    figures, productivity = data["figures"], data["productivity"]
    streak = figures["streak_days"]
    lines = [words.PROGRESS_HEADER, "",
             words.PROGRESS_LINE.format(total=figures["total_minutes"],
                                        week=figures["week_minutes"], streak=streak,
                                        s="" if streak == 1 else "s"),
             words.PRODUCTIVITY_LINE.format(daily=productivity["daily"],
                                            weekly=productivity["weekly"],
                                            target=data["target_minutes"])]
    if figures["total_stages"]:
        lines.append(words.ROADMAP_LINE.format(
            progress=data["progress_percentage"], done=figures["completed_stages"],
            total=figures["total_stages"], goals_done=data["goals"]["completed"],
            goals_total=data["goals"]["total"]))
    days = data["daily"][-LAST_DAYS:]
    lines.append(words.LAST_DAYS.format(days=", ".join(
        words.DAY_CELL.format(label=date.fromisoformat(d["date"]).strftime("%a"),
                              minutes=d["minutes"]) for d in days)))
    if data.get("nudge"):
        lines += ["", data["nudge"]]
    return "\n".join(lines)


RENDERERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "log_activity": render_logged,
    "correct_last_activity": render_changed,
    "undo_last_activity": render_changed,
    "show_activity_log": render_log,
    "show_progress": render_progress,
}
"""Tool name -> reply renderer."""
