"""Reminder tools for the model: set or change check-ins from the user's words or from
structured arguments, show them, and stop or pause them. Each updates the user's row and,
through :attr:`graphs.services.Services.reminders`, the scheduler job."""

from __future__ import annotations

from typing import Any

from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool, tool

import storage.repositories.users as user_repo
from graphs.confirmation import destructive
from graphs.services import Services
from graphs.toolkit.common import error_result, ok_result, user_id_of
from prompts import reminders as words
from tools.errors import HireReadyError, InvalidInput
from tools.reminders.describe import describe_schedule
from tools.reminders.models import CRON_DAYS, ReminderChange, ReminderSchedule
from tools.reminders.parse import apply_change, parse_days, parse_request, parse_time
from tools.reminders.slots import next_slot


def reminder_tools(services: Services) -> list[BaseTool]:
    """The reminder tools bound to ``services``."""

    def _apply(user_id: str, change: ReminderChange) -> tuple[str, Any]:
        try:
            with services.sessions.begin() as session:
                current = user_repo.get_reminder_schedule(session, user_id)
                stored = user_repo.set_reminder_schedule(session, user_id,
                                                         apply_change(current, change))
        except HireReadyError as error:
            return error_result(error)
        if services.reminders is not None:
            services.reminders.schedule(user_id, stored)
        return ok_result({"reminders": _public(stored, services, ever_set=True),
                          "changed": stored != current}, stored)

    @destructive(words.CHANGE_ACTION, words.CHANGE_PHRASE)
    @tool(response_format="content_and_artifact")
    def set_reminders(config: RunnableConfig, request: str | None = None,
                      time: str | None = None, days: list[str] | None = None) -> tuple[str, Any]:
        """Set or change the user's study check-in reminders. Pass the user's sentence
        unchanged as ``request`` ("remind me every weekday at 7pm", "make it 8pm", "not on
        Fridays", "only on weekends", "resume reminders"); or give ``time`` ("19:30", "7pm")
        and/or ``days`` (["mon", "wed"], ["weekdays"], ["weekends"], ["every day"])."""
        try:
            change = _change(request, time, days)
        except HireReadyError as error:
            return error_result(error)
        return _apply(user_id_of(config), change)

    @destructive(words.STOP_ACTION, words.STOP_PHRASE)
    @tool(response_format="content_and_artifact")
    def stop_reminders(config: RunnableConfig, pause: bool = False) -> tuple[str, Any]:
        """Turn the user's check-in reminders off ("stop the reminders"); ``pause=True`` for
        "pause reminders". Time and days are kept so "resume reminders" brings them back."""
        return _apply(user_id_of(config), ReminderChange(action="pause" if pause else "stop"))

    @tool(response_format="content_and_artifact")
    def show_reminders(config: RunnableConfig) -> tuple[str, Any]:
        """Show the user's check-in reminders: on or off, time, days, time zone, next one."""
        user_id = user_id_of(config)
        try:
            with services.sessions() as session:
                schedule = user_repo.get_reminder_schedule(session, user_id)
                ever_set = user_repo.reminders_ever_set(session, user_id)
        except HireReadyError as error:
            return error_result(error)
        return ok_result({"reminders": _public(schedule, services, ever_set=ever_set)},
                         schedule)

    return [set_reminders, stop_reminders, show_reminders]


def _change(request: str | None, at: str | None, days: list[str] | None) -> ReminderChange:
    """One change from the user's words and/or structured arguments (these win).

    Raises:
        InvalidInput: Nothing given, a time out of range, or an unknown day.
    """
    has_request = bool(request and request.strip())
    if not has_request and not at and not days:
        raise InvalidInput(words.NOTHING_TO_SET.format(text=request or ""),
                           words.NOTHING_TO_SET_NEXT)
    change = parse_request(request or "") if has_request else ReminderChange()
    if at:
        change = change.model_copy(update={"action": "set", "at": parse_time(at),
                                           "bare_hour": False})
    if days:
        change = change.model_copy(update={"action": "set", "days": parse_days(days)})
    return change


def _public(schedule: ReminderSchedule, services: Services, *, ever_set: bool) -> dict[str, Any]:
    now = services.now()
    return {
        "enabled": schedule.enabled, "time": schedule.at.strftime("%H:%M"),
        "days": [CRON_DAYS[d] for d in sorted(schedule.weekdays)],
        "timezone": schedule.timezone,
        "description": describe_schedule(schedule, now, ever_set=ever_set),
        "next": next_slot(schedule, now).isoformat() if schedule.enabled else None,
    }
