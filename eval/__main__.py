"""`python -m eval`: print every quality measure as JSON.

Measures that need ``../shared/eval`` or ``../shared/data`` skip with a message when absent.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

MEASURES: list[tuple[str, str, Path]] = [
    ("resumes", "eval.resume_eval", SHARED / "eval"),
    ("job_descriptions", "eval.jd_eval", SHARED / "data" / "skillspan"),
    ("gaps", "eval.gap_eval", SHARED / "eval"),
]
"""(report key, module with ``evaluate(path) -> dict``, data it reads)."""


def _measure(module_name: str, data: Path) -> dict[str, Any]:
    if not data.exists():
        return {"skipped": f"{data} is absent"}
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        return {"skipped": f"{module_name} is not available: {error}"}
    evaluate: Callable[[Path], dict[str, Any]] = module.evaluate
    return evaluate(data)


def main() -> int:
    from eval.dialogues import SCRIPT_FILES, dialogue_accuracy
    from eval.intents import all_intent_accuracy
    from eval.interview_eval import evaluate_answers
    from storage.embedder import FastEmbedder

    embedder = FastEmbedder(ROOT / ".hireready" / "models")
    dialogues = [{"file": path.name, **dialogue_accuracy(embedder, path)}
                 for path in SCRIPT_FILES if path.exists()]
    report: dict[str, Any] = {"intents": all_intent_accuracy(embedder), "dialogues": dialogues,
                              "interview": evaluate_answers(embedder)}
    for key, module_name, data in MEASURES:
        report[key] = _measure(module_name, data)
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
