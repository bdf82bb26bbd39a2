"""The job title and the hiring company from the top of a job description.

A posting's first lines name the role and often the company together: "Junior DevOps
Engineer – CloudWorks Inc.", "Data Analyst at Acme (Remote)", "CloudWorks Inc. is hiring a
Junior DevOps Engineer", or the title with the company alone on the next line ("CloudWorks
Inc."). The title is the part with a job-title word (:data:`tools.resume.entries.TITLE_WORDS`),
the company the other part; a legal-form suffix (Inc., Ltd, GmbH, …) marks a line as a
company name and keeps its full stop.
"""

from __future__ import annotations

import re

from tools.jobs.sections import JobSection
from tools.resume.entries import TITLE_WORDS, split_locations
from tools.resume.normalize import BULLET

_LABEL = re.compile(
    r"(?i)^(?:job\s+title|position(?:\s+title)?|role|title|job\s+description|job|vacancy"
    r"|opening)\s*[:–—-]\s*(?P<value>\S.*)$")
_COMPANY_LABEL = re.compile(r"(?i)^(?:company|employer|organi[sz]ation|hiring company)\s*[:–—-]"
                            r"\s*(?P<value>\S.*)$")
_SEEKING = re.compile(
    r"(?i)\b(?:seeking|looking for|hiring|recruiting|searching for)\s+(?:an?|one|our next)\s+"
    r"(?P<title>(?:[\w+#./&-]+\s+){0,5}?(?:" + "|".join(sorted(TITLE_WORDS)) + r"))\b")
_HIRING = re.compile(
    r"(?i)^(?P<company>.+?)\s+(?:is|are)\s+(?:now\s+)?(?:hiring|looking for|seeking|recruiting)"
    r"\s*:?\s+(?:an?\s+|one\s+)?(?P<title>.+?)[.!]?$")
_HIRING_LEAD = re.compile(r"(?i)^(?:(?:we'?re|we are)\s+(?:now\s+)?hiring|now hiring|hiring)"
                          r"\s*[!:.–—-]+\s*")
"""An announcement before the title ("We're hiring! Data Analyst @ Hooli")."""
_PLACE_TAIL = re.compile(r"\s+in\s+[A-Z][\w .,'-]*$")
"""A place after the title in a sentence ("… a Data Analyst in Berlin")."""
_SEPARATOR = re.compile(r"\s+(?:at|@)\s+|\s+[-–—|]\s+")
_LEGAL_FORM = re.compile(
    r"\b(?:(?i:Inc|LLC|L\.L\.C|Ltd|Limited|GmbH|Corp|Corporation|PLC|Pty|LLP|SAS|SRL)|"
    r"Co|AG|SA|S\.A|BV|B\.V|SE|AB|AS|Oy|S\.r\.l)\.?$")
"""Legal forms that end a company's name ("CloudWorks Inc.", "Acme GmbH")."""
_PROPER = r"[A-Z][\w&.'’-]*(?:\s+(?:of|and|&|de|the)?\s*[A-Z0-9][\w&.'’-]*){0,4}"
_IS_A = re.compile(rf"^(?P<name>{_PROPER})\s+(?:is|are)\s+(?:a|an|the|one of)\b")
_JOIN = re.compile(rf"\b(?:join|at)\s+(?P<name>{_PROPER})(?=[\s,.!]|$)")
_ABOUT = re.compile(rf"^About\s+(?P<name>{_PROPER})\s*:?$")
_NOT_COMPANY = frozenset({"us", "the", "our", "you", "we", "this", "role", "team", "position",
                          "job", "company", "your", "a", "an", "it"})
MAX_TITLE_WORDS = 8
"""A heading line longer than this is a sentence, not a title."""


def find_title(lines: list[str]) -> str | None:
    """The job title: a labelled line ("Job Title: …"), else a short line among the first
    five with a job-title word (without the company named beside it), else the role named
    after "seeking a" / "looking for a"."""
    for line in lines[:8]:
        labelled = _LABEL.match(line.strip())
        if labelled and has_title_word(labelled.group("value")):
            return split_title_line(labelled.group("value"))[0] or None
    for line in _top(lines, 5):
        if _sentence(line):
            continue
        title = split_title_line(line)[0]
        if (title and len(title.split()) <= MAX_TITLE_WORDS and has_title_word(title)
                and not title.startswith(BULLET)):
            return title
    for line in lines:
        seeking = _SEEKING.search(line)
        if seeking:
            return seeking.group("title").strip()
    return None


def split_title_line(line: str) -> tuple[str, str | None]:
    """``(title, company)`` of a heading line that may name both ("Data Analyst at Acme",
    "Acme Ltd – Data Analyst", "Acme is hiring a Data Analyst").

    The title is the part with a job-title word (the cleaned line when no single part has
    one). After "at", "@" or "is hiring", the other part is the company when it reads as a
    name (capitalised, not a place or a work arrangement); after a dash or a bar ("Data
    Analyst – Remote", "Data Analyst | Python") only when it ends with a legal form.
    """
    text = _HIRING_LEAD.sub("", _clean(line))
    hiring = _HIRING.match(text)
    if hiring and has_title_word(hiring.group("title")):
        title = _PLACE_TAIL.sub("", _part(hiring.group("title")))
        return title, _named(hiring.group("company"), strong=True)
    separator = _SEPARATOR.search(text)
    if separator is None:
        return text, None
    first, second = _part(text[:separator.start()]), _part(text[separator.end():])
    strong = separator.group().strip() in ("at", "@")
    if has_title_word(first) and not has_title_word(second):
        return first, _named(second, strong)
    if has_title_word(second) and not has_title_word(first) and not strong:
        return second, _named(first, strong)
    return text, None


_WORK_ARRANGEMENT = re.compile(
    r"(?i)^(?:remote|hybrid|on-?site|in-?office|full[- ]?time|part[- ]?time|contract|"
    r"freelance|temporary|permanent|internship|worldwide|anywhere)\b")


_COMPANY_WORD = re.compile(
    r"\S\s+(?:Systems|Technologies|Technology|Labs|Solutions|Group|Software|Networks|Partners|"
    r"Holdings|Industries|Consulting|Ventures|Enterprises|Studios|Games|Bank|Capital|Media|"
    r"Health|Robotics|Analytics|Logistics|Pharmaceuticals|Foods|Motors|Airlines)$")
"""Last words that mark a name of two words or more as a company's even without a legal
form ("Harbor Freight Systems", "Acme Labs"; not a department alone: "Health")."""


def _named(part: str, strong: bool) -> str | None:
    """``part`` when it reads as a company's name (see :func:`split_title_line`)."""
    if not part or not part[0].isupper() or _WORK_ARRANGEMENT.match(part):
        return None
    if _LEGAL_FORM.search(part) or _COMPANY_WORD.search(part):
        return part
    if not strong or "," in part or split_locations([part])[1]:
        return None
    return part


def has_title_word(text: str) -> bool:
    """Whether ``text`` holds a job-title word ("engineer", "analyst", "intern", …)."""
    return any(w in TITLE_WORDS for w in re.findall(r"[a-z]+", text.lower()))


def find_company(lines: list[str], sections: list[JobSection]) -> str | None:
    """The hiring company when the text states it: a "Company:" label, the company beside
    the title ("… at Acme", "Acme is hiring …"), a name with a legal form alone on a line
    near the top ("CloudWorks Inc."), an "About <Name>" heading, a "<Name>, City, ST" line
    near the top, "<Name> is a …" opening an about or intro paragraph, or "join <Name>";
    ``None`` otherwise."""
    for line in lines[:15]:
        labelled = _COMPANY_LABEL.match(line.strip())
        if labelled:
            return company_name(labelled.group("value"))
    for line in _top(lines, 5):
        found = company_name(split_title_line(line)[1])
        if found:
            return found
    for line in _top(lines, 4):
        if _LEGAL_FORM.search(_clean(line)) and (found := company_name(line)):
            return found
    return _company_in_text(lines, sections)


def _company_in_text(lines: list[str], sections: list[JobSection]) -> str | None:
    for line in lines:
        about = _ABOUT.match(line.strip())
        if about and (name := company_name(about.group("name"))):
            return name
    for line in _top(lines, 4):
        if "," in line and not line.rstrip().endswith("."):
            parts, location = split_locations([line.strip()])
            if location and len(parts) == 1 and (name := company_name(parts[0])):
                return name
    for section in sections:
        if section.kind in ("about", "intro") and section.lines:
            opening = _IS_A.match(section.lines[0].removeprefix(BULLET).strip())
            if opening and (name := company_name(opening.group("name"))):
                return name
    for line in lines:
        joined = _JOIN.search(line)
        if joined and (name := company_name(joined.group("name"))):
            return name
    return None


def company_name(name: str | None) -> str | None:
    """``name`` tidied (a legal form keeps its full stop: "CloudWorks Inc."), or ``None``
    when it is not a company's name (a pronoun, a generic word, or a job title)."""
    if not name:
        return None
    name = _clean(name).strip(" ,:;")
    if name.endswith(".") and not _LEGAL_FORM.search(name):
        name = name.rstrip(".")
    first = name.split()[0].lower() if name.split() else ""
    if not name or first in _NOT_COMPANY or has_title_word(name) or len(name.split()) > 6:
        return None
    return name


def _sentence(line: str) -> bool:
    """A line ending in a full stop that is not a legal form's ("… our platform.")."""
    text = _clean(line)
    return text.endswith(".") and not _LEGAL_FORM.search(text)


def _top(lines: list[str], count: int) -> list[str]:
    return [ln for ln in lines if ln.strip()][:count]


def _part(text: str) -> str:
    """One side of a split heading, keeping its own parentheses ("Backend Engineer
    (Python)")."""
    return text.strip(" -–—:|,")


def _clean(text: str) -> str:
    """A heading without a trailing parenthesis ("(Remote)") and separators at its ends."""
    text = re.sub(r"\s*\([^)]*\)?\s*$", "", text.strip())
    return text.strip(" -–—:|,")
