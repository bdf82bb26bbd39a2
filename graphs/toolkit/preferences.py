"""Preference tools for the model: show the user's coaching preferences and change them from
chat ("my time zone is Europe/London", "change my target role to data engineer", "set my
level to intermediate"). Stored as the user's own action (:mod:`graphs.preferences`): the
fields count as answered in onboarding and a new time zone moves the check-in job."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool, tool

import storage.repositories.roadmaps as roadmap_repo
import storage.repositories.users as user_repo
from graphs.preferences import role_titles, save_preferences
from graphs.services import Services
from graphs.toolkit.common import error_result, ok_result, user_id_of
from prompts import preferences as words
from storage.repositories.preferences import PreferenceUpdate
from storage.taxonomy import form_key
from tools.accounts import UserAccount
from tools.errors import HireReadyError, InvalidInput
from tools.onboarding.zones import find_timezone, zone_label
from tools.roadmap.deadline import REASONABLE_HOURS_PER_DAY


def preference_tools(services: Services) -> list[BaseTool]:
    """The preference tools bound to ``services``."""

    @tool(response_format="content_and_artifact")
    def show_preferences(config: RunnableConfig) -> tuple[str, Any]:
        """Show the user's coaching preferences: target role, level, pace, study hours a day
        and time zone (with the local time there)."""
        try:
            with services.sessions() as session:
                account = user_repo.require_user(session, user_id_of(config))
        except HireReadyError as error:
            return error_result(error)
        return ok_result({"preferences": preferences_result(account, services), "changed": []},
                         None)

    @tool(response_format="content_and_artifact")
    def update_preferences(config: RunnableConfig, time_zone: str = "", target_role: str = "",
                           level: str = "", hours_per_day: float | None = None,
                           minutes_per_day: int | None = None, pace: str = ""
                           ) -> tuple[str, Any]:
        """Change the user's coaching preferences; only the ones given change.

        Args:
            time_zone: A city, country, abbreviation or IANA name ("London", "Europe/Berlin",
                "UTC+2"); streaks and check-ins follow it.
            target_role: The role the user prepares for ("data engineer").
            level: beginner, intermediate or advanced.
            hours_per_day: Study hours a day (0 < h <= 24).
            minutes_per_day: Study minutes a day, when hours are not given.
            pace: daily or weekly.
        """
        user_id = user_id_of(config)
        try:
            update = _update(time_zone, target_role, level, hours_per_day, minutes_per_day,
                             pace, services)
            account = save_preferences(services.sessions, services.reminders, user_id, update)
            with services.sessions() as session:
                planned = roadmap_repo.get_active_roadmap(session, user_id) is not None
        except HireReadyError as error:
            return error_result(error)
        changed = sorted(update.model_fields_set)
        titles = set(role_titles(services.roles()).values())
        return ok_result({"preferences": preferences_result(account, services),
                          "changed": changed,
                          "role_known": account.target_role is None
                          or account.target_role in titles,
                          "beyond_reach": (account.hours_per_day or 0)
                          > REASONABLE_HOURS_PER_DAY,
                          "roadmap_unchanged": planned and bool(
                              {"experience_level", "hours_per_day", "learning_pace"}
                              & set(changed))}, account)

    return [show_preferences, update_preferences]


def preferences_result(account: UserAccount, services: Services) -> dict[str, Any]:
    """The JSON of the preference tools' ``preferences``.

    Returns:
        ``{"target_role", "level", "pace", "hours_per_day", "time_zone", "zone_label",
        "local_time"}``; ``zone_label`` is how to show the zone ("UTC+2" for
        "Etc/GMT-2"), ``local_time`` "HH:MM" now in it; unset fields are ``None``.
    """
    local = services.now().astimezone(ZoneInfo(account.timezone))
    return {"target_role": account.target_role, "level": account.experience_level,
            "pace": account.learning_pace, "hours_per_day": account.hours_per_day,
            "time_zone": account.timezone, "zone_label": zone_label(account.timezone),
            "local_time": local.strftime("%H:%M")}


def _update(time_zone: str, target_role: str, level: str, hours_per_day: float | None,
            minutes_per_day: int | None, pace: str, services: Services) -> PreferenceUpdate:
    """The change asked for, with the time zone resolved and a catalogue role's title.

    Raises:
        InvalidInput: Nothing to change, or a time zone that is not known (the storage
            layer checks level, pace, hours and role length).
    """
    fields: dict[str, Any] = {}
    if time_zone.strip():
        fields["timezone"] = _zone(time_zone)
    if target_role.strip():
        role = " ".join(target_role.split())
        fields["target_role"] = role_titles(services.roles()).get(form_key(role), role)
    if level.strip():
        fields["experience_level"] = level.strip().lower()
    if pace.strip():
        fields["learning_pace"] = pace.strip().lower()
    if hours_per_day is not None or minutes_per_day is not None:
        hours = hours_per_day if hours_per_day is not None else (minutes_per_day or 0) / 60
        fields["hours_per_day"] = round(hours, 2)
    if not fields:
        raise InvalidInput(words.NOTHING_TO_CHANGE, words.NOTHING_TO_CHANGE_NEXT)
    return PreferenceUpdate(**fields)


def _zone(text: str) -> str:
    """The zone of a place, also when a country follows it ("London, UK").

    Raises:
        InvalidInput: No zone is known for it.
    """
    try:
        return find_timezone(text)
    except InvalidInput:
        if "," not in text:
            raise
        return find_timezone(text.split(",")[0])
