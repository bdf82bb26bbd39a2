"""Role inference, roles as job descriptions, resume advice and job comparison."""

from __future__ import annotations

from datetime import date

import pytest
from gap_fakes import SMALL_IDS, SMALL_TAXONOMY, FakeCatalog, orthogonal_vectors

from tools.errors import InvalidInput
from tools.gaps import advise_resume, analyze_gaps, compare_jobs, infer_roles, role_to_job
from tools.gaps.models import Role
from tools.jobs.models import JobDescription, JobSkill
from tools.resume.models import Education, Experience, ResumeProfile, ResumeSkill

CATALOG = FakeCatalog(SMALL_TAXONOMY)
NAMES = {e.id: e.name for e in SMALL_TAXONOMY}
TODAY = date(2024, 6, 15)
ROLES = [
    Role(id="backend", title="Backend Developer", onet_code="15-1252.00",
         onet_title="Software Developers", critical=["python", "sql"],
         important=["docker", "postgresql"], nice_to_have=["kubernetes"]),
    Role(id="frontend", title="Frontend Developer", onet_code="15-1254.00",
         onet_title="Web Developers", critical=["javascript", "react"], important=["nodejs"]),
    Role(id="devops", title="DevOps Engineer", onet_code="15-1299.08", level="mid",
         years_experience=3, onet_title="Computer Systems Engineers/Architects",
         critical=["linux", "docker", "kubernetes"], important=["ci-cd", "go"]),
    Role(id="mobile", title="Mobile Developer", onet_code="15-1252.00",
         onet_title="Software Developers", critical=["react-native"], important=["javascript"]),
]


def profile(*ids: str, source: str = "skills", **fields: object) -> ResumeProfile:
    return ResumeProfile(skills=[ResumeSkill(name=NAMES[i], taxonomy_id=i, source=source)  # type: ignore[arg-type]
                                 for i in ids], **fields)  # type: ignore[arg-type]


def test_infer_roles_returns_the_three_best_with_missing_and_required_skills() -> None:
    fits = infer_roles(profile("python", "sql", "docker", "linux"), ROLES,
                       orthogonal_vectors(SMALL_IDS), CATALOG, today=TODAY)
    assert [f.role_id for f in fits] == ["backend", "devops", "frontend"]
    assert fits[0].missing_skills == ["PostgreSQL", "Kubernetes"]
    assert fits[0].required_skills == ["Python", "SQL", "Docker", "PostgreSQL"]
    assert fits[0].fit > fits[1].fit > fits[2].fit


def test_infer_roles_needs_three_roles() -> None:
    with pytest.raises(InvalidInput):
        infer_roles(profile("python"), ROLES[:2], orthogonal_vectors(SMALL_IDS), CATALOG)


def test_role_to_job_quotes_the_role_and_onet_as_evidence() -> None:
    job = role_to_job(ROLES[2], CATALOG)
    assert job.title == "DevOps Engineer" and job.years_experience == 3
    assert [(s.taxonomy_id, s.priority) for s in job.skills][:4] == [
        ("linux", "critical"), ("docker", "critical"), ("kubernetes", "critical"),
        ("ci-cd", "important")]
    assert "O*NET 15-1299.08" in job.skills[0].evidence
    report = analyze_gaps(profile("docker"), job, orthogonal_vectors(SMALL_IDS), CATALOG,
                          today=TODAY)
    assert report.gaps[0].priority == "critical" and "DevOps Engineer" in report.gaps[0].explanation


def _job() -> JobDescription:
    return JobDescription(title="Platform Engineer", skills=[
        JobSkill(name="Kubernetes", taxonomy_id="kubernetes", priority="critical",
                 evidence="Run workloads on K8s."),
        JobSkill(name="SQL", taxonomy_id="sql", priority="important", evidence="Write SQL."),
        JobSkill(name="Go", taxonomy_id="go", priority="critical", evidence="Services in Go."),
        JobSkill(name="Docker", taxonomy_id="docker", priority="important",
                 evidence="Build Docker images.")])


def test_advice_covers_every_check_without_inventing_skills() -> None:
    resume = ResumeProfile(
        skills=[ResumeSkill(name="Kubernetes", taxonomy_id="kubernetes", source="skills"),
                ResumeSkill(name="PostgreSQL", taxonomy_id="postgresql", source="skills"),
                ResumeSkill(name="Docker", taxonomy_id="docker", source="experience")],
        experience=[Experience(title="Engineer", company="Acme", start="2021-01",
                               bullets=["Maintained the deployment scripts for the team",
                                        "Cut build time by 40% with Docker layer caching"])])
    text = "Kubernetes, PostgreSQL\nEngineer, Acme\nCut build time by 40% with Docker caching"
    report = analyze_gaps(resume, _job(), orthogonal_vectors(SMALL_IDS), CATALOG, today=TODAY)
    advice = advise_resume(resume, _job(), text, report=report, catalog=CATALOG)
    kinds = [a.kind for a in advice]
    assert kinds == ["show-in-skills", "use-job-wording", "use-job-wording", "missing-section",
                     "undated-entry", "quantify-bullet", "missing-keyword"]
    assert advice[0].skill == "Docker"
    assert 'The job says "K8s"' in advice[1].message
    assert '"Kubernetes (K8s)"' in advice[1].suggestion
    assert advice[2].skill == "SQL" and "PostgreSQL" in advice[2].suggestion
    assert "education" in advice[3].message
    assert advice[5].quote == "Maintained the deployment scripts for the team"
    assert advice[6].skill == "Go" and advice[6].suggestion.startswith("If you have used Go")
    assert all(a.message and a.suggestion for a in advice)


def test_advice_sees_go_only_with_its_casing() -> None:
    resume = profile("python", education=[Education(degree="BSc", end="2020")],
                     experience=[Experience(title="Dev", start="2020-01", end="2022-01")])
    advice = advise_resume(resume, _job(), "Python. I like to go hiking.", catalog=CATALOG)
    assert "Go" in [a.skill for a in advice if a.kind == "missing-keyword"]


def test_compare_jobs_ranks_by_match_and_lists_top_gaps() -> None:
    jobs = [_job(), JobDescription(title="Data Analyst", company="Acme", skills=[
        JobSkill(name="SQL", taxonomy_id="sql", priority="critical", evidence="SQL daily.")]),
        JobDescription(skills=[JobSkill(name="R", taxonomy_id="r", priority="critical")])]
    rows = compare_jobs(profile("sql", "docker"), jobs, orthogonal_vectors(SMALL_IDS), CATALOG,
                        today=TODAY)
    assert [(r.rank, r.position, r.label) for r in rows] == [
        (1, 1, "Data Analyst at Acme"), (2, 0, "Platform Engineer"), (3, 2, "Job 3")]
    assert rows[0].top_gaps == [] and rows[0].match_percentage > rows[1].match_percentage
    assert rows[1].top_gaps == ["Kubernetes", "Go"] and rows[1].critical_gaps == 2
    with pytest.raises(InvalidInput):
        compare_jobs(profile("sql"), [], orthogonal_vectors(SMALL_IDS), CATALOG, today=TODAY)
