"""Fewer than 3 resources at the bar (Property 10 shortfall): what meets it is kept, the
shortfall is said plainly, and the next best are added, marked, never as meeting the bar."""

from __future__ import annotations

import pytest

from storage.resource_index import seed_catalog
from tools.resources.catalog import ResourceCatalog
from tools.resources.models import Resource, Rubric
from tools.resources.quality import editorial_score
from tools.resources.recommend import (
    MIN_RECOMMENDED,
    fallback_fields,
    recommend_resources,
    recommend_with_fallback,
    shortfall_note,
)


def _resource(key: str, type_: str, digits: str, levels: tuple[str, ...],
              skills: tuple[str, ...] = ("perl",), available: bool = True) -> Resource:
    rubric = Rubric(authority=int(digits[0]), currency=int(digits[1]), depth=int(digits[2]),
                    practice=int(digits[3]))
    score = editorial_score(rubric)
    return Resource(key=key, title=key.replace("-", " ").title(),
                    url=f"https://example.org/{key}", type=type_, provider="Example",
                    levels=levels, duration_minutes=60, skills=skills, rubric=rubric,
                    editorial_score=score, score=score, available=available)


# Perl at the advanced level: one resource at the bar, two below it, one gone, and others
# at the intermediate and beginner levels only.
SHORT = ResourceCatalog([
    _resource("perl-ref", "documentation", "5543", ("intermediate", "advanced")),
    _resource("perl-book", "book", "4342", ("advanced",)),
    _resource("perl-blog", "article", "3332", ("advanced",)),
    _resource("perl-gone", "course", "5555", ("advanced",), available=False),
    _resource("perl-course", "course", "5545", ("intermediate",)),
    _resource("perl-intro", "course", "5555", ("beginner",)),
    _resource("ruby-book", "book", "5555", ("advanced",), skills=("ruby",)),
], {"perl": "Perl", "ruby": "Ruby"})


def _without(*keys: str) -> ResourceCatalog:
    return ResourceCatalog([r for r in SHORT.resources if r.key not in keys], {"perl": "Perl"})


def test_one_at_the_bar_is_kept_and_below_bar_ones_fill_the_rest() -> None:
    found = recommend_with_fallback("perl", "advanced", SHORT)
    assert [r.key for r in found.resources] == ["perl-ref"]
    assert found.short and found.wanted == MIN_RECOMMENDED
    assert [(f.resource.key, f.reason, f.level) for f in found.fallbacks] == [
        ("perl-book", "below_bar", "advanced"), ("perl-blog", "below_bar", "advanced")]
    assert all(f.resource.score < 4.0 for f in found.fallbacks)
    assert shortfall_note(found, "Perl") == (
        "Only 1 resource for Perl at advanced level meets the 4.0 quality bar. The next best "
        "are listed apart, each marked with why it misses the bar and its score.")


def test_the_nearest_other_level_comes_after_the_below_bar_ones() -> None:
    found = recommend_with_fallback("perl", "advanced", SHORT, limit=5)
    less = recommend_with_fallback("perl", "advanced", _without("perl-blog"))
    assert len(found.fallbacks) == 2  # topped up to 3 in all, not to the limit
    assert [(f.resource.key, f.reason, f.level) for f in less.fallbacks] == [
        ("perl-book", "below_bar", "advanced"), ("perl-course", "other_level", "intermediate")]
    mark = fallback_fields(less.fallbacks[1], less.level)
    assert mark == {"reason": "other_level", "offered_level": "intermediate",
                    "meets_bar": False, "mark": "intermediate level, not advanced; score 4.7"}


def test_with_nothing_at_the_level_the_nearest_levels_are_offered_in_order() -> None:
    found = recommend_with_fallback("perl", "advanced", _without(
        *(r.key for r in SHORT.resources if "advanced" in r.levels)))
    assert found.resources == ()
    assert [(f.resource.key, f.level) for f in found.fallbacks] == [
        ("perl-course", "intermediate"), ("perl-intro", "beginner")]
    assert (shortfall_note(found, "Perl") or "").startswith(
        "No resource for Perl at advanced level meets the 4.0 quality bar.")


def test_enough_at_the_bar_means_no_note_and_no_fallbacks() -> None:
    catalog = ResourceCatalog([*SHORT.resources,
                               _resource("perl-labs", "practice", "5545", ("intermediate",)),
                               _resource("perl-talk", "video", "5545", ("intermediate",))])
    found = recommend_with_fallback("perl", "intermediate", catalog)
    assert len(found.resources) == 4 and not found.short and found.fallbacks == ()
    assert shortfall_note(found, "Perl") is None


def test_a_smaller_limit_that_is_filled_is_not_a_shortfall() -> None:
    found = recommend_with_fallback("perl", "advanced", SHORT, limit=1)
    assert [r.key for r in found.resources] == ["perl-ref"] and not found.short


def test_a_skill_with_nothing_else_says_so() -> None:
    catalog = ResourceCatalog([_resource("perl-ref", "documentation", "5543", ("advanced",))],
                              {"perl": "Perl"})
    found = recommend_with_fallback("perl", "advanced", catalog)
    assert found.short and found.fallbacks == ()
    assert "nothing else" in (shortfall_note(found, "Perl") or "")


@pytest.mark.parametrize(("skill", "level"), [("perl", "beginner"),
                                              ("product-management", "advanced"),
                                              ("bash", "advanced")])
def test_known_gaps_of_the_bundled_catalogue_are_topped_up(skill: str, level: str) -> None:
    catalog = seed_catalog()
    at_bar = recommend_resources(skill, level, catalog, limit=20)
    assert len(at_bar) < MIN_RECOMMENDED  # still a known gap (tests/storage seed test)
    found = recommend_with_fallback(skill, level, catalog)
    assert [r.key for r in found.resources] == [r.key for r in at_bar]
    assert len(found.resources) + len(found.fallbacks) == MIN_RECOMMENDED
    for fallback in found.fallbacks:
        r = fallback.resource
        assert skill in r.skills and r.available
        assert (fallback.reason == "below_bar" and r.fits(found.level) and r.score < 4.0) or (
            fallback.reason == "other_level" and not r.fits(found.level))


def test_later_skills_are_left_out_of_the_alternatives_too() -> None:
    """Property 12 for a stage: nothing that also teaches a later stage's skill, at the bar
    or among the next best."""
    catalog = ResourceCatalog([
        _resource("perl-ref", "documentation", "5543", ("advanced",)),
        _resource("perl-and-c", "book", "5555", ("advanced",), skills=("perl", "c")),
        _resource("perl-c-notes", "article", "3332", ("advanced",), skills=("perl", "c")),
        _resource("perl-blog", "article", "3332", ("advanced",)),
    ], {"perl": "Perl", "c": "C"})
    found = recommend_with_fallback("perl", "advanced", catalog, exclude_skills={"c"})
    assert [r.key for r in found.resources] == ["perl-ref"]
    assert [f.resource.key for f in found.fallbacks] == ["perl-blog"]
    assert "perl-and-c" in {r.key for r in recommend_with_fallback(
        "perl", "advanced", catalog).resources}
