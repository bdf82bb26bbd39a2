"""Concrete improvement steps for each part of the readiness score below 100 (Property 27).

Every step names what to do: the missing skills, the next roadmap goal, the interview topics
that scored lowest. Words are in :mod:`prompts.readiness`.
"""

from __future__ import annotations

from collections.abc import Sequence

from prompts import readiness as words
from tools.readiness.models import (
    RECENT_INTERVIEWS,
    InterviewPart,
    PartName,
    PracticePart,
    SkillPart,
)

STEP_SKILLS = 3
"""Missing skills named in one step."""
STEP_TOPICS = 3
"""Weak interview topics named in one step."""


def word_list(items: Sequence[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    if len(items) <= 1:
        return "".join(items)
    return words.LIST_JOIN.join(items[:-1]) + words.LIST_LAST + items[-1]


def skill_actions(part: SkillPart, has_roadmap: bool = False) -> list[str]:
    """What raises skill acquisition: a target first, then the resume, then the skills (to
    plan in a new roadmap, or to finish on the one the user has)."""
    if part.target is None or part.required == 0:
        return [words.STEP_NO_TARGET]
    actions = [] if part.has_resume else [words.STEP_NO_RESUME]
    if part.missing:
        names = [m.name for m in part.missing[:STEP_SKILLS]]
        critical = all(m.priority == "critical" for m in part.missing[:STEP_SKILLS])
        what = words.STEP_SKILLS_WHAT_CRITICAL if critical else words.STEP_SKILLS_WHAT_OTHER
        template = words.STEP_SKILLS_ON_ROADMAP if has_roadmap else words.STEP_SKILLS
        actions.append(template.format(skills=word_list(names), what=what,
                                       target=part.target))
    return actions or [words.STEP_NO_RESUME]


def practice_actions(part: PracticePart) -> list[str]:
    """What raises practice completion: a roadmap, then its next open goal."""
    if part.roadmap is None or part.total == 0:
        return [words.STEP_NO_ROADMAP]
    if part.next_goal:
        goal = part.next_goal.strip()
        goal = goal if goal.endswith((".", "!", "?")) else goal + "."
        return [words.STEP_NEXT_GOAL.format(goal=goal, completed=part.completed,
                                            total=part.total)]
    return [words.STEP_OPEN_GOALS.format(roadmap=part.roadmap, completed=part.completed,
                                         total=part.total)]


def interview_actions(part: InterviewPart, average: float) -> list[str]:
    """What raises interview performance: a first interview, then the weakest topics."""
    if not part.scores:
        return [words.STEP_FIRST_INTERVIEW.format(recent=RECENT_INTERVIEWS)]
    if part.weak_topics:
        topics = word_list(part.weak_topics[:STEP_TOPICS])
        return [words.STEP_WEAK_TOPICS.format(topics=topics, average=average)]
    return [words.STEP_ANOTHER_INTERVIEW.format(average=average)]


def actions_for(name: PartName, skills: SkillPart, practice: PracticePart,
                interviews: InterviewPart, interview_average: float) -> list[str]:
    """The actions for part ``name`` (never empty)."""
    if name == "skill_acquisition":
        return skill_actions(skills, has_roadmap=practice.roadmap is not None)
    if name == "practice_completion":
        return practice_actions(practice)
    return interview_actions(interviews, interview_average)
