"""Pydantic models of a parsed job description.

Priorities follow the original design's ``job_required_skills.priority``: ``critical``
(required / must have), ``important`` (preferred / strong plus), ``nice-to-have`` (bonus /
familiarity).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Priority = Literal["critical", "important", "nice-to-have"]
PRIORITY_ORDER: dict[str, int] = {"critical": 0, "important": 1, "nice-to-have": 2}
"""Sort key of a priority: critical first (Property 5)."""


class JobSkill(BaseModel):
    """A skill the job description asks for.

    Attributes:
        name: Canonical taxonomy name, or the text as written when unknown.
        taxonomy_id: Taxonomy id, ``None`` for free text.
        priority: critical, important or nice-to-have.
        evidence: The sentence of the job description that asks for it.
        wording: The words that sentence uses for the skill, as written ("software
            development" for Software engineering); "" when unknown.
        years: Years of experience that sentence asks for, if any.
        alternatives: Names of the other skills that sentence accepts instead of this one
            ("Python or Go": Go's alternatives are ``["Python"]``; rules in
            :mod:`tools.jobs.alternatives`); empty when the skill is asked for on its own.
            Gap analysis counts the skill as met when any alternative is covered.
    """

    name: str
    taxonomy_id: str | None = None
    priority: Priority = "important"
    evidence: str = ""
    wording: str = ""
    years: float | None = None
    alternatives: list[str] = Field(default_factory=list)


class JobDescription(BaseModel):
    """Everything extracted from one job description.

    Attributes:
        title: Job title, when stated.
        company: Hiring company, when stated.
        skills: Skills asked for, in order of first mention (one entry per skill, with the
            highest priority any sentence gives it).
        years_experience: Minimum years of experience asked for, if any.
        education: Degree requirements as written (e.g. "Bachelor's in Computer Science").
        responsibilities: Responsibility bullets as written.
        text_chars: Characters of text read (diagnostics).
    """

    title: str | None = None
    company: str | None = None
    skills: list[JobSkill] = Field(default_factory=list)
    years_experience: float | None = None
    education: list[str] = Field(default_factory=list)
    responsibilities: list[str] = Field(default_factory=list)
    text_chars: int = 0
