"""Dates and date ranges as resumes write them, normalised to ``YYYY-MM``, ``YYYY`` or
``present``.

Forms understood (from real resumes): "Jan 2020", "January 2020", "Sept. 2021", "JAN 2020",
"01/2020", "1/2020", "2020-01", "2020.01", "2020", "Summer 2013", "Fall '19" is not (two-digit
years are ambiguous), "Present", "current", "now", "today", "ongoing", "till date", "pres.".
Ranges join two of them with "-", "–", "—", "to", "until" or "till"; "Summer 2013, 2014"
gives 2013 to 2014.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_PRESENT = r"(?:present|current(?:ly)?|now|today|ongoing|till\s+date|to\s+date|pres\.?)"

DATE = (
    rf"(?:{_MONTH}\s*,?\s*'?{_YEAR}|{_SEASON}\s+{_YEAR}|(?:0?[1-9]|1[0-2])\s*/\s*{_YEAR}"
    rf"|{_YEAR}\s*[-./]\s*(?:0[1-9]|1[0-2])(?![\d])|{_YEAR})"
)
"""Regular expression (case-insensitive) for one date."""

_SEP = r"\s*(?:-|–|—|to|until|till|through|→|~)\s*"
RANGE = re.compile(
    rf"(?<![\w/])(?P<start>{DATE}){_SEP}(?P<end>{DATE}|{_PRESENT})(?![\w])"
    rf"|(?<![\w/])(?P<multi>{_SEASON}\s+{_YEAR}(?:\s*,\s*{_YEAR})+)(?![\w])",
    re.IGNORECASE,
)
"""A date range: named groups ``start`` and ``end``, or ``multi`` ("Summer 2013, 2014")."""

SINGLE = re.compile(rf"(?<![\w/.])(?P<date>{DATE})(?![\w/])", re.IGNORECASE)
"""One date anywhere in a line."""

PRESENT_ONLY = re.compile(rf"^\s*{_PRESENT}\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateRange:
    """A normalised date range found in a line.

    Attributes:
        start: ``YYYY-MM`` or ``YYYY``; ``None`` for a single date (an end date only).
        end: ``YYYY-MM``, ``YYYY``, ``present`` or ``None``.
        span: Character offsets ``(start, end)`` of the match in the line.
    """

    start: str | None
    end: str | None
    span: tuple[int, int]


def normalize_date(text: str) -> str | None:
    """Normalise one written date.

    Args:
        text: A date as written ("Jan 2020", "01/2020", "2020.01", "Present", "Summer 2013").

    Returns:
        ``YYYY-MM``, ``YYYY``, ``present``, or ``None`` when it is not a date.
    """
    value = text.strip().lower()
    if re.fullmatch(_PRESENT, value, re.IGNORECASE):
        return "present"
    year_match = re.search(_YEAR, value)
    if year_match is None:
        return None
    year = year_match.group(0)
    month_name = re.match(r"([a-z]{3})", value)
    if month_name and month_name.group(1) in _MONTHS:
        return f"{year}-{_MONTHS[month_name.group(1)]:02d}"
    numeric = re.fullmatch(rf"(\d{{1,2}})\s*/\s*{year}", value)
    if numeric:
        return f"{year}-{int(numeric.group(1)):02d}"
    trailing = re.fullmatch(rf"{year}\s*[-./]\s*(\d{{2}})", value)
    if trailing:
        return f"{year}-{int(trailing.group(1)):02d}"
    return year


def find_range(line: str) -> DateRange | None:
    """Find the first date range, or failing that the last single date, in a line.

    Args:
        line: One line of resume text.

    Returns:
        The dates found, or ``None``. A lone date is taken as the end date (graduation,
        "Class of May 2018"), except that "2019 -" with nothing after it is a start.
    """
    match = RANGE.search(line)
    if match:
        if match.group("multi"):
            years = re.findall(_YEAR, match.group("multi"))
            return DateRange(years[0], years[-1], match.span())
        return DateRange(
            normalize_date(match.group("start")), normalize_date(match.group("end")), match.span()
        )
    singles = list(SINGLE.finditer(line))
    if not singles:
        return None
    last = singles[-1]
    value = normalize_date(last.group("date"))
    if re.match(r"\s*[-–—]\s*$", line[last.end() :]):
        return DateRange(value, None, (last.start(), len(line)))
    return DateRange(None, value, last.span())
