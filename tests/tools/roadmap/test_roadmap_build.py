"""Roadmap builder, deadline check, goal resolution, progress and adaptation by example."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from roadmap_fakes import FakeFinder, matcher, roles, taxonomy

from tools.errors import InvalidInput, NotFound
from tools.gaps.models import SkillGap
from tools.roadmap.adapt import adapt_roadmap, regenerate_roadmap
from tools.roadmap.build import build_roadmap
from tools.roadmap.goal import GoalResolver, roadmap_for_goal
from tools.roadmap.models import LearningPlan
from tools.roadmap.progress import (
    complete_goal,
    complete_stage,
    goal_counts,
    progress_percentage,
    todays_goals,
)

START = date(2026, 12, 1)


def _gap(skill_id: str, priority: str = "critical") -> SkillGap:
    entry = taxonomy().by_id(skill_id)
    assert entry is not None
    return SkillGap(skill=entry.name, taxonomy_id=skill_id, priority=priority,  # type: ignore[arg-type]
                    explanation="The job asks for it.")


def test_prerequisites_come_first_and_days_follow_the_hours() -> None:
    roadmap = build_roadmap([_gap("kubernetes"), _gap("docker"), _gap("linux")],
                            LearningPlan(hours=2), taxonomy(), start=START)
    order = [s.id for stage in roadmap.stages for s in stage.skills]
    assert order.index("linux") < order.index("docker") < order.index("kubernetes")
    hours = {s.id: s.hours for stage in roadmap.stages for s in stage.skills}
    assert hours["docker"] == 25 and hours["kubernetes"] == 60
    # 25 h at 2 h/day: 13 days (12.5 rounded up to whole days)
    docker_goal = next(g for g in roadmap.goals() if g.key == "study:docker")
    assert docker_goal.last_day - docker_goal.first_day + 1 == 13
    assert docker_goal.type == "daily" and docker_goal.minutes == 120


def test_a_weekly_pace_gives_weekly_goals_and_counts_days_per_week() -> None:
    roadmap = build_roadmap(["docker"], LearningPlan(pace="weekly", hours=7), taxonomy())
    assert roadmap.estimated_days == 25  # 25 h at 1 h/day on average
    assert {g.type for g in roadmap.goals()} == {"weekly"}


def test_the_same_input_gives_the_same_roadmap() -> None:
    role = next(r for r in roles() if r.id == "data-engineer")
    first = build_roadmap(role.skills_by_priority(), LearningPlan(), taxonomy(), FakeFinder(),
                          start=START)
    again = build_roadmap(role.skills_by_priority(), LearningPlan(), taxonomy(), FakeFinder(),
                          start=START)
    assert first == again
    assert 3 <= len(first.stages) <= 5
    assert first.deferred  # 20 role skills, 15 fit


def test_a_plan_that_fits_the_deadline_has_no_warning() -> None:
    roadmap = build_roadmap(["git", "docker"], LearningPlan(hours=2, deadline_weeks=8),
                            taxonomy())
    assert roadmap.deadline is not None and roadmap.deadline.fits
    assert roadmap.warnings == []


def test_a_missed_deadline_offers_more_hours_fewer_skills_and_a_later_date() -> None:
    gaps = [_gap("python"), _gap("sql"), _gap("docker", "nice-to-have"),
            _gap("git", "nice-to-have")]
    plan = LearningPlan(hours=1, deadline_weeks=18)  # 126 days; needs 60+60+25+10 = 155
    roadmap = build_roadmap(gaps, plan, taxonomy())
    check = roadmap.deadline
    assert check is not None and not check.fits
    assert check.needed_days == 155 and check.deadline_days == 126
    assert check.hours_needed == 1.5
    assert check.skills_to_drop == ["Git", "Docker"]  # 145 days without Git, 120 without both
    assert check.weeks_needed == 23
    warning = roadmap.warnings[0]
    assert "1.5 hours a day" in warning and "Docker" in warning and "23 weeks" in warning


def test_free_text_gaps_get_default_hours_and_no_resources() -> None:
    gap = SkillGap(skill="Frobnicator", priority="critical", explanation="asked")
    roadmap = build_roadmap([gap], LearningPlan(), taxonomy(), FakeFinder())
    assert roadmap.stages[0].skills[0].hours == 25
    assert all(not g.resources for g in roadmap.goals())


def test_no_targets_is_refused_with_guidance() -> None:
    with pytest.raises(InvalidInput) as caught:
        build_roadmap([], LearningPlan(), taxonomy())
    assert caught.value.guidance


def test_a_goal_names_a_role_or_skills_or_gets_a_question() -> None:
    resolver = GoalResolver(roles(), matcher(), taxonomy())
    role = resolver.resolve("I want to become a data engineer")
    assert role.kind == "role" and role.role is not None and role.role.id == "data-engineer"
    skills = resolver.resolve("teach me Kubernetes")
    assert skills.kind == "skills" and skills.skill_ids == ["kubernetes"]
    unknown = resolver.resolve("I want to be happy")
    assert unknown.kind == "clarify" and unknown.question
    with pytest.raises(InvalidInput):
        resolver.resolve("   ")


def test_skills_named_without_a_role_bring_their_prerequisites() -> None:
    resolver = GoalResolver(roles(), matcher(), taxonomy())
    _, roadmap = roadmap_for_goal("learn Kubernetes", LearningPlan(), resolver, taxonomy())
    assert roadmap is not None
    ids = [s.id for stage in roadmap.stages for s in stage.skills]
    assert {"docker", "linux", "kubernetes"} <= set(ids)
    assert ids[-1] == "kubernetes"


def test_completing_goals_by_skill_by_today_and_by_stage() -> None:
    roadmap = build_roadmap([_gap("git"), _gap("docker"), _gap("linux")],
                            LearningPlan(hours=2), taxonomy(), start=START)
    roadmap, done = complete_goal(roadmap, "mark the Docker goal done", START)
    assert [g.key for g in done] == ["study:docker"]
    today = todays_goals(roadmap, START)
    roadmap, done = complete_goal(roadmap, "I finished today's goal", START)
    assert done == [g for g in today if g.type == "daily"][:len(done)] and done
    with pytest.raises(NotFound) as caught:
        complete_goal(roadmap, "I did the thing", START)
    assert caught.value.guidance
    roadmap = complete_stage(roadmap, 1, START + timedelta(days=3))
    assert roadmap.stages[0].status == "completed"
    assert progress_percentage(roadmap) == 100 / len(roadmap.stages) * 1
    completed, total = goal_counts(roadmap)
    assert completed >= len(roadmap.stages[0].goals) and total == len(roadmap.goals())
    with pytest.raises(NotFound):
        complete_stage(roadmap, 9, START)


def test_fast_progress_raises_later_stages_once() -> None:
    role = next(r for r in roles() if r.id == "data-analyst")
    finder = FakeFinder()
    roadmap = build_roadmap(role.skills_by_priority(), LearningPlan(hours=2), taxonomy(),
                            finder, start=START)
    first = roadmap.stages[0]
    roadmap = complete_stage(roadmap, 1, START + timedelta(days=2), days_taken=2)
    adapted = adapt_roadmap(roadmap, START + timedelta(days=2), finder)
    assert first.estimated_days > 2
    assert {s.difficulty for s in adapted.stages[1:]} == {"intermediate"}
    assert adapted.adaptations[0].kind == "faster"
    assert adapt_roadmap(adapted, START + timedelta(days=2), finder) == adapted


def test_regeneration_keeps_completed_stages_and_reschedules_the_rest() -> None:
    roadmap = build_roadmap([_gap("git"), _gap("docker"), _gap("linux"), _gap("python"),
                             _gap("sql"), _gap("excel")], LearningPlan(hours=1), taxonomy(),
                            start=START)
    roadmap = complete_stage(roadmap, 1, START + timedelta(days=20))
    later = START + timedelta(days=roadmap.estimated_days + 5)
    slower = regenerate_roadmap(roadmap, LearningPlan(hours=0.5), on=later)
    assert slower.stages[0] == roadmap.stages[0]
    assert slower.stages[1].first_day == roadmap.estimated_days + 5
    assert slower.stages[1].estimated_days > roadmap.stages[1].estimated_days
