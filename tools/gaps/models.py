"""Pydantic models of skill-gap analysis, role inference, resume advice and job comparison.

Priorities reuse the job description's (``tools.jobs.models.Priority``). Scores are 0–100
percentages rounded to one decimal; market demand is the taxonomy's 0–1 value (0.0 means "no
market signal", see ``storage/seed/README.md``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from tools.jobs.models import Priority

CoverVia = Literal["same", "alias", "more-specific", "similar"]
"""How a resume skill covers a job skill: the same taxonomy skill, another name of it, a more
specific skill (the resume skill's ``broader`` chain reaches the job skill), or an embedding
cosine ≥ the similarity threshold (Property 2)."""

RelatedReason = Literal["prerequisite", "broader", "sibling", "similar"]
"""Why a resume skill shortens the way to a missing one: it is a prerequisite of it, a more
general skill it belongs to, a sibling under the same general skill, or semantically close."""

OtherKind = Literal["experience", "education", "language"]
"""Requirements judged apart from skills."""

RoleLevel = Literal["entry", "mid"]

AdviceKind = Literal[
    "show-in-skills",
    "use-job-wording",
    "missing-section",
    "undated-entry",
    "quantify-bullet",
    "missing-keyword",
]
"""Kinds of resume advice, in the order they are listed."""


class Role(BaseModel):
    """A role of the bundled catalogue (``storage/seed/roles.jsonl``).

    Attributes:
        id: Stable id (``data-analyst``).
        title: Display title.
        onet_code: O*NET-SOC code of the occupation it belongs to (``15-2051.01``).
        onet_title: The O*NET occupation's title.
        aliases: Other titles postings use.
        level: ``entry`` (0–2 years) or ``mid`` (2–5 years).
        technical: True for computing, engineering and data roles.
        years_experience: Minimum years a typical posting asks, ``None`` for none.
        critical: Taxonomy ids the role cannot do without.
        important: Taxonomy ids most postings ask for.
        nice_to_have: Taxonomy ids that are a bonus (including the O*NET hot tools added by
            the build).
    """

    id: str
    title: str
    onet_code: str
    onet_title: str
    aliases: list[str] = Field(default_factory=list)
    level: RoleLevel = "entry"
    technical: bool = False
    years_experience: float | None = None
    critical: list[str] = Field(default_factory=list)
    important: list[str] = Field(default_factory=list)
    nice_to_have: list[str] = Field(default_factory=list)

    def skills_by_priority(self) -> list[tuple[str, Priority]]:
        """Every skill id with its priority, critical first, in catalogue order."""
        return ([(s, "critical") for s in self.critical]
                + [(s, "important") for s in self.important]
                + [(s, "nice-to-have") for s in self.nice_to_have])


class CoveredSkill(BaseModel):
    """A job skill the resume covers.

    Attributes:
        skill: The job skill's name.
        taxonomy_id: Its taxonomy id (``None`` for free text).
        priority: The priority the job gives it.
        via: How it is covered (:data:`CoverVia`).
        resume_skill: The resume skill that covers it.
        similarity: Cosine similarity of the two skills' embeddings (1.0 when the same).
        job_wording: The words the job description uses for it, as written ("" when
            unknown).
    """

    skill: str
    taxonomy_id: str | None = None
    priority: Priority
    job_wording: str = ""
    via: CoverVia
    resume_skill: str
    similarity: float


class RelatedSkill(BaseModel):
    """A resume skill that shortens the way to a missing one.

    Attributes:
        skill: The resume skill's name.
        reason: Why it helps (:data:`RelatedReason`).
        similarity: Cosine similarity to the missing skill.
    """

    skill: str
    reason: RelatedReason
    similarity: float


class SkillGap(BaseModel):
    """A skill the job asks for that the resume does not cover (Properties 2, 4).

    Attributes:
        skill: The skill's name.
        taxonomy_id: Taxonomy id, ``None`` for free text.
        skill_type: Taxonomy type (hard, soft, knowledge, certification); ``hard`` for free
            text.
        priority: Exactly one of critical, important, nice-to-have.
        explanation: Non-empty; quotes the job description's sentence asking for it.
        evidence: That sentence as written ("" when the job gave none).
        job_wording: The words of that sentence naming the skill, as written ("" when
            unknown).
        market_demand: Taxonomy market demand 0–1 (0.0: no market signal).
        demand_label: The demand in words (high, medium, low, no market signal).
        related_skills: The person's skills that shorten the way, most useful first.
        learning_hours: Typical hours to working proficiency when the taxonomy knows them.
        alternatives: Skills the job accepts instead of this one ("Python or Go"), as in
            :class:`tools.jobs.models.JobSkill`; empty when it is asked for on its own.
    """

    skill: str
    taxonomy_id: str | None = None
    skill_type: str = "hard"
    priority: Priority
    explanation: str = Field(min_length=1)
    evidence: str = ""
    job_wording: str = ""
    market_demand: float = 0.0
    demand_label: str = ""
    related_skills: list[RelatedSkill] = Field(default_factory=list)
    learning_hours: int | None = None
    alternatives: list[str] = Field(default_factory=list)


class OtherGap(BaseModel):
    """A requirement that is not a skill (years of experience, degree, language).

    Attributes:
        kind: experience, education or language.
        requirement: Short statement of what the job asks ("5+ years", "Bachelor's degree").
        detail: What the resume shows against it, and why it falls short.
        met: Whether the resume satisfies it (only unmet ones are listed as gaps).
    """

    kind: OtherKind
    requirement: str
    detail: str
    met: bool = False


class MatchComponent(BaseModel):
    """One component of the match percentage.

    Attributes:
        component: hard_skills, soft_skills, languages, years_of_experience, education or
            title.
        weight: Its weight (weights of the components present are renormalised to sum 1).
        score: 0–100.
        detail: A short note of what was counted ("6 of 8 weighted skills").
    """

    component: str
    weight: float
    score: float
    detail: str = ""


class GapReport(BaseModel):
    """The result of comparing one resume with one job description.

    Attributes:
        job_title: The job's title, when known.
        match_percentage: 0–100, one decimal, identical for identical inputs.
        breakdown: The components counted (only those the job asks for).
        covered: Job skills the resume covers, in job order.
        gaps: Skills missing, critical → important → nice-to-have, then by market demand
            (Property 5).
        optional: Skills the job accepts as alternatives to one the resume covers ("Python
            or Go" with Python on the resume lists Go here): not gaps, not counted against
            the match, in gap order; each explanation names the covering skill.
        other_gaps: Unmet non-skill requirements.
        checks: Every non-skill requirement judged, met or not.
        years_of_experience: Years the resume's relevant dated roles add up to (overlaps
            counted once; rule in ``tools.gaps.requirements``), ``None`` when none is dated.
    """

    job_title: str | None = None
    match_percentage: float
    breakdown: list[MatchComponent] = Field(default_factory=list)
    covered: list[CoveredSkill] = Field(default_factory=list)
    gaps: list[SkillGap] = Field(default_factory=list)
    optional: list[SkillGap] = Field(default_factory=list)
    other_gaps: list[OtherGap] = Field(default_factory=list)
    checks: list[OtherGap] = Field(default_factory=list)
    years_of_experience: float | None = None


class RoleFit(BaseModel):
    """A role suggested for a resume (Property 3).

    Attributes:
        role_id: Catalogue id.
        title: Role title.
        onet_code: O*NET-SOC code.
        level: entry or mid.
        fit: 0–100 (documented in ``tools.gaps.roles``).
        matched_skills: Role skills the resume covers.
        missing_skills: Top missing skills, by priority then demand.
        required_skills: The role's critical and important skills.
    """

    role_id: str
    title: str
    onet_code: str
    level: RoleLevel
    fit: float
    matched_skills: list[str] = Field(default_factory=list)
    missing_skills: list[str] = Field(default_factory=list)
    required_skills: list[str] = Field(default_factory=list)


class Advice(BaseModel):
    """One concrete change to make to the resume.

    Attributes:
        kind: What the advice is about (:data:`AdviceKind`).
        message: What was noticed.
        suggestion: What to change, concretely; never an invented skill or experience.
        skill: The skill concerned, if any.
        quote: The resume or job text concerned, if any.
    """

    kind: AdviceKind
    message: str = Field(min_length=1)
    suggestion: str = Field(min_length=1)
    skill: str | None = None
    quote: str | None = None


class JobComparisonRow(BaseModel):
    """One row of the several-jobs table.

    Attributes:
        rank: 1 for the best match.
        position: Index of the job in the input list.
        label: Job title (and company), or "Job N".
        match_percentage: As in :class:`GapReport`.
        critical_gaps: Number of critical skill gaps.
        top_gaps: Names of the first gaps (in gap order).
        other_gaps: Requirements of the unmet non-skill gaps.
    """

    rank: int
    position: int
    label: str
    match_percentage: float
    critical_gaps: int
    top_gaps: list[str] = Field(default_factory=list)
    other_gaps: list[str] = Field(default_factory=list)
