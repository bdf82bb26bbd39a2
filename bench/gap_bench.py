"""Gap-analysis speed: a 40-skill resume against a 30-skill job description.

Uses the real taxonomy and the real vector file (computed into the data directory on first
use; that time is reported as ``vector_file_s``). Reports, in milliseconds:

* ``analysis`` — :func:`tools.gaps.analyze_gaps` end to end after warm-up: p50 / p95 over
  :data:`RUNS` runs (target p95 < 50 ms);
* ``single_query_ms`` — one analysis timed alone, right after loading (first call, cold);
* ``vector_step`` — the batched similarity step alone (one ``skill_vectors`` fetch of 70
  skills + one matrix product): p50 / p95;
* ``free_text_vector_step`` — the same with 5 free-text skills that must be embedded.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import date
from typing import Any

RUNS = 200
WARM_UP = 20
TODAY = date(2024, 6, 30)


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 2),
            "p95_ms": round(p95 * 1000, 2), "n": len(ordered)}


def _inputs(taxonomy: Any) -> tuple[Any, Any]:
    from tools.jobs.models import JobDescription, JobSkill
    from tools.resume.models import Experience, ResumeProfile, ResumeSkill

    hard = sorted((e for e in taxonomy.entries if e.type == "hard" and e.learning_hours),
                  key=lambda e: (-e.demand, e.id))
    resume_entries, job_entries = hard[:40], hard[20:50]
    profile = ResumeProfile(
        skills=[ResumeSkill(name=e.name, taxonomy_id=e.id, source="skills")
                for e in resume_entries],
        experience=[Experience(title="Software Engineer", start="2020-01", end="present")])
    priorities = ["critical", "important", "nice-to-have"]
    job = JobDescription(title="Backend Engineer", years_experience=3,
                         education=["Bachelor's degree in Computer Science"],
                         skills=[JobSkill(name=e.name, taxonomy_id=e.id,
                                          priority=priorities[i % 3],  # type: ignore[arg-type]
                                          evidence=f"Experience with {e.name}.")
                                 for i, e in enumerate(job_entries)])
    return profile, job


def run() -> dict[str, Any]:
    """Time gap analysis; returns the measurements (see the module docstring)."""
    from agent.settings import Settings
    from storage.embedder import FastEmbedder
    from storage.taxonomy import default_taxonomy
    from storage.vectors import SkillIndex, ensure_vector_file
    from tools.gaps import analyze_gaps
    from tools.gaps.analysis import job_skills, resume_refs
    from tools.gaps.coverage import similarity_table

    settings = Settings()
    embedder = FastEmbedder(settings.models_dir)
    started = time.perf_counter()
    vector_file = ensure_vector_file(settings.vectors_dir, embedder, progress=False)
    vector_file_s = time.perf_counter() - started
    started = time.perf_counter()
    index = SkillIndex.local(vector_file, embedder)
    load_s = time.perf_counter() - started
    taxonomy = default_taxonomy()
    profile, job = _inputs(taxonomy)

    started = time.perf_counter()
    report = analyze_gaps(profile, job, index, taxonomy, today=TODAY)
    single = time.perf_counter() - started
    for _ in range(WARM_UP):
        analyze_gaps(profile, job, index, taxonomy, today=TODAY)
    samples = []
    for _ in range(RUNS):
        started = time.perf_counter()
        analyze_gaps(profile, job, index, taxonomy, today=TODAY)
        samples.append(time.perf_counter() - started)

    rows = [(s.taxonomy_id, s.name) for s in job_skills(job)]
    cols = resume_refs(profile)
    vector_samples = []
    for _ in range(RUNS):
        started = time.perf_counter()
        similarity_table(index, rows, cols)
        vector_samples.append(time.perf_counter() - started)
    free = [(None, f"{name} framework experience") for _, name in rows[:5]] + rows[5:]
    similarity_table(index, free, cols)  # warm the embedder
    free_samples = []
    for _ in range(20):
        started = time.perf_counter()
        similarity_table(index, free, cols)
        free_samples.append(time.perf_counter() - started)
    return {
        "resume_skills": len(cols), "job_skills": len(rows),
        "gaps": len(report.gaps), "match_percentage": report.match_percentage,
        "vector_file_s": round(vector_file_s, 2), "index_load_s": round(load_s, 2),
        "single_query_ms": round(single * 1000, 2),
        "analysis": _percentiles(samples),
        "vector_step": _percentiles(vector_samples),
        "free_text_vector_step": _percentiles(free_samples),
        "target_p95_ms": 50,
    }


if __name__ == "__main__":
    json.dump(run(), sys.stdout, indent=2)
    sys.stdout.write("\n")
