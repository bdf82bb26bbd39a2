"""Interests and wishes in a resume: skills the person wants, not skills they claim.

A summary such as "Skilled in SQL and Excel; interested in data analysis and eager to learn
Kubernetes" claims SQL and Excel, and only wishes for data analysis and Kubernetes. A wish
starts at a cue ("interested in", "curious about", "aspiring", "eager / keen / hoping /
want / plan / looking … to learn / explore / get into / move into / master …") and runs to
the end of its clause: a sentence stop (. ; ! ?), the end of the line (the next line when
the cue ends one), a new bullet, or a connector that starts a
new claim ("with" except after "working", "but", "while", ", skilled", "and I …",
"and have …"). "Eager to apply
my Python skills" is not a wish: only verbs of learning or moving towards something are.

The rules are regular expressions written for this project from the wordings newcomers'
resumes use; :func:`blank_wishes` replaces each wish with spaces so that the skill matcher,
which reports character offsets, sees the rest of the text unchanged.
"""

from __future__ import annotations

import re

_WISH_VERBS = (
    r"learn(?:ing)?|explore|exploring|study|studying|pick(?:ing)? up|get(?:ting)? into|"
    r"break(?:ing)? into|mov(?:e|ing) into|transition(?:ing)? into|grow(?:ing)? (?:in|into)|"
    r"master(?:ing)?|gain(?:ing)? (?:experience|exposure|skills|knowledge)(?: (?:in|with|of))?|"
    r"develop(?:ing)? (?:my )?(?:skills|knowledge|expertise)(?: (?:in|with|of))?|"
    r"deepen(?:ing)? (?:my )?(?:skills|knowledge)(?: (?:in|of))?|become|becoming"
)
_WISH_LEAD = (
    r"eager|keen|hoping|hope|hopes|want|wants|wanting|wish|wishes|wishing|plan|plans|"
    r"planning|looking|aspire|aspires|aspiring|excited|would (?:like|love)|motivated|aim|"
    r"aims|aiming|intend|intends|intending|seeking|seek|seeks|ready|open"
)
_CUE = re.compile(
    rf"\b(?:(?:{_WISH_LEAD})\s+to\s+(?:further\s+|quickly\s+|continue\s+to\s+)?(?:{_WISH_VERBS})"
    r"|(?:(?:strong|keen|deep|growing|great|particular|special)\s+)?interest(?:ed)?\s+in"
    r"|curious\s+about|aspiring)\b:?",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"[.;!?](?:\s|$)|\n\s*[•·*▪‣–-]"
    r"|,?\s+(?:but|while|whereas|although|though)\b"
    r"|,\s*(?:skilled|experienced|proficient|having|who|using)\b"
    r"|,?\s+(?<!working\s)(?<!work\s)with\b"
    r"|,?\s+and\s+(?:I|have|has|am|bring|brings|skilled|experienced|proficient|with)\b",
    re.IGNORECASE,
)


def _line_end(text: str, start: int) -> int:
    """Where the line holding ``start`` ends, or the next one when nothing but blanks
    follows the cue on its own line ("eager to learn" / "Kubernetes and Helm")."""
    newline = text.find("\n", start)
    if newline == -1:
        return len(text)
    if not text[start:newline].strip():
        following = text.find("\n", newline + 1)
        return len(text) if following == -1 else following
    return newline


def wish_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the wishes in ``text``.

    Args:
        text: Any resume text; may hold several lines.

    Returns:
        ``(start, end)`` offsets, in order and not overlapping; each runs from a cue to the
        end of its clause (or of the text).
    """
    spans: list[tuple[int, int]] = []
    for cue in _CUE.finditer(text):
        stop = _CLAUSE_END.search(text, cue.end())
        end = min(stop.start() if stop else len(text), _line_end(text, cue.end()))
        if spans and cue.start() <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((cue.start(), end))
    return spans


def blank_wishes(text: str) -> str:
    """``text`` with every wish (see :func:`wish_spans`) replaced by spaces; line breaks and
    all offsets are kept."""
    chars = list(text)
    for start, end in wish_spans(text):
        for index in range(start, end):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)
