"""Turn-level intent accuracy of the offline router on the multi-turn scripts in tests/data.

Each user turn is routed on its own text (the router has no conversation context yet), so
follow-ups that lean on context ("and for Docker?") count as misses until it does. Intents
the coach does not support yet are counted too: the figure is the share of all labelled
turns it gets right today.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from agent.offline.router import IntentRouter
from tools.protocols import Embedder

SCRIPTS = Path(__file__).resolve().parents[1] / "tests" / "data" / "dialogue_scripts.jsonl"


def dialogue_accuracy(embedder: Embedder | None, path: Path = SCRIPTS) -> dict[str, Any]:
    """Share of script turns routed to their labelled intent, overall and per intent."""
    if not path.exists():
        return {"skipped": f"{path} is absent"}
    router = IntentRouter(embedder)
    totals: Counter[str] = Counter()
    right: Counter[str] = Counter()
    scripts = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    for script in scripts:
        for turn in script["turns"]:
            totals[turn["intent"]] += 1
            right[turn["intent"]] += router.route(turn["user"]).intent == turn["intent"]
    count = sum(totals.values())
    return {"scripts": len(scripts), "turns": count,
            "turn_intent_accuracy": round(sum(right.values()) / max(count, 1), 4),
            "per_intent": {k: round(right[k] / totals[k], 3) for k in sorted(totals)}}
