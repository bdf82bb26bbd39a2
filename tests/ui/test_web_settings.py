"""Chat settings mapping (pure functions, no browser) and the welcome-screen starters."""

from __future__ import annotations

from datetime import UTC, datetime, time

from agent.preferences import UserSettings
from prompts import onboarding as words
from tools.accounts import UserAccount
from tools.reminders.models import ReminderSchedule
from ui import web_render as render
from ui import web_settings as settings


def _current(**account: object) -> UserSettings:
    user = UserAccount(id="u1", username="nia", created_at=datetime(2026, 1, 1, tzinfo=UTC),
                       timezone="Europe/Berlin", **account)  # type: ignore[arg-type]
    return UserSettings(user, ReminderSchedule(enabled=True, at=time(19, 30),
                                               weekdays=frozenset({0, 2}),
                                               timezone="Europe/Berlin"))


def test_values_are_prefilled_from_the_user_row() -> None:
    values = settings.settings_values(_current(target_role="Data Analyst",
                                               experience_level="beginner"))
    assert values == {"target_role": "Data Analyst", "experience_level": "beginner",
                      "learning_pace": words.NOT_SET, "hours_per_day": settings.DEFAULT_HOURS,
                      "timezone": "Europe/Berlin", "reminders": True,
                      "reminder_time": "19:30", "reminder_days": ["mon", "wed"]}
    widgets = {w.id: w for w in settings.widgets(values)}
    assert widgets["experience_level"].initial == "beginner"
    assert widgets["reminder_days"].initial == ["mon", "wed"]


def test_only_changed_values_are_stored_and_a_city_becomes_its_zone() -> None:
    old = settings.settings_values(_current())
    change = settings.read_settings({**old, "timezone": "Tokyo", "learning_pace": "weekly",
                                     "hours_per_day": 2.5}, old)
    assert change.preferences is not None
    assert change.preferences.changes() == {"timezone": "Asia/Tokyo",
                                            "learning_pace": "weekly", "hours_per_day": 2.5}
    assert change.reminders is None and change.problems == []


def test_reminders_switch_time_and_days_become_one_change() -> None:
    old = settings.settings_values(_current())
    on = settings.read_settings({**old, "reminder_time": "7pm",
                                 "reminder_days": ["fri", "sat"]}, old).reminders
    assert on is not None and (on.action, on.at, on.days) == ("set", time(19, 0),
                                                              frozenset({4, 5}))
    off = settings.read_settings({**old, "reminders": False}, old).reminders
    assert off is not None and off.action == "stop"


def test_a_bad_time_or_zone_is_a_problem_with_a_next_step_and_the_rest_is_kept() -> None:
    old = settings.settings_values(_current())
    change = settings.read_settings({**old, "timezone": "Atlantis", "reminder_time": "25pm",
                                     "target_role": "Data Engineer"}, old)
    assert change.preferences is not None
    assert change.preferences.changes() == {"target_role": "Data Engineer"}
    assert change.reminders is None and len(change.problems) == 2
    assert all("Next step:" in problem for problem in change.problems)
    text = settings.saved_text(change, {**old, "target_role": "Data Engineer"}, None)
    assert "Data Engineer" in text and "Atlantis" in text
    no_days = settings.read_settings({**old, "reminder_days": []}, old)
    assert no_days.reminders is None and no_days.problems


def test_nothing_changed_says_so() -> None:
    old = settings.settings_values(_current())
    assert settings.saved_text(settings.read_settings(dict(old), old), old, None) == \
        words.SETTINGS_UNCHANGED


def test_starters_show_what_to_try() -> None:
    messages = " ".join(s.message.lower() for s in render.STARTERS)
    for words_ in ("resume", "missing", "roadmap", "studied", "mock interview", "ready"):
        assert words_ in messages
