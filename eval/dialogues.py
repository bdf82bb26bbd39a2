"""Turn-level intent accuracy of the offline router on the multi-turn scripts in tests/data.

Each user turn is routed with the context the offline model would have: the intent and
arguments the router itself chose for the previous turn (not the labels, so one mistake can
carry into the next turn), and whether a mock-interview question is waiting for an answer
(after the router started, resumed or continued an interview, until it ended or paused it).
Intents the coach does not support yet are counted too: the figure is the share of all
labelled turns it gets right today. Arguments are scored where a turn labels them and the
router chose the right intent: equal after case and surrounding punctuation are ignored.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from agent.offline.context import RouteContext
from agent.offline.router import IntentRouter, Route
from tools.protocols import Embedder

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SCRIPTS = DATA / "dialogue_scripts.jsonl"
SCRIPT_FILES = (SCRIPTS, DATA / "dialogue_scripts_v2_heldout.jsonl",
                DATA / "dialogue_scripts_v3_heldout.jsonl")
UNSCORED_ARGS = {"read_job_description", "log_activity", "set_reminder"}
"""Intents whose argument is the message itself, read by the tool."""


def dialogue_accuracy(embedder: Embedder | None, path: Path = SCRIPTS) -> dict[str, Any]:
    """Share of script turns routed to their labelled intent, overall and per intent."""
    if not path.exists():
        return {"skipped": f"{path} is absent"}
    router = IntentRouter(embedder)
    totals: Counter[str] = Counter()
    right: Counter[str] = Counter()
    scripts = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    args_scored = args_right = 0
    misses: list[dict[str, Any]] = []
    for script in scripts:
        context = RouteContext()
        for turn in script["turns"]:
            route = router.route(turn["user"], context)
            totals[turn["intent"]] += 1
            if route.intent == turn["intent"]:
                right[turn["intent"]] += 1
                if turn.get("args") and turn["intent"] not in UNSCORED_ARGS:
                    args_scored += 1
                    same = _norm(route.args) == _norm(turn["args"])
                    args_right += same
                    if not same:
                        misses.append({"text": turn["user"][:100], "want_args": turn["args"],
                                       "got_args": route.args})
            else:
                misses.append({"text": turn["user"][:100], "want": turn["intent"],
                               "got": route.intent})
            context = _next_context(context, route)
    count = sum(totals.values())
    return {"scripts": len(scripts), "turns": count,
            "turn_intent_accuracy": round(sum(right.values()) / max(count, 1), 4),
            "argument_accuracy": round(args_right / args_scored, 4) if args_scored else None,
            "per_intent": {k: round(right[k] / totals[k], 3) for k in sorted(totals)},
            "misses": misses[:80]}


_INTERVIEW_ON = {"start_interview", "resume_interview", "interview_answer", "skip_question",
                 "repeat_question", "hint"}
_INTERVIEW_OFF = {"end_interview", "pause_interview", "interview_summary"}
_NO_TOOL = {"greeting", "thanks", "help", "small_talk", "out_of_scope", "unsure"}


def _next_context(context: RouteContext, route: Route) -> RouteContext:
    """The context after a turn: a plain reply keeps the previous request as context."""
    active = (route.intent in _INTERVIEW_ON or
              (context.interview_active and route.intent not in _INTERVIEW_OFF))
    if route.intent in _NO_TOOL:
        return RouteContext(context.intent, context.args, active)
    return RouteContext(route.intent, route.args, active)


def _norm(args: dict[str, Any]) -> dict[str, str]:
    return {k: str(v).strip(" .,!?\"'").lower() for k, v in args.items()}
