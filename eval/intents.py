"""Intent and argument accuracy of the offline router on labelled messages in tests/data.

The messages were written, before tuning, by someone who had not read the router; labels are
never changed to fit the router. Argument accuracy counts, among messages routed to the right
intent, those whose arguments equal the labelled ones (case and surrounding punctuation
ignored); a pasted job description's argument is the message itself, so it is not scored.
Tool accuracy counts messages for which the offline model would do the same thing as for the
labelled intent (the same tool, or the same plain reply): "parse_resume" without a file and
"review_resume" both review the stored resume.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from agent.offline.model import tool_for
from agent.offline.router import IntentRouter
from tools.protocols import Embedder

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
EVAL_FILES = (DATA / "intent_eval.jsonl", DATA / "intent_eval_v2.jsonl",
              DATA / "intent_eval_v3_heldout.jsonl", DATA / "intent_eval_v4_heldout.jsonl",
              DATA / "intent_eval_v5_heldout.jsonl", DATA / "intent_eval_v6_heldout.jsonl",
              DATA / "intent_eval_v7_heldout.jsonl", DATA / "intent_eval_v8_heldout.jsonl")
UNSCORED_ARGS = {"read_job_description", "log_activity", "set_reminder"}
"""Intents whose argument is the message itself, read by the tool (a pasted posting, study
time in the user's words, a reminder schedule in words): the tool's own parsing is tested
where it lives."""


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The labelled messages: dicts with ``text``, ``intent`` and optional ``args``."""
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _norm(args: dict[str, Any]) -> dict[str, str]:
    return {k: str(v).strip(" .,!?\"'").lower() for k, v in args.items()}


def intent_accuracy(embedder: Embedder | None, path: Path) -> dict[str, Any]:
    """Intent accuracy (overall and per intent) and argument accuracy on one file."""
    router = IntentRouter(embedder)
    totals: Counter[str] = Counter()
    right: Counter[str] = Counter()
    args_scored = args_right = same_tool = 0
    misses: list[dict[str, Any]] = []
    for case in load_cases(path):
        route = router.route(case["text"])
        totals[case["intent"]] += 1
        same_tool += tool_for(route.intent, route.args) == tool_for(case["intent"], {})
        if route.intent != case["intent"]:
            misses.append({"text": case["text"][:120], "want": case["intent"],
                           "got": route.intent})
            continue
        right[case["intent"]] += 1
        if "args" in case and case["intent"] not in UNSCORED_ARGS:
            args_scored += 1
            if _norm(route.args) == _norm(case["args"]):
                args_right += 1
            else:
                misses.append({"text": case["text"][:120], "want_args": case["args"],
                               "got_args": route.args})
    count = sum(totals.values())
    return {
        "file": path.name,
        "messages": count,
        "intent_accuracy": round(sum(right.values()) / max(count, 1), 4),
        "argument_accuracy": round(args_right / args_scored, 4) if args_scored else None,
        "tool_accuracy": round(same_tool / max(count, 1), 4),
        "per_intent": {k: round(right[k] / totals[k], 3) for k in sorted(totals)},
        "misses": misses[:60],
    }


def all_intent_accuracy(embedder: Embedder | None) -> list[dict[str, Any]]:
    """:func:`intent_accuracy` for every labelled file."""
    return [intent_accuracy(embedder, path) for path in EVAL_FILES if path.exists()]
