"""Does the plan fit the deadline? If not, the trade-offs: more hours, fewer skills, later date.

Days are counted as the builder counts them: each skill takes ⌈hours ÷ hours per day⌉ whole
days (``LearningPlan.days_for``), stages add their skills' days.

Hours that would fit come from the plan's own numbers: total learning hours of the skills
still to learn ÷ days to the deadline (× 7 for a weekly pace), so the figure does not
depend on the learner's current pace (890 hours in 56 days is 15.9 hours a day at 1 h or
at 30 min a day). The suggestion is that figure rounded up to the half hour, raised by half
hours while the builder's whole days per skill still overrun, so adopting it fits. Above
:data:`REASONABLE_HOURS_PER_DAY` (or :data:`REASONABLE_HOURS_PER_WEEK`) no number is
suggested: the warning says it is beyond reach and leads with fewer skills and a later date.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from prompts import roadmap as words
from tools.roadmap.models import (
    DeadlineCheck,
    LearningPlan,
    RoadmapSkill,
)
from tools.roadmap.ordering import PRIORITY_RANK

HOURS_STEP = 0.5
"""Suggested hours are rounded up to the half hour."""

REASONABLE_HOURS_PER_DAY = 8.0
"""Most study hours a day worth suggesting: a full working day, the 8-hour day of the ILO
Hours of Work (Industry) Convention, 1919 (No. 1), Article 2."""

REASONABLE_HOURS_PER_WEEK = 48.0
"""Most study hours a week worth suggesting: the 48-hour week of the same convention."""


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
    required = required_hours(skills, plan, available)
    fitting = _hours_that_fit(skills, plan, available, required)
    return DeadlineCheck(deadline_days=available, needed_days=needed, fits=False,
                         required_hours=round(required, 1), hours_needed=fitting,
                         beyond_reach=fitting is None,
                         skills_to_drop=_skills_to_drop(skills, plan, available),
                         weeks_needed=weeks)


def required_hours(skills: Sequence[RoadmapSkill], plan: LearningPlan, available: int
                   ) -> float:
    """Hours a day (daily pace) or a week (weekly pace) the skills need to fit the deadline.

    Args:
        skills: The skills still to learn.
        plan: The learner's plan (only its pace matters).
        available: Days to the deadline, > 0.

    Returns:
        Total learning hours ÷ ``available`` days, × 7 for a weekly pace (unrounded).
    """
    per = 1 if plan.pace == "daily" else 7
    return sum(s.hours for s in skills) * per / available


def reasonable_limit(plan: LearningPlan) -> float:
    """Most hours a day or a week worth suggesting at the plan's pace (module docstring)."""
    return REASONABLE_HOURS_PER_DAY if plan.pace == "daily" else REASONABLE_HOURS_PER_WEEK


def _hours_that_fit(skills: Sequence[RoadmapSkill], plan: LearningPlan, available: int,
                    required: float) -> float | None:
    """``required`` rounded up to the half hour, raised while whole days per skill still
    overrun; None when that is above the reasonable limit."""
    limit = reasonable_limit(plan)
    hours = max(plan.hours, math.ceil(round(required / HOURS_STEP, 6)) * HOURS_STEP)
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
    daily = plan.pace == "daily"
    if check.hours_needed is not None:
        template = words.TRADE_MORE_HOURS_DAILY if daily else words.TRADE_MORE_HOURS_WEEKLY
        parts.append(template.format(hours=f"{check.hours_needed:g}"))
    elif check.required_hours is not None:
        template = words.BEYOND_REACH_DAILY if daily else words.BEYOND_REACH_WEEKLY
        parts.append(template.format(hours=f"{check.required_hours:g}",
                                     limit=f"{reasonable_limit(plan):g}"))
    if check.skills_to_drop:
        parts.append(words.TRADE_FEWER_SKILLS.format(skills=join_names(check.skills_to_drop)))
    parts.append(words.TRADE_LATER_DATE.format(weeks=check.weeks_needed))
    return " ".join(parts)


def join_names(names: Sequence[str], last: str = words.LIST_AND) -> str:
    """``A``, ``A and B``, ``A, B and C`` (``last`` joins the last two)."""
    if len(names) <= 1:
        return "".join(names)
    return words.LIST_COMMA.join(names[:-1]) + last + names[-1]
