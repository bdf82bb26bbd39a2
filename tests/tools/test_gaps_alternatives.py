"""Gap analysis of requirements that accept one of several skills ("Python or Go")."""

from __future__ import annotations

from datetime import date

from gap_fakes import SMALL_IDS, SMALL_TAXONOMY, FakeCatalog, orthogonal_vectors

from tools.gaps import analyze_gaps
from tools.gaps.advice import advise_resume
from tools.gaps.analysis import options_text
from tools.gaps.models import GapReport
from tools.jobs.models import JobDescription, JobSkill
from tools.resume.models import ResumeProfile, ResumeSkill

CATALOG = FakeCatalog(SMALL_TAXONOMY)
NAMES = {e.id: e.name for e in SMALL_TAXONOMY}
EVIDENCE = "2+ years of experience with Python or Go"


def _resume(*ids: str) -> ResumeProfile:
    return ResumeProfile(skills=[ResumeSkill(name=NAMES[i], taxonomy_id=i, source="skills")
                                 for i in ids])


def _skill(skill_id: str, *alternatives: str, priority: str = "critical",
           evidence: str = EVIDENCE) -> JobSkill:
    return JobSkill(name=NAMES[skill_id], taxonomy_id=skill_id, priority=priority,  # type: ignore[arg-type]
                    evidence=evidence, alternatives=[NAMES[a] for a in alternatives])


def _run(profile: ResumeProfile, *skills: JobSkill) -> GapReport:
    return analyze_gaps(profile, JobDescription(skills=list(skills)),
                        orthogonal_vectors(SMALL_IDS), CATALOG, today=date(2024, 6, 15))


def test_one_covered_alternative_meets_the_requirement_and_the_other_is_optional() -> None:
    report = _run(_resume("python"), _skill("python", "go"), _skill("go", "python"))
    assert report.gaps == []
    assert [c.skill for c in report.covered] == ["Python"]
    [optional] = report.optional
    assert optional.skill == "Go" and optional.alternatives == ["Python"]
    assert optional.explanation.startswith("Optional: the job accepts Go or Python")
    assert "your resume shows Python, so Go is not a gap" in optional.explanation
    assert EVIDENCE in optional.explanation
    assert report.match_percentage == 100.0


def test_no_covered_alternative_makes_every_one_a_gap_counted_once() -> None:
    report = _run(_resume("sql"), _skill("python", "go"), _skill("go", "python"),
                  _skill("sql", evidence="SQL"))
    assert sorted(g.skill for g in report.gaps) == ["Go", "Python"]
    assert report.optional == []
    go = next(g for g in report.gaps if g.skill == "Go")
    assert "Any one of Go or Python would do" in go.explanation
    # one requirement of two (critical, weight 3 each): SQL met, Python-or-Go not
    assert report.breakdown[0].score == 50.0


def test_a_skill_asked_on_its_own_stays_a_gap_even_if_it_is_also_an_alternative() -> None:
    # "Python or Go" and "strong Go": Go was asked for on its own, Python only with Go
    report = _run(_resume("python"), _skill("python", "go"), _skill("go"))
    assert [g.skill for g in report.gaps] == ["Go"]
    assert report.optional == []


def test_three_way_group_with_the_last_one_covered() -> None:
    report = _run(_resume("nodejs"), _skill("java", "csharp", "nodejs"),
                  _skill("csharp", "java", "nodejs"), _skill("nodejs", "java", "csharp"))
    assert report.gaps == []
    assert sorted(o.skill for o in report.optional) == ["C#", "Java"]
    assert all("your resume shows Node.js" in o.explanation for o in report.optional)
    java = next(o for o in report.optional if o.skill == "Java")
    assert "the job accepts Java, C# or Node.js" in java.explanation


def test_options_are_joined_in_plain_words() -> None:
    assert options_text(["Python"]) == "Python"
    assert options_text(["Python", "Go"]) == "Python or Go"
    assert options_text(["Django", "Java", "Node.js"]) == "Django, Java or Node.js"


def test_advice_never_asks_for_a_keyword_the_job_accepts_an_alternative_for() -> None:
    profile = _resume("python")
    description = JobDescription(skills=[_skill("python", "go"), _skill("go", "python")])
    kinds = [a.skill for a in advise_resume(profile, description, resume_text="Python")
             if a.kind == "missing-keyword"]
    assert kinds == []
