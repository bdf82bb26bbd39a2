"""A goal's roadmap leaves out the skills the learner's resume already shows, decided the
way gap analysis decides coverage; without a resume every skill is planned."""

from __future__ import annotations

from datetime import date

import pytest
from gap_fakes import FakeVectors
from roadmap_fakes import matcher, roles, taxonomy

from tools.errors import NotFound
from tools.gaps.analysis import analyze_gaps
from tools.gaps.roles import role_to_job
from tools.resume.models import ResumeProfile, ResumeSkill
from tools.roadmap.export import roadmap_summary
from tools.roadmap.goal import GoalResolver, roadmap_for_goal
from tools.roadmap.known import ResumeCoverage
from tools.roadmap.models import LearningPlan, Roadmap

TODAY = date(2025, 3, 3)
GOAL = "data analyst role"
"""The goal as the router passes it for "build me a roadmap for the data analyst role"."""


def _vectors() -> FakeVectors:
    """Every skill a fixed random 384-d direction: no two skills are similar, so coverage
    comes from ids, aliases and broader links only."""
    return FakeVectors({}, 384)


def _profile(*names: str) -> ResumeProfile:
    skills = []
    for name in names:
        found = taxonomy().by_alias(name)
        skills.append(ResumeSkill(name=found.name if found else name, source="skills",
                                  taxonomy_id=found.id if found else None))
    return ResumeProfile(skills=skills)


def _resolver() -> GoalResolver:
    return GoalResolver(roles(), matcher(), taxonomy())


def _plan(goal: str, profile: ResumeProfile | None) -> Roadmap:
    coverage = ResumeCoverage(profile, _vectors(), taxonomy()) if profile else None
    _, roadmap = roadmap_for_goal(goal, LearningPlan(hours=1), _resolver(), taxonomy(),
                                  start=TODAY, resume=coverage)
    assert roadmap is not None
    return roadmap


def _ids(roadmap: Roadmap) -> set[str]:
    return {s.id for stage in roadmap.stages for s in stage.skills}


def test_skills_the_resume_shows_are_left_out_and_named() -> None:
    profile = _profile("SQL", "Excel", "Tableau", "Python", "Statistics")
    before, after = _plan(GOAL, None), _plan(GOAL, profile)
    assert {"sql", "excel", "tableau", "python", "statistics"} <= _ids(before)
    assert not {"sql", "excel", "tableau", "python", "statistics"} & _ids(after)
    assert after.known == ["SQL", "Microsoft Excel", "Tableau", "Python", "Statistics",
                           "Data visualization"]  # Tableau is a kind of data visualization
    assert any("already shows" in w and "Tableau" in w for w in after.warnings)
    assert roadmap_summary(after)["known"] == after.known
    assert after.estimated_days < before.estimated_days
    assert before.known == [] and not any("already shows" in w for w in before.warnings)


def test_days_are_the_hours_of_the_skills_still_to_learn() -> None:
    after = _plan(GOAL, _profile("SQL", "Excel", "Tableau", "Python", "Statistics"))
    hours = sum(s.hours for stage in after.stages for s in stage.skills)
    assert after.estimated_days == hours  # one hour a day: a day per typical hour


def test_left_out_skills_are_exactly_those_gap_analysis_counts_as_covered() -> None:
    profile = _profile("PostgreSQL", "Excel", "Power BI", "pandas")
    role = next(r for r in roles() if r.id == "data-analyst")
    report = analyze_gaps(profile, role_to_job(role, taxonomy()), _vectors(), taxonomy(),
                          today=TODAY)
    after = _plan(GOAL, profile)
    assert "SQL" in after.known  # PostgreSQL is a kind of SQL
    assert set(after.known) == {c.skill for c in report.covered}
    assert {g.taxonomy_id for g in report.gaps} <= _ids(after) | {
        s for s, _ in role.skills_by_priority() if taxonomy().by_id(s) is None}


def test_without_resume_skills_the_plan_is_unchanged() -> None:
    assert _plan(GOAL, ResumeProfile()) == _plan(GOAL, None)


def test_named_skills_are_taught_but_their_known_prerequisites_are_not() -> None:
    after = _plan("learn Kubernetes", _profile("Docker", "Linux", "Kubernetes"))
    assert "kubernetes" in _ids(after)
    assert not {"docker", "linux"} & _ids(after)
    assert {"Docker", "Linux"} <= set(after.known)


def test_a_resume_showing_every_skill_gets_a_next_step() -> None:
    role = next(r for r in roles() if r.id == "data-analyst")
    everything = [taxonomy().by_id(s) for s, _ in role.skills_by_priority()]
    profile = _profile(*[e.name for e in everything if e is not None])
    with pytest.raises(NotFound) as caught:
        _plan(GOAL, profile)
    assert "Data Analyst" in caught.value.message and caught.value.guidance
