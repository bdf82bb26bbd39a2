"""The three inputs of the readiness score, built from what the user has: a gap report, the
active roadmap and completed mock interviews.

A required skill counts as learned when the resume covers it (the gap report's covered
skills, Property 2) or when every roadmap goal that works on it is done — so finishing a
stage raises skill acquisition without re-uploading the resume.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from tools.gaps.models import GapReport
from tools.readiness.models import (
    RECENT_INTERVIEWS,
    CompletedInterview,
    InterviewPart,
    MissingSkill,
    PracticePart,
    SkillPart,
)
from tools.roadmap.models import Roadmap
from tools.roadmap.progress import goal_counts, todays_goals

MAX_WEAK_TOPICS = 5


def skill_key(taxonomy_id: str | None, name: str) -> str:
    """How learned skills are matched: the taxonomy id, else the case-folded name."""
    return taxonomy_id or f"text:{' '.join(name.casefold().split())}"


def roadmap_learned_skills(roadmap: Roadmap | None) -> set[str]:
    """Keys (:func:`skill_key`) of the roadmap skills whose goals are all done."""
    if roadmap is None:
        return set()
    learned: set[str] = set()
    goals = roadmap.goals()
    for stage in roadmap.stages:
        for skill in stage.skills:
            mine = [g for g in goals if skill.id in g.skills]
            if (mine and all(g.completed for g in mine)) or stage.status == "completed":
                learned.add(skill_key(skill.taxonomy_id, skill.name))
    return learned


def skill_part(report: GapReport | None, learned: Collection[str], target: str | None,
               has_resume: bool = True) -> SkillPart:
    """Skill acquisition input from a gap report.

    Args:
        report: Gap report of the resume against the active job or the target role; ``None``
            when there is neither (the part then counts 0).
        learned: Keys (:func:`skill_key`) of skills learned on the roadmap.
        target: What the report is for ("Backend Engineer at Acme").
        has_resume: Whether the report was made from a real resume.

    Returns:
        Required = covered + missing skills of the report; learned = covered + gaps learned
        on the roadmap; the rest, most urgent first, as missing.
    """
    if report is None or target is None:
        return SkillPart(has_resume=has_resume)
    missing = [MissingSkill(name=g.skill, priority=g.priority) for g in report.gaps
               if skill_key(g.taxonomy_id, g.skill) not in learned]
    required = len(report.covered) + len(report.gaps)
    return SkillPart(target=target, required=required, learned=required - len(missing),
                     missing=missing, has_resume=has_resume)


def practice_part(roadmap: Roadmap | None, on: date) -> PracticePart:
    """Practice completion input: goals done and in all (``goal_counts``), and the goal to do
    next (today's, else the first open one)."""
    if roadmap is None:
        return PracticePart()
    completed, total = goal_counts(roadmap)
    today = todays_goals(roadmap, on)
    open_goals = [g for g in roadmap.goals() if not g.completed]
    upcoming = today or open_goals
    return PracticePart(roadmap=roadmap.title, completed=completed, total=total,
                        next_goal=upcoming[0].description if upcoming else None)


def interview_part(interviews: Sequence[CompletedInterview]) -> InterviewPart:
    """Interview performance input: the last :data:`RECENT_INTERVIEWS` completed interviews
    (newest first by ``completed_at``) and the topics they scored lowest on."""
    newest = sorted(interviews, key=lambda i: i.completed_at, reverse=True)
    recent = newest[:RECENT_INTERVIEWS]
    topics: dict[str, None] = {}
    for interview in recent:
        for topic in interview.weak_topics:
            topics.setdefault(topic, None)
    return InterviewPart(scores=[i.score for i in recent], completed=len(newest),
                         weak_topics=list(topics)[:MAX_WEAK_TOPICS])
