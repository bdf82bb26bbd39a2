"""The readiness score on examples: details, the no-data rules, steps that name what to do,
the inputs built from a gap report, a roadmap and interviews, and job recommendations."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from tools.gaps.models import CoveredSkill, GapReport, SkillGap
from tools.readiness import (
    interview_part,
    practice_part,
    readiness_score,
    readiness_trend,
    recommend_jobs,
    skill_part,
)
from tools.readiness.inputs import roadmap_learned_skills
from tools.readiness.models import (
    CompletedInterview,
    InterviewPart,
    JobMatch,
    Posting,
    PracticePart,
    SkillPart,
    TrendPoint,
)
from tools.roadmap.models import Goal, LearningPlan, Roadmap, RoadmapSkill, RoadmapStage

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


def test_the_design_example_scores_as_documented() -> None:
    skills = SkillPart(target="Data Analyst", required=10, learned=8)
    practice = PracticePart(roadmap="Roadmap to Data Analyst", completed=15, total=20)
    interviews = InterviewPart(scores=[80, 78, 76], completed=3)
    result = readiness_score(skills, practice, interviews)
    assert result.score == 77.9  # 0.4*80 + 0.3*75 + 0.3*78
    details = [p.detail for p in result.parts]
    assert details == ["8 of 10 required skills for Data Analyst",
                       "15 of 20 goals done in 'Roadmap to Data Analyst'",
                       "average of your last 3 mock interviews"]
    assert result.ready_for_job_search
    assert [(s.area, s.points) for s in result.improvements] == [
        ("skill_acquisition", 8.0), ("practice_completion", 7.5),
        ("interview_performance", 6.6)]


def test_a_new_user_scores_zero_and_is_told_how_to_start_each_part() -> None:
    result = readiness_score(SkillPart(), PracticePart(), InterviewPart())
    assert result.score == 0 and not any(p.has_data for p in result.parts)
    assert "counted as 0" in result.part("interview_performance").detail
    actions = " ".join(s.action for s in result.improvements)
    assert "job description" in actions and "build my roadmap" in actions
    assert "mock interview" in actions
    assert result.improvements[0].area == "skill_acquisition"  # worth 40 points


def test_steps_name_the_missing_skills_next_goal_and_weak_topics() -> None:
    skills = skill_part(_report(), learned=set(), target="Backend Engineer at Acme")
    practice = PracticePart(roadmap="R", completed=1, total=4, next_goal="Study Docker images")
    interviews = InterviewPart(scores=[40.0], completed=1, weak_topics=["Kubernetes"])
    result = readiness_score(skills, practice, interviews)
    text = {s.area: s.action for s in result.improvements}
    assert "Docker and Kafka" in text["skill_acquisition"]
    assert "Study Docker images." in text["practice_completion"]
    assert "1 of 4" in text["practice_completion"]
    assert "Kubernetes" in text["interview_performance"] and "40" in text["interview_performance"]
    assert result.part("interview_performance").detail == "score of your only mock interview"


def test_a_perfect_user_has_no_step() -> None:
    result = readiness_score(SkillPart(target="X", required=3, learned=3),
                             PracticePart(roadmap="R", completed=2, total=2),
                             InterviewPart(scores=[100.0], completed=1))
    assert result.score == 100 and result.improvements == []


def _report() -> GapReport:
    return GapReport(
        job_title="Backend Engineer", match_percentage=50,
        covered=[CoveredSkill(skill="Python", taxonomy_id="python", priority="critical",
                              via="same", resume_skill="Python", similarity=1.0)],
        gaps=[SkillGap(skill="Docker", taxonomy_id="docker", priority="critical",
                       explanation="x"),
              SkillGap(skill="Kafka", priority="nice-to-have", explanation="y")])


def _roadmap(docker_done: bool) -> Roadmap:
    skill = RoadmapSkill(id="s1", name="Docker", taxonomy_id="docker", hours=5)
    goal = Goal(key="study:s1", type="daily", description="Study Docker", skills=["s1"],
                first_day=0, last_day=3, minutes=30, completed=docker_done)
    other = Goal(key="practice:s1", type="weekly", description="Ship a container",
                 skills=[], first_day=0, last_day=6, minutes=60)
    stage = RoadmapStage(number=1, title="Containers", description="d", skills=[skill],
                         difficulty="beginner", estimated_days=7, first_day=0,
                         goals=[goal, other])
    return Roadmap(title="Roadmap to Backend", plan=LearningPlan(), start=date(2026, 11, 1),
                   stages=[stage], estimated_days=7)


def test_a_skill_finished_on_the_roadmap_counts_as_learned() -> None:
    learned = roadmap_learned_skills(_roadmap(docker_done=True))
    assert learned == {"docker"}
    part = skill_part(_report(), learned, "Backend Engineer")
    assert (part.learned, part.required) == (2, 3)
    assert [m.name for m in part.missing] == ["Kafka"]
    assert roadmap_learned_skills(_roadmap(docker_done=False)) == set()


def test_practice_part_counts_goals_and_names_the_next_one() -> None:
    part = practice_part(_roadmap(docker_done=True), on=date(2026, 11, 20))
    assert (part.completed, part.total, part.next_goal) == (1, 2, "Ship a container")
    assert practice_part(None, on=date(2026, 11, 20)) == PracticePart()


def test_interview_part_averages_the_last_three_newest_first() -> None:
    done = [CompletedInterview(id=str(i), score=s, completed_at=NOW - timedelta(days=10 - i),
                               weak_topics=[t])
            for i, (s, t) in enumerate([(20, "SQL"), (60, "Docker"), (70, "Docker"),
                                        (90, "Git")])]
    part = interview_part(done)
    assert part.scores == [90, 70, 60] and part.completed == 4
    assert part.weak_topics == ["Git", "Docker"]
    detail = readiness_score(SkillPart(), PracticePart(), part).part(
        "interview_performance").detail
    assert detail == "average of your last 3 of 4 mock interviews"


def test_trend_waits_for_a_week_then_gives_points_a_week() -> None:
    early = readiness_trend([TrendPoint(taken_at=NOW - timedelta(days=3), score=40)], 50, NOW)
    assert early.weekly_rate is None and early.direction == "too_early"
    later = readiness_trend([TrendPoint(taken_at=NOW - timedelta(days=14), score=40),
                             TrendPoint(taken_at=NOW - timedelta(days=7), score=45)], 50, NOW)
    assert later.weekly_rate == 5.0 and later.direction == "improving"
    assert [p.score for p in later.points] == [40, 45, 50]
    alone = readiness_trend([], 30, NOW)
    assert alone.first_score == 30 and alone.days == 0


def test_recommendations_say_plainly_when_there_are_fewer_than_five() -> None:
    ready = readiness_score(SkillPart(target="X", required=1, learned=1),
                            PracticePart(roadmap="R", completed=1, total=1),
                            InterviewPart(scores=[80.0], completed=1))
    matches = [JobMatch(posting=Posting(id=str(i), title=f"Job {i}"), match_percentage=p)
               for i, p in enumerate([40.0, 90.0])]
    result = recommend_jobs(ready, matches)
    assert [j.posting.title for j in result.jobs] == ["Job 1", "Job 0"]
    assert "Only 2 openings" in result.note and "instead of 5" in result.note
    none = recommend_jobs(ready, [])
    assert none.jobs == [] and "no saved or imported openings" in none.note
    low = recommend_jobs(readiness_score(SkillPart(), PracticePart(), InterviewPart()), matches)
    assert low.jobs == [] and "Your readiness is 0" in low.note


def test_missing_skills_point_to_the_existing_roadmap_or_to_building_one() -> None:
    skills = skill_part(_report(), learned=set(), target="Backend Engineer at Acme")
    none = InterviewPart(scores=[], completed=0, weak_topics=[])
    with_plan = readiness_score(skills, PracticePart(roadmap="R", completed=0, total=4), none)
    without = readiness_score(skills, PracticePart(roadmap=None, completed=0, total=0), none)
    step = {s.area: s.action for s in with_plan.improvements}["skill_acquisition"]
    assert "show my roadmap" in step and "build my roadmap" not in step
    step = {s.area: s.action for s in without.improvements}["skill_acquisition"]
    assert "build my roadmap" in step
