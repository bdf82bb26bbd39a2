"""Helpers shared by the experience and education readers: splitting an entry's header into
parts, and telling a location, a job title or an organisation from one another.

The word lists come from reading public resumes and job titles (O*NET occupation titles for
the title words; common legal-form suffixes for organisations).
"""

from __future__ import annotations

import re

BULLET_PREFIX = "• "

TITLE_WORDS = frozenset(
    [
        "engineer",
        "engineers",
        "developer",
        "developers",
        "manager",
        "analyst",
        "consultant",
        "intern",
        "internship",
        "researcher",
        "scientist",
        "director",
        "lead",
        "associate",
        "assistant",
        "fellow",
        "specialist",
        "designer",
        "architect",
        "administrator",
        "officer",
        "coordinator",
        "executive",
        "educator",
        "tutor",
        "mentor",
        "advisor",
        "adviser",
        "sme",
        "head",
        "president",
        "founder",
        "cofounder",
        "co-founder",
        "owner",
        "contributor",
        "programmer",
        "technician",
        "representative",
        "agent",
        "supervisor",
        "instructor",
        "teacher",
        "professor",
        "lecturer",
        "trainee",
        "apprentice",
        "volunteer",
        "member",
        "chair",
        "editor",
        "writer",
        "accountant",
        "auditor",
        "recruiter",
        "partner",
        "principal",
        "strategist",
        "owner",
        "sde",
        "swe",
        "sre",
        "devops",
        "officer",
        "clerk",
        "cashier",
        "salesperson",
        "associate",
        "nurse",
        "therapist",
        "pharmacist",
        "physician",
        "chemist",
        "biochemist",
        "biologist",
        "ambassador",
        "promoter",
        "leader",
        "captain",
        "president",
        "vp",
        "cto",
        "ceo",
        "cfo",
        "coo",
    ]
)
"""Words that mark a job title."""

ORG_WORDS = frozenset(
    [
        "inc",
        "inc.",
        "ltd",
        "ltd.",
        "llc",
        "llp",
        "corp",
        "corp.",
        "corporation",
        "company",
        "co",
        "co.",
        "gmbh",
        "ag",
        "plc",
        "pvt",
        "limited",
        "technologies",
        "technology",
        "solutions",
        "systems",
        "labs",
        "lab",
        "laboratory",
        "university",
        "college",
        "institute",
        "school",
        "academy",
        "hospital",
        "bank",
        "group",
        "services",
        "consulting",
        "partners",
        "studio",
        "studios",
        "foundation",
        "center",
        "centre",
        "agency",
        "ventures",
        "software",
        "networks",
    ]
)
"""Words that mark an organisation."""

COUNTRIES = frozenset(
    [
        "usa",
        "us",
        "u.s.",
        "u.s.a.",
        "uk",
        "u.k.",
        "united",
        "states",
        "kingdom",
        "india",
        "germany",
        "france",
        "spain",
        "italy",
        "canada",
        "australia",
        "china",
        "japan",
        "korea",
        "s.korea",
        "singapore",
        "netherlands",
        "sweden",
        "norway",
        "denmark",
        "finland",
        "switzerland",
        "austria",
        "belgium",
        "ireland",
        "poland",
        "portugal",
        "brazil",
        "mexico",
        "chile",
        "peru",
        "argentina",
        "colombia",
        "israel",
        "uae",
        "emirates",
        "egypt",
        "nigeria",
        "kenya",
        "south",
        "africa",
        "pakistan",
        "bangladesh",
        "sri",
        "lanka",
        "nepal",
        "indonesia",
        "malaysia",
        "philippines",
        "vietnam",
        "thailand",
        "taiwan",
        "hong",
        "kong",
        "new",
        "zealand",
        "russia",
        "ukraine",
        "turkey",
        "greece",
        "czechia",
        "romania",
        "hungary",
        "england",
        "scotland",
        "wales",
        "remote",
    ]
)
_STATE = re.compile(r"^[A-Z]{2}$")
_REMOTE = re.compile(r"\b(remote|hybrid|on-?site|worldwide)\b", re.IGNORECASE)
_SPLIT = re.compile(r"\s*\|\s*|\s+[•·]\s+|\s+[–—-]\s+|\s+@\s+|\s*;\s*")
_AT = re.compile(r"\s+at\s+")
_CAPWORD = re.compile(r"^[A-Z][\w.'’&-]*$")


def clean_part(text: str) -> str:
    """Trim separators, link markers ("-Link") and brackets from an entry part."""
    text = re.sub(r"\s*-?\s*\bLink\b\s*$", "", text.strip())
    text = text.strip(" ,;:|-–—•")
    text = _drop_stray_brackets(text).strip(" ,;:|-–—•")
    return re.sub(r"\s{2,}", " ", text)


_PAIRS = {")": "(", "]": "[", "}": "{"}


def _drop_stray_brackets(text: str) -> str:
    """Remove brackets that have no partner ("Caterpillar]" -> "Caterpillar", "(Mumbai" ->
    "Mumbai"), an artefact of redaction and copy-paste; balanced pairs are kept."""
    stack: list[int] = []
    stray: set[int] = set()
    for index, char in enumerate(text):
        if char in "([{":
            stack.append(index)
        elif char in _PAIRS:
            if stack and text[stack[-1]] == _PAIRS[char]:
                stack.pop()
            else:
                stray.add(index)
    stray.update(stack)
    return "".join(c for i, c in enumerate(text) if i not in stray)


def split_parts(text: str) -> list[str]:
    """Split an entry header into parts on ``|``, bullets, spaced dashes, "@", ";",
    parentheses and "at" (not after an organisation: "University of Texas at Austin" stays
    whole); parts are cleaned and empty ones dropped."""
    pieces: list[str] = []
    chunks: list[str] = []
    for chunk in _SPLIT.split(text):
        head = _AT.split(chunk, maxsplit=1)[0]
        if _AT.search(chunk) and not has_org_word(head):
            head, tail = _AT.split(chunk, maxsplit=1)
            chunks.extend([head, tail])
        else:
            chunks.append(chunk)
    for chunk in chunks:
        for sub in re.split(r"\s*\(([^()]*(?:\([^()]*\))?[^()]*)\)\s*", chunk):
            part = clean_part(sub)
            if part:
                pieces.append(part)
    return pieces


def is_location(text: str) -> bool:
    """Whether a part reads as a place: "San Francisco, CA", "Pasadena, USA",
    "Barcelona, Spain", "Remote", "Palo Alto, CA & Ithaca, NY"."""
    text = text.strip(" ()")
    if not text:
        return False
    if _REMOTE.search(text) and len(text.split()) <= 5:
        return True
    places = [p.strip() for p in re.split(r"\s*&\s*|\s+and\s+", text)]
    return all(_is_place(p) for p in places)


def _is_place(text: str) -> bool:
    pieces = [p.strip() for p in re.split(r",", text) if p.strip()]
    if not pieces or len(pieces) > 4:
        return False
    for piece in pieces:
        words = piece.split()
        if not 1 <= len(words) <= 4 or not all(_CAPWORD.match(w) for w in words):
            return False
    last = pieces[-1]
    if any(w in TITLE_WORDS or w in ORG_WORDS for w in text.lower().replace(",", " ").split()):
        return False
    return bool(
        _STATE.match(last)
        or last.lower() in COUNTRIES
        or (len(pieces) >= 2 and last.lower().replace(".", "") in COUNTRIES)
    ) or (
        len(pieces) >= 2
        and len(last.split()) == 1
        and last[0].isupper()
        and len(last) > 2
        and last.lower() in COUNTRIES
    )


def has_title_word(text: str) -> bool:
    """Whether a part contains a job-title word ("Engineer", "Intern", "SDE", …)."""
    words = re.findall(r"[a-z]+", text.lower())
    return any(w in TITLE_WORDS for w in words)


def has_org_word(text: str) -> bool:
    """Whether a part contains an organisation word ("Inc.", "University", "Labs", …)."""
    words = re.findall(r"[a-z][a-z.-]*", text.lower())
    return any(w in ORG_WORDS or w.rstrip(".") in ORG_WORDS for w in words)


_KEEP_LOWER = frozenset({"and", "for", "the", "of", "in", "at", "on", "to"})
_VOWELS = set("AEIOU")


def title_case_caps(text: str | None) -> str | None:
    """Write an ALL CAPS part in title case, keeping acronyms ("KPCB FELLOW + SOFTWARE
    ENGINEERING INTERN" -> "KPCB Fellow + Software Engineering Intern"); an acronym is a
    word of at most three letters or one without vowels. Other text is returned unchanged."""
    if not text or not text.isupper() or len(re.sub(r"[^A-Z]", "", text)) < 5:
        return text
    words: list[str] = []
    for word in text.split():
        letters = re.sub(r"[^A-Z]", "", word)
        if word.lower() in _KEEP_LOWER and words:
            words.append(word.lower())
        elif (len(letters) <= 3 and word.lower() not in {"lab", "head", "and"}) or not (
            set(letters) & _VOWELS
        ):
            words.append(word)
        else:
            words.append(word.capitalize())
    return " ".join(words)


def split_locations(parts: list[str]) -> tuple[list[str], str | None]:
    """Take location parts out of a list of parts.

    Trailing comma-separated pieces that read as a place are joined ("Menlo Park", "USA" ->
    "Menlo Park, USA").

    Args:
        parts: Cleaned parts of an entry header.

    Returns:
        The remaining parts and the location (``None`` when none is found).
    """
    rest: list[str] = []
    location: str | None = None
    for part in parts:
        if location is None and "&" in part and is_location(part):
            location = part
            continue
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        cut = _location_cut(pieces) if location is None else None
        if cut is not None:
            rest.extend(pieces[:cut])
            location = ", ".join(pieces[cut:])
        else:
            rest.extend(pieces if len(pieces) > 1 and not has_org_word(part) else [part])
    return rest, location


def _location_cut(pieces: list[str]) -> int | None:
    """Index where a trailing place starts in comma-separated pieces: "City, ST, Country",
    "City, ST", "City, Country" or a lone place, else ``None``."""
    count = len(pieces)
    if count >= 3 and _STATE.match(pieces[-2]) and is_location(", ".join(pieces[-3:])):
        return count - 3
    if count >= 2 and is_location(", ".join(pieces[-2:])):
        return count - 2
    if count == 1 and is_location(pieces[0]):
        return 0
    return None
