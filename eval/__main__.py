"""`python -m eval`: print every quality measure as JSON.

Measures that need ``../shared/eval`` or ``../shared/data`` skip with a message when absent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def main() -> int:
    from eval.intents import intent_accuracy
    from storage.embedder import FastEmbedder

    embedder = FastEmbedder(ROOT / ".hireready" / "models")
    report: dict[str, Any] = {"intents": intent_accuracy(embedder)}
    if (SHARED / "eval").is_dir():
        try:
            from eval.resume_eval import evaluate as resume_evaluate
        except ImportError as error:
            report["resumes"] = {"skipped": f"resume evaluation not available: {error}"}
        else:
            report["resumes"] = resume_evaluate(SHARED / "eval")
    else:
        report["resumes"] = {"skipped": f"{SHARED / 'eval'} is absent"}
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
