"""Doing the plan: completing goals and stages, and progress (issue 5, point 2; Property 17).

Every function returns a new roadmap; nothing reads the clock (``on`` is the learner's local
date).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from prompts import roadmap as words
from tools.errors import NotFound
from tools.roadmap.build import finish
from tools.roadmap.models import Goal, Roadmap, RoadmapStage

_WORD = re.compile(r"[\w+#.']+")


def progress_percentage(roadmap: Roadmap) -> float:
    """Completed stages ÷ stages × 100 (Property 17), in [0, 100]."""
    done = sum(1 for stage in roadmap.stages if stage.status == "completed")
    return done / len(roadmap.stages) * 100


def goal_counts(roadmap: Roadmap) -> tuple[int, int]:
    """``(completed goals, all goals)``: practice completion of the readiness score (P25)."""
    goals = roadmap.goals()
    return sum(1 for g in goals if g.completed), len(goals)


def current_stage(roadmap: Roadmap) -> RoadmapStage | None:
    """The first stage not completed, or None when all are."""
    return next((s for s in roadmap.stages if s.status != "completed"), None)


def complete_stage(roadmap: Roadmap, number: int, on: date,
                   days_taken: float | None = None) -> Roadmap:
    """Mark stage ``number`` and all its goals completed ("I finished stage 1").

    Args:
        roadmap: The roadmap.
        number: 1-based stage number.
        on: Completion date.
        days_taken: Days the stage took; default: from its start date to ``on``, both
            counted (None when the start is unknown).

    Returns:
        The updated roadmap; the next stage is started the day after ``on``.

    Raises:
        NotFound: No stage with that number.
    """
    if not 1 <= number <= len(roadmap.stages):
        count = len(roadmap.stages)
        raise NotFound(words.NO_SUCH_STAGE.format(number=number, count=count),
                       _which_stages(count))
    stages = list(roadmap.stages)
    stage = stages[number - 1]
    if stage.status == "completed":
        return roadmap
    if days_taken is None and stage.started_on is not None:
        days_taken = float((on - stage.started_on).days + 1)
    goals = [g if g.completed else g.model_copy(update={"completed": True, "completed_on": on})
             for g in stage.goals]
    stages[number - 1] = stage.model_copy(update={
        "status": "completed", "completed_on": on, "goals": goals,
        "actual_days": days_taken if days_taken is None else max(days_taken, 0.0)})
    if number < len(stages) and stages[number].status == "not_started":
        stages[number] = stages[number].model_copy(update={
            "status": "in_progress", "started_on": stages[number].started_on
            or on + timedelta(days=1)})
    return finish(roadmap.model_copy(update={"stages": stages}))


def todays_goals(roadmap: Roadmap, on: date) -> list[Goal]:
    """Open goals whose window contains ``on`` (daily ones first); without a start date, the
    first open goal of the current stage."""
    open_goals = [g for g in roadmap.goals() if not g.completed]
    if roadmap.start is not None:
        day = (on - roadmap.start).days
        today = [g for g in open_goals if g.first_day <= day <= g.last_day]
        if today:
            return sorted(today, key=lambda g: g.type != "daily")
    stage = current_stage(roadmap)
    return [g for g in stage.goals if not g.completed][:1] if stage else []


def complete_goal(roadmap: Roadmap, text: str, on: date) -> tuple[Roadmap, list[Goal]]:
    """Complete the goal(s) a learner's words point at.

    "I finished today's goal" completes today's daily goals (or the first of today's goals);
    "mark the Docker goal done" completes the open goal naming that skill (a single-skill
    study goal before a stage's practice goal); otherwise the goal sharing the most words with
    the text. A stage whose goals are all done is completed.

    Args:
        roadmap: The roadmap.
        text: The learner's words.
        on: The learner's local date.

    Returns:
        The updated roadmap and the goals completed.

    Raises:
        NotFound: Every goal is done, or nothing in the text points at an open goal.
    """
    open_goals = [g for g in roadmap.goals() if not g.completed]
    if not open_goals:
        raise NotFound(words.NO_OPEN_GOAL, words.NO_OPEN_GOAL_NEXT)
    chosen = _match(roadmap, text, on, open_goals)
    if not chosen:
        names = _skill_names(roadmap)
        examples = ", ".join(f"'{names[g.skills[0]]}'" for g in open_goals[:3] if g.skills)
        raise NotFound(words.NO_MATCHING_GOAL.format(text=text.strip()),
                       words.NO_MATCHING_GOAL_NEXT.format(examples=examples or "1"))
    keys = {(g.key, g.first_day) for g in chosen}
    updated = roadmap
    for stage in roadmap.stages:
        goals = [g.model_copy(update={"completed": True, "completed_on": on})
                 if (g.key, g.first_day) in keys else g for g in stage.goals]
        updated = _replace_stage(updated, stage.number, goals)
    stage_numbers = [s.number for s in updated.stages
                     if s.status != "completed" and all(g.completed for g in s.goals)]
    for number in stage_numbers:
        updated = complete_stage(updated, number, on)
    return finish(updated), chosen


def _match(roadmap: Roadmap, text: str, on: date, open_goals: list[Goal]) -> list[Goal]:
    tokens = [t.casefold() for t in _WORD.findall(text)]
    if any(t in words.TODAY_WORDS for t in tokens):
        today = todays_goals(roadmap, on)
        daily = [g for g in today if g.type == "daily"]
        return daily or today[:1]
    by_skill = _by_skill_name(roadmap, text, open_goals)
    if by_skill:
        return [by_skill]
    content = {t for t in tokens if t not in words.COMPLETION_FILLER}
    scored = [(len(content & {w.casefold() for w in _WORD.findall(g.description)}), -i, g)
              for i, g in enumerate(open_goals)]
    best = max(scored, key=lambda item: (item[0], item[1]))
    return [best[2]] if best[0] > 0 else []


def _by_skill_name(roadmap: Roadmap, text: str, open_goals: list[Goal]) -> Goal | None:
    names = _skill_names(roadmap)
    folded = text.casefold()
    best: tuple[int, int, int] | None = None
    chosen = None
    for index, goal in enumerate(open_goals):
        hits = [len(names[s]) for s in goal.skills if s in names and _mentions(folded, names[s])]
        if hits:
            score = (max(hits), -len(goal.skills), -index)
            if best is None or score > best:
                best, chosen = score, goal
    return chosen


def _mentions(folded_text: str, name: str) -> bool:
    pattern = r"(?<![\w+#])" + re.escape(name.casefold()) + r"(?![\w+#])"
    return re.search(pattern, folded_text) is not None


def _skill_names(roadmap: Roadmap) -> dict[str, str]:
    return {s.id: s.name for stage in roadmap.stages for s in stage.skills}


def _replace_stage(roadmap: Roadmap, number: int, goals: list[Goal]) -> Roadmap:
    stages = list(roadmap.stages)
    stage = stages[number - 1]
    status = stage.status
    if status == "not_started" and any(g.completed for g in goals):
        status = "in_progress"
    stages[number - 1] = stage.model_copy(update={"goals": goals, "status": status})
    return roadmap.model_copy(update={"stages": stages})


def stage_number(roadmap: Roadmap, stage: int | str) -> int:
    """The 1-based number of a stage named by its number ("2"), its title or one of its
    skills ("the AWS fundamentals stage", "the Docker stage"), or ``current`` (the first
    stage not completed; the last one when all are), ``next`` or ``previous`` (the ones
    after and before it) or ``last``, case-insensitive.

    Raises:
        NotFound: No stage has that number, title or skill.
    """
    text = str(stage).strip()
    if text.isdigit():
        return int(text)
    position = text.casefold()
    if position == "last":
        return len(roadmap.stages)
    if position in ("current", "next", "previous"):
        current = next((s.number for s in roadmap.stages if s.status != "completed"),
                       len(roadmap.stages))
        return current + {"current": 0, "next": 1, "previous": -1}[position]
    wanted = re.sub(r"^(?:the\s+)|\s+stage$", "", text.casefold()).strip()
    for candidate in roadmap.stages:
        names = [candidate.title.casefold(), *(s.name.casefold() for s in candidate.skills)]
        if wanted and any(wanted in name or name in wanted for name in names):
            return candidate.number
    count = len(roadmap.stages)
    raise NotFound(words.NO_STAGE_NAMED.format(name=text, count=count),
                   _which_stages(count))


def stage_at(roadmap: Roadmap, stage: int | str) -> RoadmapStage:
    """The stage named by its 1-based number, its title or one of its skills.

    Raises:
        NotFound: No stage has that number, title or skill.
    """
    number = stage_number(roadmap, stage)
    if not 1 <= number <= len(roadmap.stages):
        count = len(roadmap.stages)
        raise NotFound(words.NO_SUCH_STAGE.format(number=number, count=count),
                       _which_stages(count))
    return roadmap.stages[number - 1]


def _which_stages(count: int) -> str:
    """The next step after naming a stage the roadmap does not have."""
    return words.NO_SUCH_STAGE_NEXT_ONE if count == 1 else words.NO_SUCH_STAGE_NEXT.format(
        count=count)
