"""Semantic coverage of a technical question's key points, and misconceptions stated.

An answer is cut into units (sentences and their clauses, :func:`answer_units`). A key
point's credit mixes two pieces of evidence:

* **meaning**: the highest cosine between any unit and the key point (all-MiniLM-L6-v2),
  mapped linearly from :data:`SIMILARITY_FLOOR` (no credit) to :data:`SIMILARITY_FULL`
  (full credit);
* **words**: the share of the key point's own content words (those not already in the
  question) that the answer uses, full at :data:`WORDS_FULL`.

Sentence embeddings alone rate fluent, on-topic talk close to any key point of the topic;
the word evidence is what a no-substance answer lacks. A key point counts as covered at
credit ≥ :data:`COVERED_CREDIT`.

A misconception is stated when one unit is close to it (cosine ≥
:data:`MISCONCEPTION_SIMILARITY`), closer to it than to every key point by
:data:`MISCONCEPTION_MARGIN`, negated the same way (so "the GIL does NOT make code
thread-safe" does not state "the GIL makes code thread-safe"), and uses at least one of the
misconception's distinctive words when it has any.

Thresholds were tuned on half of the question ids of ``tests/data/answer_calibration.jsonl``
and checked on the other half (``python -m eval``, section ``interview``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from tools.interview.text import clauses, content_stems, negation_count, sentences, words
from tools.interview.vectors import Matrix, cosine

SIMILARITY_FLOOR = 0.45
SIMILARITY_FULL = 0.85
WORDS_FULL = 0.5
WORDS_WEIGHT = 0.5
COVERED_CREDIT = 0.5
MISCONCEPTION_SIMILARITY = 0.75
MISCONCEPTION_MARGIN = 0.05
MAX_UNITS = 10
"""Units embedded per answer at most (latency: ~5 ms per short unit on one core)."""
MAX_EMBEDDED_WORDS = 250
"""Only the first 250 (whitespace-separated) words of an answer are embedded.

Embedding time grows with the answer's length (~0.3 ms per token on one core); a spoken
two-minute answer is about 250 words, and every answer of the calibration set is shorter
(longest 178). The word evidence, the guards and clarity still read the whole answer.
"""


@dataclass(frozen=True)
class Coverage:
    """Per key point credit (0–1, in the question's order) and the misconceptions stated."""

    credits: list[float]
    misconceptions: list[int]
    relevance: float


def answer_units(answer: str) -> list[str]:
    """The clauses of each sentence (a sentence that does not split is one unit), deduplicated.

    Units come from the first :data:`MAX_EMBEDDED_WORDS` words. At most :data:`MAX_UNITS`:
    past that, neighbouring units are joined pairwise so all those words are still read.
    """
    embedded = " ".join(answer.split()[:MAX_EMBEDDED_WORDS])
    units = list(dict.fromkeys(c for s in sentences(embedded) for c in clauses(s)))
    while len(units) > MAX_UNITS:
        units = [" ".join(units[i:i + 2]) for i in range(0, len(units), 2)]
    return units


def misconception_parts(misconception: str) -> list[str]:
    """A misconception split at ", so"/", and"/clause breaks, so each claim is matched alone."""
    pieces = [p for c in clauses(misconception)
              for p in re.split(r",\s+(?:so|and)\s+|\s+/\s+", c) if len(words(p)) >= 2]
    return pieces if len(pieces) > 1 else [misconception]


def _ramp(value: float, low: float, high: float) -> float:
    return float(min(1.0, max(0.0, (value - low) / (high - low))))


def word_evidence(answer: str, key_point: str, question: str) -> float:
    """Share (0–1) of the key point's content stems, not in the question, the answer uses."""
    own = content_stems(key_point) - content_stems(question)
    if not own:
        return 0.0
    return len(own & content_stems(answer)) / len(own)


def key_point_credits(answer: str, question: str, key_points: list[str],
                      unit_kp: Matrix) -> list[float]:
    """Credit 0–1 of each key point from meaning (``unit_kp`` cosines) and words."""
    best = unit_kp.max(axis=0) if unit_kp.shape[0] else np.zeros(len(key_points))
    return [
        (1 - WORDS_WEIGHT) * _ramp(float(best[i]), SIMILARITY_FLOOR, SIMILARITY_FULL)
        + WORDS_WEIGHT * min(1.0, word_evidence(answer, kp, question) / WORDS_FULL)
        for i, kp in enumerate(key_points)
    ]


def stated_misconceptions(units: list[str], parts: list[tuple[int, str]], question: str,
                          key_points: list[str], unit_kp: Matrix,
                          unit_mis: Matrix) -> list[int]:
    """Indices of the misconceptions some unit states (rules in the module docstring).

    Args:
        units: Answer units.
        parts: ``(misconception index, part text)`` pairs, columns of ``unit_mis``.
        question: The question text.
        key_points: The key points, columns of ``unit_kp``.
        unit_kp: Cosines units × key points.
        unit_mis: Cosines units × misconception parts.
    """
    known = content_stems(question).union(*(content_stems(k) for k in key_points))
    stated: set[int] = set()
    for col, (index, part) in enumerate(parts):
        distinctive = content_stems(part) - known
        for row, unit in enumerate(units):
            sim = float(unit_mis[row, col])
            if sim < MISCONCEPTION_SIMILARITY:
                continue
            if unit_kp.shape[1] and sim - float(unit_kp[row].max()) < MISCONCEPTION_MARGIN:
                continue
            if negation_count(unit) % 2 != negation_count(part) % 2:
                continue
            if distinctive and not distinctive & content_stems(unit):
                continue
            stated.add(index)
    return sorted(stated)


def technical_coverage(answer: str, question: str, key_points: list[str],
                       misconceptions: list[str], units: list[str], unit_vectors: Matrix,
                       kp_vectors: Matrix, mis_vectors: Matrix, question_vector: Matrix,
                       parts: list[tuple[int, str]]) -> Coverage:
    """Key-point credits, misconceptions stated and relevance of one technical answer.

    ``relevance`` is the highest cosine of any unit with the question or a key point (used
    by the off-topic guard). Vectors are row matrices from :mod:`tools.interview.vectors`.
    """
    unit_kp = cosine(unit_vectors, kp_vectors)
    unit_mis = cosine(unit_vectors, mis_vectors)
    credits = key_point_credits(answer, question, key_points, unit_kp)
    stated = (stated_misconceptions(units, parts, question, key_points, unit_kp, unit_mis)
              if misconceptions else [])
    relevance = float(np.max(np.hstack([unit_kp.ravel(), cosine(unit_vectors,
                                                                question_vector).ravel(),
                                        [-1.0]])))
    return Coverage(credits, stated, relevance)
