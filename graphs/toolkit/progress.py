"""Progress tools for the model: log study time from the user's words, correct or undo the
last entry, show the log, and show progress with streak and productivity scores. Every
number comes from :mod:`tools.progress`; days are the user's local days."""

from __future__ import annotations

from datetime import date
from typing import Any

from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool, tool
from sqlalchemy.orm import Session

import storage.repositories.activities as activity_repo
import storage.repositories.roadmaps as roadmap_repo
import storage.repositories.users as user_repo
from graphs.services import Services
from graphs.toolkit.common import error_result, ok_result, user_id_of
from prompts import errors as msg
from tools.errors import HireReadyError, InvalidInput, NotFound
from tools.progress.clock import local_now
from tools.progress.log import minutes_by_day, new_activity
from tools.progress.metrics import daily_score, target_minutes, weekly_score
from tools.progress.models import Activity
from tools.progress.motivation import (
    Figures,
    ProgressState,
    congratulate,
    inactivity_nudge,
    new_milestones,
    user_figures,
)
from tools.progress.parse import parse_activities
from tools.roadmap.progress import goal_counts

LOG_LIMIT = 10
"""Entries shown by "show my log"."""
CHART_DAYS = 28
"""Days of minutes shown by "how am I doing?"."""


def progress_tools(services: Services) -> list[BaseTool]:
    """The progress tools bound to ``services``."""

    def _zone(session: Session, user_id: str) -> str:
        account = user_repo.get_user(session, user_id)
        return account.timezone if account else "UTC"

    def _today(zone: str) -> date:
        return local_now(services.now(), zone).date()

    def _stages(session: Session, user_id: str) -> tuple[int, int]:
        found = roadmap_repo.get_active_roadmap(session, user_id)
        if found is None:
            return 0, 0
        stages = found[1].stages
        return sum(s.status == "completed" for s in stages), len(stages)

    def _figures(session: Session, user_id: str, zone: str) -> tuple[Figures, dict[date, int]]:
        activities = activity_repo.list_activities(session, user_id)
        daily = minutes_by_day(activities, zone)
        done, total = _stages(session, user_id)
        skill = next((a.skill_name for a in activities if a.skill_name), None)
        return user_figures(daily, _today(zone), skill=_skill_name(skill, services),
                            completed_stages=done, total_stages=total), daily

    def _state(figures: Figures, count: int) -> ProgressState:
        return ProgressState(activity_count=count, streak_days=figures.streak_days,
                             completed_stages=figures.completed_stages,
                             total_stages=figures.total_stages)

    @tool(response_format="content_and_artifact")
    def log_activity(text: str, config: RunnableConfig) -> tuple[str, Any]:
        """Log study time or practice from the user's own words, e.g. "I studied Docker for
        45 minutes", "1.5h of SQL yesterday", "did 2 LeetCode problems" (several at once
        are fine). Pass the user's sentence unchanged as ``text``."""
        user_id = user_id_of(config)
        try:
            with services.sessions.begin() as session:
                zone = _zone(session, user_id)
                drafts = parse_activities(text, services.now(), zone, services.skill_matcher())
                before, _ = _figures(session, user_id, zone)
                count = len(activity_repo.list_activities(session, user_id))
                saved = [activity_repo.add_activity(
                    session, user_id, new_activity(d, services.now(), zone)) for d in drafts]
                after, _ = _figures(session, user_id, zone)
        except HireReadyError as error:
            return error_result(error)
        milestones = new_milestones(_state(before, count), _state(after, count + len(saved)))
        return ok_result({"logged": [_entry(a, zone, services) for a in saved],
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
            if minutes is not None and not 0 <= minutes <= 24 * 60:
                raise InvalidInput(msg.BAD_MINUTES.format(minutes=minutes), msg.BAD_MINUTES_NEXT)
            with services.sessions.begin() as session:
                zone = _zone(session, user_id)
                last = activity_repo.last_activity(session, user_id)
                if last is None:
                    raise NotFound(msg.NO_ACTIVITY, msg.NO_ACTIVITY_NEXT)
                changed = (activity_repo.delete_activity(session, user_id, last.id)
                           if minutes is None else activity_repo.update_activity(
                               session, user_id, last.id, minutes=minutes,
                               minutes_stated=True))
        except HireReadyError as error:
            return error_result(error)
        return ok_result({"removed" if minutes is None else "updated":
                          _entry(changed, zone, services)}, changed)

    @tool(response_format="content_and_artifact")
    def show_activity_log(config: RunnableConfig) -> tuple[str, Any]:
        """List the user's most recent logged activities."""
        user_id = user_id_of(config)
        with services.sessions() as session:
            zone = _zone(session, user_id)
            recent = activity_repo.list_activities(session, user_id, limit=LOG_LIMIT)
        return ok_result({"entries": [_entry(a, zone, services) for a in recent]}, recent)

    @tool(response_format="content_and_artifact")
    def show_progress(config: RunnableConfig) -> tuple[str, Any]:
        """Show progress: total minutes, streak (local days with 30+ minutes), daily and
        weekly productivity scores (0-100), roadmap progress and minutes per day."""
        user_id = user_id_of(config)
        with services.sessions() as session:
            zone = _zone(session, user_id)
            figures, daily = _figures(session, user_id, zone)
            account = user_repo.get_user(session, user_id)
            found = roadmap_repo.get_active_roadmap(session, user_id)
        today = _today(zone)
        target = target_minutes(account.hours_per_day if account else None)
        days = [today.fromordinal(today.toordinal() - back) for back in range(CHART_DAYS - 1,
                                                                               -1, -1)]
        goals_done, goals_total = goal_counts(found[1]) if found else (0, 0)
        nudge = inactivity_nudge(figures)
        return ok_result({
            "figures": figures.model_dump(),
            "productivity": {"daily": daily_score(daily.get(today, 0), target),
                             "weekly": weekly_score(daily, today, target)},
            "target_minutes": target,
            "progress_percentage": round(100 * figures.completed_stages / figures.total_stages,
                                         1) if figures.total_stages else 0.0,
            "goals": {"completed": goals_done, "total": goals_total},
            "daily": [{"date": d.isoformat(), "minutes": daily.get(d, 0)} for d in days],
            "nudge": nudge.text if nudge else None}, figures)

    return [log_activity, correct_last_activity, undo_last_activity, show_activity_log,
            show_progress]


def _skill_name(skill: str | None, services: Services) -> str | None:
    """Display name of a stored skill (a taxonomy id, or free text)."""
    entry = services.taxonomy().by_id(skill) if skill else None
    return entry.name if entry else skill


def _entry(activity: Activity, zone: str, services: Services) -> dict[str, Any]:
    return {"type": activity.activity_type, "minutes": activity.minutes,
            "minutes_stated": activity.minutes_stated, "count": activity.count,
            "skill": _skill_name(activity.skill_name, services),
            "date": local_now(activity.occurred_at, zone).date().isoformat()}
