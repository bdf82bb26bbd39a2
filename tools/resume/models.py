"""Pydantic models of a parsed resume.

The shape follows the original design's resume response (name, contact, skills, education,
experience) and issue 2's CLI contract. Dates are strings ``YYYY-MM``, ``YYYY`` or
``present``; ``None`` when the resume does not say.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

SkillSource = Literal["skills", "summary", "experience", "projects", "education", "other"]
"""The resume section a skill was found in."""


class ResumeSkill(BaseModel):
    """A skill the resume states.

    Attributes:
        name: Canonical skill name from the taxonomy, or the text as written when unknown.
        source: Section it was found in: "skills" when the skills section lists it, else the
            first section that names it.
        taxonomy_id: Taxonomy id of the canonical skill, ``None`` for free text.
        level: Qualifier written next to it ("advanced", "certified"), if any.
    """

    name: str
    source: SkillSource = "other"
    taxonomy_id: str | None = None
    level: str | None = None


class Education(BaseModel):
    """One education entry. Dates are ``YYYY-MM``, ``YYYY``, ``present`` or ``None``."""

    degree: str | None = None
    field: str | None = None
    institution: str | None = None
    location: str | None = None
    start: str | None = None
    end: str | None = None
    gpa: str | None = None


class Experience(BaseModel):
    """One role held. Dates are ``YYYY-MM``, ``YYYY``, ``present`` or ``None``."""

    title: str | None = None
    company: str | None = None
    location: str | None = None
    start: str | None = None
    end: str | None = None
    bullets: list[str] = Field(default_factory=list)


class ResumeProfile(BaseModel):
    """Everything extracted from one resume.

    Attributes:
        name: The person's name, ``None`` when no line looks like one.
        email: First e-mail address found.
        phone: First phone number found, as written.
        links: LinkedIn, GitHub, portfolio and other URLs, in order of appearance.
        skills: Distinct skills, in order of first appearance.
        education: Education entries, most recent first as written.
        experience: Roles, as written.
        source_format: ``pdf``, ``docx`` or ``txt``.
        text_chars: Number of characters of text extracted (for diagnostics).
    """

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    links: list[str] = Field(default_factory=list)
    skills: list[ResumeSkill] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    experience: list[Experience] = Field(default_factory=list)
    source_format: str = "txt"
    text_chars: int = 0

    def skill_names(self) -> list[str]:
        """Names of the skills, in order."""
        return [s.name for s in self.skills]
