"""Gap analysis on examples: coverage rules, name twins, gaps, other gaps, match score."""

from __future__ import annotations

from datetime import date

import pytest
from gap_fakes import SMALL_IDS, SMALL_TAXONOMY, FakeCatalog, FakeVectors, orthogonal_vectors

from tools.errors import InvalidInput
from tools.gaps import analyze_gaps
from tools.gaps.coverage import SkillGraph
from tools.gaps.requirements import degree_level, experience_years, required_degree
from tools.jobs.models import JobDescription, JobSkill
from tools.resume.models import Education, Experience, ResumeProfile, ResumeSkill

CATALOG = FakeCatalog(SMALL_TAXONOMY)
NAMES = {e.id: e.name for e in SMALL_TAXONOMY}
TODAY = date(2024, 6, 15)


def resume(*ids: str, **fields: object) -> ResumeProfile:
    skills = [ResumeSkill(name=NAMES.get(i, i), taxonomy_id=i if i in NAMES else None,
                          source="skills") for i in ids]
    return ResumeProfile(skills=skills, **fields)  # type: ignore[arg-type]


def job(*items: tuple[str, str], **fields: object) -> JobDescription:
    skills = [JobSkill(name=NAMES.get(i, i), taxonomy_id=i if i in NAMES else None,
                       priority=p, evidence=f"You know {NAMES.get(i, i)} well.")  # type: ignore[arg-type]
              for i, p in items]
    return JobDescription(skills=skills, **fields)  # type: ignore[arg-type]


def run(profile: ResumeProfile, description: JobDescription,
        vectors: FakeVectors | None = None):  # type: ignore[no-untyped-def]
    return analyze_gaps(profile, description, vectors or orthogonal_vectors(SMALL_IDS),
                        CATALOG, today=TODAY)


HARD_NAMES = ["cpp", "csharp", "dotnet", "go", "r", "nodejs", "ci-cd", "java", "javascript",
              "sql", "python"]


def test_resume_listing_exactly_the_job_skills_matches_100_percent_with_no_gaps() -> None:
    description = job(*[(i, "critical") for i in HARD_NAMES[:4]],
                      *[(i, "important") for i in HARD_NAMES[4:8]],
                      *[(i, "nice-to-have") for i in HARD_NAMES[8:]])
    report = run(resume(*HARD_NAMES), description)
    assert report.gaps == [] and report.other_gaps == []
    assert report.match_percentage == 100.0
    assert {c.skill for c in report.covered} == {NAMES[i] for i in HARD_NAMES}
    assert all(c.via == "same" and c.similarity == 1.0 for c in report.covered)
    assert [b.component for b in report.breakdown] == ["hard_skills"]


@pytest.mark.parametrize(("have", "want"), [("java", "javascript"), ("javascript", "java"),
                                            ("c", "cpp"), ("cpp", "csharp"),
                                            ("react", "react-native")])
def test_name_twins_never_cover_each_other_even_when_embeddings_are_close(
        have: str, want: str) -> None:
    vectors = orthogonal_vectors(SMALL_IDS, {(have, want): 0.95})
    report = run(resume(have), job((want, "critical")), vectors)
    assert [g.taxonomy_id for g in report.gaps] == [want]
    assert report.covered == []


def test_java_and_javascript_free_text_are_twins_too() -> None:
    graph = SkillGraph(CATALOG)
    assert graph.name_twins(("java", "Java"), (None, "Javascript (ES6+)"))
    assert not graph.name_twins(("python", "Python"), (None, "Python (server-side)"))
    assert not graph.name_twins(("communication", "Communication"),
                                ("teamwork", "Communication skills"))


def test_a_close_embedding_covers_a_skill_that_is_not_a_twin() -> None:
    vectors = orthogonal_vectors(SMALL_IDS, {("docker", "kubernetes"): 0.75})
    report = run(resume("docker"), job(("kubernetes", "important")), vectors)
    assert report.gaps == []
    assert report.covered[0].via == "similar" and report.covered[0].resume_skill == "Docker"


def test_just_below_the_threshold_is_a_gap_with_the_skill_as_related() -> None:
    vectors = orthogonal_vectors(SMALL_IDS, {("python", "kubernetes"): 0.7499})
    report = run(resume("python"), job(("kubernetes", "important")), vectors)
    assert [g.skill for g in report.gaps] == ["Kubernetes"]
    assert [(r.skill, r.reason) for r in report.gaps[0].related_skills] == [("Python",
                                                                             "similar")]


def test_more_specific_resume_skill_covers_the_general_one_not_the_reverse() -> None:
    report = run(resume("postgresql"), job(("sql", "critical")))
    assert report.covered[0].via == "more-specific"
    assert report.covered[0].resume_skill == "PostgreSQL"
    reverse = run(resume("sql"), job(("postgresql", "critical")))
    assert [g.skill for g in reverse.gaps] == ["PostgreSQL"]
    assert reverse.gaps[0].related_skills[0].reason == "broader"


def test_alias_written_as_free_text_covers() -> None:
    profile = ResumeProfile(skills=[ResumeSkill(name="k8s", source="skills")])
    report = run(profile, job(("kubernetes", "critical")))
    assert report.covered[0].via == "alias" and report.covered[0].resume_skill == "k8s"


def test_gap_has_one_priority_explanation_quoting_evidence_demand_and_related() -> None:
    description = JobDescription(skills=[JobSkill(
        name="Kubernetes", taxonomy_id="kubernetes", priority="critical",
        evidence="Deploy services on Kubernetes clusters.")])
    report = run(resume("docker", "mysql"), description)
    gap = report.gaps[0]
    assert gap.priority == "critical" and gap.market_demand == 0.72
    assert '"Deploy services on Kubernetes clusters."' in gap.explanation
    assert gap.related_skills[0].skill == "Docker"
    assert gap.related_skills[0].reason == "prerequisite"
    assert "Docker" in gap.explanation


def test_gaps_order_by_priority_then_demand() -> None:
    description = job(("react-native", "critical"), ("python", "important"),
                      ("sql", "critical"), ("go", "nice-to-have"), ("r", "important"))
    report = run(resume(), description)
    assert [g.taxonomy_id for g in report.gaps] == ["sql", "react-native", "python", "r", "go"]


def test_one_batched_vector_call_per_analysis() -> None:
    vectors = orthogonal_vectors(SMALL_IDS)
    run(resume(*SMALL_IDS[:10]), job(*[(i, "important") for i in SMALL_IDS[8:20]]), vectors)
    assert vectors.calls == 1


def test_years_degree_language_are_other_gaps_and_in_the_breakdown() -> None:
    profile = resume("python", experience=[Experience(title="Data Analyst", start="2022-01",
                                                      end="present")],
                     education=[Education(degree="B.Sc.", field="Statistics",
                                          institution="Uni", end="2021")])
    description = job(("python", "critical"), ("language-spanish", "important"),
                      ("language-english", "critical"),
                      title="Senior Data Analyst", years_experience=5,
                      education=["Master's degree in Statistics", "PhD preferred"])
    report = run(profile, description)
    kinds = {o.kind: o for o in report.other_gaps}
    assert set(kinds) == {"experience", "education", "language"}
    assert kinds["experience"].requirement == "5+ years"
    assert "2.5" in kinds["experience"].detail
    assert kinds["language"].requirement == "Spanish"
    assert {b.component for b in report.breakdown} == {
        "hard_skills", "languages", "years_of_experience", "education", "title"}
    assert abs(sum(b.weight for b in report.breakdown) - 1) < 1e-3
    title = next(b for b in report.breakdown if b.component == "title")
    assert title.score == 100.0
    assert 0 < report.match_percentage < 100
    assert report.years_of_experience == 2.5


def test_the_same_inputs_give_the_same_report() -> None:
    profile = resume("python", "docker", "mysql")
    description = job(("kubernetes", "critical"), ("sql", "important"), ("go", "nice-to-have"),
                      years_experience=2)
    vectors = orthogonal_vectors(SMALL_IDS, {("docker", "kubernetes"): 0.6})
    first = run(profile, description, vectors).model_dump()
    assert all(run(profile, description, vectors).model_dump() == first for _ in range(5))


def test_a_job_asking_nothing_is_refused_with_guidance() -> None:
    with pytest.raises(InvalidInput) as caught:
        run(resume("python"), JobDescription())
    assert caught.value.guidance


def test_experience_years_count_overlaps_once_and_clip_at_today() -> None:
    roles = [Experience(start="2020-01", end="2020-12"), Experience(start="2020-07",
                                                                   end="2021-06"),
             Experience(start="2023", end="present"), Experience(start="2019-01"),
             Experience(start="2030-01", end="2031-01")]
    # 2020-01..2021-06 is 18 months; a bare 2023 starts in July: 2023-07..2024-06 is 12.
    assert experience_years(roles, TODAY) == 2.5
    assert experience_years([], TODAY) is None


def test_degree_levels() -> None:
    assert degree_level("Bachelor of Science in Computer Science") == 2
    assert degree_level("MBA") == 3 and degree_level("Ph.D. in Physics") == 4
    assert required_degree(["BS or MS in Computer Science", "MBA preferred"]) == (
        2, "BS or MS in Computer Science", False)
    assert required_degree(["Must be eligible to work in the EU"]) is None


def test_covered_skills_and_gaps_carry_the_jobs_own_words() -> None:
    description = JobDescription(skills=[
        JobSkill(name="Kubernetes", taxonomy_id="kubernetes", priority="critical",
                 evidence="Run k8s clusters.", wording="k8s"),
        JobSkill(name="Docker", taxonomy_id="docker", priority="important",
                 evidence="Build Docker images.", wording="Docker")])
    report = run(resume("docker"), description)
    assert report.gaps[0].job_wording == "k8s"
    assert report.covered[0].job_wording == "Docker"
