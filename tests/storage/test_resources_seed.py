"""The bundled resource catalogue: real, well-formed, covering the in-demand skills."""

from __future__ import annotations

import statistics
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from storage.resource_index import SEED_FILE, load_resources, resources_version
from storage.taxonomy import load_taxonomy
from tools.resources.models import RESOURCE_TYPES
from tools.resources.quality import editorial_score

yaml = pytest.importorskip("yaml", reason="PyYAML comes with the test extra")
SOURCE = SEED_FILE.with_name("resources.yaml")


@pytest.fixture(scope="module")
def source() -> dict:
    return yaml.safe_load(SOURCE.read_text(encoding="utf-8"))


def test_catalogue_has_at_least_300_resources_of_every_type() -> None:
    resources = load_resources()
    types = Counter(r.type for r in resources)
    assert len(resources) >= 300
    assert set(types) == set(RESOURCE_TYPES)


def test_keys_and_urls_are_unique_and_every_link_is_unverified() -> None:
    resources = load_resources()
    assert len({r.key for r in resources}) == len(resources)
    assert len({r.url for r in resources}) == len(resources)
    assert all(r.last_verified is None and r.available for r in resources)
    assert all(r.ratings.count == 0 for r in resources)  # no invented review counts


def test_every_skill_is_a_taxonomy_id() -> None:
    known = {e.id for e in load_taxonomy()}
    unknown = {s for r in load_resources() for s in r.skills} - known
    assert not unknown


def test_every_url_is_on_its_publishers_domain(source: dict) -> None:
    providers = source["providers"]
    for entry in source["resources"]:
        host = urlsplit(entry["url"]).hostname or ""
        domains = providers[entry["p"]]["domains"]
        assert any(host == d or host.endswith("." + d) for d in domains), entry["id"]


def test_jsonl_is_the_compiled_yaml(source: dict) -> None:
    """The build script was run after the last edit of resources.yaml."""
    by_key = {r.key: r for r in load_resources()}
    assert set(by_key) == {e["id"] for e in source["resources"]}
    for entry in source["resources"]:
        resource = by_key[entry["id"]]
        assert resource.url == entry["url"] and resource.type == entry["type"]
        assert list(resource.skills) == entry["skills"]
        digits = "".join(str(v) for v in resource.rubric.model_dump().values())
        assert digits == str(entry["q"])
        assert resource.editorial_score == editorial_score(resource.rubric)


def test_editorial_scores_have_a_real_spread() -> None:
    scores = [r.editorial_score for r in load_resources()]
    assert min(scores) < 3.0 and max(scores) >= 4.8
    assert statistics.pstdev(scores) > 0.3
    share_recommendable = sum(s >= 4.0 for s in scores) / len(scores)
    assert 0.3 < share_recommendable < 0.8


def test_core_skills_are_in_demand_and_covered(source: dict) -> None:
    """>= 100 of the most in-demand skills have >= 3 resources of >= 2 types each."""
    core = source["core_skills"]
    assert len(core) >= 100 and len(set(core)) == len(core)
    curated = sorted((e for e in load_taxonomy() if e.difficulty and e.type != "certification"),
                     key=lambda e: (-e.demand, e.id))
    top = {e.id for e in curated[:250]}
    assert set(core) <= top
    for skill in core:
        covering = [r for r in load_resources() if skill in r.skills]
        assert len(covering) >= 3, skill
        assert len({r.type for r in covering}) >= 2, skill


def test_version_follows_the_file_content() -> None:
    assert len(resources_version()) == 16
    assert resources_version() == resources_version(Path(SEED_FILE))


# (skill, level) pairs of core skills where the catalogue does not yet hold >= 3 resources
# scored >= 4.0 of >= 2 types (Properties 10, 11); storage/seed/README.md, "Coverage".
# Perl (beginner): perldoc and perlretut (documentation) only; Learning Perl 3.8 (2021),
#   Exercism's Perl track 3.7 (a 5-exercise beta syllabus), Perl Weekly Challenge 3.6.
# Advanced: every cell below has >= 2 resources scored >= 4.0 but of one type, or only 2:
#   product-management  Scrum.org's Product Owner path (article) and MIT 15.783J (course);
#                   Scrum.org's PSPO-Advanced class page could not be confirmed, Reforge 3.8
#   seaborn, tableau, express, nextjs
#                   only the project's own documentation; no course, book or practice at that
#                   level scores >= 4.0 (Workout Wednesday 3.6: a community site, no grading;
#                   Vercel's Next.js Foundations and Full Stack Open part 4 are intermediate)
#   bash, ruby      the manuals and references only; the advanced books are over two years old
#                   (Black Hat Bash 3.8, Programming Ruby 3.3 3.9); Exercism's tracks are
#                   algorithm exercises, not advanced Bash or Ruby; ShellCheck's wiki 3.7-3.9
#   seo             Google's documentation (Search Central, the rater guidelines) only; Moz and
#                   Ahrefs academies 3.8, The Art of SEO 3.9
KNOWN_GAPS = {
    "beginner": {"perl"},
    "intermediate": set(),
    "advanced": {
        "product-management", "seo", "seaborn", "tableau", "express", "nextjs", "bash",
        "ruby"},
}


@pytest.mark.parametrize("level", ["beginner", "intermediate", "advanced"])
def test_core_skills_are_recommendable_at_each_level(source: dict, level: str) -> None:
    """Property 10/11 on the seed: >= 3 resources scored >= 4.0 of >= 2 types per core skill
    at the level, apart from the known gaps listed above (which may only shrink)."""
    core = source["core_skills"]
    assert KNOWN_GAPS[level] <= set(core)
    resources = load_resources()
    missing = set()
    for skill in core:
        good = [r for r in resources
                if skill in r.skills and r.fits(level) and r.editorial_score >= 4.0]
        if len(good) < 3 or len({r.type for r in good}) < 2:
            missing.add(skill)
    assert missing <= KNOWN_GAPS[level], sorted(missing - KNOWN_GAPS[level])
    assert len(core) - len(missing) >= {"beginner": 100, "intermediate": 101, "advanced": 93}[level]
