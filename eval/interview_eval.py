"""How well answer scores agree with human grades (issue 7 points 3 and 7).

Reads ``tests/data/answer_calibration.jsonl`` (172 answers to 20 questions, graded blind
from excellent to junk before the scorer existed) and reports:

* Spearman correlation of score with grade rank (junk < poor < partial < good <
  excellent), overall, on the tuning half of the question ids and on the held-out half
  (the scorer's thresholds were tuned on the first half only);
* the same correlation for a plain word-count score, the baseline to beat by ≥ 0.15;
* the mean score per grade; the share of guard-tagged answers (empty, gibberish, "I don't
  know", "fine", repeats, off-topic, injection) scoring ≤ 15 and the highest of them; the
  highest no-substance score (target ≤ 40); the lowest short-excellent score (≥ 70);
* the worst disagreements, where score rank and grade rank differ most.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from tools.interview.models import Question
from tools.interview.scoring import score_answer
from tools.interview.text import words
from tools.protocols import Embedder

ANSWERS = Path(__file__).resolve().parents[1] / "tests" / "data" / "answer_calibration.jsonl"
GRADE_RANK = {"junk": 0, "gibberish": 0, "poor": 1, "partial": 2, "good": 3, "excellent": 4}
GUARD_TAGS = {"empty", "whitespace", "gibberish", "idk", "fine", "repeat", "off_topic",
              "injection"}
GUARD_MAX = 15


def ranks(values: list[float]) -> list[float]:
    """Ranks 1..n with ties given their average rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for k in range(start, end + 1):
            result[order[k]] = (start + end) / 2 + 1
        start = end + 1
    return result


def spearman(x: list[float], y: list[float]) -> float:
    """Spearman's rank correlation (Pearson on tie-averaged ranks); 0.0 when undefined."""
    rx, ry = ranks(x), ranks(y)
    n = len(x)
    if n < 2:
        return 0.0
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    return cov / (vx * vy) ** 0.5 if vx and vy else 0.0


def split_ids(ids: list[str]) -> tuple[set[str], set[str]]:
    """Tuning half (even positions of the sorted ids) and held-out half (odd positions)."""
    ordered = sorted(set(ids))
    return set(ordered[0::2]), set(ordered[1::2])


def _question(row: dict[str, Any]) -> Question:
    return Question(id=row["question_id"], text=row["question"], type=row["type"],
                    key_points=row["key_points"], misconceptions=row["misconceptions"])


def _correlations(rows: list[dict[str, Any]]) -> dict[str, float]:
    grades = [float(GRADE_RANK[r["grade"]]) for r in rows]
    return {"spearman": round(spearman([float(r["score"]) for r in rows], grades), 3),
            "word_count_spearman": round(
                spearman([float(len(words(r["answer"]))) for r in rows], grades), 3),
            "answers": len(rows)}


def _worst(rows: list[dict[str, Any]], count: int = 8) -> list[dict[str, Any]]:
    score_rank = ranks([float(r["score"]) for r in rows])
    grade_rank = ranks([float(GRADE_RANK[r["grade"]]) for r in rows])
    gaps = sorted(range(len(rows)), key=lambda i: -abs(score_rank[i] - grade_rank[i]))
    return [{"question_id": rows[i]["question_id"], "grade": rows[i]["grade"],
             "score": rows[i]["score"], "answer": rows[i]["answer"][:90]}
            for i in gaps[:count]]


def evaluate_answers(embedder: Embedder, path: Path = ANSWERS) -> dict[str, Any]:
    """Score every calibration answer and compare with its grade (see the module docstring)."""
    if not path.exists():
        return {"skipped": f"{path} is absent"}
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    for row in rows:
        row["score"] = score_answer(_question(row), row["answer"], embedder).score
    tune, held_out = split_ids([r["question_id"] for r in rows])
    by_grade: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        by_grade[row["grade"]].append(row["score"])
    guards = [r for r in rows if GUARD_TAGS & set(r["tags"])]
    hollow = [r["score"] for r in rows if "no_substance" in r["tags"]]
    dense = [r["score"] for r in rows if "short_excellent" in r["tags"]]
    return {
        "overall": _correlations(rows),
        "tuning_half": _correlations([r for r in rows if r["question_id"] in tune]),
        "held_out_half": _correlations([r for r in rows if r["question_id"] in held_out]),
        "technical": _correlations([r for r in rows if r["type"] == "technical"]),
        "behavioral": _correlations([r for r in rows if r["type"] == "behavioral"]),
        "held_out_question_ids": sorted(held_out),
        "mean_score_by_grade": {g: round(sum(v) / len(v), 1) for g, v in
                                sorted(by_grade.items(), key=lambda kv: GRADE_RANK[kv[0]])},
        "guard_answers": len(guards),
        "guard_share_at_most_15": round(
            sum(r["score"] <= GUARD_MAX for r in guards) / max(1, len(guards)), 3),
        "highest_guard_score": max((r["score"] for r in guards), default=None),
        "highest_no_substance_score": max(hollow, default=None),
        "lowest_short_excellent_score": min(dense, default=None),
        "worst_disagreements": _worst(rows),
    }
