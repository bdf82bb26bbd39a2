"""Intent accuracy of the offline router on the labelled messages in tests/data.

The messages were written, before tuning, by someone who had not read the router; labels are
never changed to fit the router.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from agent.offline.router import IntentRouter
from tools.protocols import Embedder

EVAL_FILE = Path(__file__).resolve().parents[1] / "tests" / "data" / "intent_eval.jsonl"


def load_cases(path: Path = EVAL_FILE) -> list[dict[str, Any]]:
    """The labelled messages: dicts with ``text``, ``intent`` and optional ``args``."""
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def intent_accuracy(embedder: Embedder | None, path: Path = EVAL_FILE) -> dict[str, Any]:
    """Share of messages routed to their labelled intent, overall and per intent."""
    router = IntentRouter(embedder)
    cases = load_cases(path)
    totals: Counter[str] = Counter()
    right: Counter[str] = Counter()
    misses: list[dict[str, str]] = []
    for case in cases:
        got = router.route(case["text"]).intent
        totals[case["intent"]] += 1
        if got == case["intent"]:
            right[case["intent"]] += 1
        else:
            misses.append({"text": case["text"], "want": case["intent"], "got": got})
    return {
        "messages": len(cases),
        "intent_accuracy": round(sum(right.values()) / max(len(cases), 1), 4),
        "per_intent": {k: round(right[k] / totals[k], 3) for k in sorted(totals)},
        "misses": misses[:40],
    }
