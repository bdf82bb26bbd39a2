"""Deterministic scoring of one mock-interview answer (issue 7 point 3, Property 24).

``score_answer`` returns a score 0–100 with feedback naming the key points (or STAR parts)
covered and missed:

1. **Guards** (:mod:`tools.interview.guards`): empty, gibberish, "I don't know", one or two
   words, a repeat of the question, off-topic and prompt-injection answers are capped at
   ≤ 15 with feedback saying why.
2. **Substance**: technical answers by semantic coverage of the key points minus
   :data:`MISCONCEPTION_PENALTY` per misconception stated (:mod:`tools.interview.coverage`);
   behavioural answers by STAR evidence (:mod:`tools.interview.star`).
3. **Clarity** (:mod:`tools.interview.clarity`) scales the substance by at most
   ``CLARITY_WEIGHT``: length alone earns nothing.

Everything is a pure function of the question, the answer (whitespace-normalised) and the
embedding model, so the same answer always gets the same score.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tools.interview import feedback as fb
from tools.interview.clarity import CLARITY_WEIGHT, clarity
from tools.interview.coverage import (
    COVERED_CREDIT,
    answer_units,
    misconception_parts,
    technical_coverage,
)
from tools.interview.guards import GUARD_CAPS, is_off_topic, text_flags
from tools.interview.models import AnswerScore, Question
from tools.interview.star import STAR_PARTS, star_evidence
from tools.interview.text import normalise, words
from tools.interview.vectors import cosine, embed, embed_cached, embed_grouped
from tools.protocols import Embedder

FULL_COVERAGE = 0.85
"""Mean key-point credit that earns full marks: an expert answer need not echo every word."""
MISCONCEPTION_PENALTY = 15.0
"""Points lost per misconception stated (tuned on the calibration set's training half)."""
STAR_WEIGHTS = {"situation": 0.2, "task": 0.15, "action": 0.35, "result": 0.3}
"""Weights of the STAR parts: what the candidate did and what came of it matter most."""
FULL_STAR = 0.9
"""Weighted STAR evidence that earns full marks."""
THIN_SHARE = 0.4
RELEVANCE_WORDS = 60
"""Words of a behavioural answer embedded to tell whether it is on topic at all.

Only the off-topic guard reads this similarity, and it also needs almost no STAR evidence
(:func:`tools.interview.guards.is_off_topic`); the opening of a story says what it is about,
and embedding the whole story cost up to ~60 ms on one core for nothing more.
"""
"""Below this share of key points (or STAR parts) covered, an answer deserves a follow-up."""


@dataclass
class _Assessment:
    substance: float
    covered: list[str]
    missed: list[str]
    evidence: float
    relevance: float
    misconceptions: list[str] = field(default_factory=list)
    covered_parts: list[str] = field(default_factory=list)
    missed_parts: list[str] = field(default_factory=list)
    generic: bool = False
    needs_numbers: bool = False
    parts: dict[str, float] = field(default_factory=dict)


def _technical(question: Question, text: str, embedder: Embedder) -> _Assessment:
    units = answer_units(text)
    parts = [(i, p) for i, m in enumerate(question.misconceptions)
             for p in misconception_parts(m)]
    fixed = embed_cached(embedder, [question.text, *question.key_points, *(p for _, p in parts)])
    kps = len(question.key_points)
    cover = technical_coverage(
        text, question.text, question.key_points, question.misconceptions, units,
        embed_grouped(embedder, units), fixed[1:1 + kps], fixed[1 + kps:], fixed[:1], parts)
    mean = sum(cover.credits) / len(cover.credits)
    substance = 100.0 * min(1.0, mean / FULL_COVERAGE)
    substance -= MISCONCEPTION_PENALTY * len(cover.misconceptions)
    covered = [kp for kp, c in zip(question.key_points, cover.credits, strict=True)
               if c >= COVERED_CREDIT]
    return _Assessment(
        substance=max(0.0, substance), covered=covered,
        missed=[kp for kp in question.key_points if kp not in covered], evidence=mean,
        relevance=cover.relevance,
        misconceptions=[question.misconceptions[i] for i in cover.misconceptions],
        parts={"coverage": round(100 * mean, 1),
               "misconceptions": float(len(cover.misconceptions))})


def star_key_points(question: Question) -> dict[str, str]:
    """The key point that describes each STAR part ("Situation: …"), by label or by order."""
    found = {}
    for part in STAR_PARTS:
        for kp in question.key_points:
            if kp.lower().startswith(part):
                found[part] = kp
                break
    if len(found) < len(STAR_PARTS) and len(question.key_points) == len(STAR_PARTS):
        return dict(zip(STAR_PARTS, question.key_points, strict=True))
    return {part: found.get(part, part.capitalize()) for part in STAR_PARTS}


def _behavioral(question: Question, text: str, embedder: Embedder) -> _Assessment:
    star = star_evidence(text)
    weighted = sum(STAR_WEIGHTS[p] * star.credits[p] for p in STAR_PARTS)
    substance = 100.0 * min(1.0, weighted / FULL_STAR)
    substance *= (0.7 + 0.3 * star.specificity) * (1.0 - 0.7 * star.self_description)
    fixed = embed_cached(embedder, [question.text, *question.key_points])
    opening = " ".join(text.split()[:RELEVANCE_WORDS])
    relevance = float(cosine(embed(embedder, [opening]), fixed).max(initial=-1.0))
    labels = star_key_points(question)
    shown = [p for p in STAR_PARTS if star.credits[p] >= COVERED_CREDIT]
    return _Assessment(
        substance=substance, covered=[labels[p] for p in shown],
        missed=[labels[p] for p in STAR_PARTS if p not in shown], evidence=weighted,
        relevance=relevance, covered_parts=shown,
        missed_parts=[p for p in STAR_PARTS if p not in shown],
        generic=star.self_description >= 0.5, needs_numbers=not star.measured_result,
        parts={"star": round(100 * weighted, 1), "specificity": round(100 * star.specificity, 1),
               **{p: round(100 * star.credits[p], 1) for p in STAR_PARTS}})


def _guarded(question: Question, flags: list[str], score: float,
             parts: dict[str, float]) -> AnswerScore:
    missed = list(question.key_points)
    cap = min(GUARD_CAPS[f] for f in flags)
    return AnswerScore(score=int(round(min(score, cap))), covered=[], missed=missed,
                       feedback=fb.guard_feedback(flags, missed), flags=flags, parts=parts)


def score_answer(question: Question, answer: str, embedder: Embedder) -> AnswerScore:
    """Score one answer to one interview question, the same way every time.

    Args:
        question: The question with its key points (technical) or STAR key points
            (behavioural) and misconceptions.
        answer: The candidate's answer, any length (whitespace is normalised).
        embedder: Sentence embedder (:class:`tools.protocols.Embedder`, 384-d unit
            vectors); the thresholds were calibrated with all-MiniLM-L6-v2.

    Returns:
        :class:`AnswerScore`: ``score`` 0–100, ``covered``/``missed`` key points as written
        in the question, ``misconceptions`` stated, non-empty ``feedback``, guard ``flags``,
        sub-scores in ``parts`` (0–100) and ``thin`` when a follow-up question is deserved.
    """
    text = normalise(answer)
    flags = text_flags(text, question.text)
    if "empty" in flags:
        return _guarded(question, flags, 0.0, {})
    assess = (_technical(question, text, embedder) if question.type == "technical"
              else _behavioral(question, text, embedder))
    if not flags and is_off_topic(assess.relevance, assess.evidence):
        flags.append("off_topic")
    clear = clarity(text)
    score = assess.substance * (1.0 - CLARITY_WEIGHT + CLARITY_WEIGHT * clear)
    parts = {**assess.parts, "substance": round(assess.substance, 1),
             "clarity": round(100 * clear, 1), "relevance": round(100 * assess.relevance, 1)}
    if flags:
        return _guarded(question, flags, score, parts)
    final = int(round(min(100.0, max(0.0, score))))
    notes = fb.clarity_notes(len(words(text)), text)
    if question.type == "technical":
        message = fb.technical_feedback(final, assess.covered, assess.missed,
                                        assess.misconceptions, notes)
    else:
        message = fb.star_feedback(assess.covered_parts, assess.missed_parts, assess.generic,
                                   assess.needs_numbers, notes)
    share = len(assess.covered) / max(1, len(assess.covered) + len(assess.missed))
    return AnswerScore(score=final, covered=assess.covered, missed=assess.missed,
                       misconceptions=assess.misconceptions, feedback=message, flags=[],
                       parts=parts, thin=share < THIN_SHARE)
