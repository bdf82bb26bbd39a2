"""Clarity of an answer: a sensible length and few filler words (a small part of the score).

Clarity never earns points on its own: :mod:`tools.interview.scoring` multiplies the
substance score by ``1 - CLARITY_WEIGHT + CLARITY_WEIGHT × clarity``, so a clear answer
without substance still scores nothing, and a rambling one loses at most
:data:`CLARITY_WEIGHT` of what it earned.
"""

from __future__ import annotations

import re

from tools.interview.text import words

CLARITY_WEIGHT = 0.12
"""Share of the score that clarity can take away (issue 7: "a small part")."""
IDEAL_WORDS = (25, 220)
"""Word counts a spoken interview answer comfortably fits in (about 10 s to 1.5 min at
~150 words a minute, the usual speaking rate); outside it clarity drops linearly."""
FILLERS = re.compile(
    r"\b(um+|uh+|erm?|like,|you know|i mean|sort of|kind of|basically|literally|actually|"
    r"honestly|to be honest|stuff like that|and so on|whatever|just)\b",
    re.IGNORECASE,
)
"""Filler words and hedges that carry no content."""


def filler_share(answer: str) -> float:
    """Fillers per word, 0–1."""
    count = len(words(answer))
    return min(1.0, len(FILLERS.findall(answer)) / count) if count else 0.0


def clarity(answer: str) -> float:
    """Clarity 0–1: 1 inside :data:`IDEAL_WORDS` with no fillers.

    Length outside the band costs up to 0.5 (too short: proportionally; too long: 0.1 per
    extra 100 words); each filler per 20 words costs 0.1, up to 0.5.
    """
    count = len(words(answer))
    low, high = IDEAL_WORDS
    if count < low:
        length = 1.0 - 0.5 * (low - count) / low
    else:
        length = 1.0 - min(0.5, 0.1 * max(0, count - high) / 100)
    fillers = min(0.5, 2.0 * filler_share(answer))
    return max(0.0, length - fillers)
