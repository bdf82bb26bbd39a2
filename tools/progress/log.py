"""From parsed drafts to activities to store, and back to minutes per local day."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from tools.progress.clock import occurred_at
from tools.progress.metrics import daily_minutes
from tools.progress.models import Activity, ActivityDraft, NewActivity


def new_activity(draft: ActivityDraft, now: datetime, zone: str, *,
                 stage_id: str | None = None, resource_id: str | None = None) -> NewActivity:
    """The activity to store for a draft (Property 14).

    Args:
        draft: A parsed activity.
        now: The current instant (aware).
        zone: The user's IANA time zone.
        stage_id: Roadmap stage row id, when the caller resolved one.
        resource_id: Resource row id, when the caller resolved one.

    Returns:
        Minutes 0 with ``minutes_stated`` False when the draft has none; the time is ``now``
        for today and local noon for a past day; the skill is the taxonomy id when known.

    Raises:
        InvalidInput: When ``now`` is naive or the zone unknown.
    """
    return NewActivity(
        activity_type=draft.activity_type,
        minutes=draft.minutes if draft.minutes is not None else 0,
        minutes_stated=draft.minutes is not None,
        occurred_at=occurred_at(draft.day, now, zone),
        count=draft.count, completed=draft.completed,
        skill_name=draft.skill_id or draft.skill_name,
        stage_id=stage_id, resource_id=resource_id, note=draft.text,
    )


def minutes_by_day(activities: Iterable[Activity], zone: str) -> dict[date, int]:
    """Minutes per local day of stored activities (see ``metrics.daily_minutes``)."""
    return daily_minutes(((a.occurred_at, a.minutes) for a in activities), zone)
