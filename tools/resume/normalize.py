"""Normalisation of extracted resume text.

Turns what PDF, DOCX and TXT readers give into plain lines a parser can trust: typographic
ligatures spelled out, invisible and look-alike characters replaced, letter-spaced headings
("R ESEARCH E XPERIENCE", "E X P E R I E N C E") closed up, every kind of bullet turned into
``"• "``, and bare page numbers removed. The character lists come from the Unicode blocks
"Alphabetic Presentation Forms" (U+FB00–U+FB06), "General Punctuation" (U+2000–U+206F) and
"Geometric Shapes"/"Dingbats" (bullets seen in real resume templates).

:func:`normalize_text` is idempotent: normalising its output again changes nothing.
"""

from __future__ import annotations

import re

BULLET = "•"
"""The one bullet character left after normalisation."""

_CHAR_MAP: dict[str, str] = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\u00ad": "",  # soft hyphen
    "\u200b": "",  # zero-width space
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2004": " ",
    "\u2005": " ",
    "\u2006": " ",
    "\u2007": " ",
    "\u2008": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\u205f": " ",
    "\u3000": " ",
    "\t": " ",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\r": "",
    "\x0c": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
}
_TRANSLATION = str.maketrans(_CHAR_MAP)

_BULLET_CHARS = "•·◦▪▫■□●○◆◇⋄♦➢➤►▶▸▹‣⁃∙✓✔✗❖❑➔→⦁*"
_BULLET_START = re.compile(rf"^\s*(?:[{re.escape(_BULLET_CHARS)}]|[-–—](?=\s))\s*")
_INLINE_BULLET = re.compile(rf"\s*[{re.escape(_BULLET_CHARS.replace('*', ''))}]\s+")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|-\s*\d{1,3}\s*-|\d{1,2}\s*/\s*\d{1,2}"
    r"|\d{1,2})\s*$",
    re.IGNORECASE,
)
_PAGE_LABEL = re.compile(
    r"(?:^|[•|·,:;–—-]\s*|\s)(?:résumé|resume|curriculum vitae|cv|page)\s*\d{1,3}"
    r"(?:\s*(?:of|/)\s*\d{1,3})?\s*$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+")
_SPACES = re.compile(r"[ ]{2,}")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd]")

_HEADING_WORDS = frozenset(
    [
        "about",
        "academic",
        "achievements",
        "activities",
        "additional",
        "affiliations",
        "and",
        "areas",
        "awards",
        "background",
        "certifications",
        "certificates",
        "competencies",
        "contact",
        "courses",
        "coursework",
        "core",
        "details",
        "education",
        "employment",
        "experience",
        "experiences",
        "extracurricular",
        "highlights",
        "history",
        "honors",
        "honours",
        "hobbies",
        "industry",
        "information",
        "interests",
        "internships",
        "involvement",
        "key",
        "languages",
        "leadership",
        "links",
        "memberships",
        "objective",
        "of",
        "other",
        "overview",
        "personal",
        "positions",
        "professional",
        "profile",
        "projects",
        "proficiencies",
        "publications",
        "qualifications",
        "references",
        "relevant",
        "research",
        "responsibility",
        "selected",
        "skills",
        "software",
        "strengths",
        "summary",
        "talks",
        "teaching",
        "technical",
        "technologies",
        "tools",
        "training",
        "volunteer",
        "volunteering",
        "work",
    ]
)


def normalize_char_level(text: str) -> str:
    """Replace ligatures, invisible characters, look-alike hyphens and odd spaces.

    Args:
        text: Any text.

    Returns:
        The text with the characters of ``_CHAR_MAP`` replaced and private-use glyphs (icon
        fonts) removed; line breaks are kept.
    """
    return _PRIVATE_USE.sub("", text.translate(_TRANSLATION))


def _segment(letters: str) -> list[str] | None:
    """Split run-together lower-case letters into known heading words, or ``None``."""
    best: list[list[str] | None] = [None] * (len(letters) + 1)
    best[0] = []
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - 16), end):
            prefix = best[start]
            if prefix is not None and letters[start:end] in _HEADING_WORDS:
                best[end] = [*prefix, letters[start:end]]
                break
    return best[len(letters)]


def close_letter_spacing(line: str) -> str:
    """Close up a letter-spaced heading; other lines are returned unchanged.

    Handles small-caps spacing ("R ESEARCH E XPERIENCE" -> "RESEARCH EXPERIENCE"), full
    spacing with wider word gaps ("E X P  S K I L L S") and spacing without word gaps, which is
    resolved with a list of words used in resume headings ("CO N TAC T D E TA I L S" ->
    "CONTACT DETAILS").

    Args:
        line: One line of text.

    Returns:
        The line, closed up when it is an upper-case letter-spaced heading.
    """
    stripped = line.strip()
    tokens = stripped.split()
    if len(tokens) < 3 or not all(t.isalpha() and t.isupper() for t in tokens):
        return line
    short = sum(1 for t in tokens if len(t) <= 2)
    if short * 2 < len(tokens):
        return line
    if "  " in stripped:
        words = ["".join(part.split()) for part in re.split(r"\s{2,}", stripped)]
        return " ".join(words)
    joined = "".join(tokens)
    segmented = _segment(joined.lower())
    if segmented:
        return " ".join(w.upper() for w in segmented)
    merged: list[str] = []
    for token in tokens:
        if (
            merged
            and len(merged[-1]) == 1
            and len(token) > 1
            or merged
            and len(token) == 1
            and len(merged[-1]) <= 2
            and short == len(tokens)
        ):
            merged[-1] += token
        else:
            merged.append(token)
    return " ".join(merged)


def normalize_line(line: str) -> str:
    """Normalise one line until it no longer changes (see :func:`_normalize_once`)."""
    for _ in range(4):
        again = _normalize_once(line)
        if again == line:
            break
        line = again
    return line


def _normalize_once(line: str) -> str:
    """Normalise one line: characters, bullets, letter spacing and runs of spaces.

    Args:
        line: One line of raw text.

    Returns:
        The line with a leading bullet of any kind written as ``"• "``, inline bullets as
        ``" • "``, no doubled spaces and no surrounding white space.
    """
    line = normalize_char_level(line)
    line = close_letter_spacing(line)
    has_bullet = bool(_BULLET_START.match(line))
    line = _BULLET_START.sub("", line) if has_bullet else line
    line = _INLINE_BULLET.sub(f" {BULLET} ", line)
    line = _SPACES.sub(" ", line).strip()
    line = line.strip(f" {BULLET}").strip()
    if has_bullet and line:
        return f"{BULLET} {line}"
    return line


def is_page_number(line: str) -> bool:
    """Tell whether a line is only a page number ("3", "Page 2 of 3", "- 2 -", "1/2")."""
    return bool(_PAGE_NUMBER.match(line))


def is_page_label(line: str) -> bool:
    """Tell whether a short line ends in a page label ("February 10, 2026 • Résumé 1",
    "Jane Doe | CV 2", "Page 3 of 4"): a running header or footer, never resume content."""
    return len(line.split()) <= 8 and bool(_PAGE_LABEL.search(line))


def _running_lines(lines: list[str]) -> set[int]:
    """Indexes of running headers/footers: short lines that repeat with only their last
    number changing, counting pages up by one ("Jane Doe – 1", …, "Jane Doe – 2")."""
    groups: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if line and len(line.split()) <= 10 and _NUMBER.search(line):
            groups.setdefault(_NUMBER.sub("#", line), []).append(index)
    running: set[int] = set()
    for indexes in groups.values():
        if len(indexes) < 2:
            continue
        numbers = [_NUMBER.findall(lines[i]) for i in indexes]
        pages = [int(found[-1]) for found in numbers]
        fixed = {tuple(found[:-1]) for found in numbers}
        counting = all(b == a + 1 for a, b in zip(pages, pages[1:], strict=False))
        if len(fixed) == 1 and counting and pages[0] <= 2:
            running.update(indexes)
    return running


def normalize_text(text: str) -> str:
    """Normalise a whole extracted text.

    Args:
        text: Text with ``\\n`` between lines (``\\r\\n`` and form feeds are accepted).

    Returns:
        Normalised lines joined by ``\\n``, with empty lines collapsed to one, bare page
        numbers and running headers or footers (page labels, lines repeating with a page
        count) dropped and no leading or trailing blank lines. Idempotent.
    """
    lines: list[str] = []
    for raw in normalize_char_level(text).split("\n"):
        if is_page_number(raw):
            continue
        line = normalize_line(raw)
        if is_page_number(line) or is_page_label(line):
            continue
        if not line and (not lines or not lines[-1]):
            continue
        lines.append(line)
    running = _running_lines(lines)
    if running:
        kept = [line for i, line in enumerate(lines) if i not in running]
        lines = [line for i, line in enumerate(kept) if line or (i and kept[i - 1])]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)
