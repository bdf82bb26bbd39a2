"""The web chat settings: target role, level, pace, hours per day, time zone and check-in
reminders, pre-filled from the user's row and stored when the user changes them.

The pure functions (:func:`settings_values`, :func:`read_settings`, :func:`saved_text`)
carry the logic and are tested without a browser; :func:`send_settings` and
:func:`apply_settings` are the thin Chainlit glue the app calls. Reminder changes go through
:func:`agent.preferences.change_reminders` (the reminder tools' path, so the check-in job
moves too) and are the user's own action, so no confirmation is asked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import chainlit as cl
from chainlit.input_widget import InputWidget, MultiSelect, Select, Slider, Switch, TextInput

from agent.preferences import UserSettings, change_reminders, load_settings, save_preferences
from agent.runtime import Runtime
from prompts import onboarding as words
from storage.repositories.preferences import PreferenceUpdate
from tools.errors import HireReadyError, InvalidInput
from tools.onboarding.zones import find_timezone
from tools.reminders.describe import describe_schedule
from tools.reminders.models import CRON_DAYS, ReminderChange, ReminderSchedule
from tools.reminders.parse import parse_days, parse_time

SESSION_KEY = "hireready_settings"
"""Key in the Chainlit user session of the values the panel was last filled with."""
MIN_HOURS, MAX_HOURS, HOURS_STEP = 0.5, 12.0, 0.5
"""Slider range of study hours per day (the stored range is (0, 24]; 12 h is plenty)."""
DEFAULT_HOURS = 1.0
"""Slider position before the user has chosen (the roadmap's own default)."""

PREFERENCE_KEYS = ("target_role", "experience_level", "learning_pace", "hours_per_day",
                   "timezone")
REMINDER_KEYS = ("reminders", "reminder_time", "reminder_days")


@dataclass
class SettingsChange:
    """What a settings update asks for.

    Attributes:
        preferences: Preferences to store (only those changed), or None.
        reminders: The reminder change, or None when reminders are untouched.
        problems: One text per value that cannot be used (message and next step).
    """

    preferences: PreferenceUpdate | None = None
    reminders: ReminderChange | None = None
    problems: list[str] = field(default_factory=list)


def settings_values(current: UserSettings) -> dict[str, Any]:
    """The panel's values for a user (widget id → value).

    Returns:
        ``target_role`` (text, "" unset), ``experience_level`` and ``learning_pace`` (a
        choice or :data:`prompts.onboarding.NOT_SET`), ``hours_per_day`` (float),
        ``timezone`` (IANA name), ``reminders`` (bool), ``reminder_time`` ("HH:MM") and
        ``reminder_days`` (cron names, Monday first).
    """
    account, schedule = current.account, current.reminders
    return {
        "target_role": account.target_role or "",
        "experience_level": account.experience_level or words.NOT_SET,
        "learning_pace": account.learning_pace or words.NOT_SET,
        "hours_per_day": account.hours_per_day or DEFAULT_HOURS,
        "timezone": account.timezone,
        "reminders": schedule.enabled,
        "reminder_time": schedule.at.strftime("%H:%M"),
        "reminder_days": [CRON_DAYS[d] for d in sorted(schedule.weekdays)],
    }


def widgets(values: Mapping[str, Any]) -> list[InputWidget]:
    """The settings widgets, filled with ``values`` (from :func:`settings_values`)."""
    def choice(options: tuple[str, ...], value: str) -> dict[str, Any]:
        listed = [words.NOT_SET, *options]
        return {"values": listed, "initial_index": listed.index(value) if value in listed
                else 0}

    return [
        TextInput(id="target_role", label=words.SETTING_ROLE, initial=values["target_role"],
                  placeholder=words.SETTING_ROLE_HINT),
        Select(id="experience_level", label=words.SETTING_LEVEL,
               **choice(words.LEVELS, values["experience_level"])),
        Select(id="learning_pace", label=words.SETTING_PACE,
               **choice(words.PACES, values["learning_pace"])),
        Slider(id="hours_per_day", label=words.SETTING_HOURS, min=MIN_HOURS, max=MAX_HOURS,
               step=HOURS_STEP, initial=min(max(values["hours_per_day"], MIN_HOURS),
                                           MAX_HOURS)),
        TextInput(id="timezone", label=words.SETTING_ZONE, initial=values["timezone"],
                  placeholder=words.SETTING_ZONE_HINT),
        Switch(id="reminders", label=words.SETTING_REMINDERS, initial=values["reminders"]),
        TextInput(id="reminder_time", label=words.SETTING_TIME,
                  initial=values["reminder_time"], placeholder=words.SETTING_TIME_HINT),
        MultiSelect(id="reminder_days", label=words.SETTING_DAYS,
                    items={label: day for day, label in words.DAY_LABELS.items()},
                    initial=list(values["reminder_days"])),
    ]


def read_settings(new: Mapping[str, Any], old: Mapping[str, Any]) -> SettingsChange:
    """What changed between the panel's old and new values, checked.

    Args:
        new: The values the user saved (widget id → value).
        old: The values the panel was filled with.

    Returns:
        The preference update (changed fields only), the reminder change (when any
        reminder widget changed) and the problems (each with a next step). A value with a
        problem is left out; the rest is still saved.
    """
    change = SettingsChange()
    preferences: dict[str, Any] = {}
    for key in PREFERENCE_KEYS:
        if key in new and new[key] != old.get(key):
            try:
                preferences[key] = _preference(key, new[key])
            except HireReadyError as error:
                change.problems.append(_problem(error))
    if preferences:
        change.preferences = PreferenceUpdate.model_validate(preferences)
    if any(key in new and new[key] != old.get(key) for key in REMINDER_KEYS):
        try:
            change.reminders = _reminder_change({**old, **new})
        except HireReadyError as error:
            change.problems.append(_problem(error))
    return change


def saved_text(change: SettingsChange, account_values: Mapping[str, Any],
               schedule: ReminderSchedule | None, description: str = "") -> str:
    """The short message after a settings update: what was saved, and any problems.

    Args:
        change: What was asked (:func:`read_settings`).
        account_values: The panel values after saving.
        schedule: The stored reminder schedule when reminders changed, else None.
        description: The schedule in words (when reminders changed and are on).
    """
    labels = {"target_role": words.SETTING_ROLE, "experience_level": words.SETTING_LEVEL,
              "learning_pace": words.SETTING_PACE, "hours_per_day": words.SETTING_HOURS,
              "timezone": words.SETTING_ZONE}
    parts = [words.SETTINGS_PART.format(label=labels[key],
                                        value=account_values.get(key) or words.NOT_SET)
             for key in (change.preferences.model_fields_set if change.preferences else ())]
    if schedule is not None:
        parts.append(words.REMINDERS_ON.format(description=description)
                     if schedule.enabled else words.REMINDERS_OFF)
    lines = [words.SETTINGS_SAVED.format(summary="; ".join(sorted(parts)))] if parts else []
    if change.problems:
        lines.append(words.SETTINGS_NOT_SAVED.format(problems=" ".join(change.problems)))
    return "\n\n".join(lines) or words.SETTINGS_UNCHANGED


def _preference(key: str, value: Any) -> Any:
    if key in ("experience_level", "learning_pace"):
        return None if value in (None, "", words.NOT_SET) else str(value)
    if key == "hours_per_day":
        return float(value)
    if key == "timezone":
        return find_timezone(str(value))
    return str(value or "").strip()


def _reminder_change(values: Mapping[str, Any]) -> ReminderChange:
    if not values.get("reminders"):
        return ReminderChange(action="stop")
    days = list(values.get("reminder_days") or [])
    if not days:
        raise InvalidInput(words.NO_DAYS, words.NO_DAYS_NEXT)
    return ReminderChange(action="set", at=parse_time(str(values.get("reminder_time", ""))),
                          days=parse_days(days))


def _problem(error: HireReadyError) -> str:
    return words.ERROR.format(message=error.message, guidance=error.guidance)


# -- Chainlit glue ------------------------------------------------------------------------
async def send_settings(runtime: Runtime, user_id: str) -> None:
    """Show the settings panel filled from the user's row."""
    current = await cl.make_async(load_settings)(runtime.sessions, user_id)
    values = settings_values(current)
    cl.user_session.set(SESSION_KEY, values)  # type: ignore[no-untyped-call]
    await cl.ChatSettings(widgets(values)).send()  # type: ignore[no-untyped-call]


async def apply_settings(runtime: Runtime, user_id: str, new: Mapping[str, Any]) -> str:
    """Store what the user changed and return the confirmation text (Markdown)."""
    old = cl.user_session.get(SESSION_KEY) or {}  # type: ignore[no-untyped-call]
    change = read_settings(new, old)
    text = await cl.make_async(_store)(runtime, user_id, change)
    await send_settings(runtime, user_id)  # refill: a city becomes its IANA name
    return text


def _store(runtime: Runtime, user_id: str, change: SettingsChange) -> str:
    schedule: ReminderSchedule | None = None
    try:
        if change.preferences is not None:
            save_preferences(runtime.sessions, runtime.reminders, user_id, change.preferences)
        if change.reminders is not None:
            schedule, _ = change_reminders(runtime.sessions, runtime.reminders, user_id,
                                           change.reminders)
    except HireReadyError as error:
        change.problems.append(_problem(error))
    current = load_settings(runtime.sessions, user_id)
    description = (describe_schedule(current.reminders, datetime.now(UTC), ever_set=True)
                   if schedule is not None else "")
    return saved_text(change, settings_values(current), schedule, description)

