"""Gap-analysis quality on ``../shared/eval/gold/gaps`` (matching rule of its README).

For each gold pair (and its ``also_resume`` variant, when given): parse the resume and the job
description with the product's parsers, run :func:`tools.gaps.analyze_gaps` with the real skill
index, then score the report:

* **recall** of ``missing_important_skills``: a gold item is found when a reported skill gap
  (by its name or the job's own words for it, both shown to the user; optionally also its
  taxonomy aliases), or a reported non-skill gap (its
  ``requirement``), matches it;
* **false gaps**: reported gaps (skill and non-skill) that match an item of ``matched``, as a
  share of all reported gaps;
* **matched covered**: the share of ``matched`` items that the report lists as covered (a
  covered job skill, or a non-skill requirement judged met).

``borderline`` items count neither way. Matching is token-level: the gold item is split on
``/``, ``,``, ``:``, parentheses, "or" and "and" (also written "&"); a part matches a reported
name when their tokens are equal or one appears contiguously inside the other ("Spark" matches
"Distributed compute: Spark / Ray / Dask"; "Java" does not match "JavaScript").

Targets (issue 4): recall ≥ 0.8, false gaps ≤ 10 %, matched covered ≥ 90 %. Nothing here knows
any particular file: it runs the same way on unseen pairs.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

EVAL_TODAY = date(2024, 6, 30)
"""Reference day: the gold notes that years are judged "around the documents' dates
(2023-2024)"."""

_SPLIT = re.compile(r"[/,:()&]|\bor\b|\band\b", re.IGNORECASE)
_TOKEN = re.compile(r"[a-z0-9.+#][a-z0-9.+#'’-]*")
_POSSESSIVE = re.compile(r"['’]s$")


def tokens(text: str) -> list[str]:
    """Lower-case tokens: letters, digits and ``. + # ' -`` inside a word ("c++", ".net",
    "node.js", "10+"); a possessive "'s" ("Bachelor's" is "bachelor") and a trailing dot,
    hyphen or apostrophe are dropped."""
    found = (_POSSESSIVE.sub("", t).rstrip(".-'’") for t in _TOKEN.findall(text.casefold()))
    return [t for t in found if t and t not in {".", "-"}]


def parts(item: str) -> list[list[str]]:
    """The gold item's parts (split on / , : ( ) or and &), as token lists, empty ones
    dropped."""
    return [t for t in (tokens(p) for p in _SPLIT.split(item)) if t]


def _inside(small: Sequence[str], big: Sequence[str]) -> bool:
    n = len(small)
    return any(list(big[i:i + n]) == list(small) for i in range(len(big) - n + 1))


def matches(gold_item: str, reported: str) -> bool:
    """The README's rule: some part of ``gold_item`` and ``reported`` have equal tokens or one
    appears contiguously inside the other."""
    mine = tokens(reported)
    if not mine:
        return False
    return any(p == mine or _inside(p, mine) or _inside(mine, p) for p in parts(gold_item))


Names = Sequence[str]
"""A reported item's names: its display name first, then the taxonomy's aliases (the README's
skill convention: aliases such as JS/JavaScript count as the same skill)."""


def _any(gold_item: str, names: Names) -> bool:
    return any(matches(gold_item, n) for n in names)


def score_pair(gold: dict[str, Any], reported_gaps: Sequence[Names],
               covered: Sequence[Names]) -> dict[str, Any]:
    """Counts for one pair: found gold items, false gaps, covered matched items."""
    missing = list(gold.get("missing_important_skills") or
                   [m["skill"] for m in gold.get("missing_important", [])])
    matched = list(gold.get("matched", []))
    found = [g for g in missing if any(_any(g, r) for r in reported_gaps)]
    false = [r[0] for r in reported_gaps if any(_any(m, r) for m in matched)]
    shown = [m for m in matched if any(_any(m, c) for c in covered)]
    return {"missing": len(missing), "found": len(found), "reported": len(reported_gaps),
            "false_gaps": len(false), "matched": len(matched), "matched_covered": len(shown),
            "not_found": [g for g in missing if g not in found], "false": false,
            "matched_not_covered": [m for m in matched if m not in shown]}


def _names(item: Any, taxonomy: Any, aliases: bool) -> list[str]:
    """A reported skill's names: its name and the job's own words for it (both shown to the
    user), plus its taxonomy aliases when ``aliases``."""
    entry = taxonomy.by_id(item.taxonomy_id) if item.taxonomy_id and aliases else None
    shown = [item.skill, *([item.job_wording] if item.job_wording else [])]
    return [*shown, *(entry.surface_forms() if entry else [])]


def _load_tools() -> Any:
    from storage.taxonomy import default_taxonomy, load_taxonomy
    from tools.jobs.parse import parse_job_description
    from tools.resume.parse import parse_resume
    from tools.skill_matcher import SkillMatcher

    return default_taxonomy(), SkillMatcher(load_taxonomy()), parse_resume, parse_job_description


def _index() -> Any:
    from agent.settings import Settings
    from storage.embedder import FastEmbedder
    from storage.vectors import SkillIndex, ensure_vector_file

    settings = Settings()
    embedder = FastEmbedder(settings.models_dir)
    return SkillIndex.local(ensure_vector_file(settings.vectors_dir, embedder, progress=False),
                            embedder)


def evaluate(eval_dir: Path, aliases: bool = False) -> dict[str, Any]:
    """Score gap analysis on every gold pair under ``eval_dir/gold/gaps``.

    Args:
        eval_dir: ``../shared/eval``.
        aliases: Also match reported skills by their taxonomy aliases (the README's skill
            convention); off by default because short aliases ("CI") match loosely both ways.

    Returns:
        ``{"pairs": [...], "recall": r, "false_gap_share": f, "matched_covered_share": m,
        "targets_met": bool}``, or ``{"skipped": reason}`` when the gold or a parser is absent.
    """
    gold_dir = eval_dir / "gold" / "gaps"
    if not gold_dir.is_dir():
        return {"skipped": f"{gold_dir} is absent"}
    try:
        taxonomy, matcher, parse_resume, parse_job = _load_tools()
    except ImportError as error:
        return {"skipped": f"a parser is not available: {error}"}
    from tools.documents import Document
    from tools.gaps import analyze_gaps

    index = _index()
    pairs: list[dict[str, Any]] = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        job_text = (eval_dir / gold["job"]).read_text(encoding="utf-8")
        job = parse_job(job_text, matcher)
        for key in ("resume", "also_resume"):
            if key not in gold:
                continue
            resume_path = eval_dir / gold[key]
            profile = parse_resume(Document(filename=resume_path.name,
                                            content=resume_path.read_bytes()), matcher)
            report = analyze_gaps(profile, job, index, taxonomy, today=EVAL_TODAY)
            reported = ([_names(g, taxonomy, aliases) for g in report.gaps]
                        + [[o.requirement] for o in report.other_gaps])
            covered = ([_names(c, taxonomy, aliases) for c in report.covered]
                       + [[c.requirement] for c in report.checks if c.met])
            counts = score_pair(gold, reported, covered)
            pairs.append({"pair": f"{gold.get('pair_id', path.stem)}:{resume_path.stem}",
                          "match_percentage": report.match_percentage, **counts})
    return {**_totals(pairs), "pairs": pairs}


def _totals(pairs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    def share(top: str, bottom: str) -> float:
        total = sum(p[bottom] for p in pairs)
        return round(sum(p[top] for p in pairs) / total, 3) if total else 0.0

    recall = share("found", "missing")
    false_share = share("false_gaps", "reported")
    covered = share("matched_covered", "matched")
    return {"recall": recall, "false_gap_share": false_share, "matched_covered_share": covered,
            "targets": {"recall": 0.8, "false_gap_share": 0.10, "matched_covered_share": 0.9},
            "targets_met": recall >= 0.8 and false_share <= 0.10 and covered >= 0.9}


def main() -> int:
    """``python -m eval.gap_eval``: print the evaluation as JSON."""
    root = Path(__file__).resolve().parents[1]
    print(json.dumps(evaluate(root.parent / "shared" / "eval",
                                aliases="--aliases" in sys.argv), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
