"""Choosing interview questions: Properties 22 (5–10 questions, technical or behavioural) and
23 (every question relates to the target role or its skills), the 60/40 mix, gap skills
first, the user's level, no repeats, recent questions last, and a repeatable seed."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.questions import default_question_bank
from tools.errors import InvalidInput
from tools.interview.models import Question, QuestionLevel
from tools.interview.plan import (
    InterviewTarget,
    plan_interview,
    question_level,
    technical_count,
)

SKILLS = ["python", "sql", "docker", "git", "java", "aws", "excel"]
COMPETENCIES = ["teamwork", "conflict", "failure", "leadership", "learning"]
LEVELS: list[QuestionLevel] = ["beginner", "intermediate", "advanced"]
KEY_POINTS = ["first point of it", "second point of it", "third point of it"]


def tech(qid: str, skill: str, level: QuestionLevel = "intermediate") -> Question:
    return Question(id=qid, text=f"Explain {skill} topic {qid}.", type="technical",
                    skill_id=skill, level=level, key_points=KEY_POINTS)


def beh(qid: str, competency: str, roles: list[str] | None = None) -> Question:
    return Question(id=qid, text=f"Tell me about a time ({qid}).", type="behavioral",
                    competency=competency, key_points=KEY_POINTS, roles=roles or [])


@st.composite
def banks(draw: st.DrawFn) -> list[Question]:
    techs = draw(st.lists(st.tuples(st.sampled_from(SKILLS), st.sampled_from(LEVELS)),
                          min_size=0, max_size=25))
    behs = draw(st.lists(st.tuples(st.sampled_from(COMPETENCIES),
                                   st.sampled_from([[], [], ["backend-developer"], ["teacher"]])),
                         min_size=0, max_size=15))
    return ([tech(f"t{i}", s, lv) for i, (s, lv) in enumerate(techs)]
            + [beh(f"b{i}", c, r) for i, (c, r) in enumerate(behs)])


targets = st.builds(
    InterviewTarget,
    title=st.just("Backend Developer"),
    role_id=st.sampled_from(["backend-developer", None]),
    skills=st.lists(st.tuples(st.sampled_from(SKILLS[:5]),
                              st.sampled_from(["critical", "important", "nice-to-have"])),
                    max_size=5, unique_by=lambda sp: sp[0]))


@settings(max_examples=200, deadline=None)
@given(bank=banks(), target=targets, gaps=st.lists(st.sampled_from(SKILLS), max_size=3),
       count=st.integers(0, 15), seed=st.text(max_size=8),
       recent=st.sets(st.sampled_from([f"t{i}" for i in range(10)] + ["b0", "b1"])))
def test_property_22_interview_questions(bank: list[Question], target: InterviewTarget,
                                         gaps: list[str], count: int, seed: str,
                                         recent: set[str]) -> None:
    """Every mock interview has 5–10 questions, each technical or behavioural, none twice."""
    try:
        plan = plan_interview(bank, target, gaps=gaps, count=count, seed=seed, recent=recent)
    except InvalidInput:
        return
    assert 5 <= len(plan.questions) <= 10
    assert len(plan.questions) == max(5, min(10, count)) or len(plan.questions) < count
    assert all(q.type in ("technical", "behavioral") for q in plan.questions)
    assert len({q.id for q in plan.questions}) == len(plan.questions)


@settings(max_examples=200, deadline=None)
@given(bank=banks(), target=targets, gaps=st.lists(st.sampled_from(SKILLS), max_size=3),
       count=st.integers(5, 10), seed=st.text(max_size=8))
def test_property_23_relevance(bank: list[Question], target: InterviewTarget, gaps: list[str],
                               count: int, seed: str) -> None:
    """Every question relates to the target role or its skills (or the user's gaps)."""
    try:
        plan = plan_interview(bank, target, gaps=gaps, count=count, seed=seed)
    except InvalidInput:
        relevant = [q for q in bank if (q.type == "technical" and q.skill_id in
                                        {s for s, _ in target.skills} | set(gaps))
                    or (q.type == "behavioral" and (not q.roles or target.role_id in q.roles))]
        assert len(relevant) < 5
        return
    allowed = {s for s, _ in target.skills} | set(gaps)
    for question in plan.questions:
        if question.type == "technical":
            assert question.skill_id in allowed
        else:
            assert not question.roles or target.role_id in question.roles


def big_bank() -> list[Question]:
    bank = [tech(f"{s}-{lv}-{n}", s, lv) for s in SKILLS for lv in LEVELS for n in range(2)]
    return bank + [beh(f"beh-{c}-{n}", c) for c in COMPETENCIES for n in range(2)]


BACKEND = InterviewTarget(title="Backend Developer", role_id="backend-developer",
                          skills=[("sql", "critical"), ("git", "critical"),
                                  ("python", "important"), ("docker", "important"),
                                  ("aws", "nice-to-have")])


@pytest.mark.parametrize("count", range(5, 11))
def test_about_60_percent_technical(count: int) -> None:
    plan = plan_interview(big_bank(), BACKEND, count=count, seed="x")
    kinds = Counter(q.type for q in plan.questions)
    assert len(plan.questions) == count
    assert kinds["technical"] == technical_count(count)
    assert 0.5 <= kinds["technical"] / count <= 0.7


def test_default_is_six_questions_four_technical_interleaved() -> None:
    plan = plan_interview(big_bank(), BACKEND, seed="abc")
    assert [q.type[0] for q in plan.questions] == list("tbtbtt")


def test_gap_skills_and_critical_skills_come_first() -> None:
    plan = plan_interview(big_bank(), BACKEND, gaps=["docker"], count=5, seed="s")
    skills = [q.skill_id for q in plan.questions if q.type == "technical"]
    assert skills[0] == "docker"  # an important skill the user lacks
    assert set(skills[1:]) == {"sql", "git"}  # then the critical ones, before nice-to-have


def test_one_question_per_skill_before_a_second() -> None:
    plan = plan_interview(big_bank(), BACKEND, count=10, seed="s")
    skills = [q.skill_id for q in plan.questions if q.type == "technical"]
    assert len(skills) == 6 and len(set(skills)) == 5


def test_questions_at_the_users_level_first() -> None:
    for level in LEVELS:
        plan = plan_interview(big_bank(), BACKEND, level=level, seed="s")
        assert {q.level for q in plan.questions if q.type == "technical"} == {level}


def test_nearest_level_when_the_skill_has_none_at_the_users_level() -> None:
    bank = [tech("sql-adv", "sql", "advanced"), tech("sql-beg", "sql", "beginner"),
            tech("sql-int", "sql", "intermediate")] + big_bank()[6 * 7:]
    target = InterviewTarget(title="DBA", skills=[("sql", "critical")])
    plan = plan_interview([q for q in bank if q.id != "sql-beg"], target, level="beginner",
                          count=5, seed="s")
    assert plan.questions[0].id == "sql-int"


def test_same_seed_same_plan_other_seeds_vary() -> None:
    first = plan_interview(big_bank(), BACKEND, seed="interview-1")
    again = plan_interview(big_bank(), BACKEND, seed="interview-1")
    assert [q.id for q in first.questions] == [q.id for q in again.questions]
    plans = {tuple(q.id for q in plan_interview(big_bank(), BACKEND, seed=f"i{n}").questions)
             for n in range(10)}
    assert len(plans) > 3


def test_recent_questions_are_avoided_when_possible() -> None:
    first = plan_interview(big_bank(), BACKEND, seed="a")
    recent = {q.id for q in first.questions}
    second = plan_interview(big_bank(), BACKEND, seed="a", recent=recent)
    assert not recent & {q.id for q in second.questions}


def test_recent_questions_are_reused_when_nothing_else_fits() -> None:
    bank = [tech("sql-1", "sql"), tech("sql-2", "sql")] + [
        beh(f"b{n}", COMPETENCIES[n]) for n in range(4)]
    target = InterviewTarget(title="Analyst", skills=[("sql", "critical")])
    plan = plan_interview(bank, target, seed="a", recent={"sql-1", "b0"}, count=6)
    assert {q.id for q in plan.questions} == {q.id for q in bank}
    assert plan.questions[0].id == "sql-2"


def test_behavioural_only_without_a_target() -> None:
    plan = plan_interview(big_bank(), InterviewTarget(), seed="s")
    assert {q.type for q in plan.questions} == {"behavioral"}
    assert len(plan.questions) == 6


def test_distinct_competencies_and_role_specific_questions_first() -> None:
    bank = big_bank() + [beh("beh-backend", "teamwork", ["backend-developer"]),
                         beh("beh-teacher", "teamwork", ["teacher"])]
    plan = plan_interview(bank, BACKEND, count=10, seed="s")
    behavioural = [q for q in plan.questions if q.type == "behavioral"]
    assert behavioural[0].id == "beh-backend"
    assert "beh-teacher" not in {q.id for q in plan.questions}
    assert len({q.competency for q in behavioural}) == len(behavioural)


def test_too_few_relevant_questions_is_an_error_with_guidance() -> None:
    with pytest.raises(InvalidInput) as caught:
        plan_interview([tech("a", "sql"), beh("b", "teamwork")],
                       InterviewTarget(skills=[("sql", "critical")]))
    assert caught.value.guidance


@pytest.mark.parametrize(("stated", "level"), [
    ("student", "beginner"), ("graduate", "beginner"), ("early-career", "intermediate"),
    (None, "intermediate"), ("Senior engineer", "advanced")])
def test_question_level_from_experience(stated: str | None, level: str) -> None:
    assert question_level(stated) == level


def test_the_real_bank_plans_a_backend_interview() -> None:
    bank = default_question_bank()
    if len(bank) < 20:
        pytest.skip("the question bank is still being written")
    target = InterviewTarget(title="Backend Developer", role_id="backend-developer",
                             skills=[("rest-api", "critical"), ("sql", "critical"),
                                     ("git", "critical"), ("python", "important"),
                                     ("docker", "important"), ("linux", "important")])
    plan = plan_interview(bank.all(), target, seed="smoke")
    assert len(plan.questions) == 6
    assert Counter(q.type for q in plan.questions) == {"technical": 4, "behavioral": 2}
