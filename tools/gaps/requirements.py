"""Requirements that are not skills: years of experience, degree level, job title.

Rules (editorial, chosen to be predictable and explainable):

* **Years of experience** — counted over the *relevant* roles: those whose title shares a
  content word with the job title (a "Product Manager" posting counts the "Product Manager"
  roles, not earlier "Software Engineer" ones); when no role title shares a word, every role
  counts. Years are the union of the resume's dated roles, overlaps counted once,
  clipped at ``today``. ``YYYY-MM`` is that month; a bare ``YYYY`` is taken as July (the middle
  of the year, so "2019 – 2021" counts about two years); ``present``/``current``/``now`` is
  ``today``. A role runs from its start month to its end month inclusive; a role without a
  start, or without an end, is not counted (its length is unknown).
* **Degree level** — 1 diploma/associate/unspecified degree, 2 bachelor's, 3 master's/MBA,
  4 doctorate, read from the degree (and field) text; abbreviations count with or without
  full stops (B.S., BSc, B.Sc., BA, B.A., BEng, B.Tech, BE are bachelor's; M.S., MSc, MA,
  MBA, M.Tech are master's), and the two-letter BE, MA, ME only in capitals. A resume
  education entry naming a university or college but no degree counts as level 1. The job's
  level is the lowest it names (e.g. "BS or MS" -> bachelor's); fields of study are not
  compared.
* **Title** — share of the job title's words (seniority words and stop words removed) found in
  the best-matching resume role title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from tools.resume.models import Education, Experience

_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_YEAR = re.compile(r"(\d{4})")
_ONGOING = frozenset({"present", "current", "now", "today", "ongoing"})
MID_YEAR_MONTH = 7

DEGREE_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (4, re.compile(r"\b(ph\.?\s?d|doctor(ate|al)?|d\.?phil|ed\.?d)(?!\w)", re.I)),
    (3, re.compile(r"\b(master'?s?|mba|m\.?sc|m\.s\.?|ms|m\.?eng|m\.?tech|m\.a\.?|mphil|"
                   r"postgraduate|graduate degree)(?!\w)|\b(?-i:MA|ME|MCA)\b", re.I)),
    (2, re.compile(r"\b(bachelor'?s?|b\.?sc|b\.s\.?|bs|b\.?eng|b\.?tech|b\.e\.?|b\.a\.?|ba|"
                   r"bba|bca|undergraduate|four-year degree|4-year degree)(?!\w)"
                   r"|\b(?-i:BE)\b", re.I)),
    (1, re.compile(r"\b(associate'?s?|diploma|degree|hnd|college)\b", re.I)),
)
"""Degree level and the words that name it (checked highest first)."""
_SCHOOL = re.compile(r"\b(universit|college|institut|school of|polytechnic)", re.I)
_PREFERRED = re.compile(r"\b(preferred|a plus|nice to have|desirable|ideally)\b", re.I)

TITLE_STOP_WORDS = frozenset({
    "senior", "sr", "junior", "jr", "lead", "principal", "staff", "intern", "internship",
    "trainee", "entry", "level", "i", "ii", "iii", "iv", "of", "and", "the", "a", "an", "for",
    "to", "in", "at", "with", "head", "chief", "associate", "assistant",
})
"""Words that say how senior a title is or nothing at all, not what the job is."""


def _month_index(value: str | None, today: date) -> int | None:
    if value is None:
        return None
    text = value.strip().lower()
    if text in _ONGOING:
        return today.year * 12 + today.month - 1
    if match := _MONTH.fullmatch(text):
        month = min(max(int(match.group(2)), 1), 12)
        return int(match.group(1)) * 12 + month - 1
    if match := _YEAR.fullmatch(text):
        return int(match.group(1)) * 12 + MID_YEAR_MONTH - 1
    return None


def experience_years(roles: Sequence[Experience], today: date) -> float | None:
    """Years of experience the dated roles add up to (rules in the module docstring).

    Args:
        roles: The resume's roles.
        today: The reference day (tools never read the clock).

    Returns:
        Years rounded to 0.1, or None when no role has both dates.
    """
    now = today.year * 12 + today.month - 1
    spans: list[tuple[int, int]] = []
    for role in roles:
        start, end = _month_index(role.start, today), _month_index(role.end, today)
        if start is None or end is None:
            continue
        end = min(end, now)
        if start <= end:
            spans.append((start, end))
    if not spans:
        return None
    return round(_union_months(spans) / 12, 1)


def _union_months(spans: Iterable[tuple[int, int]]) -> int:
    total, current_start, current_end = 0, None, -1
    for start, end in sorted(spans):
        if current_start is None or start > current_end + 1:
            if current_start is not None:
                total += current_end - current_start + 1
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_start is not None:
        total += current_end - current_start + 1
    return total


def degree_levels(text: str) -> set[int]:
    """Every specific degree level a text names (2–4), else ``{1}`` for a generic degree or
    diploma, else the empty set."""
    named = {level for level, pattern in DEGREE_PATTERNS if pattern.search(text)}
    specific = named - {1}
    return specific or named


def degree_level(text: str) -> int:
    """Highest degree level a text names (0 when none): 4 doctorate … 1 any degree."""
    return max(degree_levels(text), default=0)


def asked_level(text: str) -> int:
    """Lowest degree level a requirement names (0 when none): "BS or MS" -> 2."""
    return min(degree_levels(text), default=0)


def resume_degree_level(education: Sequence[Education]) -> int:
    """Highest degree level on the resume (module docstring)."""
    best = 0
    for entry in education:
        text = " ".join(p for p in (entry.degree, entry.field) if p)
        level = degree_level(text)
        if level == 0 and _SCHOOL.search(entry.institution or ""):
            level = 1
        best = max(best, level)
    return best


def required_degree(requirements: Sequence[str]) -> tuple[int, str, bool] | None:
    """The job's degree requirement: ``(level, text, preferred_only)``, or None.

    The level is the lowest named by a requirement that is not only "preferred"; when every
    one is preferred, the lowest of those, flagged ``preferred_only``.
    """
    named = [(asked_level(t), t) for t in requirements if asked_level(t) > 0]
    if not named:
        return None
    required = [(lvl, t) for lvl, t in named if not _PREFERRED.search(t)]
    pool = required or named
    level, text = min(pool, key=lambda item: item[0])
    return level, text, not required


def title_words(title: str) -> set[str]:
    """Content words of a job title (seniority and stop words removed)."""
    words = set(re.findall(r"[a-z0-9+#.]+", title.casefold()))
    return {w.strip(".") for w in words if w.strip(".") and w not in TITLE_STOP_WORDS}


def relevant_roles(job_title: str | None, roles: Sequence[Experience]) -> list[Experience]:
    """Roles whose title shares a content word with the job title; all roles when none does
    (or when the job has no title)."""
    wanted = title_words(job_title or "")
    related = [r for r in roles if r.title and wanted & title_words(r.title)]
    return related or list(roles)


def title_match(job_title: str, roles: Sequence[Experience]) -> tuple[float, str | None]:
    """Share 0–1 of the job title's words in the closest resume title, and that title."""
    wanted = title_words(job_title)
    if not wanted:
        return 0.0, None
    best, best_title = 0.0, None
    for role in roles:
        if not role.title:
            continue
        share = len(wanted & title_words(role.title)) / len(wanted)
        if share > best:
            best, best_title = share, role.title
    return best, best_title
