"""The match percentage and its breakdown.

Each component the job asks for gets a 0–100 score; the match is their weighted mean, with
the weights of the components present renormalised to sum 1 (a job that says nothing about
education is not scored on it). Weights and priority weights are editorial choices, set so
that skills dominate and every other component can move the result without deciding it:

| component | weight | score |
|---|---|---|
| ``hard_skills`` (hard, knowledge, certification, free text) | 0.50 | covered ÷ asked (*) |
| ``soft_skills`` | 0.10 | same, over soft skills |
| ``languages`` | 0.05 | same, over languages |
| ``years_of_experience`` | 0.15 | min(1, resume years ÷ asked years) |
| ``education`` | 0.10 | 100 when the degree level is met, else resume level ÷ asked level |
| ``title`` | 0.10 | share of the job title's words in the closest resume title |

(*) weighted by priority: critical 3, important 2, nice-to-have 1; skills a requirement
accepts instead of each other ("Python or Go") count once, covered when any one is.
Everything is computed from the inputs alone and rounded to one decimal, so the same inputs
give the same percentage on every run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from prompts import gaps as words
from tools.gaps.models import MatchComponent
from tools.gaps.requirements import (
    required_degree,
    resume_degree_level,
    title_match,
)
from tools.jobs.models import JobDescription
from tools.resume.models import ResumeProfile

COMPONENT_WEIGHTS: dict[str, float] = {
    "hard_skills": 0.50,
    "soft_skills": 0.10,
    "languages": 0.05,
    "years_of_experience": 0.15,
    "education": 0.10,
    "title": 0.10,
}
PRIORITY_WEIGHTS: dict[str, float] = {"critical": 3.0, "important": 2.0, "nice-to-have": 1.0}
SKILL_COMPONENT = {"soft": "soft_skills", "language": "languages"}
"""Skill type -> component; every other type counts as a hard skill."""


@dataclass(frozen=True)
class SkillOutcome:
    """Whether one job skill is covered.

    Attributes:
        skill_type: Taxonomy type (``hard`` for free text).
        priority: The job's priority for it.
        covered: True when the resume covers it.
    """

    skill_type: str
    priority: str
    covered: bool


def skill_score(outcomes: Sequence[SkillOutcome]) -> float:
    """Priority-weighted share (0–100) of covered skills; 100 for no skills."""
    total = sum(PRIORITY_WEIGHTS[o.priority] for o in outcomes)
    if total == 0:
        return 100.0
    return 100.0 * sum(PRIORITY_WEIGHTS[o.priority] for o in outcomes if o.covered) / total


def match_breakdown(outcomes: Sequence[SkillOutcome], job: JobDescription,
                    profile: ResumeProfile,
                    years: float | None) -> tuple[list[MatchComponent], float]:
    """The components the job asks for and the overall match percentage (0–100, 1 decimal).

    Args:
        outcomes: One per requirement: a job skill, or a group of alternatives
            ("Python or Go", covered when any one is).
        job: The job description (title, years, education).
        profile: The resume (education, role titles).
        years: Resume years of experience, None when unknown.

    Returns:
        ``(components, percentage)``; weights in the components are renormalised.
    """
    raw: list[tuple[str, float, str]] = []
    for component in ("hard_skills", "soft_skills", "languages"):
        group = [o for o in outcomes if SKILL_COMPONENT.get(o.skill_type, "hard_skills")
                 == component]
        if group:
            covered = sum(o.covered for o in group)
            raw.append((component, skill_score(group),
                        words.DETAIL_SKILLS.format(covered=covered, total=len(group))))
    raw.extend(_years_component(job, years))
    raw.extend(_education_component(job, profile))
    raw.extend(_title_component(job, profile))
    total = sum(COMPONENT_WEIGHTS[name] for name, _, _ in raw)
    if total == 0:
        return [], 0.0
    components = [MatchComponent(component=name, score=round(score, 1), detail=detail,
                                 weight=round(COMPONENT_WEIGHTS[name] / total, 4))
                  for name, score, detail in raw]
    percentage = sum(COMPONENT_WEIGHTS[n] * s for n, s, _ in raw) / total
    return components, round(percentage, 1)


def _years_component(job: JobDescription, years: float | None) -> list[tuple[str, float, str]]:
    need = job.years_experience
    if need is None or need <= 0:
        return []
    if years is None:
        return [("years_of_experience", 0.0,
                 words.DETAIL_YEARS_UNKNOWN.format(need=f"{need:g}"))]
    return [("years_of_experience", 100.0 * min(1.0, years / need),
             words.DETAIL_YEARS.format(have=f"{years:g}", need=f"{need:g}"))]


def _education_component(job: JobDescription,
                         profile: ResumeProfile) -> list[tuple[str, float, str]]:
    wanted = required_degree(job.education)
    if wanted is None:
        return []
    need = wanted[0]
    have = resume_degree_level(profile.education)
    have_words = words.EDUCATION_LEVEL_NAMES.get(have, words.EDUCATION_NOTHING)
    detail = words.DETAIL_EDUCATION.format(have=have_words,
                                           need=words.EDUCATION_LEVEL_NAMES[need])
    return [("education", 100.0 * min(1.0, have / need), detail)]


def _title_component(job: JobDescription,
                     profile: ResumeProfile) -> list[tuple[str, float, str]]:
    if not job.title or not job.title.strip():
        return []
    share, closest = title_match(job.title, profile.experience)
    detail = (words.DETAIL_TITLE.format(title=closest) if closest
              else words.DETAIL_TITLE_NONE)
    return [("title", 100.0 * share, detail)]
