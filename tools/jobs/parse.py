"""Job description text -> :class:`JobDescription`: the ``parse_job_description`` tool.

Steps: normalise the text (the resume normaliser: ligatures, bullets, odd spaces), refuse
text not in English, split it into sections (:mod:`tools.jobs.sections`) and sentences, then
read the title, the company, the skills asked for (each with the priority its sentence or
section gives it and the sentence as evidence, and the skills the same sentence accepts
instead of it: :mod:`tools.jobs.alternatives`), years of experience, degree requirements and
responsibilities.
"""

from __future__ import annotations

import re

from prompts import errors as msg
from prompts.resume import LANGUAGE_NAMES
from tools.documents import Document, job_description_format
from tools.errors import InvalidInput
from tools.jobs.alternatives import alternative_groups
from tools.jobs.header import find_company, find_title
from tools.jobs.mentions import Mention, find_mentions
from tools.jobs.models import PRIORITY_ORDER, JobDescription, JobSkill, Priority
from tools.jobs.sections import (
    SECTION_PRIORITY,
    SKIPPED_SECTIONS,
    JobSection,
    heading_kind,
    sentence_priority,
    split_job_sections,
)
from tools.resume.extract import read_text
from tools.resume.language import detect_language
from tools.resume.normalize import BULLET, normalize_text
from tools.skill_matcher import SkillMatcher

MIN_JD_CHARS = 40
"""Fewer letters and digits than this is not a job description."""

_YEARS = re.compile(
    r"(?i)(?P<low>\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?"
    r"\s*(?:(?:-|–|—|to)\s*(?P<high>\d{1,2})\s*)?\+?\s*(?:years?|yrs?)\b")
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}
_EXPERIENCE = re.compile(r"(?i)\bexperience|\bexp\b|\bbackground\b|\bworking\b")
_DEGREE = re.compile(
    r"(?i:\b(?:bachelor(?:'s|’s|s)?|master(?:'s|’s|s)?|doctorate|ph\.?\s?d|mba|degree|diploma"
    r"|graduate\s+of|b\.?\s?tech|m\.?\s?tech)\b)"
    r"|\b(?:B\.?S|M\.?S|B\.?A|M\.?A|B\.?E|B\.?Sc|M\.?Sc|MEng|BEng)\b"
    r"(?=\s*(?:in\b|,|/|or\b|and\b|degree|\.|$|\())")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])|;\s+")
MAX_EVIDENCE_CHARS = 300
"""Evidence sentences are cut at this length (with an ellipsis)."""


def job_description_text(document: Document) -> str:
    """Read the text of a job description file.

    Args:
        document: A PDF, DOCX or TXT file of at most 5 MB.

    Returns:
        Normalised text (the resume reader's extraction: columns in reading order, DOCX
        tables, any common text encoding).

    Raises:
        UnsupportedFile: Another file type, an empty, damaged, encrypted or oversized file,
            or one with no readable text (a scan).
    """
    return read_text(document, job_description_format(document))


def parse_job_description(text: str, matcher: SkillMatcher) -> JobDescription:
    """Read a job description.

    Args:
        text: The job description as pasted or read from a file.
        matcher: Skill matcher over the taxonomy.

    Returns:
        Title and company (``None`` when not stated), skills in order of first mention with
        priority and evidence, minimum years of experience, degree requirements and
        responsibilities as written.

    Raises:
        InvalidInput: The text is empty or too short, or not written in English ("not
            supported yet").
    """
    clean = normalize_text(text)
    if sum(1 for c in clean if c.isalnum()) < MIN_JD_CHARS:
        raise InvalidInput(msg.EMPTY_JD, msg.EMPTY_JD_NEXT)
    language = detect_language(clean)
    if language != "en":
        name = LANGUAGE_NAMES.get(language, language)
        raise InvalidInput(msg.JD_NOT_ENGLISH.format(language=name), msg.JD_NOT_ENGLISH_NEXT)
    raw_lines = clean.split("\n")
    sections = split_job_sections(_unwrap(raw_lines))
    skills: dict[str, JobSkill] = {}
    years: list[float] = []
    education: list[str] = []
    for section in sections:
        if section.kind in SKIPPED_SECTIONS:
            continue
        for sentence in _sentences(section):
            _add_skills(skills, sentence, section, matcher)
            found = requirement_years(sentence)
            if found is not None:
                years.append(found)
            if _DEGREE.search(sentence) and sentence not in education:
                education.append(sentence.rstrip("."))
    return JobDescription(
        title=find_title(raw_lines),
        company=find_company(raw_lines, sections),
        skills=list(skills.values()),
        years_experience=max(years) if years else None,
        education=education,
        responsibilities=[item for s in sections if s.kind == "responsibilities"
                          for item in _items(s)],
        text_chars=len(clean),
    )


_LABELLED = re.compile(r"^[A-Z][\w'’/&() -]{0,40}:\s")
"""A line opening with a short label and a colon ("Nice to have: …") starts afresh."""


def _unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines into their paragraph or bullet.

    A line continues the one before it (same paragraph, no blank line between, neither a
    heading, this one neither a bullet nor opening with a "Label:") when that one does not
    end with sentence punctuation and either this one starts in lower case or with a closing
    bracket, or that one is as long as the text's wrapped lines (at least 70% of the
    90th-percentile line length).
    """
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    wrap = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
    out: list[str] = []
    for line in lines:
        text = line.strip()
        previous = out[-1] if out else ""
        joinable = (bool(text) and bool(previous) and not text.startswith(BULLET)
                    and heading_kind(text) is None and heading_kind(previous) is None
                    and not _LABELLED.match(text)
                    and not previous.endswith((".", ":", "!", "?", ";")))
        wrapped = len(previous) >= 0.7 * wrap or text[:1].islower() or text[:1] in ")&,"
        if joinable and (wrapped or previous.count("(") > previous.count(")")):
            out[-1] = f"{previous} {text}"
            continue
        out.append(text)
    return out


def _items(section: JobSection) -> list[str]:
    return [line.removeprefix(BULLET).strip() for line in section.lines
            if line.removeprefix(BULLET).strip()]


def _sentences(section: JobSection) -> list[str]:
    sentences: list[str] = []
    for item in _items(section):
        sentences.extend(s.strip() for s in _SENTENCE_END.split(item) if s.strip())
    return sentences


def requirement_years(sentence: str) -> float | None:
    """Minimum years of experience a sentence asks for ("5+ years of experience",
    "6 - 10 years", "three years' experience"), or ``None``; the largest lower bound when a
    sentence names several."""
    if not _EXPERIENCE.search(sentence):
        return None
    values: list[float] = []
    for match in _YEARS.finditer(sentence):
        low = match.group("low").lower()
        values.append(float(_NUMBERS.get(low, 0) or float(low)))
    values = [v for v in values if 0 < v <= 30]
    return max(values) if values else None


def _evidence(sentence: str) -> str:
    if len(sentence) <= MAX_EVIDENCE_CHARS:
        return sentence
    return sentence[: MAX_EVIDENCE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _add_skills(skills: dict[str, JobSkill], sentence: str, section: JobSection,
                matcher: SkillMatcher) -> None:
    priority: Priority = sentence_priority(sentence) or SECTION_PRIORITY.get(
        section.kind, "important")
    asked = section.kind in ("requirements", "preferred", "bonus") or bool(
        sentence_priority(sentence))
    mentions = find_mentions(sentence, matcher, stack=True)
    keys = [_skill_key(m) if m.skill_id is not None or (asked and precise_free_text(m))
            else None for m in mentions]
    alternatives = _alternatives(sentence, mentions, keys)
    for mention, key in zip(mentions, keys, strict=True):
        if key is None:
            continue
        others = alternatives.get(key, [])
        existing = skills.get(key)
        if existing is None:
            skills[key] = JobSkill(name=mention.name, taxonomy_id=mention.skill_id,
                                   priority=priority, evidence=_evidence(sentence),
                                   wording=mention.text, years=requirement_years(sentence),
                                   alternatives=others)
        elif PRIORITY_ORDER[priority] < PRIORITY_ORDER[existing.priority]:
            existing.priority = priority
            existing.evidence = _evidence(sentence)
            existing.wording = mention.text
            existing.years = requirement_years(sentence)
            existing.alternatives = others
        elif priority == existing.priority and not others:
            existing.alternatives = []  # asked for on its own as well


def _skill_key(mention: Mention) -> str:
    return mention.skill_id or "free:" + mention.name.lower()


def _alternatives(sentence: str, mentions: list[Mention],
                  keys: list[str | None]) -> dict[str, list[str]]:
    """Skill key -> names of the other listed skills its sentence accepts instead of it."""
    found: dict[str, list[str]] = {}
    for group in alternative_groups(sentence, mentions):
        members: dict[str, str] = {}
        for index in group:
            key = keys[index]
            if key is not None:
                members.setdefault(key, mentions[index].name)
        if len(members) < 2:
            continue
        for key in members:
            found.setdefault(key, [n for k, n in members.items() if k != key])
    return found


_TECHNICAL = re.compile(r"[A-Z].*[A-Z]|[a-z][A-Z]|\d|[.#+/]|^[A-Z]{2,}$")
_GENERIC = frozenset({"computer science", "english", "engineering", "science", "business",
                      "bachelor", "master", "degree", "years", "experience", "team", "teams",
                      "the", "it", "us", "our"})


def precise_free_text(mention: Mention) -> bool:
    """Whether a free-text mention is precise enough to list as a skill: one to three
    words, every word capitalised, at least one of them technical-looking (an acronym,
    CamelCase, a digit, or ".", "#", "+", "/"), and not a generic word ("Computer
    Science")."""
    words = mention.text.split()
    if not 1 <= len(words) <= 3 or mention.text.lower() in _GENERIC:
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w[0] == "." for w in words):
        return False
    return any(_TECHNICAL.search(w) for w in words)
