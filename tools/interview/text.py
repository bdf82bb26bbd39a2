"""Plain-text helpers of answer scoring: sentences, clauses, words, stems and negations.

Everything here is pure and deterministic (no model); :mod:`tools.interview.scoring` embeds
the units these functions cut an answer into.
"""

from __future__ import annotations

import re


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUNCTION_WORDS = _word_set(
    "a an the and or but so if then than that this these those it its is are was were be been "
    "being am do does did done have has had to of in on at by for from with as into onto about "
    "over under after before when while because since until not no never i you he she we they "
    "me my our your his her their them us there here what which who whom how why where can could "
    "will would should may might must also just only very too all any each every some more most "
    "such one both either neither nor up down out off again once"
)
"""Closed-class English words: real sentences are full of them, keyboard mashing is not."""

NEGATIONS = _word_set("not no never cannot cant none nothing neither nor without nobody nowhere")
"""Words that flip a statement; ``n't`` contractions count too (see :func:`negation_count`)."""

_ABBREVIATIONS = re.compile(r"\b(e\.g|i\.e|etc|vs|cf|approx|incl)\.", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_CLAUSE_BREAK = re.compile(
    r"\s*;\s*|:\s+|\s+[-–—]\s+|,\s+(?=(?:but|so|while|whereas|although|though|because|since|"
    r"which|and then|then|otherwise|yet)\b)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9][a-z0-9'+#./-]*[a-z0-9+#]|[a-z0-9]", re.IGNORECASE)
_MIN_CLAUSE_WORDS = 3


def normalise(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """Lower-case word tokens (letters, digits, ``'``, ``+``, ``#``, inner ``./-``)."""
    return [w.lower() for w in _WORD.findall(text)]


def sentences(text: str) -> list[str]:
    """Split text into sentences at ``.``/``!``/``?`` followed by space, and at line breaks.

    Abbreviations such as "e.g." and decimals such as "0.05" do not end a sentence.
    """
    protected = _ABBREVIATIONS.sub(lambda m: m.group(0).replace(".", "\u2024"), text)
    parts = (p.strip().replace("\u2024", ".") for p in _SENTENCE_END.split(protected))
    return [p for p in parts if p]


def clauses(sentence: str) -> list[str]:
    """Split one sentence at ``;``, ``:``, dashes and ", but/so/while/…" into clauses.

    Pieces shorter than three words are glued to their neighbour, so a clause always says
    something on its own.
    """
    pieces = [p.strip(" ,") for p in _CLAUSE_BREAK.split(sentence) if p and p.strip(" ,")]
    merged: list[str] = []
    for piece in pieces:
        if merged and (len(words(piece)) < _MIN_CLAUSE_WORDS
                       or len(words(merged[-1])) < _MIN_CLAUSE_WORDS):
            merged[-1] = f"{merged[-1]}, {piece}"
        else:
            merged.append(piece)
    return merged


def stem(word: str) -> str:
    """A light suffix stripper: "preventing", "prevents", "prevented" → "prevent".

    Only used to compare words of an answer with words of its question or key points, so it
    needs to be consistent, not linguistically right.
    """
    w = word.lower().removesuffix("'s")
    for suffix in ("ations", "ation", "ings", "ing", "edly", "ed", "ies", "es", "s", "ly"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            w = w[: -len(suffix)]
            break
    return w.removesuffix("e") if len(w) > 3 else w


def content_stems(text: str) -> set[str]:
    """Stems of the words of ``text`` that are not function words (see :data:`FUNCTION_WORDS`)."""
    return {stem(w) for w in words(text) if w not in FUNCTION_WORDS and not w.isdigit()}


def negation_count(text: str) -> int:
    """How many negating words (``not``, ``never``, ``doesn't``, …) ``text`` contains."""
    tokens = words(text)
    return sum(1 for w in tokens if w in NEGATIONS or w.endswith("n't"))
