"""Contact fields of a resume: name, e-mail, phone and links.

Phone numbers follow the ITU-T E.164 limits (at most 15 digits) and the written forms of
national plans seen on resumes: ``+91 98765 43210``, ``+44 20 7946 0958``, ``0049 30 123456``,
``(415) 555-0142``, ``615-123-4567``. A candidate made only of years or a number range
("2019 - 2021", "2018.10-2024.09") is not a phone.
"""

from __future__ import annotations

import re

from tools.resume.sections import heading_kind

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
"""An e-mail address."""

_PHONE = re.compile(
    r"(?<![\w+])(?:\+|00)?\d{1,4}?[\s.-]?(?:\(\d{1,5}\)[\s.-]?)?\d[\d\s.-]{5,16}\d(?![\w])"
    r"|(?<![\w+])\(\d{3}\)\s?\d{3}[\s.-]?\d{4}(?!\w)"
)
_YEARISH = re.compile(r"^(?:19|20)\d\d$")
URL = re.compile(
    r"(?:https?://|www\.)[^\s|,;<>()]+"
    r"|(?<![\w@.])(?:[a-z0-9-]+\.)*(?:linkedin\.com|github\.com|gitlab\.com|bitbucket\.org"
    r"|behance\.net|dribbble\.com|medium\.com|kaggle\.com|stackoverflow\.com|twitter\.com"
    r"|x\.com|leetcode\.com|[a-z0-9-]+\.(?:io|dev|me|app|page|site))(?:/[^\s|,;<>()]*)?",
    re.IGNORECASE,
)
"""A web link (with scheme, ``www.``, or a known profile host)."""

_PARTICLES = frozenset(
    {
        "de",
        "la",
        "del",
        "da",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "binti",
        "al",
        "el",
        "du",
        "di",
        "le",
        "y",
        "dos",
        "das",
        "ter",
    }
)
"""Lower-case name particles ("Ana María de la Cruz", "Ludwig van Beethoven")."""


def _name_word(word: str) -> bool:
    return any(c.isalpha() for c in word) and all(c.isalpha() or c in "'’.-" for c in word)


_NOT_NAME_WORDS = frozenset(
    [
        "resume",
        "curriculum",
        "vitae",
        "cv",
        "engineer",
        "developer",
        "manager",
        "analyst",
        "consultant",
        "designer",
        "intern",
        "student",
        "scientist",
        "architect",
        "specialist",
        "executive",
        "officer",
        "director",
        "lead",
        "senior",
        "junior",
        "software",
        "stack",
        "page",
        "email",
        "phone",
        "mobile",
        "address",
        "linkedin",
        "github",
        "portfolio",
        "street",
        "road",
        "avenue",
        "profile",
        "summary",
        "objective",
        "contact",
        "university",
        "college",
        "institute",
        "school",
        "career",
        "dear",
        "to",
        "whom",
        "it",
        "may",
        "concern",
        "in",
        "of",
        "and",
        "at",
        "for",
        "the",
        "science",
        "computer",
        "bachelor",
        "vitae",
        "curriculum",
        "master",
        "degree",
    ]
)


def find_email(text: str) -> str | None:
    """The first e-mail address in the text, or ``None``."""
    match = EMAIL.search(text)
    return match.group(0).rstrip(".") if match else None


def _valid_phone(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if not 9 <= len(digits) <= 15:
        return False
    groups = re.findall(r"\d+", candidate)
    if all(_YEARISH.match(g) or len(g) <= 2 for g in groups):
        return False
    if re.search(r"(?:19|20)\d\d\s*[.-]\s*\d{2}\s*[-–]\s*(?:19|20)\d\d", candidate):
        return False
    return not re.fullmatch(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d", candidate.strip())


def find_phone(text: str) -> str | None:
    """The first phone number in the text, as written, or ``None``.

    Args:
        text: Resume text (the header section first is best).

    Returns:
        The number with surrounding spaces and dots trimmed.
    """
    for line in text.split("\n"):
        scrubbed = URL.sub(" ", EMAIL.sub(" ", line))
        for match in _PHONE.finditer(scrubbed):
            candidate = match.group(0).strip(" .-")
            if _valid_phone(candidate):
                return candidate
    return None


def find_links(text: str) -> list[str]:
    """Distinct web links in order of appearance (trailing punctuation trimmed)."""
    scrubbed = EMAIL.sub(" ", text)
    links = [m.group(0).rstrip(".,;:)") for m in URL.finditer(scrubbed)]
    return list(dict.fromkeys(link for link in links if len(link) > 6))


def _name_candidate(part: str) -> str | None:
    part = part.strip(" ,;:-")
    words = part.split()
    if not 1 <= len(words) <= 5 or len(part) > 50:
        return None
    if not all(_name_word(w) for w in words):
        return None
    if any(w.lower().strip(".") in _NOT_NAME_WORDS for w in words):
        return None
    if heading_kind(part) is not None:
        return None
    letters = [w for w in words if w[0].isalpha() and w not in _PARTICLES]
    if not letters or not all(w[0].isupper() for w in letters):
        return None
    if len(words) == 1 and not (part.isupper() and len(part) > 2):
        return None
    return _title_if_caps(part)


def _title_if_caps(name: str) -> str:
    """Write an ALL CAPS name in title case ("JOHN DOE" -> "John Doe")."""
    if name.isupper():
        return " ".join(w.capitalize() for w in name.split())
    return name


def find_name(lines: list[str], limit: int = 10) -> str | None:
    """Guess the person's name from the first lines of a resume.

    The first part (split on ``|``) of one of the first ``limit`` lines that is one to five
    capitalised words with no digits, no contact data and no job-title or heading words.
    A single word counts only in capitals (single names are written that way on resumes).

    Args:
        lines: Resume lines, top first.
        limit: How many lines to look at.

    Returns:
        The name, ALL CAPS turned into title case, or ``None``.
    """
    for line in lines[:limit]:
        for part in line.split("|"):
            if EMAIL.search(part) or URL.search(part) or any(c.isdigit() for c in part):
                continue
            name = _name_candidate(part)
            if name:
                return name
    return None
