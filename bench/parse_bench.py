"""Resume parse time over ``../shared/eval/resumes`` (``python -m bench.parse_bench``).

For every PDF, DOCX and TXT resume of the evaluation set: the time of ``parse_resume``
(median of a few runs per file), and, for PDFs, the time of plain pypdf text extraction
(``page.extract_text()`` of every page) of the same file. Reported: p50 and p95 of the parse
time per resume in milliseconds (all files, and PDFs of 1–2 pages), and the ratio of the
summed PDF parse times to the summed plain-extraction times. Targets (issue 3): p95 under
300 ms for 1–2 page PDFs; ratio at most 3. Skips with a message when the folder is absent.
"""

from __future__ import annotations

import contextlib
import io
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "eval" / "resumes"
RUNS = 5
"""Timed runs per file (after one warm-up); the median is kept."""

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _median_ms(action: Callable[[], object]) -> float:
    action()
    samples = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _plain_pypdf(content: bytes) -> None:
    from pypdf import PdfReader

    for page in PdfReader(io.BytesIO(content)).pages:
        page.extract_text()


def run(resume_dir: Path = DEFAULT_DIR) -> dict[str, Any]:
    """Time resume parsing over a folder of resumes.

    Args:
        resume_dir: Folder of resumes (``.pdf``, ``.docx``, ``.txt``).

    Returns:
        ``{"parse_ms": {"p50", "p95", "n"}, "pdf_1_2_pages_ms": {...}, "pypdf_ratio",
        "per_file": {name: {"parse_ms", "pypdf_ms", "pages"}}, "matcher_build_ms"}``, or
        ``{"skipped": reason}`` when the folder is absent.
    """
    if not resume_dir.is_dir():
        return {"skipped": f"{resume_dir} is absent: no parse benchmark"}
    from pypdf import PdfReader

    from storage.taxonomy import load_taxonomy
    from tools.documents import Document
    from tools.errors import HireReadyError
    from tools.resume.parse import parse_resume
    from tools.skill_matcher import SkillMatcher

    started = time.perf_counter()
    matcher = SkillMatcher(load_taxonomy())
    build_ms = (time.perf_counter() - started) * 1000
    per_file: dict[str, dict[str, Any]] = {}
    for path in sorted(resume_dir.iterdir()):
        if path.suffix.lower() not in {".pdf", ".docx", ".txt"}:
            continue
        content = path.read_bytes()
        document = Document(filename=path.name, content=content)

        def parse(document: Document = document) -> None:
            with contextlib.suppress(HireReadyError):  # a refused file still costs its reading
                parse_resume(document, matcher)

        row: dict[str, Any] = {"parse_ms": round(_median_ms(parse), 1)}
        if path.suffix.lower() == ".pdf":
            row["pages"] = len(PdfReader(io.BytesIO(content)).pages)
            row["pypdf_ms"] = round(_median_ms(lambda c=content: _plain_pypdf(c)), 1)
        per_file[path.name] = row
    if not per_file:
        return {"skipped": f"no resumes in {resume_dir}"}
    times = [r["parse_ms"] for r in per_file.values()]
    short = [r for r in per_file.values() if r.get("pages") in (1, 2)]
    pdfs = [r for r in per_file.values() if "pypdf_ms" in r]
    ratio = (sum(r["parse_ms"] for r in pdfs) / sum(r["pypdf_ms"] for r in pdfs)
             if pdfs else None)
    return {
        "matcher_build_ms": round(build_ms, 1),
        "parse_ms": {"p50": round(_percentile(times, 0.5), 1),
                     "p95": round(_percentile(times, 0.95), 1), "n": len(times)},
        "pdf_1_2_pages_ms": ({"p50": round(_percentile([r["parse_ms"] for r in short], 0.5), 1),
                              "p95": round(_percentile([r["parse_ms"] for r in short], 0.95), 1),
                              "n": len(short)} if short else None),
        "pypdf_ratio": round(ratio, 2) if ratio is not None else None,
        "targets": {"pdf_1_2_pages_p95_ms": 300, "pypdf_ratio": 3},
        "per_file": per_file,
    }


def main() -> int:
    """Print :func:`run` as JSON."""
    json.dump(run(), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
