"""Skill extraction from job-description sentences, scored on SkillSpan
(``python -m eval.jd_eval``).

SkillSpan (Zhang et al., NAACL 2022; MIT licence) gives job-posting sentences as CoNLL rows
``token<TAB>skill BIO<TAB>knowledge BIO``. Each sentence's tokens are joined with single
spaces and passed to the same extractor the job-description parser uses
(:func:`tools.jobs.mentions.find_mentions`); skill and knowledge spans together are the gold.

Span-level scores with partial overlap (a predicted span and a gold span match when they share
at least one character): precision = predicted spans overlapping some gold span / predicted
spans; recall = gold spans overlapped by some predicted span / gold spans. Reported for the
``*dev*.conll`` files, separately and in total, for the full extractor and for taxonomy hits
alone. Skips with a message when the data folder is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA_DIR = ROOT.parent / "shared" / "data" / "skillspan"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.jobs.mentions import find_mentions  # noqa: E402
from tools.skill_matcher import SkillMatcher  # noqa: E402

Span = tuple[int, int]
Sentence = tuple[str, list[Span]]


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of a SkillSpan CoNLL file: text (tokens joined by spaces) and gold spans
    (character offsets) of the skill and knowledge columns together."""
    sentences: list[Sentence] = []
    rows: list[list[str]] = []
    for line in [*path.read_text(encoding="utf-8", errors="replace").splitlines(), ""]:
        if line.strip():
            rows.append(line.split("\t"))
            continue
        if rows:
            sentences.append(_sentence(rows))
            rows = []
    return sentences


def _sentence(rows: list[list[str]]) -> Sentence:
    offsets: list[Span] = []
    position = 0
    for row in rows:
        offsets.append((position, position + len(row[0])))
        position += len(row[0]) + 1
    text = " ".join(row[0] for row in rows)
    spans: list[Span] = []
    for column in (1, 2):
        tags = [row[column] if len(row) > column else "O" for row in rows]
        spans.extend(_bio_spans(tags, offsets))
    return text, spans


def _bio_spans(tags: list[str], offsets: list[Span]) -> list[Span]:
    spans: list[Span] = []
    start: int | None = None
    for index, tag in enumerate([*tags, "O"]):
        begins = tag.startswith("B")
        inside = tag.startswith("I")
        if start is not None and (begins or not inside):
            spans.append((offsets[start][0], offsets[index - 1][1]))
            start = None
        if begins or (inside and start is None):
            start = index
    return spans


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(sentences: Sequence[Sentence], extract: Callable[[str], list[Span]]) -> dict[str, Any]:
    """Partial-overlap span precision, recall and F1 of ``extract`` over ``sentences``."""
    predicted = hits = gold_total = found = 0
    for text, gold in sentences:
        spans = extract(text)
        predicted += len(spans)
        hits += sum(1 for p in spans if any(_overlaps(p, g) for g in gold))
        gold_total += len(gold)
        found += sum(1 for g in gold if any(_overlaps(p, g) for p in spans))
    precision = hits / predicted if predicted else 0.0
    recall = found / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "predicted": predicted, "gold": gold_total, "sentences": len(sentences)}


def _matcher() -> SkillMatcher:
    from storage.taxonomy import load_taxonomy

    return SkillMatcher(load_taxonomy())


def evaluate(data_dir: Path = DEFAULT_DATA_DIR, split: str = "dev") -> dict[str, Any]:
    """Score skill extraction on the SkillSpan dev files (or the train files, for tuning).

    Args:
        data_dir: Folder holding ``*dev*.conll`` files.
        split: ``dev`` (the reported figures) or ``train`` (rules are tuned on these only).

    Returns:
        JSON-ready figures: ``total`` and ``per_file`` for the full extractor
        (``precision``, ``recall``, ``f1``, counts), ``taxonomy_only`` totals, and the
        targets; or ``{"skipped": reason}`` when no dev file is found.
    """
    files = sorted(data_dir.glob(f"*{split}*.conll")) if data_dir.is_dir() else []
    if not files:
        return {"skipped": f"no SkillSpan {split} files under {data_dir}: no job-description "
                           "evaluation"}
    matcher = _matcher()

    def full(text: str) -> list[Span]:
        return [(m.start, m.end) for m in find_mentions(text, matcher)]

    def taxonomy(text: str) -> list[Span]:
        return [(m.start, m.end) for m in find_mentions(text, matcher, free_text=False)]

    per_file: dict[str, Any] = {}
    everything: list[Sentence] = []
    for path in files:
        sentences = read_conll(path)
        everything.extend(sentences)
        per_file[path.name] = score(sentences, full)
    return {
        "total": score(everything, full),
        "per_file": per_file,
        "taxonomy_only": score(everything, taxonomy),
        "targets": {"precision": 0.70, "f1": 0.50},
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m eval.jd_eval [--data-dir DIR] [--split dev|train]``; prints
    JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    args = parser.parse_args(argv)
    json.dump(evaluate(args.data_dir, args.split), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
