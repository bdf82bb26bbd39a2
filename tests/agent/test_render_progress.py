"""Offline replies for the numbered log, edits, deletions and achievements (pure renderers)."""

from __future__ import annotations

from typing import Any

from agent.offline.render_progress import RENDERERS


def _entry(number: int | None, minutes: int, skill: str, day: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"type": "study", "minutes": minutes, "minutes_stated": True,
                             "count": None, "skill": skill, "date": day}
    return entry if number is None else {"number": number, **entry}


LOG = [_entry(1, 45, "Docker", "2026-11-28"), _entry(2, 40, "Python", "2026-11-27")]


def test_the_log_is_numbered_and_says_how_to_edit_and_how_many_are_hidden() -> None:
    text = RENDERERS["show_activity_log"]({"entries": LOG, "total": 12})
    assert "1. 45 min of Docker on 2026-11-28" in text
    assert "2. 40 min of Python on 2026-11-27" in text
    assert "newest 2 of 12" in text and "delete entry 2" in text


def test_an_edit_shows_before_after_and_the_new_numbering() -> None:
    text = RENDERERS["edit_activity"]({"entry": 2, "before": _entry(None, 90, "Python",
                                                                    "2026-11-26"),
                                       "updated": LOG[1], "entries": LOG})
    assert text.startswith("Entry 2 is now: 40 min of Python on 2026-11-27 (was 90 min of "
                           "Python on 2026-11-26)")
    assert "Your log now:" in text and "1. 45 min of Docker" in text


def test_a_deletion_names_what_went() -> None:
    text = RENDERERS["delete_activity"]({"entry": 1, "removed": LOG[0], "entries": []})
    assert "Deleted entry 1: 45 min of Docker on 2026-11-28" in text
    assert "empty" in text


def test_achievements_list_titles_dates_roadmaps_and_share_texts() -> None:
    data = {"achievements": [
        {"kind": "first_activity", "value": 1, "title": "First activity",
         "date": "2026-11-21", "share": "I've started: 40 minutes.", "roadmap": None},
        {"kind": "stage_done", "value": 1, "title": "Stage 1 done", "date": None,
         "share": "I just finished stage 1 of 3.", "roadmap": "Data Engineer"}],
        "figures": {"streak_days": 8}, "next_streak": {"days": 14, "to_go": 6, "minutes": 30}}
    text = RENDERERS["show_achievements"](data)
    assert "**First activity** — 2026-11-21" in text and "> I've started: 40 minutes." in text
    assert "**Stage 1 done** (Data Engineer) — date unknown" in text
    assert "14-day streak — 6 more days with at least 30 minutes (you're at 8)" in text
    assert "No achievements" in RENDERERS["show_achievements"](
        {"achievements": [], "figures": {}, "next_streak": None})


def _logged(entry_day: str, entry_minutes: int, today: int, day_total: int) -> dict[str, Any]:
    return {"logged": [{"type": "study", "minutes": entry_minutes, "minutes_stated": True,
                        "count": None, "skill": "SQL", "date": entry_day}],
            "today": {"date": "2026-11-28", "minutes": today},
            "days": [{"date": entry_day, "minutes": day_total}],
            "figures": {"week_minutes": 200, "streak_days": 2}, "congratulations": []}


def test_a_logged_past_day_never_counts_as_today() -> None:
    """"1.5h of SQL yesterday": today's own total, and yesterday's total apart."""
    reply = RENDERERS["log_activity"](_logged("2026-11-27", 90, 20, 120))
    assert "Today you're at **20 min**" in reply and "90 min**" not in reply
    assert "2026-11-27" in reply and "**120 min**" in reply


def test_a_log_for_today_shows_todays_total_once() -> None:
    reply = RENDERERS["log_activity"](_logged("2026-11-28", 45, 65, 65))
    assert "Today you're at **65 min**" in reply and reply.count("65 min") == 1
