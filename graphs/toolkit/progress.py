"""Progress tools for the model: log study time from the user's words, correct or undo the
last entry, show the numbered log and edit or delete any entry by its number, show progress
(streak, productivity scores, stage progress) and achievements. Every number comes from
:mod:`tools.progress` through :mod:`graphs.toolkit.progress_data`; days are the user's local
days."""

from __future__ import annotations

import datetime as dt
from typing import Any

from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool, tool
from sqlalchemy.orm import Session

import storage.repositories.activities as activity_repo
from graphs.confirmation import destructive
from graphs.services import Services
from graphs.toolkit import progress_data as data
from graphs.toolkit.common import error_result, ok_result, user_id_of
from prompts import errors as msg
from prompts import progress as words
from tools.errors import HireReadyError, InvalidInput, NotFound
from tools.progress.clock import occurred_at
from tools.progress.log import new_activity
from tools.progress.models import Activity
from tools.progress.motivation import Figures, ProgressState, congratulate, new_milestones
from tools.progress.parse import MAX_MINUTES, parse_activities, parse_day

LOG_LIMIT = data.LOG_LIMIT
"""Entries shown by "show my log"."""
CHART_DAYS = data.CHART_DAYS
"""Days of minutes shown by "how am I doing?"."""


def progress_tools(services: Services) -> list[BaseTool]:
    """The progress tools bound to ``services``."""

    def _figures(session: Session, user_id: str, zone: str) -> Figures:
        return _figures_and_days(session, user_id, zone)[0]

    def _figures_and_days(session: Session, user_id: str, zone: str
                          ) -> tuple[Figures, dict[dt.date, int]]:
        today = data.local_today(services.now(), zone)
        return data.user_progress_figures(session, user_id, zone, today, services.taxonomy())

    def _state(figures: Figures, count: int) -> ProgressState:
        return ProgressState(activity_count=count, streak_days=figures.streak_days,
                             completed_stages=figures.completed_stages,
                             total_stages=figures.total_stages)

    def _entry(activity: Activity, zone: str, number: int | None = None) -> dict[str, Any]:
        return data.entry_view(activity, zone, services.taxonomy(), number)

    @tool(response_format="content_and_artifact")
    def log_activity(text: str, config: RunnableConfig) -> tuple[str, Any]:
        """Log study time or practice from the user's own words, e.g. "I studied Docker for
        45 minutes", "1.5h of SQL yesterday", "did 2 LeetCode problems" (several at once
        are fine). Pass the user's sentence unchanged as ``text``.

        Returns ``{"logged": [entry], "today": {"date", "minutes"}, "days": [{"date",
        "minutes"}], "figures", "congratulations"}``: ``today`` is the total of the user's
        local today (whatever day was logged), ``days`` the totals of the days logged."""
        user_id = user_id_of(config)
        try:
            with services.sessions.begin() as session:
                zone = data.user_zone(session, user_id)
                drafts = parse_activities(text, services.now(), zone, services.skill_matcher())
                before = _figures(session, user_id, zone)
                count = activity_repo.count_activities(session, user_id)
                saved = [activity_repo.add_activity(
                    session, user_id, new_activity(d, services.now(), zone)) for d in drafts]
                after, daily = _figures_and_days(session, user_id, zone)
        except HireReadyError as error:
            return error_result(error)
        milestones = new_milestones(_state(before, count), _state(after, count + len(saved)))
        today = data.local_today(services.now(), zone)
        days = sorted({data.local_day_of(a, zone) for a in saved})
        return ok_result({"logged": [_entry(a, zone) for a in saved],
                          "today": _day_total(today, daily),
                          "days": [_day_total(day, daily) for day in days],
                          "figures": after.model_dump(),
                          "congratulations": [congratulate(m, after).text for m in milestones]},
                         saved)

    @tool(response_format="content_and_artifact")
    def correct_last_activity(minutes: int, config: RunnableConfig) -> tuple[str, Any]:
        """Correct the minutes of the last logged activity ("no, it was 30 minutes")."""
        return _change_last(config, minutes)

    @tool(response_format="content_and_artifact")
    def undo_last_activity(config: RunnableConfig) -> tuple[str, Any]:
        """Remove the last logged activity ("undo")."""
        return _change_last(config, None)

    def _change_last(config: RunnableConfig, minutes: int | None) -> tuple[str, Any]:
        user_id = user_id_of(config)
        try:
            if minutes is not None:
                _check_minutes(minutes)
            with services.sessions.begin() as session:
                zone = data.user_zone(session, user_id)
                last = activity_repo.last_activity(session, user_id)
                if last is None:
                    raise NotFound(msg.NO_ACTIVITY, msg.NO_ACTIVITY_NEXT)
                changed = (activity_repo.delete_activity(session, user_id, last.id)
                           if minutes is None else activity_repo.update_activity(
                               session, user_id, last.id, minutes=minutes,
                               minutes_stated=True))
        except HireReadyError as error:
            return error_result(error)
        return ok_result({"removed" if minutes is None else "updated": _entry(changed, zone)},
                         changed)

    @tool(response_format="content_and_artifact")
    def show_activity_log(config: RunnableConfig, limit: int = LOG_LIMIT) -> tuple[str, Any]:
        """List the user's most recent logged activities, numbered from 1 (newest first);
        the numbers are the ``entry`` that edit_activity and delete_activity take. ``limit``
        is how many to list (default 10, at most 100)."""
        user_id = user_id_of(config)
        shown = max(1, min(limit, data.MAX_LOG_LIMIT))
        with services.sessions() as session:
            zone = data.user_zone(session, user_id)
            entries = data.numbered_log(session, user_id, zone, services.taxonomy(), shown)
            total = activity_repo.count_activities(session, user_id)
        return ok_result({"entries": entries, "total": total}, entries)

    @tool(response_format="content_and_artifact")
    def edit_activity(entry: int, config: RunnableConfig, minutes: int | None = None,
                      date: str | None = None, skill: str | None = None) -> tuple[str, Any]:
        """Change one entry of the study log by its number in "show my log" (1 = newest):
        "change entry 2 to 40 minutes" -> entry=2, minutes=40; "entry 4 was yesterday" ->
        entry=4, date="yesterday"; "entry 1 was SQL, not Python" -> entry=1, skill="SQL".
        ``date`` is the user's words for the day ("yesterday", "last Monday", "2026-03-01").
        Give only what changes."""
        user_id = user_id_of(config)
        try:
            if minutes is None and date is None and not (skill and skill.strip()):
                raise InvalidInput(words.NOTHING_TO_CHANGE.format(entry=entry),
                                   words.NOTHING_TO_CHANGE_NEXT.format(entry=entry))
            if minutes is not None:
                _check_minutes(minutes)
            with services.sessions.begin() as session:
                zone = data.user_zone(session, user_id)
                before = _numbered(session, user_id, entry)
                changes = _changes(before, zone, minutes, date, skill)
                after = activity_repo.update_activity(session, user_id, before.id, **changes)
                log = data.numbered_log(session, user_id, zone, services.taxonomy())
        except HireReadyError as error:
            return error_result(error)
        return ok_result({"entry": entry, "before": _entry(before, zone),
                          "updated": _entry(after, zone), "entries": log}, after)

    @destructive(words.DELETE_ENTRY_ACTION, words.DELETE_ENTRY_PHRASE)
    @tool(response_format="content_and_artifact")
    def delete_activity(entry: int, config: RunnableConfig) -> tuple[str, Any]:
        """Delete one entry of the study log by its number in "show my log" (1 = newest):
        "delete entry 3" -> entry=3."""
        user_id = user_id_of(config)
        try:
            with services.sessions.begin() as session:
                zone = data.user_zone(session, user_id)
                target = _numbered(session, user_id, entry)
                removed = activity_repo.delete_activity(session, user_id, target.id)
                log = data.numbered_log(session, user_id, zone, services.taxonomy())
        except HireReadyError as error:
            return error_result(error)
        return ok_result({"entry": entry, "removed": _entry(removed, zone), "entries": log},
                         removed)

    def _numbered(session: Session, user_id: str, entry: int) -> Activity:
        found = activity_repo.activity_at(session, user_id, entry)
        if found is not None:
            return found
        count = activity_repo.count_activities(session, user_id)
        if count == 0:
            raise NotFound(msg.NO_ACTIVITY, msg.NO_ACTIVITY_NEXT)
        raise NotFound(words.NO_SUCH_ENTRY.format(entry=entry, count=count,
                                                  s="y" if count == 1 else "ies"),
                       words.NO_SUCH_ENTRY_NEXT)

    def _changes(activity: Activity, zone: str, minutes: int | None, day: str | None,
                 skill: str | None) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        if minutes is not None:
            changes.update(minutes=minutes, minutes_stated=True)
        if day is not None:
            now = services.now()
            changes["occurred_at"] = occurred_at(parse_day(day, now, zone), now, zone)
        if skill and skill.strip():
            changes["skill_name"] = _skill_id(skill.strip())
        return changes

    def _skill_id(skill: str) -> str:
        """The taxonomy id of a named skill, or the name itself when the taxonomy lacks it."""
        entry = services.taxonomy().by_alias(skill)
        if entry is not None:
            return entry.id
        ids = services.skill_matcher().find_ids(skill)
        return ids[0] if ids else skill

    @tool(response_format="content_and_artifact")
    def show_progress(config: RunnableConfig) -> tuple[str, Any]:
        """Show progress ("how am I doing?"): total minutes, streak (local days with 30+
        minutes), daily and weekly productivity scores (0-100), roadmap stage progress and
        minutes per day for the last 4 weeks."""
        user_id = user_id_of(config)
        try:
            with services.sessions() as session:
                report = data.progress_report(session, user_id, services.now(),
                                              services.taxonomy())
        except HireReadyError as error:
            return error_result(error)
        return ok_result(report, report)

    @tool(response_format="content_and_artifact")
    def show_achievements(config: RunnableConfig) -> tuple[str, Any]:
        """List the milestones the user has reached ("show my achievements"): first
        activity, 7/14/30/60/100-day streaks, stages and roadmaps done, each with its date
        and a ready-to-share text."""
        user_id = user_id_of(config)
        try:
            with services.sessions() as session:
                report = data.achievements_report(session, user_id, services.now(),
                                                  services.taxonomy())
        except HireReadyError as error:
            return error_result(error)
        return ok_result(report, report)

    return [log_activity, correct_last_activity, undo_last_activity, show_activity_log,
            edit_activity, delete_activity, show_progress, show_achievements]


def _day_total(day: dt.date, daily: dict[dt.date, int]) -> dict[str, Any]:
    """``{"date": ISO day, "minutes": int}``: every minute logged on that local day."""
    return {"date": day.isoformat(), "minutes": daily.get(day, 0)}


def _check_minutes(minutes: int) -> None:
    """Minutes of one entry must be 0–1,440 (one day).

    Raises:
        InvalidInput: Otherwise.
    """
    if not 0 <= minutes <= MAX_MINUTES:
        raise InvalidInput(msg.BAD_MINUTES.format(minutes=minutes), msg.BAD_MINUTES_NEXT)
