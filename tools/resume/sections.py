"""Splitting resume text into sections by their headings.

A heading is a short line (at most six words, no sentence punctuation, no digits) whose words
name a section, whatever its style: "EXPERIENCE", "Work History:", "Professional Background",
"Technical Proficiencies", "Tools & Technologies", "Academic Background". A line such as
"Skills: Python, SQL" opens the skills section and keeps "Python, SQL" as its first line
(inside a skills section, "Languages:" or "Tools:" are categories, not headings).
Text before the first heading is the ``header`` section (name and contact); a resume with no
headings is one ``header`` section, which the parser still reads.

The keyword lists below were drawn from the headings of public resume templates and real
resumes (moderncv, Awesome-CV, Deedy, Word and Indeed exports).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SectionKind = str
"""One of: header, summary, experience, education, skills, projects, certifications, other."""

# Checked in this order; the first kind with a keyword in the heading wins.
_KEYWORDS: list[tuple[SectionKind, frozenset[str]]] = [
    (
        "education",
        frozenset(
            {
                "education",
                "academic",
                "academics",
                "educational",
                "schooling",
                "degrees",
                "coursework",
                "courses",
            }
        ),
    ),
    ("projects", frozenset({"projects", "project", "portfolio"})),
    (
        "skills",
        frozenset(
            {
                "skills",
                "skill",
                "proficiencies",
                "competencies",
                "technologies",
                "tools",
                "expertise",
                "techniques",
                "stack",
                "technical",
                "strengths",
                "abilities",
                "programming",
            }
        ),
    ),
    (
        "summary",
        frozenset(
            {
                "summary",
                "profile",
                "objective",
                "about",
                "overview",
                "introduction",
                "highlights",
                "statement",
            }
        ),
    ),
    (
        "experience",
        frozenset(
            {
                "experience",
                "experiences",
                "employment",
                "history",
                "career",
                "positions",
                "internships",
                "internship",
                "background",
                "volunteer",
                "volunteering",
                "research",
            }
        ),
    ),
    (
        "certifications",
        frozenset(
            {"certifications", "certificates", "certification", "licenses", "licences", "training"}
        ),
    ),
    (
        "other",
        frozenset(
            {
                "awards",
                "honors",
                "honours",
                "achievements",
                "publications",
                "interests",
                "hobbies",
                "references",
                "contact",
                "links",
                "personal",
                "information",
                "activities",
                "involvement",
                "involvements",
                "leadership",
                "languages",
                "memberships",
                "affiliations",
                "talks",
                "presentations",
                "extracurricular",
                "details",
                "accomplishments",
                "patents",
                "conferences",
                "teaching",
                "service",
                "additional",
                "studies",
                "social",
                "misc",
                "miscellaneous",
                "declaration",
            }
        ),
    ),
]
_ALL_WORDS = frozenset(w for _, words in _KEYWORDS for w in words)
_WEAK = frozenset(
    {
        "programming",
        "information",
        "research",
        "details",
        "service",
        "teaching",
        "studies",
        "social",
        "training",
        "courses",
        "statement",
        "highlights",
        "about",
        "project",
        "skill",
        "internship",
        "personal",
        "technical",
        "career",
        "work",
        "stack",
        "languages",
        "links",
        "contact",
    }
)
"""Words that make a heading only in capitals or at the end of a Title Case heading
("Functional Programming" in a course list is not a heading; "PROGRAMMING" is)."""
_FILLERS = frozenset(
    {
        "and",
        "&",
        "of",
        "in",
        "my",
        "the",
        "a",
        "other",
        "key",
        "core",
        "relevant",
        "selected",
        "related",
        "areas",
        "summary",
        "detail",
        "technical",
        "professional",
        "academic",
        "work",
        "additional",
        "skills",
    }
)
_INLINE = re.compile(r"^(?P<head>[A-Za-z][A-Za-z &/]{2,40}?)\s*:\s*(?P<rest>.+)$")


@dataclass
class Section:
    """A run of lines under one heading.

    Attributes:
        kind: What the section holds (see :data:`SectionKind`).
        heading: The heading as written ("" for the header section).
        lines: Its lines, heading excluded.
    """

    kind: SectionKind
    heading: str
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The section's lines joined by newlines."""
        return "\n".join(self.lines)


def _words(line: str) -> list[str]:
    """Lower-case words of a heading; glued Camel Case ("WorkExperience") is split."""
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", line).replace("&", " and ")
    words = re.findall(r"[a-z]+", spaced.lower())
    while len(words) > 1 and words[-1] in {"link", "links"}:
        words.pop()
    return words


def heading_kind(line: str) -> SectionKind | None:
    """Tell which section a heading line opens.

    Args:
        line: One normalised line.

    Returns:
        The section kind, or ``None`` when the line is not a heading.
    """
    text = line.strip().rstrip(":").strip()
    if not text or len(text) > 48 or text.startswith("•") or any(c.isdigit() for c in text):
        return None
    if text.endswith((".", ",", ";")) or any(c in text for c in "|@()[]"):
        return None
    words = _words(text)
    if not words or len(words) > 6:
        return None
    known = [w for w in words if w in _ALL_WORDS]
    if not known:
        return None
    unknown = [w for w in words if w not in _ALL_WORDS and w not in _FILLERS]
    if len(unknown) > 2 or (unknown and not _looks_like_heading(text)):
        return None
    weak_end = words[-1] not in _ALL_WORDS or words[-1] in _WEAK
    lone = len(words) == 1 and words[0] in {"languages", "links", "contact"}
    if not text.isupper() and weak_end and not lone:
        return None
    if words == ["languages"] and not text.isupper():
        return "other"
    for kind, keywords in _KEYWORDS:
        if any(w in keywords for w in words):
            return kind
    return None


def _looks_like_heading(text: str) -> bool:
    """All capitals or every long word capitalised (Title Case)."""
    if text.isupper():
        return True
    long_words = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 3]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def split_sections(text: str) -> list[Section]:
    """Split normalised resume text into sections.

    Args:
        text: Normalised text (see :func:`tools.resume.normalize.normalize_text`).

    Returns:
        Sections in document order, starting with the ``header`` section (possibly empty).
        Blank lines are dropped.
    """
    sections = [Section("header", "")]
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        kind = heading_kind(line)
        if kind is not None:
            sections.append(Section(kind, line.rstrip(":").strip()))
            continue
        inline = _INLINE.match(line)
        if inline and sections[-1].kind != "skills":
            head_kind = heading_kind(inline.group("head"))
            if head_kind not in (None, "other", sections[-1].kind):
                sections.append(Section(head_kind, inline.group("head").strip()))
                sections[-1].lines.append(inline.group("rest").strip())
                continue
        sections[-1].lines.append(line)
    return sections
