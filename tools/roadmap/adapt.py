"""Adapting a roadmap to the learner's pace and preferences (Properties 8, 9 and 32).

Rules (this module is their source; thresholds from PROPERTIES.md):

* **Faster** (Property 8): a completed stage whose actual days are ≤ 70% of its estimate
  (≥ 30% faster) raises every later, unfinished stage one difficulty band (beginner →
  intermediate → advanced; advanced stays), once per such stage; their resources are found
  again at the new level.
* **Slower** (Property 9): a stage that took, or is taking, ≥ 150% of its estimate gets
  foundational (beginner) resources for its skills, once.
* **Regeneration** (Property 32): after the plan changes, unfinished stages are rebuilt for
  the new plan (same skills, new estimates, goals and resources); completed stages stay as
  they were, and completed goals stay completed.
"""

from __future__ import annotations

from datetime import date

from prompts import roadmap as words
from tools.roadmap.build import finish, make_stage, stage_resources
from tools.roadmap.deadline import join_names
from tools.roadmap.models import (
    LEVELS,
    Adaptation,
    LearningPlan,
    ResourceRef,
    Roadmap,
    RoadmapStage,
)
from tools.roadmap.protocols import ResourceFinder
from tools.taxonomy import Difficulty

FASTER_RATIO = 0.7
"""Actual ÷ estimated days at or below which a stage counts as fast (Property 8)."""

SLOWER_RATIO = 1.5
"""Actual ÷ estimated days at or above which a stage counts as slow (Property 9)."""

_EPSILON = 1e-9


def raise_level(level: Difficulty, steps: int = 1) -> Difficulty:
    """``level`` moved up ``steps`` bands, capped at advanced."""
    return LEVELS[min(len(LEVELS) - 1, LEVELS.index(level) + steps)]


def adapt_roadmap(roadmap: Roadmap, on: date, finder: ResourceFinder | None = None
                  ) -> Roadmap:
    """Apply the faster and slower rules (module docstring) for the learner's pace so far.

    Args:
        roadmap: The roadmap, with completed stages' ``actual_days`` and started stages'
            ``started_on``.
        on: The learner's local date (for a stage still in progress).
        finder: Resource finder (new-level and foundational resources).

    Returns:
        The adapted roadmap; each change is appended to ``adaptations`` with a message.
        Applying it again changes nothing more.
    """
    adapted = roadmap
    for stage in roadmap.stages:
        if _is_fast(stage) and not _recorded(adapted, "faster", stage.number):
            adapted = _raise_later(adapted, stage, finder)
    for stage in adapted.stages:
        taken = _days_taken(stage, on)
        if (taken is not None and taken + _EPSILON >= SLOWER_RATIO * stage.estimated_days
                and not _recorded(adapted, "slower", stage.number)):
            adapted = _add_foundations(adapted, stage, taken, finder)
    return finish(adapted)


def regenerate_roadmap(roadmap: Roadmap, plan: LearningPlan,
                       finder: ResourceFinder | None = None, on: date | None = None
                       ) -> Roadmap:
    """Rebuild a roadmap for changed preferences, keeping progress (Property 32).

    Args:
        roadmap: The current roadmap.
        plan: The new plan ("make it 12 weeks", "30 minutes a day").
        finder: Resource finder.
        on: The learner's local date: unfinished stages are scheduled from it (when the
            roadmap has a start date) rather than from where the old schedule put them.

    Returns:
        The new roadmap: completed stages unchanged; unfinished stages with the same skills,
        new estimates, goals and resources, their completed goals still completed.
    """
    day = sum(s.estimated_days for s in roadmap.stages if s.status == "completed")
    if on is not None and roadmap.start is not None:
        day = max(day, (on - roadmap.start).days)
    stages: list[RoadmapStage] = []
    for stage in roadmap.stages:
        if stage.status == "completed":
            stages.append(stage)
            continue
        level = raise_level(plan.level, _raises_before(roadmap, stage.number))
        rebuilt = _rebuild(roadmap, stage, plan, level, finder, day)
        stages.append(rebuilt)
        day += rebuilt.estimated_days
    return finish(roadmap.model_copy(update={"plan": plan, "stages": stages}))


def _rebuild(roadmap: Roadmap, stage: RoadmapStage, plan: LearningPlan, level: Difficulty,
             finder: ResourceFinder | None, first_day: int) -> RoadmapStage:
    """``stage`` made again for ``plan`` at ``level``, keeping status, dates, done goals."""
    later = {s.id for other in roadmap.stages[stage.number:] for s in other.skills}
    earlier = [s for other in roadmap.stages[:stage.number - 1] for s in other.skills]
    done = {g.key: g.completed_on for g in stage.goals if g.completed}
    fresh = make_stage(stage.number, stage.skills, plan, level, first_day, finder, later,
                       earlier, done)
    return fresh.model_copy(update={
        "status": stage.status, "started_on": stage.started_on,
        "foundational_resources": stage.foundational_resources})


def _is_fast(stage: RoadmapStage) -> bool:
    return (stage.status == "completed" and stage.actual_days is not None
            and stage.actual_days <= FASTER_RATIO * stage.estimated_days + _EPSILON)


def _recorded(roadmap: Roadmap, kind: str, number: int) -> bool:
    return any(a.kind == kind and a.stage == number for a in roadmap.adaptations)


def _raises_before(roadmap: Roadmap, number: int) -> int:
    return sum(1 for a in roadmap.adaptations if a.kind == "faster" and a.stage < number)


def _raise_later(roadmap: Roadmap, fast: RoadmapStage,
                 finder: ResourceFinder | None) -> Roadmap:
    stages = list(roadmap.stages)
    raised = [i for i in range(fast.number, len(stages)) if stages[i].status != "completed"]
    if not raised:
        return roadmap
    for index in raised:
        stage = stages[index]
        stages[index] = _rebuild(roadmap, stage, roadmap.plan, raise_level(stage.difficulty),
                                 finder, stage.first_day)
    new_level = stages[raised[0]].difficulty
    note = Adaptation(kind="faster", stage=fast.number, message=words.ADAPT_FASTER.format(
        stage=fast.number, actual=f"{fast.actual_days:g}", estimated=fast.estimated_days,
        level=new_level))
    return roadmap.model_copy(update={"stages": stages,
                                      "adaptations": [*roadmap.adaptations, note]})


def _days_taken(stage: RoadmapStage, on: date) -> float | None:
    if stage.status == "completed":
        return stage.actual_days
    if stage.started_on is None or on < stage.started_on:
        return None
    return float((on - stage.started_on).days + 1)


def _add_foundations(roadmap: Roadmap, stage: RoadmapStage, taken: float,
                     finder: ResourceFinder | None) -> Roadmap:
    later = {s.id for other in roadmap.stages[stage.number:] for s in other.skills}
    linked = {r.url for g in stage.goals for r in g.resources}
    linked |= {r.url for r in stage.foundational_resources}
    found = [r.model_copy(update={"foundational": True})
             for r in stage_resources(stage.skills, "beginner", finder, later)
             if r.url not in linked]
    if not found:
        return roadmap
    extra: list[ResourceRef] = [*stage.foundational_resources, *found]
    stages = list(roadmap.stages)
    stages[stage.number - 1] = stage.model_copy(update={"foundational_resources": extra})
    note = Adaptation(kind="slower", stage=stage.number, message=words.ADAPT_SLOWER.format(
        stage=stage.number, actual=f"{taken:g}", estimated=stage.estimated_days,
        skills=join_names([s.name for s in stage.skills])))
    return roadmap.model_copy(update={"stages": stages,
                                      "adaptations": [*roadmap.adaptations, note]})
