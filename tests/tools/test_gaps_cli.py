"""``hireready gaps | roles | advise | compare`` as a user runs them (ui/commands/gaps.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HIREREADY = str(Path(sys.executable).with_name("hireready"))
pytest.importorskip("tools.jobs.parse")

RESUME = """Priya Raman
priya@example.com

SUMMARY
Backend developer who ships Python services on Docker.

SKILLS
Python, SQL, PostgreSQL, Docker, Git, Linux

EXPERIENCE
Software Engineer, Acme Corp, Jan 2021 - Present
- Built REST APIs in Python for the billing team
- Cut query time by 35% by adding PostgreSQL indexes

EDUCATION
BSc Computer Science, Example University, 2020
"""

JOB = """Backend Engineer

Requirements
- 3+ years of experience building backend services.
- Strong Python and SQL skills are required.
- Experience with Kubernetes is a must.
- Familiarity with Go is a plus.
- Bachelor's degree in Computer Science.
"""


def _run(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HIREREADY_DATA_DIR": str(data_dir)}
    return subprocess.run([HIREREADY, *args], capture_output=True, text=True, env=env,
                          timeout=300)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    resume, job = tmp_path / "resume.txt", tmp_path / "job.txt"
    resume.write_text(RESUME)
    job.write_text(JOB)
    return resume, job


@pytest.mark.slow
def test_gaps_roles_advise_compare_json(files: tuple[Path, Path],
                                        fresh_prepared_dir: Path) -> None:
    resume, job = files
    result = _run(["gaps", str(resume), str(job), "--json"], fresh_prepared_dir)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert {"match_percentage", "breakdown", "covered", "gaps", "other_gaps"} <= set(report)
    assert 0 < report["match_percentage"] < 100
    assert {"skill": "Python", "via": "same", "resume_skill": "Python"} in [
        {k: c[k] for k in ("skill", "via", "resume_skill")} for c in report["covered"]]
    gaps = {g["skill"]: g for g in report["gaps"]}
    assert gaps["Kubernetes"]["priority"] == "critical"
    assert "Kubernetes" in gaps["Kubernetes"]["explanation"]
    assert "Docker" in gaps["Kubernetes"]["related_skills"]
    assert {"skill", "priority", "explanation", "market_demand", "related_skills"} <= \
        set(gaps["Kubernetes"])

    roles = json.loads(_run(["roles", str(resume), "--json"], fresh_prepared_dir).stdout)
    assert len(roles["roles"]) == 3
    assert all({"title", "fit", "missing_skills"} <= set(r) for r in roles["roles"])

    advice = _run(["advise", str(resume), str(job), "--json"], fresh_prepared_dir)
    assert advice.returncode == 0, advice.stderr
    kinds = {a["kind"] for a in json.loads(advice.stdout)["advice"]}
    assert "missing-keyword" in kinds and "quantify-bullet" in kinds

    table = _run(["compare", str(resume), str(job), str(job), "--json"], fresh_prepared_dir)
    assert [r["rank"] for r in json.loads(table.stdout)["jobs"]] == [1, 2]


def test_refused_inputs_exit_2_with_a_next_step(files: tuple[Path, Path],
                                                 tmp_path: Path) -> None:
    resume, job = files
    missing = _run(["gaps", str(tmp_path / "nope.pdf"), str(job), "--json"], tmp_path / "d")
    assert missing.returncode == 2 and "Next step:" in missing.stderr
    image = tmp_path / "job.png"
    image.write_bytes(b"\x89PNG....")
    refused = _run(["advise", str(resume), str(image)], tmp_path / "d")
    assert refused.returncode == 2 and "Next step:" in refused.stderr
    assert refused.stdout == ""
