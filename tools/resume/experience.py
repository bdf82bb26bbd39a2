"""Reading the roles of an experience section.

An entry is a header of one to three short lines (title, company, location, dates in any order
and layout) followed by its bullets or prose. Entries without dates are kept as entries, never
dropped or merged into their neighbours. Supported header layouts, all seen in real resumes:

* "Senior Software Engineer | Jan 2023 - Present" / "Stripe • San Francisco, CA"
* "FACEBOOK | SOFTWARE ENGINEER" / "Jan 2015 - Present | New York, NY"
* "DATA SCIENCE INTERN at Science to Data Science - (Sheffield, England) 2025.02–pres."
* "June 2020 – MERN Stack Developer, OpenAI, San Francisco, USA" / "Present ..." (moderncv,
  whose date column wraps the end date to the next line)
* "Servicenow | Hyderabad" / "Intern Assoc. Software Engineer June 2023 - August 2023"
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tools.resume.dates import DATE, PRESENT_ONLY, RANGE, find_range
from tools.resume.entries import (
    BULLET_PREFIX,
    clean_part,
    has_org_word,
    has_title_word,
    split_locations,
    split_parts,
    title_case_caps,
)
from tools.resume.models import Experience

MAX_HEADER_WORDS = 14
"""A line with more words than this is prose, not an entry header."""

_DANGLING_START = re.compile(rf"^(?P<date>{DATE})\s*[-–—]\s+(?P<rest>\S.*)$", re.IGNORECASE)
_WRAPPED_END = re.compile(
    rf"^(?P<date>{DATE}|present|current|now)(?=[A-Z\s]|$)\s*(?P<rest>.*)$", re.IGNORECASE
)


@dataclass
class _Block:
    header: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    dated: bool = False


def unwrap_margin_dates(lines: list[str]) -> list[str]:
    """Rejoin date ranges that a left date column wrapped onto two lines.

    "June 2020 – MERN Stack Developer, OpenAI" followed by "Present Working on ..." becomes
    "MERN Stack Developer, OpenAI | June 2020 – Present" followed by "Working on ...".

    Args:
        lines: Section lines.

    Returns:
        The lines with such pairs rewritten.
    """
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        start = _DANGLING_START.match(line)
        nxt = lines[index + 1] if index + 1 < len(lines) else ""
        end = _WRAPPED_END.match(nxt) if start else None
        if start and end and RANGE.search(line) is None:
            out.append(f"{start.group('rest')} | {start.group('date')} - {end.group('date')}")
            if end.group("rest").strip():
                out.append(end.group("rest").strip())
            index += 2
            continue
        out.append(line)
        index += 1
    return out


_SMALL_WORDS = frozenset({"of", "and", "in", "at", "for", "the", "&", "-", "–", "to", "on", "+"})
_ABBREVIATION_END = re.compile(r"\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Assoc|Pvt)\.$")


def is_header_line(line: str) -> bool:
    """Whether a line can be (part of) an entry header rather than prose or a bullet.

    Prose: a bullet, a line ending in a full stop, more than 14 words (18 with a date
    range), or a line starting in lower case. A header: a date range, a ``|``, mostly
    capitalised words, or a short line with a job-title or organisation word.
    """
    if line.startswith(BULLET_PREFIX):
        return False
    words = line.split()
    if not words or len(line) > 140:
        return False
    if line.endswith(".") and not _ABBREVIATION_END.search(line):
        return False
    found = find_range(line)
    spoken = [w for w in words if re.search(r"\w", w)]
    if found is not None and found.start is not None and len(spoken) <= MAX_HEADER_WORDS + 4:
        return True
    if len(words) > MAX_HEADER_WORDS:
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] == "["):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    capitalised = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    share = capitalised / len(content) if content else 0.0
    if "|" in line and (len(words) <= 10 or share >= 0.5):
        return True
    if share >= 0.6:
        return True
    return len(words) <= 8 and (has_title_word(line) or has_org_word(line))


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` continues the text of ``previous`` (a wrapped bullet or sentence)."""
    if find_range(line) is not None or "|" in line:
        return False
    if line[:1].islower() or line[:1] in "(&,":
        return True
    return not previous.rstrip().endswith((".", "!", "?", ":"))


def entry_blocks(lines: list[str]) -> list[_Block]:
    """Group section lines into entries: header lines, then body lines.

    Args:
        lines: Lines of an experience-like section (normalised, bullets as ``"• "``).

    Returns:
        Blocks in order; a block whose header is empty holds text found before any header.
    """
    blocks: list[_Block] = []
    for line in lines:
        current = blocks[-1] if blocks else None
        if line.startswith(BULLET_PREFIX):
            if current is None:
                current = _Block()
                blocks.append(current)
            current.body.append(line[len(BULLET_PREFIX) :].strip())
            continue
        if current is not None and current.body and _continues(current.body[-1], line):
            current.body[-1] = _join(current.body[-1], line)
            continue
        if is_header_line(line):
            dated = find_range(line) is not None
            if (
                current is None
                or current.body
                or (dated and current.dated)
                or (current.dated and len(current.header) >= 2)
                or (current.dated and _complete(current.header) and _complete([line]))
                or len(current.header) >= 3
            ):
                blocks.append(_Block([line], [], dated))
            else:
                current.header.append(line)
                current.dated = current.dated or dated
            continue
        if current is None:
            current = _Block()
            blocks.append(current)
        current.body.append(line)
    return blocks


def _complete(header: list[str]) -> bool:
    """Whether header lines already name two parts besides dates ("Consultant | Vandelay |
    Feb 2009 to Jan 2010", "Volunteer | Food Bank"): a line like that after a dated one is
    the next entry, even without dates of its own."""
    text = " | ".join(header)
    found = find_range(text)
    if found is not None:
        text = text[: found.span[0]] + " | " + text[found.span[1] :]
    parts = [p for p in split_parts(text) if not re.fullmatch(r"[\W\d]*", p)]
    return len(parts) >= 2 and ("|" in text or "•" in text)


def _join(previous: str, line: str) -> str:
    """Join a wrapped line to the text before it, mending words broken by a hyphen."""
    if re.search(r"[a-z]-$", previous) and line[:1].islower():
        return previous[:-1] + line
    return f"{previous} {line}"


def _fields(header: list[str]) -> Experience:
    """Read title, company, location and dates from an entry's header lines."""
    text = " | ".join(header)
    found = find_range(text)
    start = end = None
    if found is not None:
        start, end = found.start, found.end
        text = text[: found.span[0]] + " | " + text[found.span[1] :]
    text = PRESENT_ONLY.sub("", text)
    parts, location = split_locations(split_parts(text))
    parts = [piece for p in parts for piece in split_title_and_org(p)]
    parts = [p for p in parts if not re.fullmatch(r"[\W\d]*", p)]
    title, company = _title_and_company(parts)
    if location is None and len(parts) > 2:
        leftover = [p for p in parts if p not in (title, company)]
        location = leftover[0] if leftover else None
    return Experience(
        title=title_case_caps(title),
        company=title_case_caps(company),
        location=location,
        start=start,
        end=end,
    )


def split_title_and_org(part: str) -> list[str]:
    """Split a "Title, Organisation" part in two when the first piece names a job title and
    the rest names an organisation by one of :data:`~tools.resume.entries.ORG_WORDS`
    ("Research Assistant, Portland State University" -> "Research Assistant",
    "Portland State University"; "Data Analyst, Acme, Inc." -> "Data Analyst", "Acme, Inc.").

    Args:
        part: One cleaned header part.

    Returns:
        ``[title, organisation]``, or ``[part]`` unchanged when it is not of that shape
        ("Acme, Inc.", "Software Engineer, Google").
    """
    title, comma, rest = part.partition(",")
    title, rest = title.strip(), rest.strip()
    if not comma or not title or not rest or not has_title_word(title):
        return [part]
    if not has_org_word(rest) or has_title_word(rest):
        return [part]
    return [title, rest]


def _title_and_company(parts: list[str]) -> tuple[str | None, str | None]:
    """Pick the job title and the organisation among header parts."""
    if not parts:
        return None, None
    titled = [p for p in parts if has_title_word(p) and not has_org_word(p)]
    titled = titled or [p for p in parts if has_title_word(p)]
    title = titled[0] if titled else parts[0]
    others = [p for p in parts if p != title]
    orgs = [p for p in others if has_org_word(p)]
    company = orgs[0] if orgs else (others[0] if others else None)
    return clean_part(title) or None, clean_part(company) if company else None


_NUMBERED = re.compile(r"^\s*\d{1,2}\s*[.)]\s*(?=[A-Za-z])")
_DURATION = re.compile(
    r"^\(?\s*(?:\d{1,2}\s*\+?\s*(?:years?|yrs?|months?|mos?|weeks?|days?)\b[\s,&and]*){1,3}\)?$",
    re.IGNORECASE,
)
_LABEL_LINE = re.compile(
    r"^(?:project|client|customer|responsibilities|environment|technologies|tools|description"
    r"|achievements|tasks|duties|team\s+size)\s*(?:#?\s*\d{1,2})?\s*:",
    re.IGNORECASE,
)
_BARE_DATE_PARTS = re.compile(r"[\W_]*")
_DATE_LIKE = re.compile(
    rf"^(?:{DATE}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{{1,2}})"
    r"(?:\s*,?\s*\d{4})?$",
    re.IGNORECASE,
)
_LINK_ONLY = re.compile(r"^(?:\[URL\]|https?://\S+|www\.\S+|\s)+$", re.IGNORECASE)


def _bare_range(line: str) -> bool:
    """Whether a line holds a date range with a start and nothing else ("October 2013 to
    December 2015", "Jan 2020 – Present")."""
    found = find_range(line)
    if found is None or found.start is None:
        return False
    rest = line[: found.span[0]] + line[found.span[1] :]
    return bool(_BARE_DATE_PARTS.fullmatch(rest))


def body_lines(lines: list[str]) -> list[str]:
    """Mark lines that can only be an entry's text as bullets, and drop restated durations.

    A numbered list item ("1.On boarding process", "3. Infosys HR Executive") is a bullet
    unless it holds a full date range; a labelled line ("Project 1: …", "Client: …",
    "Responsibilities:") is a bullet of the role above; a bare duration ("1month 10days",
    "(2 yrs 3 mos)") only restates the dates and is dropped.

    Args:
        lines: Section lines.

    Returns:
        The lines, rewritten.
    """
    out: list[str] = []
    for line in lines:
        if _DURATION.match(line.strip()):
            continue
        numbered = _NUMBERED.match(line)
        found = find_range(line)
        dated = found is not None and found.start is not None
        if numbered and not dated:
            out.append(BULLET_PREFIX + line[numbered.end() :].strip())
        elif _LABEL_LINE.match(line):
            out.append(BULLET_PREFIX + line.strip())
        else:
            out.append(line)
    return out


def close_headers_with_dates(lines: list[str]) -> list[str]:
    """Rewrite a section whose entries end their header with a date line (job-board
    exports: "Title" / "Company - City -" / "October 2013 to December 2015" / text).

    The layout is recognised when the section opens with header lines, at least two lines
    are bare date ranges and each follows a header line. Each date line then takes the one
    or two header lines just before it ("Title | Company - City | dates"); every other line
    is text of the role above (a bullet, or the continuation of one), so a client or
    employer line written under the dates does not become an entry of its own.

    Args:
        lines: Section lines (after :func:`body_lines`).

    Returns:
        The rewritten lines, or ``lines`` unchanged when the layout is another one.
    """
    anchors = [i for i, line in enumerate(lines) if _bare_range(line)]
    if len(anchors) < 2 or anchors[0] == 0 or not is_header_line(lines[0]):
        return lines
    if any(find_range(line) is not None for i, line in enumerate(lines)
           if i not in anchors and not line.startswith(BULLET_PREFIX)):
        return lines
    starts: dict[int, list[int]] = {}
    taken: set[int] = set()
    floor = 0
    for anchor in anchors:
        picked: list[int] = []
        index = anchor - 1
        while index >= floor and len(picked) < 2:
            line = lines[index]
            if _LINK_ONLY.match(line):
                index -= 1
                continue
            if not is_header_line(line):
                break
            picked.insert(0, index)
            index -= 1
        if not picked:
            return lines
        starts[picked[0]] = [*picked, anchor]
        taken.update([*picked, anchor])
        floor = anchor + 1
    out: list[str] = []
    for index, line in enumerate(lines):
        if index in starts:
            out.append(" | ".join(lines[i].strip(" -–—|") for i in starts[index]))
        elif index not in taken:
            wrapped = bool(out) and out[-1].startswith(BULLET_PREFIX)
            out.append(line if wrapped or line.startswith(BULLET_PREFIX) else BULLET_PREFIX + line)
    return out


def _not_an_entry(role: Experience, header: list[str]) -> bool:
    """Whether a parsed header is no entry: its title is a bare date ("February 10"), or it
    names one organisation-like part with neither dates nor a title word (an employer or
    client line written under the role above)."""
    if role.title and _DATE_LIKE.match(role.title.strip()):
        return True
    if role.start or role.end or role.company:
        return False
    return not any(has_title_word(line) for line in header)


def parse_experience(lines: list[str]) -> list[Experience]:
    """Read the roles of an experience section.

    Args:
        lines: The section's normalised lines.

    Returns:
        One :class:`Experience` per entry, in document order, with bullets; dates are
        ``YYYY-MM``, ``YYYY``, ``present`` or ``None``. Text before the first header is
        attached to no role and dropped only when it has no header at all.
    """
    roles: list[Experience] = []
    prepared = close_headers_with_dates(body_lines(unwrap_margin_dates(lines)))
    for block in entry_blocks(prepared):
        if not block.header:
            if roles:
                roles[-1].bullets.extend(block.body)
            continue
        role = _fields(block.header)
        role.bullets = [b for b in block.body if b]
        if roles and _not_an_entry(role, block.header):
            roles[-1].bullets.extend([*block.header, *role.bullets])
            continue
        if role.title or role.company:
            roles.append(role)
    return roles
