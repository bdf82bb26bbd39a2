"""Reading the entries of an education section.

A new entry starts at a line naming a degree when the current entry already has one, or at a
line naming an institution when the current entry already has one. From each entry come the
degree, field of study, institution, location, start and end dates and GPA/CGPA/percentage.
Degree names follow common US, UK and Indian usage (B.S., B.Tech, MEng, MBA, PhD, class XII).
"""

from __future__ import annotations

import re

from tools.resume.dates import find_range
from tools.resume.entries import (
    BULLET_PREFIX,
    clean_part,
    is_location,
    split_locations,
    split_parts,
)
from tools.resume.entries import title_case_caps as _tc
from tools.resume.models import Education

_SUBJECTS = (
    r"(?:Science|Arts|Technology|Engineering|Business Administration|Commerce|Fine Arts|Laws"
    r"|Education|Applied Science|Computer Applications|Philosophy|Public Health|Music"
    r"|Architecture|Medicine|Surgery|Pharmacy|Design|Management)"
)
DEGREE = re.compile(
    rf"(?i:\b(?:bachelor|master|doctor(?:al|ate)?)(?![a-z])(?:'s|’s)?(?:\s+degree)?"
    rf"(?:\s*(?:of|in)\s*{_SUBJECTS})?"
    rf"|\bassociate(?:'s)?\s+(?:of|in)\s+{_SUBJECTS}"
    r"|\bph\.?\s?d\b\.?|\bm\.?\s?b\.?\s?a\b|\bm\.?\s?eng\b|\bb\.?\s?tech\b|\bm\.?\s?tech\b"
    r"|\bb\.?\s?sc\b|\bm\.?\s?sc\b|\bb\.?\s?com\b|\bm\.?\s?com\b|\bb\.?\s?eng\b"
    r"|\bhigh\s+school\b|\bintermediate\b|\bsecondary\b|\bdiploma\b|\bgcse\b|\ba-levels?\b"
    r"|\bclass\s+(?:x|xii|10|12)(?:th)?\b)"
    r"|\b(?:B\.S\.|M\.S\.|B\.A\.|M\.A\.|B\.E\.)(?!\w)"  # no \b after a full stop
    r"|\b(?:BS|MS|BA|MA|BE|BBA|MPH|JD|MD|GED|HSC|SSC)\b"
)
"""A degree name as written."""

INSTITUTION = re.compile(
    r"(?i:\b(?:university|universit[éä]t|universidad|college|institute|school|academy"
    r"|polytechnic|conservatory|seminary)\b)"
)
_GPA = re.compile(
    r"(?i:\b(?:c?gpa|grade point average|percentage|score|cum\.?\s*gpa)\b)\s*[:=]?\s*"
    r"(?P<value>\d{1,2}(?:\.\d{1,2})?\s*(?:/\s*\d{1,3}(?:\.\d{1,2})?)?\s*%?)"
)
_FIELD = re.compile(
    r"^\s*(?:[,:–—-]\s*|\s+(?i:in)\s+|\s*-\s*)(?:(?i:in)\s+)?(?P<field>[A-Z][A-Za-z&, ]+?)"
    r"(?=\s*(?:[,;|(]|\s[-–—]\s|\d|$|\bat\b|\bfrom\b))"
)

_BARE_FIELD = re.compile(r"^\s+(?P<field>[A-Z][A-Za-z&]*(?: (?:[A-Z][A-Za-z&]*|and|of|&))*)"
                         r"(?=\s*,)")
_SUBJECT_WORD = re.compile(
    r"(?i:\b(?:science|sciences|engineering|studies|mathematics|maths?|economics|physics"
    r"|chemistry|biology|psychology|statistics|informatics|management|administration|finance"
    r"|accounting|marketing|commerce|design|history|literature|linguistics|law|nursing"
    r"|medicine|pharmacy|architecture|education|philosophy|sociology|communications?"
    r"|journalism|electronics|technology|arts?)\b)"
)


def _bare_field(rest: str) -> re.Match[str] | None:
    """A field written straight after the degree with no "in" or comma ("B.S. Computer
    Science, University of California, Davis"): capitalised words up to a comma, taken
    only when the rest of the line names the school or the words name a subject (so
    "B.Tech IIT Bombay, 2018" keeps IIT Bombay as the school)."""
    bare = _BARE_FIELD.match(rest)
    if bare is None:
        return None
    after = rest[bare.end() :]
    if INSTITUTION.search(after) or _SUBJECT_WORD.search(bare.group("field")):
        return bare
    return None


def _new_entry(current: Education, line: str) -> bool:
    degree = DEGREE.search(line)
    institution = INSTITUTION.search(line)
    if degree and current.degree:
        return True
    found = find_range(line)
    if found is not None and found.start and current.end:
        return True
    return bool(institution and current.institution and not degree)


def _read_line(entry: Education, line: str) -> str:
    """Fill what one line says into the entry; return the line's unread rest."""
    if entry.gpa is None and (gpa := _GPA.search(line)):
        entry.gpa = re.sub(r"\s+", "", gpa.group("value"))
        line = line[: gpa.start()] + " | " + line[gpa.end() :]
    found = find_range(line)
    if found is not None and entry.end is None:
        entry.start, entry.end = found.start, found.end
        line = line[: found.span[0]] + " | " + line[found.span[1] :]
    line = re.sub(r"(?i)\b(?:class of|grad\.?|graduat(?:ed|ion)|expected)\b", " ", line)
    degree = DEGREE.search(line)
    if degree and entry.degree is None:
        entry.degree = _tc(degree.group(0).strip())
        rest = line[degree.end() :]
        field = _FIELD.match(rest) or _bare_field(rest)
        if field and not INSTITUTION.search(field.group("field")):
            entry.field = _tc(field.group("field").strip(" ,"))
            rest = rest[field.end() :]
        line = line[: degree.start()] + " | " + rest
    return line


def _finish(entry: Education, leftovers: list[str]) -> Education:
    parts, location = split_locations(
        [p for text in leftovers for p in split_parts(text) if re.search(r"[A-Za-z]{2}", p)]
    )
    named = [p for p in parts if INSTITUTION.search(p)]
    if entry.institution is None:
        institution = named[0] if named else (parts[0] if parts else None)
        entry.institution = _tc(clean_part(institution)) if institution else None
    entry.location = entry.location or location
    return entry


_AFTER_YEAR = re.compile(r"(?<=\((?:19|20)\d\d\))\s+(?=[A-Z])")


def side_by_side(lines: list[str]) -> list[str]:
    """Unpick schools written side by side: "A School (2020) B School (2018)" followed by
    "Intermediate; 94.2% High School; 94.6%" becomes "A School (2020)", "Intermediate;
    94.2%", "B School (2018)", "High School; 94.6%" (the degrees are paired in order when
    the next line names as many)."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        schools = _AFTER_YEAR.split(lines[index])
        if len(schools) >= 2 and all(INSTITUTION.search(part) for part in schools):
            nxt = lines[index + 1] if index + 1 < len(lines) else ""
            starts = [m.start() for m in DEGREE.finditer(nxt)]
            if len(starts) == len(schools) and starts[0] == len(nxt) - len(nxt.lstrip()):
                ends = [*starts[1:], len(nxt)]
                degrees = [nxt[a:b].strip(" ;,|") for a, b in zip(starts, ends, strict=True)]
                for school, degree in zip(schools, degrees, strict=True):
                    out.extend([school.strip(), degree])
                index += 2
                continue
            out.extend(part.strip() for part in schools)
            index += 1
            continue
        out.append(lines[index])
        index += 1
    return out


def _school_style(line: str, caps: bool | None) -> bool:
    """A short line in the same all-capitals style as the section's first school line
    ("LA MARTINIERE FOR BOYS" under "CORNELL UNIVERSITY"): a school whose name has no
    school word."""
    words = line.split()
    return (caps is True and line.isupper() and 1 <= len(words) <= 6
            and not any(c.isdigit() for c in line) and not DEGREE.search(line)
            and not is_location(line))


_CAPS_THEN_TEXT = re.compile(r"(?<=[A-Z]{2})\s+(?=[A-Z][a-z]+\b)")
_SENTENCE_GAP = re.compile(r"(?<=[a-zà-ÿ]{3})\.\s+(?=[A-Z])")


def mend_lines(lines: list[str]) -> list[str]:
    """Undo two-column wrapping in education lines: a line starting in lower case
    ("of Münster. | 2018 –2024") continues the line above, and a heading in capitals run
    into text ("DOCTORAL DEGREE IN BIOLOGY Department of Biology. University of Münster.")
    is cut from it; sentences inside a line ("Department of Biology. University of …")
    become separate parts.

    Args:
        lines: The section's normalised lines.

    Returns:
        The mended lines.
    """
    out: list[str] = []
    for line in lines:
        if out and line[:1].islower() and not out[-1].startswith(BULLET_PREFIX):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    mended: list[str] = []
    for line in out:
        caps = _CAPS_THEN_TEXT.search(line)
        if caps and line[: caps.start()].isupper() and len(line[: caps.start()].split()) >= 2:
            line = f"{line[: caps.start()]} | {line[caps.end() :]}"
        mended.append(_SENTENCE_GAP.sub(" | ", line).replace(". |", " |"))
    return mended


def parse_education(lines: list[str]) -> list[Education]:
    """Read the entries of an education section.

    Besides degree and school words, the layout decides: a line that is only a place
    ("Cambridge, MA, USA") is the location of the entry above; when the first school of the
    section is written in capitals, a later line in capitals is the next school even
    without a school word, and a school-word line in another style under a complete entry
    ("College of Engineering" under "CORNELL UNIVERSITY") is a detail of that entry.

    Args:
        lines: The section's normalised lines.

    Returns:
        One :class:`Education` per entry that names a degree, or an end date and a school,
        in document order. Long prose lines and bullets (honours, thesis, coursework) are
        only searched for a GPA.
    """
    entries: list[Education] = []
    leftovers: list[list[str]] = []
    school_caps: bool | None = None
    styled_schools: set[int] = set()
    for raw in side_by_side(mend_lines(lines)):
        line = raw[len(BULLET_PREFIX) :] if raw.startswith(BULLET_PREFIX) else raw
        prose = raw.startswith(BULLET_PREFIX) and not (
            DEGREE.search(line) or INSTITUTION.search(line)
        )
        prose = prose or len(line.split()) > 16 or line.endswith(".")
        if prose:
            if entries and entries[-1].gpa is None and (gpa := _GPA.search(line)):
                entries[-1].gpa = re.sub(r"\s+", "", gpa.group("value"))
            continue
        if entries and is_location(line):
            entries[-1].location = entries[-1].location or line.strip()
            continue
        school = INSTITUTION.search(line) is not None
        if school and school_caps is None:
            school_caps = line.isupper()
        current = entries[-1] if entries else None
        complete = current is not None and bool(
            current.institution and current.degree and current.end)
        if (school and complete and school_caps is True and not line.isupper()
                and not DEGREE.search(line) and find_range(line) is None):
            continue  # a faculty or honours line of the entry above
        styled = (current is not None and _school_style(line, school_caps)
                  and bool(current.institution))
        if not entries or styled or _new_entry(entries[-1], line):
            named = DEGREE.search(line) or school or find_range(line) or styled
            if entries and not named:
                continue
            entries.append(Education(institution=_tc(line.strip()) if styled else None))
            leftovers.append([])
            if styled:
                styled_schools.add(len(entries) - 1)
                continue
        entry = entries[-1]
        rest = _read_line(entry, line)
        if INSTITUTION.search(rest) and entry.institution is None:
            parts, location = split_locations(split_parts(rest))
            schools = [p for p in parts if INSTITUTION.search(p)]
            entry.institution = _tc(clean_part(schools[0])) if schools else None
            entry.location = entry.location or location
            rest = " | ".join(p for p in parts if p not in schools)
        if len(leftovers[-1]) < 2 and rest.strip(" |"):
            leftovers[-1].append(rest)
    finished = [_finish(e, left) for e, left in zip(entries, leftovers, strict=True)]
    return [e for i, e in enumerate(finished)
            if e.degree or (e.end and (i in styled_schools
                                       or INSTITUTION.search(e.institution or "")))]
