"""Build a staged learning roadmap from skill gaps or skills (issue 5, point 1; Property 6).

Deterministic: the same targets, plan, taxonomy and resources give the same roadmap. Order
and stage grouping follow :mod:`tools.roadmap.ordering`; time follows the plan: each skill
takes ⌈typical hours ÷ hours per day⌉ days, learnt one after another inside its stage.

Goals per stage: one study goal per skill (``daily`` or ``weekly`` as the plan's pace),
scheduled over that skill's days, and one weekly practice goal over the whole stage. Resources
come from a :class:`~tools.roadmap.protocols.ResourceFinder` at the stage's difficulty and are
kept only when they cover one of the stage's skills and none that first appears in a later
stage (Property 12).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from prompts import roadmap as words
from tools.errors import InvalidInput
from tools.roadmap.deadline import check_deadline, deadline_warning, join_names
from tools.roadmap.models import (
    Goal,
    LearningPlan,
    ResourceRef,
    Roadmap,
    RoadmapSkill,
    RoadmapStage,
)
from tools.roadmap.ordering import (
    MAX_SKILLS,
    Target,
    group_stages,
    learning_order,
    resolve_targets,
    select_skills,
)
from tools.roadmap.protocols import ResourceFinder, SkillSource
from tools.taxonomy import Difficulty

RESOURCES_PER_GOAL = 3
"""Most resources linked from one goal."""

PRACTICE_MINUTES = 60
"""Longest practice session: one hour, an exercise-sized block (editorial)."""

TITLE_SKILLS = 3
"""Skills named in a roadmap title built from skills."""

DoneGoals = Mapping[str, date | None]
"""Goal keys already completed, with their completion dates (kept on regeneration)."""


def build_roadmap(targets: Sequence[Target], plan: LearningPlan, skills: SkillSource,
                  resources: ResourceFinder | None = None, *, start: date | None = None,
                  target_role: str | None = None) -> Roadmap:
    """Turn skill gaps (or taxonomy ids) into a staged roadmap that fits the learner's time.

    Args:
        targets: Skill gaps (ordered critical first, as a gap report gives them) or taxonomy
            ids; unknown ids and gaps without a taxonomy id become free-text skills.
        plan: Level, pace, hours per day or week and optional deadline.
        skills: Taxonomy lookup (prerequisites, hours, difficulty, category).
        resources: Resource finder; without one, goals carry no resources.
        start: The first day of the roadmap (day 0); never read from the clock.
        target_role: The role aimed at, for the title.

    Returns:
        A roadmap with 1–5 stages (3–5 of 2–3 skills when there are at least 6 skills),
        deadline check and warnings (none when the plan fits).

    Raises:
        InvalidInput: No targets.
    """
    resolved = resolve_targets(targets, skills)
    if not resolved:
        raise InvalidInput(words.NO_SKILLS, words.NO_SKILLS_NEXT)
    kept, deferred = select_skills(resolved)
    groups = group_stages(learning_order(kept))
    stages: list[RoadmapStage] = []
    first_day = 0
    for number, group in enumerate(groups, start=1):
        later = {s.id for g in groups[number:] for s in g}
        earlier = [s for g in groups[:number - 1] for s in g]
        stage = make_stage(number, group, plan, plan.level, first_day, resources, later,
                           earlier)
        stages.append(stage)
        first_day += stage.estimated_days
    stages[0] = stages[0].model_copy(update={"started_on": start})
    roadmap = Roadmap(title=_title(target_role, resolved), target_role=target_role, plan=plan,
                      start=start, stages=stages, deferred=[s.name for s in deferred],
                      estimated_days=first_day)
    return finish(roadmap)


def make_stage(number: int, group: Sequence[RoadmapSkill], plan: LearningPlan,
               difficulty: Difficulty, first_day: int, finder: ResourceFinder | None,
               later_ids: set[str], earlier: Sequence[RoadmapSkill],
               done: DoneGoals | None = None) -> RoadmapStage:
    """One stage of ``group`` starting on ``first_day``, goals scheduled and resourced.

    Args:
        number: Stage number (1-based).
        group: The stage's skills in learning order.
        plan: The learner's plan.
        difficulty: Level of the stage's material.
        first_day: Day the stage starts.
        finder: Resource finder, or None.
        later_ids: Ids of skills that first appear in later stages (never resourced here).
        earlier: Skills of earlier stages (named in "builds on").
        done: Goal keys to mark completed (regeneration keeps them).
    """
    refs = stage_resources(group, difficulty, finder, later_ids)
    goals, day = [], first_day
    for skill in group:
        days = plan.days_for(skill.hours)
        goals.append(_study_goal(skill, plan, day, day + days - 1, refs))
        day += days
    goals.append(_practice_goal(group, plan, first_day, day - 1, refs))
    goals = [_carry(goal, done or {}) for goal in goals]
    days_total = day - first_day
    return RoadmapStage(number=number, title=_stage_title(number, group),
                        description=_stage_description(group, days_total, earlier),
                        skills=list(group), difficulty=difficulty, estimated_days=days_total,
                        first_day=first_day, goals=goals)


def stage_resources(group: Sequence[RoadmapSkill], level: Difficulty,
                    finder: ResourceFinder | None, later_ids: set[str]) -> list[ResourceRef]:
    """Resources for a stage: covering one of its skills and no later-stage skill (P12)."""
    tax_ids = [s.taxonomy_id for s in group if s.taxonomy_id]
    if finder is None or not tax_ids:
        return []
    own = {s.id for s in group}
    found: dict[str, ResourceRef] = {}
    for ref in finder.for_stage(tax_ids, level):
        covered = set(ref.skills)
        if covered & own and not covered & later_ids:
            found.setdefault(ref.url, ref)
    return list(found.values())


def finish(roadmap: Roadmap) -> Roadmap:
    """Recompute totals, status, the deadline check and warnings of a roadmap (deadline
    trade-offs, deferred skills, skills left out because the resume shows them)."""
    remaining = [s for stage in roadmap.stages if stage.status != "completed"
                 for s in stage.skills]
    check = check_deadline(remaining, roadmap.plan)
    warnings: list[str] = []
    message = deadline_warning(check, roadmap.plan) if check else None
    if message:
        warnings.append(message)
    if roadmap.deferred:
        warnings.append(words.DEFERRED_SKILLS.format(limit=MAX_SKILLS,
                                                     skills=join_names(roadmap.deferred)))
    if roadmap.known:
        warnings.append(words.KNOWN_SKILLS.format(skills=join_names(roadmap.known)))
    done = all(stage.status == "completed" for stage in roadmap.stages)
    return roadmap.model_copy(update={
        "estimated_days": sum(stage.estimated_days for stage in roadmap.stages),
        "deadline": check, "warnings": warnings,
        "status": "completed" if done else "active"})


def _study_goal(skill: RoadmapSkill, plan: LearningPlan, first: int, last: int,
                refs: Sequence[ResourceRef]) -> Goal:
    linked = [r for r in refs if skill.id in r.skills][:RESOURCES_PER_GOAL]
    minutes = max(1, round(plan.hours * 60))  # one session: a day's or a week's time
    if plan.pace == "daily":
        text = words.STUDY_DAILY.format(skill=skill.name, minutes=minutes)
    else:
        text = words.STUDY_WEEKLY.format(skill=skill.name, hours=f"{plan.hours:g}")
    if linked:
        text += words.STUDY_START_WITH.format(resource=linked[0].title)
    return Goal(key=f"study:{skill.id}", type=plan.pace, description=text, skills=[skill.id],
                resources=linked, first_day=first, last_day=last, minutes=minutes)


def _practice_goal(group: Sequence[RoadmapSkill], plan: LearningPlan, first: int, last: int,
                   refs: Sequence[ResourceRef]) -> Goal:
    practice = [r for r in refs if r.type == "practice"] or list(refs)
    minutes = max(1, min(PRACTICE_MINUTES, round(plan.hours * 60)))
    ids = [s.id for s in group]
    return Goal(key="practice:" + ",".join(ids), type="weekly",
                description=words.PRACTICE_WEEKLY.format(
                    skills=join_names([s.name for s in group])),
                skills=ids, resources=practice[:RESOURCES_PER_GOAL], first_day=first,
                last_day=last, minutes=minutes)


def _carry(goal: Goal, done: DoneGoals) -> Goal:
    if goal.key not in done:
        return goal
    return goal.model_copy(update={"completed": True, "completed_on": done[goal.key]})


def _stage_title(number: int, group: Sequence[RoadmapSkill]) -> str:
    return words.STAGE_TITLE.format(number=number, skills=join_names([s.name for s in group]))


def _stage_description(group: Sequence[RoadmapSkill], days: int,
                       earlier: Sequence[RoadmapSkill]) -> str:
    text = words.STAGE_DESCRIPTION.format(skills=join_names([s.name for s in group]),
                                          hours=sum(s.hours for s in group), days=days)
    areas = list(dict.fromkeys(s.category for s in group if s.category != "Other"))
    if areas:
        text += words.STAGE_AREAS.format(categories=join_names(areas))
    needed = {p for s in group for p in s.prerequisites}
    builds_on = [s.name for s in earlier if s.id in needed]
    if builds_on:
        text += words.STAGE_BUILDS_ON.format(skills=join_names(builds_on))
    return text


def _title(target_role: str | None, skills: Sequence[RoadmapSkill]) -> str:
    if target_role:
        return words.ROADMAP_TITLE_ROLE.format(role=target_role)
    names = join_names([s.name for s in skills[:TITLE_SKILLS]])
    if len(skills) > TITLE_SKILLS:
        names = words.ROADMAP_TITLE_MORE.format(skills=words.LIST_COMMA.join(
            s.name for s in skills[:TITLE_SKILLS]))
    return words.ROADMAP_TITLE_SKILLS.format(skills=names)
