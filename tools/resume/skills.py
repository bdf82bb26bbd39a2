"""Skills named in a resume, each with the section it came from and its qualifier.

The skills, summary, experience, projects and certifications sections are searched with the
:class:`~tools.skill_matcher.SkillMatcher` (entry headers of experience and projects are
skipped: they name employers such as Figma); e-mail addresses and links are blanked first so
"github.com/jdoe" is not the skill GitHub. Items of
the skills section that the taxonomy does not know are kept as free text (taxonomy id
``None``) when they look like a skill name (one to four words, no sentence; not a plain
lower-case word such as "formula" or "filters", not a fragment with an unpaired bracket, not
a category sub-heading in capitals). A qualifier
written next to a skill — "Python (primary)", "AWS (certified)", "SQL – advanced",
"Go: expert" — becomes its level. Interests and wishes ("interested in data analysis",
"eager to learn Kubernetes") are not claimed skills and are left out
(:mod:`tools.resume.wishes`).
"""

from __future__ import annotations

import re
from typing import get_args

from tools.resume.dates import find_range
from tools.resume.experience import is_header_line
from tools.resume.fields import EMAIL, URL
from tools.resume.models import ResumeSkill, SkillSource
from tools.resume.sections import Section
from tools.resume.wishes import blank_wishes
from tools.skill_matcher import SkillMatcher

LEVEL_WORDS = (
    r"primary|advanced|intermediate|basic|basics|beginner|novice|expert|proficient|fluent"
    r"|native|certified|familiar|working knowledge|strong|good|excellent|professional"
    r"|elementary|limited|conversational|\d+\+?\s*(?:years?|yrs?)"
)
_LEVEL_AFTER = re.compile(
    rf"^\s*(?:\(\s*(?P<paren>(?:{LEVEL_WORDS})[^)]{{0,20}})\)"
    rf"|[–—:-]\s*(?P<dash>{LEVEL_WORDS})\b)",
    re.IGNORECASE,
)
_ITEM_SPLIT = re.compile(r"\s*[,;|•·]\s*")
_LABEL = re.compile(r"^[A-Za-z][\w /&+-]{1,30}:\s*")
_SOURCES = frozenset(get_args(SkillSource))

SKILL_SECTIONS = frozenset({"skills", "summary", "experience", "projects", "certifications"})
"""Sections searched for skills. The header (contact), education (degree fields and course
titles such as "Computer Science") and other sections (awards, publications, interests) name
subjects and organisations far more often than skills the person has."""


def _source(kind: str) -> SkillSource:
    mapping = {"header": "other", "certifications": "other"}
    value = mapping.get(kind, kind)
    return value if value in _SOURCES else "other"  # type: ignore[return-value]


def _entry_header(line: str) -> bool:
    """An entry header with separators or dates ("Figma • San Francisco, CA")."""
    separated = "|" in line or "•" in line or find_range(line) is not None
    return separated and is_header_line(line)


def _blank_links(text: str) -> str:
    """Replace e-mail addresses and links with spaces (offsets are kept)."""
    for pattern in (EMAIL, URL):
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def _level_after(text: str, end: int) -> str | None:
    match = _LEVEL_AFTER.match(text[end : end + 40])
    if not match:
        return None
    return (match.group("paren") or match.group("dash") or "").strip().lower() or None


def _free_items(line: str) -> list[str]:
    """Skill-like items of a skills-section line that might not be in the taxonomy."""
    line = _LABEL.sub("", line.strip().removeprefix("• "))
    line = re.sub(r"\([^()]*\)|\[[^]]*\]", " ", line)
    if _subheading(line):
        return []
    items: list[str] = []
    for raw in _ITEM_SPLIT.split(line):
        item = raw.strip(" .:-–—*")
        words = item.split()
        if not 1 <= len(words) <= 4 or len(item) < 2 or item.endswith(":"):
            continue
        if not re.search(r"[A-Za-z]", item) or re.search(r"\d{3,}", item):
            continue
        if words[0][0].islower() and len(words) > 1:
            continue
        if re.search(r"[()\[\]]", item) or item.islower() and _PLAIN_WORDS.fullmatch(item):
            continue
        items.append(item)
    return items


_PLAIN_WORDS = re.compile(r"[a-z]+(?: [a-z]+)*")


def _subheading(line: str) -> bool:
    """A category line inside the skills section: one item in capitals ("CELL AND
    MOLECULAR BIOLOGY", "IMAGING (advanced)"), with its qualifier already removed."""
    text = line.strip(" .:-–—*")
    return text.isupper() and not _ITEM_SPLIT.search(text) and len(text.split()) <= 6


def unwrap(lines: list[str]) -> list[str]:
    """Join a line that starts in lower case to the line before it (a hard line break inside
    a sentence or a list: "…, Project" + "management, …"); a word broken by a hyphen at the
    end of a line is mended ("devel-" + "oping")."""
    out: list[str] = []
    for line in lines:
        if out and line[:1].islower():
            previous = out[-1]
            if re.search(r"[a-z]-$", previous):
                out[-1] = previous[:-1] + line
            else:
                out[-1] = f"{previous} {line}"
            continue
        out.append(line)
    return out


def _free_hits(item: str, matcher: SkillMatcher) -> list[tuple[str, str]]:
    """Taxonomy skills an unmatched skills-section item names once its hyphens are read
    as spaces ("Technical-Writing" -> Technical writing)."""
    spaced = re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", " ", item)
    if spaced == item:
        return []
    return [(e.id, e.name) for e, start, end in matcher.find(spaced)
            if end - start >= 0.6 * len(spaced)]


def _claimed(lines: list[str]) -> list[str]:
    """The lines with their interests and wishes blanked; a wish may run on to the next
    line ("eager to learn" / "Kubernetes and Helm")."""
    return blank_wishes("\n".join(lines)).split("\n")


def extract_skills(sections: list[Section], matcher: SkillMatcher) -> list[ResumeSkill]:
    """Collect the distinct skills of a resume.

    Args:
        sections: The resume's sections (see :func:`tools.resume.sections.split_sections`).
        matcher: Skill matcher built over the taxonomy.

    Returns:
        Distinct skills in order of first mention. A skill listed in the skills section has
        source ``"skills"``; otherwise its source is the first section it appears in. Level
        is the first qualifier written next to it. A skill named only as an interest or a
        wish ("eager to learn Kubernetes") is not one.
    """
    found: dict[str, ResumeSkill] = {}
    for section in sections:
        if section.kind not in SKILL_SECTIONS:
            continue
        source = _source(section.kind)
        for line in _claimed(unwrap(section.lines)):
            if section.kind in ("experience", "projects") and _entry_header(line):
                continue
            text = _blank_links(line)
            for entry, _start, end in matcher.find(text):
                _record(found, entry.id, entry.name, entry.id, source, _level_after(text, end))
            if section.kind == "skills":
                for item in _free_items(text):
                    if matcher.find(item):
                        continue
                    hits = _free_hits(item, matcher)
                    if hits:
                        _record(found, hits[0][0], hits[0][1], hits[0][0], source, None)
                        continue
                    key = "free:" + item.lower()
                    _record(found, key, item, None, source, None)
    return list(found.values())


def drop_employers(skills: list[ResumeSkill], employers: list[str]) -> list[ResumeSkill]:
    """Leave out skills that only name an employer of the resume ("Notion", "Figma" in the
    bullets of a role at that company); a skill listed in the skills section stays."""
    names = {e.strip().casefold() for e in employers if e and e.strip()}
    return [s for s in skills if s.source == "skills" or s.name.casefold() not in names]


def _record(
    found: dict[str, ResumeSkill],
    key: str,
    name: str,
    taxonomy_id: str | None,
    source: SkillSource,
    level: str | None,
) -> None:
    existing = found.get(key)
    if existing is None:
        found[key] = ResumeSkill(name=name, source=source, taxonomy_id=taxonomy_id, level=level)
        return
    if source == "skills" and existing.source != "skills":
        existing.source = "skills"
    if existing.level is None and level:
        existing.level = level
