"""A user's progress read from storage and computed by :mod:`tools.progress`: the numbered
study log, the progress report ("how am I doing?", ``hireready progress``) and achievements.

The chat tools and the console command both call these functions, so every figure has one
formula. Functions take an open ``Session`` (the caller owns the transaction), the current
instant and the taxonomy (for skill names); days are the user's local days in their time
zone.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

import storage.repositories.activities as activity_repo
import storage.repositories.roadmaps as roadmap_repo
import storage.repositories.users as user_repo
from storage.taxonomy import Taxonomy
from tools.progress.achievements import RoadmapRecord, achievement_list
from tools.progress.clock import local_now
from tools.progress.log import minutes_by_day
from tools.progress.metrics import (
    STREAK_MINUTES,
    daily_score,
    progress_percentage,
    streak_span,
    target_minutes,
    weekly_score,
)
from tools.progress.models import Activity
from tools.progress.motivation import STREAK_MILESTONES, Figures, inactivity_nudge, user_figures
from tools.roadmap.progress import goal_counts

CHART_DAYS = 28
"""Days of minutes in a progress report (the last 4 weeks, today included)."""
LOG_LIMIT = 10
"""Entries "show my log" lists unless asked for more."""
MAX_LOG_LIMIT = 100
"""Most entries one listing shows."""


def user_zone(session: Session, user_id: str) -> str:
    """The user's IANA time zone ("UTC" for an unknown user)."""
    account = user_repo.get_user(session, user_id)
    return account.timezone if account else "UTC"


def local_today(now: datetime, zone: str) -> date:
    """The user's local date at the aware instant ``now``."""
    return local_now(now, zone).date()


def skill_display(skill: str | None, taxonomy: Taxonomy) -> str | None:
    """Display name of a stored skill (a taxonomy id, or free text)."""
    entry = taxonomy.by_id(skill) if skill else None
    return entry.name if entry else skill


def entry_view(activity: Activity, zone: str, taxonomy: Taxonomy,
               number: int | None = None) -> dict[str, Any]:
    """One log entry as shown: ``{"number"?, "type", "minutes", "minutes_stated", "count",
    "skill", "date"}`` with minutes as whole minutes and the date as the local ISO day."""
    view: dict[str, Any] = {} if number is None else {"number": number}
    view.update({"type": activity.activity_type, "minutes": activity.minutes,
                 "minutes_stated": activity.minutes_stated, "count": activity.count,
                 "skill": skill_display(activity.skill_name, taxonomy),
                 "date": local_day_of(activity, zone).isoformat()})
    return view


def local_day_of(activity: Activity, zone: str) -> date:
    """The local day an activity happened on."""
    return local_now(activity.occurred_at, zone).date()


def numbered_log(session: Session, user_id: str, zone: str, taxonomy: Taxonomy,
                 limit: int = LOG_LIMIT) -> list[dict[str, Any]]:
    """The newest ``limit`` entries, numbered from 1 in the order entry numbers use
    (``activity_repo.activity_at``), as :func:`entry_view` dicts."""
    recent = activity_repo.list_activities(session, user_id, limit=limit)
    return [entry_view(a, zone, taxonomy, number) for number, a in enumerate(recent, start=1)]


def user_progress_figures(session: Session, user_id: str, zone: str, today: date,
                          taxonomy: Taxonomy) -> tuple[Figures, dict[date, int]]:
    """The user's figures (``motivation.user_figures``) and minutes per local day."""
    activities = activity_repo.list_activities(session, user_id)
    daily = minutes_by_day(activities, zone)
    done, total = _stage_counts(session, user_id)
    skill = next((a.skill_name for a in activities if a.skill_name), None)
    return user_figures(daily, today, skill=skill_display(skill, taxonomy),
                        completed_stages=done, total_stages=total), daily


def progress_report(session: Session, user_id: str, now: datetime,
                    taxonomy: Taxonomy) -> dict[str, Any]:
    """Everything "how am I doing?" shows.

    Returns:
        ``{"total_minutes": int, "streak_days": int, "streak": {"days", "first", "last"},
        "daily": [{"date": ISO day, "minutes": int}] × 28 (oldest first, today last),
        "productivity": {"daily": 0–100, "weekly": 0–100} (one decimal),
        "target_minutes": int, "progress_percentage": 0–100 (one decimal),
        "stages": {"completed", "total"}, "goals": {"completed", "total"},
        "figures": Figures, "time_zone": str, "today": ISO day, "nudge": str | None}``.

    Raises:
        InvalidInput: When the stored time zone or daily target is unusable.
    """
    zone = user_zone(session, user_id)
    today = local_today(now, zone)
    figures, daily = user_progress_figures(session, user_id, zone, today, taxonomy)
    account = user_repo.get_user(session, user_id)
    target = target_minutes(account.hours_per_day if account else None)
    found = roadmap_repo.get_active_roadmap(session, user_id)
    goals_done, goals_total = goal_counts(found[1]) if found else (0, 0)
    span = streak_span(daily, today)
    days = [today - timedelta(days=back) for back in range(CHART_DAYS - 1, -1, -1)]
    nudge = inactivity_nudge(figures)
    return {
        "total_minutes": figures.total_minutes, "streak_days": figures.streak_days,
        "streak": {"days": figures.streak_days,
                   "first": span[0].isoformat() if span else None,
                   "last": span[1].isoformat() if span else None},
        "daily": [{"date": d.isoformat(), "minutes": daily.get(d, 0)} for d in days],
        "productivity": {"daily": round(daily_score(daily.get(today, 0), target), 1),
                         "weekly": round(weekly_score(daily, today, target), 1)},
        "target_minutes": target,
        "progress_percentage": round(progress_percentage(figures.completed_stages,
                                                         figures.total_stages), 1),
        "stages": {"completed": figures.completed_stages, "total": figures.total_stages},
        "goals": {"completed": goals_done, "total": goals_total},
        "figures": figures.model_dump(), "time_zone": zone, "today": today.isoformat(),
        "nudge": nudge.text if nudge else None,
    }


def achievements_report(session: Session, user_id: str, now: datetime,
                        taxonomy: Taxonomy) -> dict[str, Any]:
    """Milestones reached, with days and share texts ("show my achievements").

    Returns:
        ``{"achievements": [{"kind", "value", "title", "date": ISO day | None, "share",
        "roadmap": title | None}] (oldest first), "figures": Figures,
        "next_streak": {"days", "to_go", "minutes": a day's streak threshold} | None}``.
    """
    zone = user_zone(session, user_id)
    today = local_today(now, zone)
    figures, daily = user_progress_figures(session, user_id, zone, today, taxonomy)
    skills: dict[date, str] = {}
    for activity in activity_repo.list_activities(session, user_id):  # newest first
        name = skill_display(activity.skill_name, taxonomy)
        if name:
            skills.setdefault(local_day_of(activity, zone), name)
    reached = achievement_list(daily, roadmap_records(session, user_id), today,
                               skills=skills)
    goal = next((days for days in STREAK_MILESTONES if days > figures.streak_days), None)
    return {
        "achievements": [{"kind": a.milestone.kind, "value": a.milestone.value,
                          "title": a.title, "date": a.day.isoformat() if a.day else None,
                          "share": a.share_text, "roadmap": a.roadmap} for a in reached],
        "figures": figures.model_dump(),
        "next_streak": ({"days": goal, "to_go": goal - figures.streak_days,
                         "minutes": STREAK_MINUTES}
                        if goal is not None else None),
    }


def roadmap_records(session: Session, user_id: str) -> list[RoadmapRecord]:
    """Each of the user's roadmaps (newest first) as stage completions by stage number."""
    records = []
    for stored in roadmap_repo.list_roadmaps(session, user_id):
        roadmap = roadmap_repo.get_roadmap(session, user_id, stored.id)
        if roadmap.stages:
            records.append(RoadmapRecord(
                title=roadmap.title, total_stages=len(roadmap.stages),
                completed={s.number: s.completed_on for s in roadmap.stages
                           if s.status == "completed"}))
    return records


def _stage_counts(session: Session, user_id: str) -> tuple[int, int]:
    """``(completed stages, stages)`` of the active roadmap; (0, 0) without one."""
    found = roadmap_repo.get_active_roadmap(session, user_id)
    if found is None:
        return 0, 0
    stages = found[1].stages
    return sum(s.status == "completed" for s in stages), len(stages)
