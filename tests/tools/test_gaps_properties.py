"""Properties 2, 3, 4 and 5 of /work/shared/PROPERTIES.md as Hypothesis tests.

Skills get random low-dimensional unit vectors (so many pairs land near the 0.75 threshold)
and random ``broader`` links; names are chosen so that no two are name twins, which makes
Property 2's rule exactly: covered ⇔ same skill, more specific skill, or cosine ≥ 0.75.
"""

from __future__ import annotations

from datetime import date

import numpy as np
from gap_fakes import FakeCatalog, FakeVectors
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tools.gaps import analyze_gaps, infer_roles
from tools.gaps.models import Role
from tools.jobs.models import PRIORITY_ORDER, JobDescription, JobSkill
from tools.resume.models import Experience, ResumeProfile, ResumeSkill
from tools.taxonomy import SkillEntry

NAMES = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India",
         "Juliet", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa"]
IDS = [n.lower() for n in NAMES]
PRIORITIES = ["critical", "important", "nice-to-have"]
TODAY = date(2024, 6, 1)
DIMS = 3

vectors_st = st.integers(0, 2**32 - 1).map(
    lambda seed: np.random.default_rng(seed).normal(size=(len(IDS), DIMS)).tolist())
"""Random vectors from a seed: fast to generate; 3 dimensions put many pairs near 0.75."""
broader_st = st.lists(st.one_of(st.none(), st.integers(0, len(IDS) - 1)), min_size=len(IDS),
                      max_size=len(IDS))
types_st = st.lists(st.sampled_from(["hard", "hard", "knowledge", "soft"]), min_size=len(IDS),
                    max_size=len(IDS))
demand_st = st.integers(0, 2**32 - 1).map(
    lambda seed: np.random.default_rng(seed).choice([0.0, 0.25, 0.5, 0.71, 0.9],
                                                    size=len(IDS)).tolist())
subset_st = st.lists(st.integers(0, len(IDS) - 1), unique=True, max_size=len(IDS))
job_items_st = st.lists(st.tuples(st.integers(0, len(IDS) - 1), st.sampled_from(PRIORITIES),
                                  st.text(max_size=40)),
                        min_size=1, max_size=len(IDS), unique_by=lambda t: t[0])


def _world(vectors: list[list[float]], broader: list[int | None], types: list[str],
           demand: list[float]) -> tuple[FakeCatalog, FakeVectors]:
    entries = []
    for i, skill_id in enumerate(IDS):
        parent = broader[i]
        links = [IDS[parent]] if parent is not None and parent < i else []
        entries.append(SkillEntry(id=skill_id, name=NAMES[i], type=types[i],  # type: ignore[arg-type]
                                  demand=round(demand[i], 3), broader=links))
    table = {skill_id: np.array(vectors[i]) for i, skill_id in enumerate(IDS)}
    return FakeCatalog(entries), FakeVectors(table, DIMS)


def _closure(skill_id: str, catalog: FakeCatalog) -> set[str]:
    found: set[str] = set()
    todo = list(catalog.entries[skill_id].broader)
    while todo:
        current = todo.pop()
        if current not in found:
            found.add(current)
            todo.extend(catalog.entries[current].broader)
    return found


def _profile(indices: list[int]) -> ResumeProfile:
    return ResumeProfile(skills=[ResumeSkill(name=NAMES[i], taxonomy_id=IDS[i], source="skills")
                                 for i in indices])


def _job(items: list[tuple[int, str, str]]) -> JobDescription:
    return JobDescription(skills=[JobSkill(name=NAMES[i], taxonomy_id=IDS[i], priority=p,  # type: ignore[arg-type]
                                           evidence=e) for i, p, e in items])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vectors_st, broader_st, types_st, demand_st, subset_st, job_items_st)
def test_gap_completeness(vectors: list[list[float]], broader: list[int | None],
                          types: list[str], demand: list[float], resume_idx: list[int],
                          job_items: list[tuple[int, str, str]]) -> None:
    """Property 2: a job skill is a gap exactly when no resume skill is the same, more specific,
    or at cosine ≥ 0.75 (4 decimals); no covered skill is reported as a gap."""
    catalog, index = _world(vectors, broader, types, demand)
    report = analyze_gaps(_profile(resume_idx), _job(job_items), index, catalog, today=TODAY)
    unit = {s: v / np.linalg.norm(v) for s, v in index.vectors.items()}
    expected_gaps = set()
    for i, _, _ in job_items:
        want = IDS[i]
        covered = any(
            IDS[r] == want or want in _closure(IDS[r], catalog)
            or round(float(unit[IDS[r]] @ unit[want]), 4) >= 0.75 for r in resume_idx)
        if not covered:
            expected_gaps.add(want)
    assert {g.taxonomy_id for g in report.gaps} == expected_gaps
    assert {c.taxonomy_id for c in report.covered} == {IDS[i] for i, _, _ in job_items} - \
        expected_gaps
    assert index.calls <= 1


@settings(max_examples=150, deadline=None)
@given(vectors_st, broader_st, types_st, demand_st, subset_st, job_items_st)
def test_gap_categorisation(vectors: list[list[float]], broader: list[int | None],
                            types: list[str], demand: list[float], resume_idx: list[int],
                            job_items: list[tuple[int, str, str]]) -> None:
    """Property 4: every gap has exactly one priority — critical, important or nice-to-have —
    the one the job gave it, and a non-empty explanation quoting the job's sentence."""
    catalog, index = _world(vectors, broader, types, demand)
    report = analyze_gaps(_profile(resume_idx), _job(job_items), index, catalog, today=TODAY)
    asked = {IDS[i]: (p, e) for i, p, e in job_items}
    for gap in report.gaps:
        assert gap.priority in PRIORITIES
        assert gap.priority == asked[gap.taxonomy_id or ""][0]
        assert gap.explanation.strip()
        evidence = " ".join(asked[gap.taxonomy_id or ""][1].split())
        if evidence:
            assert f'"{evidence}"' in gap.explanation
        assert 0.0 <= gap.market_demand <= 1.0


@settings(max_examples=150, deadline=None)
@given(vectors_st, broader_st, types_st, demand_st, subset_st, job_items_st)
def test_gap_ordering(vectors: list[list[float]], broader: list[int | None], types: list[str],
                      demand: list[float], resume_idx: list[int],
                      job_items: list[tuple[int, str, str]]) -> None:
    """Property 5: critical gaps come before important ones, which come before nice-to-have
    ones; within a priority, higher market demand first."""
    catalog, index = _world(vectors, broader, types, demand)
    report = analyze_gaps(_profile(resume_idx), _job(job_items), index, catalog, today=TODAY)
    keys = [(PRIORITY_ORDER[g.priority], -g.market_demand) for g in report.gaps]
    assert keys == sorted(keys)


role_st = st.lists(
    st.tuples(st.lists(st.integers(0, len(IDS) - 1), min_size=1, max_size=4, unique=True),
              st.lists(st.integers(0, len(IDS) - 1), max_size=5, unique=True),
              st.sampled_from(NAMES), st.sampled_from([None, 1.0, 3.0])),
    min_size=3, max_size=12)


@settings(max_examples=150, deadline=None)
@given(vectors_st, broader_st, types_st, demand_st, subset_st, role_st,
       st.lists(st.sampled_from(NAMES), max_size=3))
def test_role_inference(vectors: list[list[float]], broader: list[int | None],
                        types: list[str], demand: list[float], resume_idx: list[int],
                        raw_roles: list[tuple[list[int], list[int], str, float | None]],
                        titles: list[str]) -> None:
    """Property 3: for a resume and no job description, exactly 3 distinct roles come back,
    each with a fit in [0, 100] and its required skills, best first."""
    catalog, index = _world(vectors, broader, types, demand)
    roles = []
    for n, (critical, important, title, years) in enumerate(raw_roles):
        important = [i for i in important if i not in critical]
        roles.append(Role(id=f"role-{n}", title=f"{title} specialist", onet_code="15-0000.00",
                          onet_title="Test", critical=[IDS[i] for i in critical],
                          important=[IDS[i] for i in important], years_experience=years))
    profile = _profile(resume_idx).model_copy(update={"experience": [
        Experience(title=f"{t} specialist", start="2022-01", end="present") for t in titles]})
    fits = infer_roles(profile, roles, index, catalog, today=TODAY)
    assert len(fits) == 3 and len({f.role_id for f in fits}) == 3
    assert [f.fit for f in fits] == sorted((f.fit for f in fits), reverse=True)
    by_id = {r.id: r for r in roles}
    for fit in fits:
        assert 0.0 <= fit.fit <= 100.0
        role = by_id[fit.role_id]
        assert fit.required_skills == [catalog.entries[s].name
                                       for s in [*role.critical, *role.important]]
        assert set(fit.missing_skills).isdisjoint(fit.matched_skills)
    assert index.calls <= 1
