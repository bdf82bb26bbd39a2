"""Properties 6, 7, 8, 9, 12, 13 and 32 of PROPERTIES.md as Hypothesis tests."""

from __future__ import annotations

import math
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from roadmap_fakes import FakeFinder, curated_ids, matcher, roles, taxonomy

from tools.gaps.models import SkillGap
from tools.roadmap.adapt import adapt_roadmap, regenerate_roadmap
from tools.roadmap.build import build_roadmap
from tools.roadmap.explain import explain_skill
from tools.roadmap.goal import GoalResolver, roadmap_for_goal
from tools.roadmap.models import LEVELS, LearningPlan, Roadmap
from tools.roadmap.progress import complete_goal, complete_stage

EXAMPLES = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
START = date(2026, 12, 1)

plans = st.builds(
    LearningPlan,
    level=st.sampled_from(LEVELS),
    pace=st.just("daily"),
    hours=st.sampled_from([0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 8.0]),
    deadline_weeks=st.one_of(st.none(), st.integers(1, 104)),
) | st.builds(
    LearningPlan,
    level=st.sampled_from(LEVELS),
    pace=st.just("weekly"),
    hours=st.sampled_from([1.0, 3.0, 5.0, 10.0, 20.0]),
    deadline_weeks=st.one_of(st.none(), st.integers(1, 104)),
)
priorities = st.sampled_from(["critical", "important", "nice-to-have"])


@st.composite
def gap_lists(draw: st.DrawFn, min_size: int = 1, free_text: bool = True) -> list[SkillGap]:
    """Gaps on curated skills, and sometimes free-text skills the taxonomy does not know."""
    ids = draw(st.lists(st.sampled_from(curated_ids()), min_size=min_size, max_size=18,
                        unique=True))
    gaps = [SkillGap(skill=taxonomy().by_id(i).name, taxonomy_id=i,  # type: ignore[union-attr]
                     priority=draw(priorities), explanation="asked for") for i in ids]
    if free_text:
        names = draw(st.lists(st.from_regex(r"[A-Z][a-z]{3,9}ware", fullmatch=True),
                              max_size=3, unique=True))
        gaps += [SkillGap(skill=n, priority=draw(priorities), explanation="asked for")
                 for n in names]
    return gaps


def _partners(gaps: list[SkillGap]) -> dict[str, str]:
    ids = [g.taxonomy_id for g in gaps if g.taxonomy_id]
    return {a: b for a, b in zip(ids, reversed(ids), strict=True) if a != b}


def assert_valid(roadmap: Roadmap) -> None:
    """Property 6, plus the builder's own promises (order, sizes, schedule)."""
    assert roadmap.stages
    seen: set[str] = set()
    day = 0
    for number, stage in enumerate(roadmap.stages, start=1):
        assert stage.number == number
        assert stage.skills
        assert stage.estimated_days > 0
        assert any(goal.type in ("daily", "weekly") for goal in stage.goals)
        assert stage.first_day >= day
        day = stage.first_day + stage.estimated_days
        for skill in stage.skills:
            assert set(skill.prerequisites) <= seen | {s.id for s in stage.skills}
            seen.add(skill.id)
    assert roadmap.estimated_days == sum(s.estimated_days for s in roadmap.stages)
    count = sum(len(s.skills) for s in roadmap.stages)
    if count >= 6:
        assert 3 <= len(roadmap.stages) <= 5
        assert all(2 <= len(s.skills) <= 3 for s in roadmap.stages)


@EXAMPLES
@given(gaps=gap_lists(), plan=plans)
def test_property_6_roadmap_structure(gaps: list[SkillGap], plan: LearningPlan) -> None:
    """Property 6: every roadmap has at least one stage; every stage has at least one skill,
    an estimated time > 0 and at least one goal marked daily or weekly."""
    roadmap = build_roadmap(gaps, plan, taxonomy(), FakeFinder(), start=START)
    assert_valid(roadmap)
    within = {s.id for stage in roadmap.stages for s in stage.skills}
    assert len(within) + len(roadmap.deferred) == len({(g.taxonomy_id or g.skill.casefold())
                                                       for g in gaps})
    if roadmap.deadline is not None and roadmap.deadline.fits:
        assert not any("deadline" in w for w in roadmap.warnings)


def _known_names() -> list[str]:
    names = [r.title for r in roles()] + [a for r in roles() for a in r.aliases]
    names += [taxonomy().by_id(i).name for i in curated_ids()  # type: ignore[union-attr]
              if not taxonomy().by_id(i).case_sensitive]  # type: ignore[union-attr]
    return names


KNOWN = _known_names()
TEMPLATES = ["I want to become a {}", "{}", "help me get a job as a {} within a year",
             "learn {}", "I'd like to learn {} please", "How do I become {}?"]
_resolver: GoalResolver | None = None


def resolver() -> GoalResolver:
    global _resolver
    if _resolver is None:
        _resolver = GoalResolver(roles(), matcher(), taxonomy())
    return _resolver


@EXAMPLES
@given(template=st.sampled_from(TEMPLATES), name=st.sampled_from(KNOWN), plan=plans)
def test_property_7_roadmap_from_a_prompt(template: str, name: str, plan: LearningPlan) -> None:
    """Property 7: any non-empty goal in plain text that names a role or skill the coach knows
    yields a valid roadmap without a resume."""
    resolution, roadmap = roadmap_for_goal(template.format(name), plan, resolver(),
                                           taxonomy(), FakeFinder(), start=START)
    assert resolution.kind in ("role", "skills")
    assert roadmap is not None
    assert_valid(roadmap)


@EXAMPLES
@given(goal=st.from_regex(r"[qxz]{4,9}( [qxzv]{4,9}){0,4}[?!.]?", fullmatch=True))
def test_property_7_unknown_goals_get_a_clarifying_question(goal: str) -> None:
    """Property 7 (issue 5, point 1): a goal naming no known role or skill gets a clarifying
    question, not a generic plan."""
    resolution, roadmap = roadmap_for_goal(goal, LearningPlan(), resolver(), taxonomy())
    assert roadmap is None
    assert resolution.kind == "clarify"
    assert resolution.question and goal.split()[0] in resolution.question


def _complete_stages(roadmap: Roadmap, count: int, ratio: float) -> Roadmap:
    """Complete the first ``count`` stages in ``ratio`` × their estimate."""
    for stage in roadmap.stages[:count]:
        taken = max(1, math.floor(stage.estimated_days * ratio))
        roadmap = complete_stage(roadmap, stage.number,
                                 START + timedelta(days=stage.first_day + taken - 1), taken)
    return roadmap


@EXAMPLES
@given(gaps=gap_lists(min_size=4, free_text=False), plan=plans,
       ratio=st.floats(0.05, 0.7), data=st.data())
def test_property_8_adapting_to_fast_progress(gaps: list[SkillGap], plan: LearningPlan,
                                              ratio: float, data: st.DataObject) -> None:
    """Property 8: when stages are completed ≥ 30% faster than estimated, later stages move
    up in difficulty (to intermediate or advanced)."""
    finder = FakeFinder()
    roadmap = build_roadmap(gaps, plan, taxonomy(), finder, start=START)
    done = data.draw(st.integers(1, max(1, len(roadmap.stages) - 1)))
    before = roadmap
    roadmap = _complete_stages(roadmap, done, ratio)
    fast = [s for s in roadmap.stages[:done]
            if s.actual_days is not None and s.actual_days <= 0.7 * s.estimated_days]
    adapted = adapt_roadmap(roadmap, START + timedelta(days=400), finder)
    for old, new in zip(before.stages[done:], adapted.stages[done:], strict=True):
        if fast:
            assert new.difficulty in ("intermediate", "advanced")
            assert LEVELS.index(new.difficulty) >= LEVELS.index(old.difficulty)
            assert all(r.difficulty == new.difficulty for g in new.goals for r in g.resources)
    assert adapt_roadmap(adapted, START + timedelta(days=400), finder) == adapted


@EXAMPLES
@given(gaps=gap_lists(min_size=2, free_text=False), plan=plans, data=st.data())
def test_property_9_adapting_to_slow_progress(gaps: list[SkillGap], plan: LearningPlan,
                                              data: st.DataObject) -> None:
    """Property 9: when a stage takes ≥ 50% longer than estimated, additional foundational
    resources are recommended for its skills."""
    finder = FakeFinder()
    roadmap = build_roadmap(gaps, plan, taxonomy(), finder, start=START)
    stage = roadmap.stages[0]
    taken = math.ceil(1.5 * stage.estimated_days) + data.draw(st.integers(0, 30))
    if data.draw(st.booleans()):
        roadmap = complete_stage(roadmap, 1, START + timedelta(days=taken - 1), taken)
    adapted = adapt_roadmap(roadmap, START + timedelta(days=taken - 1), finder)
    slow = adapted.stages[0]
    linked = {r.url for g in stage.goals for r in g.resources}
    extra = slow.foundational_resources
    assert extra and all(r.foundational and r.url not in linked for r in extra)
    assert all(r.difficulty == "beginner" for r in extra)
    for skill in slow.skills:
        assert any(skill.id in r.skills for r in extra)
    assert any(a.kind == "slower" and a.stage == 1 for a in adapted.adaptations)


@EXAMPLES
@given(gaps=gap_lists(min_size=2), plan=plans, data=st.data())
def test_property_12_resources_follow_the_stages(gaps: list[SkillGap], plan: LearningPlan,
                                                 data: st.DataObject) -> None:
    """Property 12: resources recommended for stage N fit stage N's skills, not skills that
    first appear in later stages."""
    finder = FakeFinder(_partners(gaps))
    roadmap = build_roadmap(gaps, plan, taxonomy(), finder, start=START)
    slow_on = START + timedelta(days=10 * roadmap.stages[0].estimated_days)
    roadmap = adapt_roadmap(roadmap, slow_on, finder)
    for index, stage in enumerate(roadmap.stages):
        own = {s.id for s in stage.skills}
        later = {s.id for other in roadmap.stages[index + 1:] for s in other.skills}
        refs = [r for g in stage.goals for r in g.resources] + stage.foundational_resources
        assert refs or not any(s.taxonomy_id for s in stage.skills)
        for ref in refs:
            assert set(ref.skills) & own
            assert not set(ref.skills) & later
        for goal in stage.goals:
            assert all(set(r.skills) & set(goal.skills) for r in goal.resources)


@EXAMPLES
@given(topic=st.text(max_size=60) | st.sampled_from(KNOWN).map(
    lambda n: f"Explain {n} simply"))
def test_property_13_explanations(topic: str) -> None:
    """Property 13: any topic asked about gets a non-empty explanation."""
    explanation = explain_skill(topic, taxonomy(), FakeFinder())
    assert explanation.text.strip()
    assert explanation.where_to_start.strip()
    if explanation.skill_id:
        assert explanation.name in explanation.text


@EXAMPLES
@given(gaps=gap_lists(min_size=3), plan=plans, new_plan=plans, data=st.data())
def test_property_32_regeneration_keeps_progress(gaps: list[SkillGap], plan: LearningPlan,
                                                 new_plan: LearningPlan,
                                                 data: st.DataObject) -> None:
    """Property 32: regenerating a roadmap after a change of preferences keeps every completed
    stage completed (and every completed goal completed)."""
    finder = FakeFinder()
    roadmap = build_roadmap(gaps, plan, taxonomy(), finder, start=START)
    done = data.draw(st.integers(0, len(roadmap.stages)))
    roadmap = _complete_stages(roadmap, done, data.draw(st.floats(0.1, 2.0)))
    names = [s.name for stage in roadmap.stages[done:] for s in stage.skills]
    for name in data.draw(st.lists(st.sampled_from(names), max_size=3, unique=True)) \
            if names else []:
        roadmap, _ = complete_goal(roadmap, f"mark the {name} goal done",
                                   START + timedelta(days=3))
    today = START + timedelta(days=data.draw(st.integers(0, 200)))
    regenerated = regenerate_roadmap(roadmap, new_plan, finder, on=today)
    assert_valid(regenerated)
    assert regenerated.plan == new_plan
    old_done = [s for s in roadmap.stages if s.status == "completed"]
    new_stages = {s.number: s for s in regenerated.stages}
    for stage in old_done:
        assert new_stages[stage.number].status == "completed"
        assert new_stages[stage.number].skill_ids == stage.skill_ids
    old_goals = {g.key for g in roadmap.goals() if g.completed}
    new_goals = {g.key for g in regenerated.goals() if g.completed}
    assert old_goals <= new_goals
