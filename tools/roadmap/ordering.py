"""Which skills a roadmap teaches, in which order, and how they are grouped into stages.

Rules (this module is their source):

* A target is a :class:`~tools.gaps.models.SkillGap`, a taxonomy id, or a taxonomy id with a
  priority (a role's skills). Duplicates keep their first occurrence.
* At most :data:`MAX_SKILLS` skills (5 stages × 3 skills); the rest, lowest priority first,
  are deferred.
* Hours: the gap's ``learning_hours``, else the taxonomy's band value, else
  :data:`DEFAULT_HOURS` (band S, the commonest curated band; ``storage/seed/README.md``).
* Order: prerequisites first (topological order over the roadmap's own skills). Among the
  skills ready to learn, the one with the most urgent *effective* priority (its own, or that
  of any skill needing it) comes first, then one related to the skill just placed (a
  prerequisite link or the same category), then input order.
* Stages: contiguous runs of that order, so a prerequisite is never in a later stage than the
  skill needing it. With n ≥ 6 skills: max(3, ⌈n / 3⌉) stages of 2–3 skills; 4–5 skills make
  2 stages; up to 3 make one. Stage boundaries maximise the related pairs inside stages.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

from tools.gaps.models import SkillGap
from tools.jobs.models import Priority
from tools.roadmap.models import RoadmapSkill
from tools.roadmap.protocols import SkillSource

MAX_SKILLS = 15
"""Most skills in one roadmap: 5 stages of 3 skills (issue 5, point 1)."""

DEFAULT_HOURS = 25
"""Hours assumed for a skill with no curated band: band S, the commonest curated band."""

PRIORITY_RANK: dict[Priority, int] = {"critical": 0, "important": 1, "nice-to-have": 2}

Target = SkillGap | str | tuple[str, Priority]
"""A skill to teach: a gap, a taxonomy id, or a taxonomy id with its priority."""


def free_id(name: str) -> str:
    """Id of a skill the taxonomy does not know: ``free:`` and its case-folded name."""
    return "free:" + " ".join(name.split()).casefold()


def resolve_targets(targets: Sequence[Target], skills: SkillSource,
                    priority: Priority = "important") -> list[RoadmapSkill]:
    """Turn gaps or taxonomy ids into roadmap skills, first occurrence kept.

    Args:
        targets: Skill gaps, taxonomy ids, or ``(id, priority)`` pairs (an unknown id
            becomes a free-text skill).
        skills: Taxonomy lookup.
        priority: Priority given to bare ids.

    Returns:
        One :class:`RoadmapSkill` per distinct skill, prerequisites not yet filtered.
    """
    resolved: dict[str, RoadmapSkill] = {}
    for target in targets:
        skill = _resolve(target, skills, priority)
        resolved.setdefault(skill.id, skill)
    return list(resolved.values())


def _resolve(target: Target, skills: SkillSource, priority: Priority) -> RoadmapSkill:
    if isinstance(target, tuple):
        target, priority = target
    if isinstance(target, str):
        entry = skills.by_id(target)
        name, hours, prio = (entry.name if entry else target), None, priority
    else:
        tax_id = target.taxonomy_id
        entry = skills.by_id(tax_id) if tax_id else None
        name, hours, prio = target.skill, target.learning_hours, target.priority
    if entry is None:
        return RoadmapSkill(id=free_id(name), name=name, priority=prio,
                            hours=hours or DEFAULT_HOURS)
    return RoadmapSkill(id=entry.id, name=entry.name, taxonomy_id=entry.id, priority=prio,
                        hours=hours or entry.learning_hours or DEFAULT_HOURS,
                        difficulty=entry.difficulty, category=entry.category,
                        prerequisites=list(entry.prerequisites))


def with_prerequisites(skill_ids: Sequence[str], skills: SkillSource,
                       limit: int = MAX_SKILLS) -> list[str]:
    """The ids and, breadth first, their taxonomy prerequisites, up to ``limit`` ids.

    Used when a learner names skills without a resume: nothing is known yet, so what the
    skills build on is taught too.
    """
    chosen: list[str] = list(dict.fromkeys(skill_ids))[:limit]
    queue = list(chosen)
    while queue and len(chosen) < limit:
        entry = skills.by_id(queue.pop(0))
        for prereq in entry.prerequisites if entry else []:
            if prereq not in chosen and skills.by_id(prereq) and len(chosen) < limit:
                chosen.append(prereq)
                queue.append(prereq)
    return chosen


def select_skills(skills: Sequence[RoadmapSkill],
                  limit: int = MAX_SKILLS) -> tuple[list[RoadmapSkill], list[RoadmapSkill]]:
    """Keep the ``limit`` most urgent skills (stable by priority); return (kept, deferred).

    Kept skills' prerequisites are narrowed to kept skills.
    """
    ranked = sorted(skills, key=lambda s: PRIORITY_RANK[s.priority])
    kept, deferred = ranked[:limit], ranked[limit:]
    kept_ids = {s.id for s in kept}
    original = {s.id: i for i, s in enumerate(skills)}
    kept.sort(key=lambda s: original[s.id])
    narrowed = [s.model_copy(update={"prerequisites": [p for p in s.prerequisites
                                                       if p in kept_ids and p != s.id]})
                for s in kept]
    return narrowed, deferred


def related(a: RoadmapSkill, b: RoadmapSkill) -> bool:
    """Whether two skills belong together: one needs the other, or same known category."""
    if a.id in b.prerequisites or b.id in a.prerequisites:
        return True
    return a.category == b.category and a.category != "Other"


def learning_order(skills: Sequence[RoadmapSkill]) -> list[RoadmapSkill]:
    """Skills in learning order (module docstring): prerequisites first, urgent first.

    A prerequisite cycle (never in the curated taxonomy, whose build rejects them) is broken
    by taking the most urgent remaining skill.
    """
    by_id = {s.id: s for s in skills}
    index = {s.id: i for i, s in enumerate(skills)}
    rank = _effective_ranks(skills)
    placed: list[RoadmapSkill] = []
    done: set[str] = set()
    while len(placed) < len(skills):
        pending = [s for s in skills if s.id not in done]
        ready = [s for s in pending if all(p in done for p in s.prerequisites)] or pending
        last = placed[-1] if placed else None
        best = min(ready, key=lambda s: (rank[s.id], 0 if last and related(last, s) else 1,
                                         index[s.id]))
        placed.append(by_id[best.id])
        done.add(best.id)
    return placed


def _effective_ranks(skills: Sequence[RoadmapSkill]) -> dict[str, int]:
    """Each skill's most urgent rank among itself and every skill that (transitively) needs it."""
    rank = {s.id: PRIORITY_RANK[s.priority] for s in skills}
    for _ in range(len(skills)):
        changed = False
        for skill in skills:
            for prereq in skill.prerequisites:
                if prereq in rank and rank[skill.id] < rank[prereq]:
                    rank[prereq] = rank[skill.id]
                    changed = True
        if not changed:
            break
    return rank


def stage_sizes(count: int) -> tuple[int, int, int]:
    """``(stages, smallest, largest)`` stage sizes for ``count`` ordered skills."""
    if count <= 3:
        return 1, count, count
    if count < 6:
        return 2, 2, 3
    return max(3, math.ceil(count / 3)), 2, 3


def group_stages(ordered: Sequence[RoadmapSkill]) -> list[list[RoadmapSkill]]:
    """Split ordered skills into contiguous stages (sizes from :func:`stage_sizes`) with the
    most related pairs inside stages; ties keep earlier stages larger."""
    if not ordered:
        return []
    stages, low, high = stage_sizes(len(ordered))
    pair_score = [[1 if related(a, b) else 0 for b in ordered] for a in ordered]

    def inside(start: int, end: int) -> int:
        return sum(pair_score[i][j] for i in range(start, end) for j in range(i + 1, end))

    @cache
    def best(start: int, left: int) -> tuple[int, tuple[int, ...]] | None:
        if left == 0:
            return (0, ()) if start == len(ordered) else None
        options = []
        for size in range(high, low - 1, -1):
            rest = best(start + size, left - 1) if start + size <= len(ordered) else None
            if rest is not None:
                options.append((inside(start, start + size) + rest[0], (size, *rest[1])))
        return max(options, key=lambda o: o[0]) if options else None

    plan = best(0, stages)
    sizes = plan[1] if plan else (len(ordered),)
    groups, start = [], 0
    for size in sizes:
        groups.append(list(ordered[start:start + size]))
        start += size
    return groups
