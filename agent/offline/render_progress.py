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
    """What was logged, the total of each past day logged, and today's local total (the
    tool's ``today``, never the logged entry's minutes), this week's and the streak."""
    figures, today = data["figures"], data["today"]
    lines = [words.LOGGED_HEADER]
    lines += [words.LOGGED_LINE.format(what=_what(e), date=e["date"]) for e in data["logged"]]
    past = [d for d in data.get("days", []) if d["date"] != today["date"]]
    if past:
        lines += ["", *[words.LOGGED_DAY_TOTAL.format(date=d["date"], minutes=d["minutes"])
                        for d in past]]
    streak = figures["streak_days"]
    lines += ["", words.LOGGED_FIGURES.format(today=today["minutes"],
                                              week=figures["week_minutes"],
                                              streak=streak, s="" if streak == 1 else "s")]
    lines += ["", *[f"🎉 {text}" for text in data.get("congratulations", [])]]
    return "\n".join(lines).rstrip()


def render_changed(data: dict[str, Any]) -> str:
    if "removed" in data:
        entry = data["removed"]
        return words.REMOVED.format(what=_what(entry), date=entry["date"])
    entry = data["updated"]
    return words.UPDATED.format(what=_what(entry), date=entry["date"])


def _numbered_lines(entries: list[dict[str, Any]]) -> list[str]:
    return [words.LOG_LINE.format(number=e.get("number", n), what=_what(e), date=e["date"])
            for n, e in enumerate(entries, start=1)]


def render_log(data: dict[str, Any]) -> str:
    entries = data["entries"]
    if not entries:
        return words.LOG_EMPTY
    lines = [words.LOG_HEADER, "", *_numbered_lines(entries)]
    total = data.get("total", len(entries))
    if total > len(entries):
        lines += ["", words.LOG_MORE.format(shown=len(entries), total=total)]
    return "\n".join([*lines, "", words.LOG_FOOTER])


def _log_now(entries: list[dict[str, Any]]) -> list[str]:
    if not entries:
        return ["", words.LOG_NOW_EMPTY]
    return ["", words.LOG_NOW, "", *_numbered_lines(entries)]


def render_edited(data: dict[str, Any]) -> str:
    entry, before = data["updated"], data["before"]
    head = words.EDITED.format(entry=data["entry"], what=_what(entry), date=entry["date"],
                               before=_what(before), before_date=before["date"])
    return "\n".join([head, *_log_now(data.get("entries", []))])


def render_deleted(data: dict[str, Any]) -> str:
    entry = data["removed"]
    head = words.DELETED.format(entry=data["entry"], what=_what(entry), date=entry["date"])
    return "\n".join([head, *_log_now(data.get("entries", []))])


def render_achievements(data: dict[str, Any]) -> str:
    items = data["achievements"]
    if not items:
        return words.ACHIEVEMENTS_EMPTY
    lines = [words.ACHIEVEMENTS_HEADER, ""]
    for item in items:
        roadmap = (words.ACHIEVEMENT_ROADMAP.format(roadmap=item["roadmap"])
                   if item.get("roadmap") else "")
        lines.append(words.ACHIEVEMENT_ITEM.format(
            title=item["title"], roadmap=roadmap,
            date=item.get("date") or words.ACHIEVEMENT_NO_DATE))
        lines.append(words.ACHIEVEMENT_SHARE.format(text=item["share"]))
    upcoming = data.get("next_streak")
    if upcoming:
        streak = data["figures"]["streak_days"]
        lines += ["", words.ACHIEVEMENTS_NEXT_STREAK.format(
            days=upcoming["days"], to_go=upcoming["to_go"], minutes=upcoming["minutes"],
            s="" if upcoming["to_go"] == 1 else "s", streak=streak)]
    return "\n".join([*lines, "", words.ACHIEVEMENTS_SHARE_HINT])


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
    else:
        lines.append(words.ROADMAP_LINE_EMPTY)
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
    "edit_activity": render_edited,
    "delete_activity": render_deleted,
    "show_progress": render_progress,
    "show_achievements": render_achievements,
}
"""Tool name -> reply renderer."""
