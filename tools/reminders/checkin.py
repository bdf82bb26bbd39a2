"""The words of a scheduled check-in, quoting the user's own figures (Property 21)."""

from __future__ import annotations

from prompts import reminders as words
from tools.progress.motivation import Figures


def checkin_message(figures: Figures, name: str | None = None) -> str:
    """A check-in for a user.

    It always quotes at least two of their figures: minutes in the last 7 days, total
    minutes and streak (plus the latest skill and roadmap stages when known); a user with
    nothing logged yet gets a first-step version quoting the zero streak and minutes.

    Args:
        figures: From :func:`tools.progress.motivation.user_figures`.
        name: Name to greet the user by, if any.
    """
    name_part = words.NAME_PART.format(name=name) if name else ""
    stage_part = (words.STAGE_PART.format(done=figures.completed_stages,
                                          total=figures.total_stages)
                  if figures.total_stages else "")
    if figures.total_minutes == 0:
        return words.CHECKIN_START.format(name_part=name_part, stage_part=stage_part)
    return words.CHECKIN.format(
        name_part=name_part, week=figures.week_minutes, total=figures.total_minutes,
        streak=figures.streak_days, stage_part=stage_part,
        skill_part=words.SKILL_PART.format(skill=figures.skill) if figures.skill else "")
