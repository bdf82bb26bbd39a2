"""Shapes of the readiness score, its inputs, its trend and the job recommendations.

The weights and the formula are the original design's "Readiness Evaluation Service":
readiness = 0.4 × skill acquisition + 0.3 × practice completion + 0.3 × interview
performance, every part and the total 0–100 (PROPERTIES.md, Property 25).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, model_validator

from tools.jobs.models import Priority

PartName = Literal["skill_acquisition", "practice_completion", "interview_performance"]
"""The three parts of the readiness score, in the order they are shown."""

WEIGHTS: dict[PartName, float] = {
    "skill_acquisition": 0.4,
    "practice_completion": 0.3,
    "interview_performance": 0.3,
}
"""Weight of each part (original design, Readiness Calculation; Property 25)."""

JOB_SEARCH_THRESHOLD = 75.0
"""Above this readiness the coach recommends job openings (original design; Property 26)."""

RECENT_INTERVIEWS = 3
"""Interview performance is the average of the last this-many completed interviews, so the
part follows recent practice rather than a first attempt weeks ago."""

MIN_TREND_DAYS = 7.0
"""The weekly improvement rate is shown once the history spans at least a week."""

Direction = Literal["improving", "steady", "declining", "too_early"]


class MissingSkill(BaseModel):
    """A required skill the user has not shown or learned yet."""

    name: str
    priority: Priority = "important"


class SkillPart(BaseModel):
    """Input of skill acquisition: learned ÷ required skills × 100.

    Attributes:
        target: What the skills are required for ("Backend Engineer at Acme", "Data
            Analyst"); ``None`` when there is neither a job description nor a target role.
        required: Skills the job or role asks for (≥ 0).
        learned: Of those, the skills the resume covers or the roadmap has taught (≤
            ``required``).
        missing: The others, most urgent first.
        has_resume: Whether a resume was read (without one, only roadmap skills count).
    """

    target: str | None = None
    required: int = Field(default=0, ge=0)
    learned: int = Field(default=0, ge=0)
    missing: list[MissingSkill] = Field(default_factory=list)
    has_resume: bool = True

    @model_validator(mode="after")
    def _learned_within_required(self) -> SkillPart:
        if self.learned > self.required:
            raise ValueError("learned skills cannot exceed required skills")
        return self


class PracticePart(BaseModel):
    """Input of practice completion: completed ÷ total roadmap goals × 100.

    Attributes:
        roadmap: Title of the active roadmap; ``None`` when there is none.
        completed: Goals done (≤ ``total``).
        total: Goals in the roadmap.
        next_goal: The first open goal's description, if any.
    """

    roadmap: str | None = None
    completed: int = Field(default=0, ge=0)
    total: int = Field(default=0, ge=0)
    next_goal: str | None = None

    @model_validator(mode="after")
    def _completed_within_total(self) -> PracticePart:
        if self.completed > self.total:
            raise ValueError("completed goals cannot exceed all goals")
        return self


class CompletedInterview(BaseModel):
    """A finished mock interview as the readiness score sees it.

    Attributes:
        id: Interview id.
        score: Its overall score, 0–100 (the average of its answers).
        completed_at: When it ended (aware).
        target_role: The role it was for, if any.
        weak_topics: Skills (or behavioural questions) whose answers scored lowest.
    """

    id: str
    score: float = Field(ge=0, le=100)
    completed_at: datetime
    target_role: str | None = None
    weak_topics: list[str] = Field(default_factory=list)


class InterviewPart(BaseModel):
    """Input of interview performance: the average score of the recent interviews.

    Attributes:
        scores: Overall scores (0–100) of the last :data:`RECENT_INTERVIEWS` completed
            interviews, newest first.
        completed: All interviews completed so far (≥ ``len(scores)``).
        weak_topics: Topics that scored lowest in those interviews, weakest first.
    """

    scores: list[float] = Field(default_factory=list)
    completed: int = Field(default=0, ge=0)
    weak_topics: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _scores_in_range(self) -> InterviewPart:
        if any(not 0 <= s <= 100 for s in self.scores):
            raise ValueError("interview scores are 0-100")
        if self.completed < len(self.scores):
            raise ValueError("completed interviews cannot be fewer than the scores given")
        return self


class PartScore(BaseModel):
    """One part of the readiness score, with its details.

    Attributes:
        name: Which part.
        weight: Its weight (0.4 or 0.3).
        score: 0–100, one decimal.
        detail: The figures in words ("8 of 10 required skills for Data Analyst").
        has_data: False when the part had nothing to count and was counted as 0.
        figures: The numbers behind ``detail`` (``learned``/``required``,
            ``completed``/``total``, ``average``/``counted``/``completed``).
    """

    name: PartName
    weight: float
    score: float = Field(ge=0, le=100)
    detail: str = Field(min_length=1)
    has_data: bool
    figures: dict[str, float] = Field(default_factory=dict)


class ImprovementStep(BaseModel):
    """A concrete thing to do next (Property 27).

    Attributes:
        area: The part it raises.
        action: What to do, in words, naming the skill, goal or command.
        points: Readiness points that part can still add: weight × (100 − part score).
    """

    area: PartName
    action: str = Field(min_length=1)
    points: float = Field(ge=0)


class TrendPoint(BaseModel):
    """A readiness score at one moment (a stored snapshot)."""

    taken_at: datetime
    score: float = Field(ge=0, le=100)


class Trend(BaseModel):
    """Readiness over time (Property 35).

    Attributes:
        points: Earlier snapshots and the current score, oldest first.
        first_score: The first readiness score recorded.
        first_at: When it was recorded.
        days: Days from the first score to now.
        weekly_rate: (current − first score) ÷ weeks elapsed, in points a week, two
            decimals; ``None`` before :data:`MIN_TREND_DAYS` days of history.
        direction: ``improving``, ``steady`` or ``declining`` once there is a rate;
            ``too_early`` before.
    """

    points: list[TrendPoint] = Field(default_factory=list)
    first_score: float
    first_at: datetime
    days: float = Field(ge=0)
    weekly_rate: float | None = None
    direction: Direction = "too_early"


class Readiness(BaseModel):
    """The readiness score (Property 25) with its parts, next steps and trend.

    Attributes:
        score: 0.4 × skill acquisition + 0.3 × practice completion + 0.3 × interview
            performance over the parts' shown scores, 0–100, one decimal.
        parts: The three parts in :data:`WEIGHTS` order.
        improvements: Steps, the one worth most points first; at least one whenever
            ``score`` < 100 (Property 27).
        ready_for_job_search: ``score`` > :data:`JOB_SEARCH_THRESHOLD`.
        trend: Readiness over time, when history was given.
    """

    score: float = Field(ge=0, le=100)
    parts: list[PartScore]
    improvements: list[ImprovementStep] = Field(default_factory=list)
    ready_for_job_search: bool
    trend: Trend | None = None

    def part(self, name: PartName) -> PartScore:
        """The part called ``name``."""
        return next(p for p in self.parts if p.name == name)


class Posting(BaseModel):
    """A job opening the user saved or imported.

    Attributes:
        id: Stored job description id.
        title: Title.
        company: Company, when known.
        url: Link to the opening, when known.
        source: ``pasted``/``file`` (saved in chat) or ``imported`` (from a file).
    """

    id: str
    title: str
    company: str | None = None
    url: str | None = None
    source: str = "pasted"


class JobMatch(BaseModel):
    """A posting with its match percentage against the user's resume.

    Attributes:
        posting: The opening.
        match_percentage: 0–100 from :func:`tools.gaps.analyze_gaps`.
        critical_gaps: Missing must-have skills.
        top_gaps: The first missing skills, most urgent first.
    """

    posting: Posting
    match_percentage: float = Field(ge=0, le=100)
    critical_gaps: int = Field(default=0, ge=0)
    top_gaps: list[str] = Field(default_factory=list)


class JobRecommendations(BaseModel):
    """Job openings recommended at the user's readiness (Property 26).

    Attributes:
        readiness: The readiness score used.
        threshold: Readiness above which openings are recommended (75).
        eligible: ``readiness`` > ``threshold``.
        known: Postings that could be matched.
        jobs: Best matches first; up to 5 when eligible (5 when ≥ 5 are known), none
            otherwise.
        note: What the list is, in plain words (fewer than 5, none known, not ready yet).
        first_steps: When not eligible, what to do first (from the readiness score).
    """

    readiness: float
    threshold: float = JOB_SEARCH_THRESHOLD
    eligible: bool
    known: int = Field(ge=0)
    jobs: list[JobMatch] = Field(default_factory=list)
    note: str = Field(min_length=1)
    first_steps: list[ImprovementStep] = Field(default_factory=list)
