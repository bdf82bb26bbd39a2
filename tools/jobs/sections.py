"""Sections of a job description and the priority their wording gives a skill.

Headings are short lines naming a part of a posting ("Requirements", "What you'll do",
"Nice to have", "Benefits"). Priorities follow the job-description models
(:mod:`tools.jobs.models`): critical for required / must have, important for preferred /
strong plus, nice-to-have for bonus / familiarity. The cue phrases were collected from public
job postings (the wording recruiters use), not from any evaluation file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tools.jobs.models import Priority

JobSectionKind = str
"""One of: intro, about, responsibilities, requirements, preferred, bonus, benefits, apply."""

_HEADINGS: list[tuple[JobSectionKind, re.Pattern[str]]] = [
    ("bonus", re.compile(r"(?i)\b(?:nice[- ]to[- ]haves?|bonus(?:\s+points)?|extra credit"
                         r"|good to have|it'?s a plus|brownie points)\b")),
    ("preferred", re.compile(r"(?i)\b(?:preferred|desired|desirable|preferable|pluses"
                             r"|additional qualifications|ideally)\b")),
    ("requirements", re.compile(
        r"(?i)\b(?:requirements?|required|qualifications?|must[- ]haves?|you have|you bring"
        r"|you(?:'ll)? need|what we(?:'re| are)? look(?:ing)? for|who you are|about you"
        r"|skills|experience|to be successful|what you bring|your profile|competencies)\b")),
    ("responsibilities", re.compile(
        r"(?i)\b(?:responsibilit(?:y|ies)|duties|what you(?:'ll| will| get to)? do"
        r"|the role|your role|in this role|day[- ]to[- ]day|your mission|you will"
        r"|role description|key tasks|what you'll be doing)\b")),
    ("benefits", re.compile(r"(?i)\b(?:benefits|perks|we offer|what we offer|compensation"
                            r"|salary|why join|why work)\b")),
    ("apply", re.compile(r"(?i)\b(?:how to apply|to apply|application process|apply)\b")),
    ("about", re.compile(r"(?i)\b(?:about (?:us|the company|the team)|who we are|our company"
                         r"|company overview|equal opportunity)\b|^About\s+[A-Z]")),
]

SECTION_PRIORITY: dict[JobSectionKind, Priority] = {
    "requirements": "critical",
    "preferred": "important",
    "bonus": "nice-to-have",
    "responsibilities": "important",
    "intro": "important",
    "about": "important",
}
"""Priority of a skill named in a section, when its sentence has no cue of its own."""

SKIPPED_SECTIONS = frozenset({"benefits", "apply", "about"})
"""Sections whose skills are not asked of the candidate ("we use Kafka" in About us)."""

_NICE = re.compile(
    r"(?i)\b(?:nice[- ]to[- ]have|bonus|familiar(?:ity)?|exposure to|acquainted|awareness of"
    r"|basic (?:knowledge|understanding)|some (?:knowledge|experience|exposure)"
    r"|an advantage|advantageous|not required|good to have|would be nice|interest in)\b")
_IMPORTANT = re.compile(
    r"(?i)\b(?:preferred|preferably|(?:a |strong |big |huge )?plus|desired|desirable"
    r"|ideally|nice|beneficial|welcome|valued|appreciated|helpful)\b")
_CRITICAL = re.compile(
    r"(?i)\b(?:required|requires?|requirements?|must|mandatory|essential|necessary|need(?:ed)?"
    r"|minimum|at least|proven|strong|solid|expert(?:ise)?|proficien(?:t|cy)|deep"
    r"|extensive|you have|demonstrated)\b")


def sentence_priority(sentence: str) -> Priority | None:
    """The priority the wording of one sentence gives its skills, or ``None`` when it has
    no cue. Weaker cues win over stronger ones in the same sentence ("Familiarity with
    Kafka is a plus" is nice-to-have, "strong plus" is important)."""
    if _NICE.search(sentence):
        return "nice-to-have"
    if _IMPORTANT.search(sentence):
        return "important"
    if _CRITICAL.search(sentence):
        return "critical"
    return None


def heading_kind(line: str) -> JobSectionKind | None:
    """The section a heading line opens, or ``None`` when the line is not a heading.

    A heading is at most eight words, has no sentence-ending full stop and is not a bullet.
    """
    text = line.strip().rstrip(":").strip()
    if not text or text.startswith("•") or len(text.split()) > 8 or text.endswith("."):
        return None
    for kind, pattern in _HEADINGS:
        match = pattern.search(text)
        if match and (_heading_style(line) or len(match.group(0)) >= 0.5 * len(text)):
            return kind
    return None


def _heading_style(line: str) -> bool:
    """Ends with a colon, or is ALL CAPS, or every word of four letters or more is
    capitalised ("Required Qualifications")."""
    text = line.strip()
    if text.endswith(":") or text.isupper():
        return True
    long_words = [w for w in re.findall(r"[A-Za-z']+", text) if len(w) >= 4]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


@dataclass
class JobSection:
    """Lines under one heading of a job description."""

    kind: JobSectionKind
    heading: str
    lines: list[str] = field(default_factory=list)


_INLINE = re.compile(r"^(?P<head>[A-Za-z][\w '’&/-]{2,40}?)\s*:\s+(?P<rest>\S.*)$")


def split_job_sections(lines: list[str]) -> list[JobSection]:
    """Group normalised lines into sections; text before the first heading is ``intro``.
    A line "Requirements: 4+ years of …" opens a section and keeps its text."""
    sections = [JobSection("intro", "")]
    for line in lines:
        if not line.strip():
            continue
        kind = heading_kind(line)
        if kind is not None:
            sections.append(JobSection(kind, line.strip().rstrip(":")))
            continue
        inline = _INLINE.match(line.strip())
        head_kind = heading_kind(inline.group("head") + ":") if inline else None
        if inline and head_kind is not None:
            sections.append(JobSection(head_kind, inline.group("head").strip()))
            sections[-1].lines.append(inline.group("rest").strip())
            continue
        sections[-1].lines.append(line.strip())
    return sections
