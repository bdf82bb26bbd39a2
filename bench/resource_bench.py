"""Resource lookup speed (issue 5 point 10: p95 < 50 ms), run by ``make bench``.

Measures, on the bundled catalogue: a recommendation for a taxonomy skill from the local
catalogue; the same with the semantic index (fastembed + NumPy scan, query vectors cached
as in a running process); a free-text lookup that embeds a new query each time; loading
the catalogue from a SQLite database; and building the index's vector file once.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PREFIXES = ["", "how to learn ", "resources on ", "getting better at ", "help with "]
QUERIES = ["charts in python", "container orchestration for beginners", "writing SQL joins",
           "cloud security basics", "unit tests in javascript", "negotiating a salary",
           "spreadsheets for budgeting", "deep learning with images"]


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 2),
            "p95_ms": round(p95 * 1000, 2), "n": len(ordered)}


def _timed(calls: list[Callable[[], object]]) -> dict[str, float]:
    samples = []
    for call in calls:
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return _percentiles(samples)


def _free_text(query: str, catalog: Any, index: Any) -> object:
    from tools.errors import NotFound
    from tools.resources.recommend import recommend_resources

    try:
        return recommend_resources(query, "beginner", catalog, index=index)
    except NotFound:
        return []


def run() -> dict[str, Any]:
    """Timings in milliseconds (p50, p95) plus catalogue counts."""
    from storage.db import make_engine, make_session_factory
    from storage.embedder import FastEmbedder
    from storage.migrate import upgrade
    from storage.repositories.resources import load_catalog, sync_catalog
    from storage.resource_index import ResourceIndex, resources_spec, seed_catalog
    from storage.vectors import ensure_vector_file
    from tools.resources.models import LEVELS
    from tools.resources.recommend import recommend_resources

    catalog = seed_catalog()
    pairs = [(s, lv) for s in sorted(catalog.skills) for lv in LEVELS]
    report: dict[str, Any] = {"resources": len(catalog), "skills": len(catalog.skills)}
    report["lookup_catalogue"] = _timed(
        [lambda s=s, lv=lv: recommend_resources(s, lv, catalog) for s, lv in pairs])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        embedder = FastEmbedder(folder / "models")
        started = time.perf_counter()
        vector_file = ensure_vector_file(folder / "vectors", embedder, progress=False,
                                         spec=resources_spec())
        report["index_build_s"] = round(time.perf_counter() - started, 2)
        index = ResourceIndex.local(vector_file, embedder)
        report["lookup_with_index"] = _timed(
            [lambda s=s, lv=lv: recommend_resources(s, lv, catalog, index=index)
             for s, lv in pairs])
        report["lookup_free_text_new_query"] = _timed(
            [lambda q=q, p=p: _free_text(f"{p}{q}", catalog, index)
             for p in PREFIXES for q in QUERIES])
        url = f"sqlite:///{folder / 'bench.sqlite3'}"
        upgrade(url)
        engine = make_engine(url)
        sessions = make_session_factory(engine)
        with sessions.begin() as session:
            sync_catalog(session)
        with sessions() as session:
            report["load_catalogue_from_db"] = _timed(
                [lambda: load_catalog(session) for _ in range(20)])
        engine.dispose()
    return report


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
