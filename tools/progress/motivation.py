"""Nudges, milestone congratulations and shareable achievements (Properties 18–21).

Every message quotes at least two of the user's own figures (total minutes, streak days,
averages, stage, skill), so users with different figures never get the same text
(Property 21). Words live in ``prompts.progress``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from prompts import progress as words
from tools.progress.metrics import (
    STREAK_MINUTES,
    averages,
    current_streak,
    progress_percentage,
)

NUDGE_RATIO = 0.5
"""A nudge fires when the recent average is at most this share of the usual one (P18)."""
STREAK_MILESTONES = (7, 14, 30, 60, 100)
"""Streak lengths, in days, that earn a congratulation (the 7-day one from issue 6)."""

MilestoneKind = Literal["first_activity", "streak", "stage_done", "roadmap_done"]
MessageKind = Literal["nudge", "congratulation", "share"]


class Figures(BaseModel):
    """A user's own figures, quoted by every message.

    Attributes:
        total_minutes: All minutes logged up to today.
        week_minutes: Minutes in the 7 local days ending today.
        streak_days: Current streak (Property 16).
        recent_average: Minutes a day over the recent window.
        historical_average: Minutes a day since the first active day.
        window_days: Days in the recent window (≤ 7).
        skill: The skill most recently studied, if known.
        completed_stages: Roadmap stages done.
        total_stages: Roadmap stages (0 without a roadmap).
    """

    model_config = ConfigDict(frozen=True)

    total_minutes: int = Field(ge=0)
    week_minutes: int = Field(ge=0)
    streak_days: int = Field(ge=0)
    recent_average: float = Field(ge=0)
    historical_average: float = Field(ge=0)
    window_days: int = Field(ge=0)
    skill: str | None = None
    completed_stages: int = Field(default=0, ge=0)
    total_stages: int = Field(default=0, ge=0)


class Milestone(BaseModel):
    """A milestone reached (Property 19).

    Attributes:
        kind: first_activity, streak, stage_done or roadmap_done.
        value: Streak days for ``streak``, stage number for ``stage_done``, stages for
            ``roadmap_done``, 1 for ``first_activity``.
    """

    model_config = ConfigDict(frozen=True)

    kind: MilestoneKind
    value: int = Field(ge=1)


class ProgressState(BaseModel):
    """What milestones are judged on, before and after a change.

    Attributes:
        activity_count: Activities logged.
        streak_days: Current streak.
        completed_stages: Roadmap stages done.
        total_stages: Roadmap stages.
    """

    model_config = ConfigDict(frozen=True)

    activity_count: int = Field(default=0, ge=0)
    streak_days: int = Field(default=0, ge=0)
    completed_stages: int = Field(default=0, ge=0)
    total_stages: int = Field(default=0, ge=0)


class CoachMessage(BaseModel):
    """A message for the user.

    Attributes:
        kind: nudge, congratulation or share (ready to post as is).
        text: The words.
        milestone: The milestone it is about, if any.
    """

    model_config = ConfigDict(frozen=True)

    kind: MessageKind
    text: str
    milestone: Milestone | None = None


def user_figures(daily: Mapping[date, int], today: date, *, skill: str | None = None,
                 completed_stages: int = 0, total_stages: int = 0) -> Figures:
    """The figures of a user from minutes per local day (``metrics.daily_minutes``)."""
    recent, usual, window = averages(daily, today)
    week = sum(daily.get(today - timedelta(days=back), 0) for back in range(7))
    return Figures(
        total_minutes=sum(m for day, m in daily.items() if day <= today), week_minutes=week,
        streak_days=current_streak(daily, today), recent_average=recent,
        historical_average=usual, window_days=window, skill=skill,
        completed_stages=completed_stages, total_stages=total_stages,
    )


def needs_nudge(figures: Figures) -> bool:
    """Recent average ≤ 50% of the historical one, with some history (Property 18)."""
    return (figures.historical_average > 0
            and figures.recent_average <= NUDGE_RATIO * figures.historical_average)


def inactivity_nudge(figures: Figures) -> CoachMessage | None:
    """A motivational nudge when :func:`needs_nudge`, else None.

    The suggestion is half the usual daily minutes, at least 15.
    """
    if not needs_nudge(figures):
        return None
    text = words.NUDGE.format(
        recent=_number(figures.recent_average), window=figures.window_days,
        usual=_number(figures.historical_average), total=figures.total_minutes,
        skill_part=words.NUDGE_SKILL.format(skill=figures.skill) if figures.skill else "",
        suggest=max(15, round(figures.historical_average / 2)),
    )
    return CoachMessage(kind="nudge", text=text)


def new_milestones(before: ProgressState, after: ProgressState) -> list[Milestone]:
    """Milestones crossed between two states (Property 19), in a stable order."""
    found: list[Milestone] = []
    if before.activity_count == 0 < after.activity_count:
        found.append(Milestone(kind="first_activity", value=1))
    found += [Milestone(kind="streak", value=days) for days in STREAK_MILESTONES
              if before.streak_days < days <= after.streak_days]
    found += [Milestone(kind="stage_done", value=number)
              for number in range(before.completed_stages + 1, after.completed_stages + 1)]
    if (after.total_stages > 0 and after.completed_stages == after.total_stages
            and before.completed_stages < after.total_stages):
        found.append(Milestone(kind="roadmap_done", value=after.total_stages))
    return found


def achievements(state: ProgressState, longest_streak: int) -> list[Milestone]:
    """Every milestone a user has reached ("show my achievements").

    Args:
        state: The user's state now.
        longest_streak: Their longest streak ever, in days.
    """
    start = ProgressState(total_stages=state.total_stages)
    reached = state.model_copy(update={"streak_days": max(longest_streak, state.streak_days)})
    return new_milestones(start, reached)


def congratulate(milestone: Milestone, figures: Figures) -> CoachMessage:
    """A congratulation for this user on ``milestone`` (Property 19)."""
    text = _fill(_CONGRATS[milestone.kind], milestone, figures)
    return CoachMessage(kind="congratulation", text=text, milestone=milestone)


def share_message(milestone: Milestone, figures: Figures) -> CoachMessage:
    """A ready-to-share text that states the achievement (Property 20)."""
    text = _fill(_SHARE[milestone.kind], milestone, figures)
    return CoachMessage(kind="share", text=text, milestone=milestone)


def achievement_lines(milestones: list[Milestone], figures: Figures) -> list[str]:
    """One line per achievement, title and shareable text, for "show my achievements"."""
    return [words.ACHIEVEMENT_LINE.format(
        title=words.ACHIEVEMENT_TITLES[m.kind].format(days=m.value, stage=m.value),
        text=share_message(m, figures).text) for m in milestones]


_CONGRATS: dict[MilestoneKind, str] = {
    "first_activity": words.CONGRATS_FIRST, "streak": words.CONGRATS_STREAK,
    "stage_done": words.CONGRATS_STAGE, "roadmap_done": words.CONGRATS_ROADMAP,
}
_SHARE: dict[MilestoneKind, str] = {
    "first_activity": words.SHARE_FIRST, "streak": words.SHARE_STREAK,
    "stage_done": words.SHARE_STAGE, "roadmap_done": words.SHARE_ROADMAP,
}


def _fill(template: str, milestone: Milestone, figures: Figures) -> str:
    stages = max(figures.total_stages, milestone.value if milestone.kind != "streak" else 0)
    completed = stages if milestone.kind == "roadmap_done" else milestone.value
    percent = (progress_percentage(min(completed, stages), stages)
               if milestone.kind in ("stage_done", "roadmap_done") else 0.0)
    streak = milestone.value if milestone.kind == "streak" else figures.streak_days
    return template.format(
        total=figures.total_minutes, streak=streak, threshold=STREAK_MINUTES,
        stage=milestone.value, stages=stages, percent=_number(percent),
        skill_part=words.SKILL_PART.format(skill=figures.skill) if figures.skill else "",
    )


def _number(value: float) -> str:
    """A figure as shown: whole numbers plain, others with one decimal."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"
