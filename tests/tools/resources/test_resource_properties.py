"""Properties 10, 11, 12, 33 and 34 on generated catalogues and on the bundled one."""

from __future__ import annotations

from functools import lru_cache

from hypothesis import given, settings
from hypothesis import strategies as st
from resource_strategies import SKILLS, catalogs

from tools.resources.catalog import ResourceCatalog
from tools.resources.models import LEVELS, RatingSummary
from tools.resources.quality import RECOMMEND_MIN_SCORE, blended_score, with_ratings
from tools.resources.recommend import (
    alternatives_for,
    recommend_for_stage,
    recommend_resources,
)

levels = st.sampled_from(LEVELS)


@lru_cache(maxsize=1)
def bundled() -> ResourceCatalog:
    from storage.resource_index import seed_catalog

    return seed_catalog()


def _eligible(catalog: ResourceCatalog, skill: str, level: str) -> list:
    return [r for r in catalog.covering(skill)
            if r.fits(level) and r.available and r.score >= RECOMMEND_MIN_SCORE]


@settings(max_examples=150, deadline=None)
@given(catalog=catalogs(), skill=st.sampled_from(SKILLS), level=levels,
       limit=st.integers(3, 8))
def test_property_10_resource_quality(catalog, skill, level, limit) -> None:
    """Property 10: at least 3 resources (when the catalogue has 3 eligible), each with a
    score >= 4.0, covering the skill, at the requested level, not known unavailable."""
    if not catalog.covering(skill):
        return
    found = recommend_resources(skill, level, catalog, limit=limit)
    eligible = _eligible(catalog, skill, level)
    assert len(found) == min(limit, len(eligible))
    assert len(found) >= min(3, len(eligible))
    for resource in found:
        assert resource.score >= 4.0
        assert skill in resource.skills
        assert resource.fits(level)
        assert resource.available


@settings(max_examples=150, deadline=None)
@given(catalog=catalogs(), skill=st.sampled_from(SKILLS), level=levels,
       limit=st.integers(2, 8))
def test_property_11_resource_diversity(catalog, skill, level, limit) -> None:
    """Property 11: the recommendations span at least 2 resource types whenever the
    eligible resources do."""
    if not catalog.covering(skill):
        return
    found = recommend_resources(skill, level, catalog, limit=limit)
    if len({r.type for r in _eligible(catalog, skill, level)}) >= 2:
        assert len({r.type for r in found}) >= 2


@settings(max_examples=120, deadline=None)
@given(skill=st.sampled_from(sorted(bundled().skills)), level=levels)
def test_properties_10_and_11_on_the_bundled_catalogue(skill, level) -> None:
    """Properties 10 and 11 on the real catalogue: >= 3 resources of >= 2 types whenever
    it has them, every one eligible."""
    catalog = bundled()
    found = recommend_resources(skill, level, catalog)
    eligible = _eligible(catalog, skill, level)
    assert len(found) >= min(3, len(eligible))
    assert all(r.score >= 4.0 and skill in r.skills and r.fits(level) for r in found)
    if len({r.type for r in eligible}) >= 2:
        assert len({r.type for r in found}) >= 2


@st.composite
def staged(draw: st.DrawFn) -> tuple[ResourceCatalog, list[list[str]], int, str]:
    catalog = draw(catalogs(min_size=5))
    order = draw(st.permutations(SKILLS))
    cuts = sorted(draw(st.lists(st.integers(1, len(order) - 1), min_size=1, max_size=3,
                                unique=True)))
    bounds = [0, *cuts, len(order)]
    stages = [list(order[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    return catalog, stages, draw(st.integers(0, len(stages) - 1)), draw(levels)


@settings(max_examples=150, deadline=None)
@given(case=staged())
def test_property_12_resources_follow_the_stages(case) -> None:
    """Property 12: resources recommended for stage N teach stage N's skills and none of
    the skills that first appear in later stages."""
    catalog, stages, n, level = case
    later = {s for stage in stages[n + 1:] for s in stage}
    plan = recommend_for_stage(stages[n], level, catalog, later_skills=later)
    assert list(plan) == stages[n]
    for skill, found in plan.items():
        for resource in found:
            assert skill in resource.skills
            assert not later.intersection(resource.skills)
            assert resource.fits(level)


@settings(max_examples=150, deadline=None)
@given(catalog=catalogs(min_size=2), pick=st.integers(0, 100), data=st.data())
def test_property_33_unavailable_resources_get_alternatives(catalog, pick, data) -> None:
    """Property 33: when a resource becomes unavailable, at least one alternative for the
    same skill and level is suggested (whenever the catalogue has another one)."""
    gone = catalog.resources[pick % len(catalog)].model_copy(update={"available": False})
    catalog = catalog.updated([gone])
    level = data.draw(st.sampled_from(gone.levels))
    others = [r for r in catalog.resources if r.key != gone.key and r.available
              and r.fits(level) and set(r.skills) & set(gone.skills)]
    found = alternatives_for(gone, catalog, level=level)
    assert bool(found) == bool(others)
    for resource in found:
        assert resource.key != gone.key and resource.available and resource.fits(level)
        assert set(resource.skills) & set(gone.skills)


@settings(max_examples=150, deadline=None)
@given(catalog=catalogs(min_size=1), pick=st.integers(0, 100),
       earlier=st.lists(st.integers(1, 5), max_size=30), stars=st.integers(1, 5),
       skill=st.sampled_from(SKILLS), level=levels)
def test_property_34_ratings_count(catalog, pick, earlier, stars, skill, level) -> None:
    """Property 34: a user's rating updates the resource's average (moving the blended
    score toward it) and later recommendations reflect the new score."""
    target = catalog.resources[pick % len(catalog)]
    before = with_ratings(target, RatingSummary.of(earlier))
    after = with_ratings(target, RatingSummary.of([*earlier, stars]))
    assert after.ratings.count == before.ratings.count + 1
    assert after.score == blended_score(target.editorial_score, after.ratings)
    if stars > before.score:
        assert before.score < after.score <= stars
    elif stars < before.score:
        assert stars <= after.score < before.score
    rated = catalog.updated([after])
    found = recommend_resources(skill, level, rated, limit=20) if rated.covering(skill) else []
    listed = any(r.key == after.key for r in found)
    fits = skill in after.skills and after.fits(level) and after.available
    assert listed == (fits and after.score >= RECOMMEND_MIN_SCORE)
    assert all(r.score == after.score for r in found if r.key == after.key)
