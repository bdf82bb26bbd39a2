"""Recommendation details: ranking, free text, index failure fallback, errors, mentions."""

from __future__ import annotations

import pytest

from tools.errors import InvalidInput, NotFound
from tools.resources.catalog import ResourceCatalog
from tools.resources.mention import match_resource
from tools.resources.models import RatingSummary, Resource, Rubric
from tools.resources.quality import blended_score, editorial_score
from tools.resources.recommend import recommend_for_stage, recommend_resources
from tools.resources.search import ResourceSearchUnavailable


def _resource(key: str, type_: str, skills: tuple[str, ...], digits: str = "5544",
              levels: tuple[str, ...] = ("beginner",), title: str | None = None) -> Resource:
    rubric = Rubric(authority=int(digits[0]), currency=int(digits[1]), depth=int(digits[2]),
                    practice=int(digits[3]))
    score = editorial_score(rubric)
    return Resource(key=key, title=title or key.replace("-", " ").title(),
                    url=f"https://example.org/{key}", type=type_, provider="Example",
                    levels=levels, duration_minutes=60, skills=skills, rubric=rubric,
                    editorial_score=score, score=score)


CATALOG = ResourceCatalog([
    _resource("docker-docs", "documentation", ("docker",), "5553", ("beginner", "advanced")),
    _resource("docker-course", "course", ("docker",), "5545"),
    _resource("docker-labs", "practice", ("docker", "linux"), "4535"),
    _resource("k8s-course", "course", ("kubernetes", "docker"), "5444"),
    _resource("docker-book-old", "book", ("docker",), "3221"),
    _resource("linux-book", "book", ("linux",), "4454", title="The Linux Command Line"),
], {"docker": "Docker", "kubernetes": "Kubernetes", "linux": "Linux"})


class FakeIndex:
    """Answers from a fixed table; fails when asked to."""

    def __init__(self, table: dict[str, list[tuple[str, float]]], fail: bool = False) -> None:
        self.table, self.fail, self.calls = table, fail, 0

    def search(self, query, limit, skills=None):
        self.calls += 1
        if self.fail:
            raise ResourceSearchUnavailable("server down")
        return self.table.get(query, [])[:limit]


def test_editorial_score_is_the_weighted_rubric() -> None:
    assert editorial_score(Rubric(authority=5, currency=5, depth=5, practice=3)) == 4.6
    assert editorial_score(Rubric(authority=0, currency=0, depth=0, practice=0)) == 0.0


def test_blended_score_is_a_bayesian_average_with_the_editorial_prior() -> None:
    assert blended_score(4.4, RatingSummary()) == 4.4
    assert blended_score(4.4, RatingSummary.of([1])) == pytest.approx(23 / 6)
    assert blended_score(4.4, RatingSummary.of([5] * 95)) == pytest.approx((22 + 475) / 100)
    with pytest.raises(ValueError):
        blended_score(5.5, RatingSummary())


def test_main_skill_resources_rank_before_side_mentions() -> None:
    found = recommend_resources("docker", "beginner", CATALOG)
    keys = [r.key for r in found]
    assert keys[:2] == ["docker-course", "docker-docs"]
    assert "docker-book-old" not in keys  # below 4.0
    assert keys.index("k8s-course") > keys.index("docker-labs")


def test_level_filter_is_strict() -> None:
    assert [r.key for r in recommend_resources("docker", "advanced", CATALOG)] == ["docker-docs"]
    assert recommend_resources("docker", "intermediate", CATALOG) == []


def test_semantic_index_ranks_free_text_and_ignores_weak_matches() -> None:
    index = FakeIndex({"command line shells": [("linux-book", 0.7), ("docker-labs", 0.2)]})
    found = recommend_resources("command line shells", "beginner", CATALOG, index=index)
    assert [r.key for r in found] == ["linux-book"]


def test_free_text_without_an_index_is_refused_with_guidance() -> None:
    with pytest.raises(NotFound) as caught:
        recommend_resources("underwater basket weaving", "beginner", CATALOG)
    assert caught.value.guidance


def test_index_failure_falls_back_to_the_local_catalogue() -> None:
    """Property 37: the index (an outside service) failing changes nothing visible."""
    failing = FakeIndex({}, fail=True)
    assert (recommend_resources("docker", "beginner", CATALOG, index=failing)
            == recommend_resources("docker", "beginner", CATALOG))
    assert failing.calls == 1


@pytest.mark.parametrize(("level", "limit"), [("expert", 5), ("beginner", 0),
                                              ("beginner", 21)])
def test_bad_level_or_limit_is_refused(level: str, limit: int) -> None:
    with pytest.raises(InvalidInput) as caught:
        recommend_resources("docker", level, CATALOG, limit=limit)
    assert caught.value.message and caught.value.guidance


def test_blank_skill_is_refused() -> None:
    with pytest.raises(InvalidInput):
        recommend_resources("  ", "beginner", CATALOG)


def test_stage_skills_without_resources_get_an_empty_list() -> None:
    plan = recommend_for_stage(["docker", "cobol"], "beginner", CATALOG,
                               later_skills=["kubernetes"])
    assert plan["cobol"] == []
    assert "k8s-course" not in [r.key for r in plan["docker"]]


def test_mentions_find_the_resource_the_user_names() -> None:
    assert match_resource(CATALOG, "the Docker course").key == "docker-course"
    assert match_resource(CATALOG, "that linux book").key == "linux-book"
    assert match_resource(CATALOG, "the docs", skill_id="docker").key == "docker-docs"
    assert match_resource(CATALOG, "something else entirely") is None
