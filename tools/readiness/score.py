"""The readiness score: 0.4 × skill acquisition + 0.3 × practice completion + 0.3 × interview
performance (original design, Readiness Evaluation Service; Properties 25 and 27).

When a part has nothing to count it is 0, said plainly in its detail, and its improvement
step is how to start it: no job description or target role → paste one or name a role; no
roadmap → build one; no mock interview → do one.
"""

from __future__ import annotations

from prompts import readiness as words
from tools.readiness.models import (
    JOB_SEARCH_THRESHOLD,
    WEIGHTS,
    ImprovementStep,
    InterviewPart,
    PartScore,
    PracticePart,
    Readiness,
    SkillPart,
)
from tools.readiness.steps import actions_for


def _percent(done: int, total: int) -> float:
    return round(done / total * 100, 1) if total else 0.0


def skill_score(part: SkillPart) -> PartScore:
    """Skill acquisition = learned ÷ required skills × 100 (0 with no job or role)."""
    has_data = part.target is not None and part.required > 0
    detail = (words.SKILL_DETAIL.format(learned=part.learned, required=part.required,
                                        target=part.target)
              if has_data else words.SKILL_NO_TARGET)
    return PartScore(name="skill_acquisition", weight=WEIGHTS["skill_acquisition"],
                     score=_percent(part.learned, part.required) if has_data else 0.0,
                     detail=detail, has_data=has_data,
                     figures={"learned": part.learned, "required": part.required})


def practice_score(part: PracticePart) -> PartScore:
    """Practice completion = completed ÷ total roadmap goals × 100 (0 with no roadmap)."""
    has_data = part.roadmap is not None and part.total > 0
    if has_data:
        detail = words.PRACTICE_DETAIL.format(completed=part.completed, total=part.total,
                                              roadmap=part.roadmap)
    elif part.roadmap is None:
        detail = words.PRACTICE_NO_ROADMAP
    else:
        detail = words.PRACTICE_NO_GOALS.format(roadmap=part.roadmap)
    return PartScore(name="practice_completion", weight=WEIGHTS["practice_completion"],
                     score=_percent(part.completed, part.total), detail=detail,
                     has_data=has_data,
                     figures={"completed": part.completed, "total": part.total})


def interview_average(part: InterviewPart) -> float:
    """Mean of the recent interview scores, one decimal; 0 with no interview."""
    return round(sum(part.scores) / len(part.scores), 1) if part.scores else 0.0


def interview_score(part: InterviewPart) -> PartScore:
    """Interview performance = average score of the recent interviews (0 with none)."""
    counted = len(part.scores)
    if counted == 0:
        detail = words.INTERVIEW_NONE
    elif part.completed == 1:
        detail = words.INTERVIEW_DETAIL_ONE
    elif part.completed > counted:
        detail = words.INTERVIEW_DETAIL_OF.format(counted=counted, completed=part.completed)
    else:
        detail = words.INTERVIEW_DETAIL.format(counted=counted)
    average = interview_average(part)
    return PartScore(name="interview_performance", weight=WEIGHTS["interview_performance"],
                     score=average, detail=detail, has_data=counted > 0,
                     figures={"average": average, "counted": counted,
                              "completed": part.completed})


def combine(parts: list[PartScore]) -> float:
    """Σ weight × part score over the shown part scores, one decimal, within [0, 100]."""
    total = sum(p.weight * p.score for p in parts)
    return min(100.0, max(0.0, round(total, 1)))


def readiness_score(skills: SkillPart, practice: PracticePart,
                    interviews: InterviewPart) -> Readiness:
    """The readiness score with its parts and improvement steps.

    Args:
        skills: Required and learned skills (from the active job or target role).
        practice: Roadmap goals completed and in all.
        interviews: Recent completed mock interviews.

    Returns:
        Score 0–100 (one decimal) = 0.4 × skill acquisition + 0.3 × practice completion +
        0.3 × interview performance (Property 25); one step for every part below 100, the
        step worth most readiness points first (Property 27); no trend (see
        :func:`tools.readiness.trend.readiness_trend`).
    """
    parts = [skill_score(skills), practice_score(practice), interview_score(interviews)]
    steps: list[ImprovementStep] = []
    for part in parts:
        if part.score >= 100:
            continue
        points = round(part.weight * (100 - part.score), 1)
        steps += [ImprovementStep(area=part.name, action=action, points=points)
                  for action in actions_for(part.name, skills, practice, interviews,
                                            interview_average(interviews))]
    steps.sort(key=lambda step: -step.points)
    score = combine(parts)
    return Readiness(score=score, parts=parts, improvements=steps,
                     ready_for_job_search=score > JOB_SEARCH_THRESHOLD)
