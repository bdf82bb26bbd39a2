"""Answer-scoring latency (issue 7 point 8: p95 < 100 ms per answer), run by ``make bench``.

Scores every answer of ``tests/data/answer_calibration.jsonl`` once with the real local
embedder after one warm-up pass over the questions (so key-point vectors are cached, as in
a running interview); each answer is embedded afresh. Reports p50/p95 in milliseconds for
all answers and for the longest quarter.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

ANSWERS = Path(__file__).resolve().parents[1] / "tests" / "data" / "answer_calibration.jsonl"


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 1),
            "p95_ms": round(p95 * 1000, 1), "n": len(ordered)}


def run() -> dict[str, Any]:
    """Scoring latency of one answer, p50/p95 in ms (all answers, and the longest quarter)."""
    from storage.embedder import FastEmbedder
    from tools.interview.models import Question
    from tools.interview.scoring import score_answer

    rows = [json.loads(line) for line in ANSWERS.read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        embedder = FastEmbedder(Path(tmp) / "models")
        questions = {r["question_id"]: Question(
            id=r["question_id"], text=r["question"], type=r["type"],
            key_points=r["key_points"], misconceptions=r["misconceptions"]) for r in rows}
        for question in questions.values():
            score_answer(question, "warm-up answer about this question", embedder)
        timed: list[tuple[int, float]] = []
        for row in rows:
            started = time.perf_counter()
            score_answer(questions[row["question_id"]], row["answer"], embedder)
            timed.append((len(row["answer"]), time.perf_counter() - started))
    longest = sorted(timed, reverse=True)[: max(1, len(timed) // 4)]
    return {"score_one_answer": _percentiles([t for _, t in timed]),
            "score_one_long_answer": _percentiles([t for _, t in longest])}


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
