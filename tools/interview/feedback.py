"""Feedback text of a scored answer: what was covered, what was missed, and why it was capped.

Words come from :mod:`prompts.interview`; this module only chooses and joins them.
"""

from __future__ import annotations

from collections.abc import Sequence

from prompts import interview as words
from tools.interview.clarity import IDEAL_WORDS, filler_share


def join(items: Sequence[str], quote: bool = True) -> str:
    """Quote and join items: '"a"', '"a" and "b"', '"a"; "b" and "c"' (full stops dropped)."""
    cleaned = [words.ITEM.format(item=i.rstrip(". ")) if quote else i for i in items]
    if len(cleaned) <= 1:
        return "".join(cleaned)
    return words.JOIN.join(cleaned[:-1]) + words.JOIN_LAST + cleaned[-1]


def guard_feedback(flags: Sequence[str], missed: Sequence[str]) -> str:
    """Why a guarded answer earned (almost) nothing, and what a real answer would cover."""
    reason = words.GUARD_FEEDBACK[flags[0]]
    nudge = (words.GUARD_NEXT.format(missed=join(list(missed)[:3])) if missed
             else words.GUARD_NEXT_GENERIC)
    return f"{reason} {nudge}"


def clarity_notes(word_count: int, answer: str) -> list[str]:
    """At most one note on length and one on fillers."""
    notes = []
    low, high = IDEAL_WORDS
    if word_count < low // 2:
        notes.append(words.CLARITY_SHORT)
    elif word_count > high * 1.5:
        notes.append(words.CLARITY_LONG)
    if filler_share(answer) >= 0.05:
        notes.append(words.CLARITY_FILLERS)
    return notes


def technical_feedback(score: int, covered: Sequence[str], missed: Sequence[str],
                       misconceptions: Sequence[str], notes: Sequence[str]) -> str:
    """Verdict, key points covered and missed, misconceptions stated, clarity notes."""
    verdict = (words.TECH_STRONG if score >= 75 else
               words.TECH_SOLID if score >= 45 else words.TECH_WEAK)
    lines = [verdict,
             words.COVERED.format(points=join(covered)) if covered else words.COVERED_NONE,
             words.MISSED.format(points=join(missed)) if missed else words.MISSED_NONE]
    if misconceptions:
        lines.append(words.MISCONCEPTION.format(points=join(misconceptions)))
    return " ".join([*lines, *notes])


def star_feedback(covered_parts: Sequence[str], missed_parts: Sequence[str],
                  generic: bool, needs_numbers: bool, notes: Sequence[str]) -> str:
    """STAR parts shown and missing, a note on generic self-description, clarity notes."""
    shown = [words.STAR_NAMES[p] for p in covered_parts]
    absent = [words.STAR_NAMES[p] for p in missed_parts]
    lines = [
        words.STAR_COVERED.format(parts=join(shown, quote=False)) if shown
        else words.STAR_COVERED_NONE,
        words.STAR_MISSED.format(parts=join(absent, quote=False)) if absent
        else words.STAR_MISSED_NONE,
    ]
    if generic:
        lines.append(words.STAR_GENERIC)
    if needs_numbers and "result" not in missed_parts:
        lines.append(words.STAR_NUMBERS)
    return " ".join([*lines, *notes])
