"""Properties 25, 26, 27 and 35 (readiness score, job recommendations, readiness feedback,
improvement rate) as Hypothesis tests over generated parts, postings and histories."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tools.readiness import readiness_score, readiness_trend, recommend_jobs
from tools.readiness.jobs import TOP_JOBS
from tools.readiness.models import (
    JOB_SEARCH_THRESHOLD,
    MIN_TREND_DAYS,
    InterviewPart,
    JobMatch,
    MissingSkill,
    Posting,
    PracticePart,
    SkillPart,
    TrendPoint,
)

EXAMPLES = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


@st.composite
def skill_parts(draw: st.DrawFn) -> SkillPart:
    if draw(st.booleans()) and draw(st.booleans()):
        return SkillPart(has_resume=draw(st.booleans()))
    required = draw(st.integers(0, 60))
    learned = draw(st.integers(0, required))
    missing = [MissingSkill(name=f"Skill {i}",
                            priority=draw(st.sampled_from(["critical", "important",
                                                           "nice-to-have"])))
               for i in range(required - learned)]
    return SkillPart(target="Data Analyst", required=required, learned=learned,
                     missing=missing, has_resume=draw(st.booleans()))


@st.composite
def practice_parts(draw: st.DrawFn) -> PracticePart:
    if draw(st.integers(0, 4)) == 0:
        return PracticePart()
    total = draw(st.integers(0, 80))
    completed = draw(st.integers(0, total))
    goal = draw(st.one_of(st.none(), st.just("Study SQL joins for 45 minutes")))
    return PracticePart(roadmap="Roadmap to Data Analyst", completed=completed, total=total,
                        next_goal=goal if completed < total else None)


@st.composite
def interview_parts(draw: st.DrawFn) -> InterviewPart:
    scores = draw(st.lists(st.floats(0, 100, allow_nan=False), max_size=3))
    completed = len(scores) + (draw(st.integers(0, 5)) if scores else 0)
    topics = draw(st.lists(st.sampled_from(["Docker", "SQL", "Kubernetes"]), max_size=3,
                           unique=True))
    return InterviewPart(scores=scores, completed=completed, weak_topics=topics)


def _expected_part(done: int, total: int, has: bool) -> float:
    return round(done / total * 100, 1) if has and total else 0.0


@EXAMPLES
@given(skill_parts(), practice_parts(), interview_parts())
def test_property_25_readiness_score(skills: SkillPart, practice: PracticePart,
                                     interviews: InterviewPart) -> None:
    """Property 25: readiness = 0.4 × skill acquisition + 0.3 × practice completion + 0.3 ×
    interview performance, in [0, 100]; each part is learned ÷ required, completed ÷ total
    goals, and the average interview score (0 when the part has no data)."""
    result = readiness_score(skills, practice, interviews)
    acquisition = result.part("skill_acquisition").score
    completion = result.part("practice_completion").score
    performance = result.part("interview_performance").score

    assert 0 <= result.score <= 100
    formula = 0.4 * acquisition + 0.3 * completion + 0.3 * performance
    assert abs(result.score - formula) <= 0.05 + 1e-9
    assert acquisition == _expected_part(skills.learned, skills.required,
                                         skills.target is not None)
    assert completion == _expected_part(practice.completed, practice.total,
                                        practice.roadmap is not None)
    average = sum(interviews.scores) / len(interviews.scores) if interviews.scores else 0.0
    assert abs(performance - average) <= 0.05 + 1e-9
    assert [p.weight for p in result.parts] == [0.4, 0.3, 0.3]
    assert all(p.detail for p in result.parts)
    assert result.ready_for_job_search == (result.score > JOB_SEARCH_THRESHOLD)


@EXAMPLES
@given(skill_parts(), practice_parts(), interview_parts())
def test_property_27_readiness_feedback(skills: SkillPart, practice: PracticePart,
                                        interviews: InterviewPart) -> None:
    """Property 27: below 100, at least one improvement area with an actionable step; every
    part below 100 has a step, and the step worth most points comes first."""
    result = readiness_score(skills, practice, interviews)
    if result.score < 100:
        assert result.improvements
    areas = {s.area for s in result.improvements}
    for part in result.parts:
        assert (part.name in areas) == (part.score < 100)
    for step in result.improvements:
        assert step.action.strip() and len(step.action.split()) >= 5
        part = result.part(step.area)
        assert abs(step.points - part.weight * (100 - part.score)) <= 0.05 + 1e-9
    points = [s.points for s in result.improvements]
    assert points == sorted(points, reverse=True)


def _match(i: int, percentage: float) -> JobMatch:
    return JobMatch(posting=Posting(id=f"job-{i}", title=f"Job {i}"),
                    match_percentage=percentage)


@EXAMPLES
@given(skill_parts(), practice_parts(), interview_parts(),
       st.lists(st.floats(0, 100, allow_nan=False), max_size=12))
def test_property_26_job_recommendations(skills: SkillPart, practice: PracticePart,
                                         interviews: InterviewPart,
                                         percentages: list[float]) -> None:
    """Property 26: above 75 readiness, up to 5 matching openings are recommended (5 when at
    least 5 are known), best match first; at 75 or below none, and a first step instead."""
    readiness = readiness_score(skills, practice, interviews)
    matches = [_match(i, p) for i, p in enumerate(percentages)]
    result = recommend_jobs(readiness, matches)
    assert result.known == len(matches) and result.note
    if readiness.score > JOB_SEARCH_THRESHOLD:
        assert result.eligible
        assert len(result.jobs) == min(TOP_JOBS, len(matches))
        shown = [j.match_percentage for j in result.jobs]
        assert shown == sorted(shown, reverse=True)
        assert shown == sorted(percentages, reverse=True)[:TOP_JOBS]
    else:
        assert not result.eligible and result.jobs == []
        assert result.first_steps and result.first_steps[0].action in result.note


@EXAMPLES
@given(st.floats(0, 100, allow_nan=False), st.floats(0, 100, allow_nan=False),
       st.floats(0.01, 120),
       st.lists(st.tuples(st.floats(0.01, 1), st.floats(0, 100, allow_nan=False)),
                max_size=6))
def test_property_35_improvement_rate(first: float, current: float, days: float,
                                      middle: list[tuple[float, float]]) -> None:
    """Property 35: improvement rate = (current − first readiness score) ÷ weeks elapsed,
    given once the history spans at least 7 days."""
    start = NOW - timedelta(days=days)
    history = [TrendPoint(taken_at=start, score=first)]
    history += [TrendPoint(taken_at=start + (NOW - start) * share, score=score)
                for share, score in middle]
    trend = readiness_trend(list(reversed(history)), current, NOW)
    assert trend.first_score == first and trend.first_at == start
    assert trend.points[0].taken_at == start and trend.points[-1].score == current
    weeks = (NOW - start).total_seconds() / (7 * 86400)
    if days >= MIN_TREND_DAYS:
        assert trend.weekly_rate is not None
        assert abs(trend.weekly_rate - (current - first) / weeks) <= 0.005 + 1e-9
        assert trend.direction != "too_early"
    else:
        assert trend.weekly_rate is None and trend.direction == "too_early"
