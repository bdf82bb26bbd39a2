"""Achievements with the day each was reached ("show my achievements"; Properties 19–20).

Milestones are read back from the records, never stored apart from them: the first activity
is the first local day in the study log, a streak milestone is the first local day on which
a run of days with ≥ 30 minutes reached that length, a stage is done on the day the roadmap
says it was completed, and a roadmap on the day its last stage was. An edited or deleted
log entry therefore changes the achievements with it. Each achievement carries a
ready-to-share text quoting the user's figures as of that day.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from pydantic import BaseModel, ConfigDict, Field

from prompts import progress as words
from tools.progress.metrics import STREAK_MINUTES
from tools.progress.motivation import (
    STREAK_MILESTONES,
    Milestone,
    MilestoneKind,
    share_message,
    user_figures,
)

_KIND_ORDER: dict[MilestoneKind, int] = {
    "first_activity": 0, "streak": 1, "stage_done": 2, "roadmap_done": 3,
}


class RoadmapRecord(BaseModel):
    """What a roadmap contributes to achievements.

    Attributes:
        title: The roadmap's title.
        total_stages: Stages in it (≥ 1).
        completed: Completion day of each completed stage, by stage number (None when the
            day is unknown).
    """

    model_config = ConfigDict(frozen=True)

    title: str
    total_stages: int = Field(ge=1)
    completed: dict[int, date | None] = Field(default_factory=dict)


class Achievement(BaseModel):
    """A milestone reached, with when and a text to share.

    Attributes:
        milestone: Kind and value (streak days, stage number, stage count).
        day: The user's local day it was reached, or None when unknown.
        title: Short title ("7-day streak").
        share_text: A ready-to-share message that states it (Property 20).
        roadmap: Title of the roadmap a stage or roadmap milestone belongs to.
    """

    model_config = ConfigDict(frozen=True)

    milestone: Milestone
    day: date | None
    title: str
    share_text: str
    roadmap: str | None = None


def streak_days_reached(daily: Mapping[date, int]) -> dict[int, date]:
    """The first local day each streak milestone (7, 14, 30, 60, 100 days) was reached.

    Args:
        daily: Minutes per local day.

    Returns:
        ``{milestone days: day the run reached that length}`` for milestones reached.
    """
    reached: dict[int, date] = {}
    run, previous = 0, None
    for day in sorted(d for d, minutes in daily.items() if minutes >= STREAK_MINUTES):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        previous = day
        if run in STREAK_MILESTONES and run not in reached:
            reached[run] = day
    return reached


def achievement_list(daily: Mapping[date, int], roadmaps: Sequence[RoadmapRecord],
                     today: date, *, skills: Mapping[date, str] | None = None
                     ) -> list[Achievement]:
    """Every milestone the user has reached, oldest first.

    Args:
        daily: Minutes per local day (``log.minutes_by_day``); days after ``today`` are
            ignored.
        roadmaps: The user's roadmaps (active and earlier ones).
        today: The user's local date now.
        skills: The skill studied on each local day (the last one logged that day); a
            share text quotes the latest one up to its day.

    Returns:
        First activity, streak milestones, stages done and roadmaps done, ordered by day
        (unknown days last), then by kind.
    """
    past = {day: minutes for day, minutes in daily.items() if day <= today}
    found: list[tuple[Milestone, date | None, RoadmapRecord | None]] = []
    if past:
        found.append((Milestone(kind="first_activity", value=1), min(past), None))
    found += [(Milestone(kind="streak", value=days), day, None)
              for days, day in streak_days_reached(past).items()]
    for record in roadmaps:
        found += [(Milestone(kind="stage_done", value=number), day, record)
                  for number, day in sorted(record.completed.items())]
        if len(record.completed) >= record.total_stages:
            days = [d for d in record.completed.values() if d is not None]
            found.append((Milestone(kind="roadmap_done", value=record.total_stages),
                          max(days) if len(days) == len(record.completed) else None, record))
    found.sort(key=lambda item: (item[1] or date.max, _KIND_ORDER[item[0].kind]))
    return [_achievement(m, day, record, past, today, skills or {})
            for m, day, record in found]


def _achievement(milestone: Milestone, day: date | None, record: RoadmapRecord | None,
                 daily: Mapping[date, int], today: date,
                 skills: Mapping[date, str]) -> Achievement:
    as_of = day or today
    known = [d for d in skills if d <= as_of]
    skill = skills[max(known)] if known else None
    done = (sum(1 for d in record.completed.values() if d is None or d <= as_of)
            if record else 0)
    figures = user_figures(daily, as_of, skill=skill,
                           completed_stages=min(done, record.total_stages) if record else 0,
                           total_stages=record.total_stages if record else 0)
    title = words.ACHIEVEMENT_TITLES[milestone.kind].format(days=milestone.value,
                                                            stage=milestone.value)
    return Achievement(milestone=milestone, day=day, title=title,
                       share_text=share_message(milestone, figures).text,
                       roadmap=record.title if record else None)
