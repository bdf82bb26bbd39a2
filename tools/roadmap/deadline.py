"""Does the plan fit the deadline? If not, the trade-offs: more hours, fewer skills, later date.

Days are counted as the builder counts them: each skill takes ⌈hours ÷ hours per day⌉ whole
days (``LearningPlan.days_for``), stages add their skills' days.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from prompts import roadmap as words
from tools.roadmap.models import (
    MAX_HOURS_PER_DAY,
    MAX_HOURS_PER_WEEK,
    DeadlineCheck,
    LearningPlan,
    RoadmapSkill,
)
from tools.roadmap.ordering import PRIORITY_RANK

HOURS_STEP = 0.5
"""Suggested hours are rounded up to the half hour."""


def needed_days(skills: Sequence[RoadmapSkill], plan: LearningPlan) -> int:
    """Calendar days the skills take at the plan's time."""
    return sum(plan.days_for(s.hours) for s in skills)


def check_deadline(skills: Sequence[RoadmapSkill], plan: LearningPlan) -> DeadlineCheck | None:
    """Compare the days the skills still to learn need with the plan's deadline.

    Args:
        skills: The skills still to learn, in learning order.
        plan: The learner's plan; nothing is checked without ``deadline_weeks``.

    Returns:
        None without a deadline; otherwise the check, with trade-offs when it does not fit.
    """
    if plan.deadline_weeks is None:
        return None
    available = plan.deadline_weeks * 7
    needed = needed_days(skills, plan)
    weeks = max(1, math.ceil(needed / 7))
    if needed <= available:
        return DeadlineCheck(deadline_days=available, needed_days=needed, fits=True,
                             weeks_needed=weeks)
    return DeadlineCheck(deadline_days=available, needed_days=needed, fits=False,
                         hours_needed=_hours_that_fit(skills, plan, available),
                         skills_to_drop=_skills_to_drop(skills, plan, available),
                         weeks_needed=weeks)


def _hours_that_fit(skills: Sequence[RoadmapSkill], plan: LearningPlan,
                    available: int) -> float | None:
    """Smallest half-hour step of daily (or weekly) hours that fits, None when none can."""
    per = 1 if plan.pace == "daily" else 7
    limit = MAX_HOURS_PER_DAY if plan.pace == "daily" else MAX_HOURS_PER_WEEK
    total = sum(s.hours for s in skills)
    hours = max(plan.hours, math.ceil(total * per / available / HOURS_STEP) * HOURS_STEP)
    while hours <= limit:
        if needed_days(skills, plan.model_copy(update={"hours": hours})) <= available:
            return hours
        hours += HOURS_STEP
    return None


def _skills_to_drop(skills: Sequence[RoadmapSkill], plan: LearningPlan,
                    available: int) -> list[str]:
    """Names of the fewest lowest-priority skills whose removal fits; [] if none does.

    Candidates: nice-to-have then important skills (never critical ones), later in learning
    order first; a skill some kept skill needs is never dropped, and one skill is kept.
    """
    kept = list(skills)
    dropped: list[str] = []
    candidates = sorted((s for s in reversed(skills) if s.priority != "critical"),
                        key=lambda s: -PRIORITY_RANK[s.priority])
    for skill in candidates:
        if needed_days(kept, plan) <= available:
            return dropped
        needed_by_kept = {p for s in kept for p in s.prerequisites}
        if skill.id in needed_by_kept or len(kept) == 1:
            continue
        kept.remove(skill)
        dropped.append(skill.name)
    return dropped if needed_days(kept, plan) <= available else []


def deadline_warning(check: DeadlineCheck, plan: LearningPlan) -> str | None:
    """The user-facing warning for a missed deadline with its trade-offs; None when it fits."""
    if check.fits:
        return None
    parts = [words.DEADLINE_MISS.format(needed=check.needed_days, weeks=plan.deadline_weeks,
                                        available=check.deadline_days)]
    if check.hours_needed is not None:
        template = (words.TRADE_MORE_HOURS_DAILY if plan.pace == "daily"
                    else words.TRADE_MORE_HOURS_WEEKLY)
        parts.append(template.format(hours=f"{check.hours_needed:g}"))
    if check.skills_to_drop:
        parts.append(words.TRADE_FEWER_SKILLS.format(skills=join_names(check.skills_to_drop)))
    parts.append(words.TRADE_LATER_DATE.format(weeks=check.weeks_needed))
    return " ".join(parts)


def join_names(names: Sequence[str], last: str = words.LIST_AND) -> str:
    """``A``, ``A and B``, ``A, B and C`` (``last`` joins the last two)."""
    if len(names) <= 1:
        return "".join(names)
    return words.LIST_COMMA.join(names[:-1]) + last + names[-1]
