"""The bundled skill taxonomy: size, integrity, curated aliases and case rules."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from storage.taxonomy import (
    SEED_FILE,
    SkillLookup,
    Taxonomy,
    default_taxonomy,
    load_taxonomy,
    skill_by_alias,
    skill_by_id,
    taxonomy_version,
)
from tools.taxonomy import SkillEntry


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return default_taxonomy()


def test_seed_loads_at_least_3000_skills_with_unique_ids(taxonomy: Taxonomy) -> None:
    ids = [e.id for e in taxonomy.entries]
    assert len(ids) >= 3000
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*", i) for i in ids)


def test_every_type_is_represented_and_demand_is_in_range(taxonomy: Taxonomy) -> None:
    types = Counter(e.type for e in taxonomy.entries)
    assert set(types) == {"hard", "soft", "knowledge", "certification", "language"}
    assert types["soft"] >= 30 and types["language"] >= 50 and types["certification"] >= 30
    assert all(0.0 <= e.demand <= 1.0 for e in taxonomy.entries)
    # Hot, widely listed technologies rank above obscure ones.
    assert skill_by_id("python").demand > 0.7 > skill_by_id("cobol").demand


def test_most_skills_cite_esco_or_onet(taxonomy: Taxonomy) -> None:
    cited = [e for e in taxonomy.entries if e.esco_uri or e.onet_code]
    assert len(cited) / len(taxonomy) > 0.85
    assert skill_by_id("kubernetes").onet_code
    assert skill_by_id("javascript").esco_uri.startswith("http://data.europa.eu/esco/skill/")


def test_surface_forms_belong_to_one_skill_each(taxonomy: Taxonomy) -> None:
    owners: dict[str, set[str]] = {}
    for entry in taxonomy.entries:
        for form in entry.surface_forms():
            owners.setdefault(form.casefold(), set()).add(entry.id)
    shared = {form: ids for form, ids in owners.items() if len(ids) > 1}
    assert shared == {}


def test_at_least_300_technical_skills_carry_editorial_bands(taxonomy: Taxonomy) -> None:
    banded = [e for e in taxonomy.entries if e.difficulty and e.learning_hours]
    technical = [e for e in banded if e.type in ("hard", "knowledge")]
    assert len(technical) >= 300
    assert {e.learning_hours for e in banded} <= {10, 25, 60, 150, 300}
    for entry in banded:
        for ref in entry.prerequisites + entry.broader:
            assert skill_by_id(ref) is not None, (entry.id, ref)


def test_kubernetes_comes_after_docker_after_linux() -> None:
    assert "docker" in skill_by_id("kubernetes").prerequisites
    assert "linux" in skill_by_id("docker").prerequisites
    assert skill_by_id("kubernetes").difficulty == "advanced"
    assert skill_by_id("linux").difficulty == "beginner"


@pytest.mark.parametrize(("written", "skill_id"), [
    ("k8s", "kubernetes"), ("K8s", "kubernetes"), ("JS", "javascript"), ("TS", "typescript"),
    ("Postgres", "postgresql"), ("GCP", "gcp"), ("ML", "machine-learning"), ("NLP", "nlp"),
    ("CI/CD", "ci-cd"), ("CICD", "ci-cd"), ("Node.js", "nodejs"), ("Node", "nodejs"),
    ("React.js", "react"), ("ReactJS", "react"), ("React", "react"), (".NET", "dotnet"),
    ("C#", "csharp"), ("C++", "cpp"), ("Go", "go"), ("Golang", "go"), ("golang", "go"),
    ("R", "r"), ("A/B testing", "ab-testing"), ("REST APIs", "rest-api"),
    ("RESTful API", "rest-api"), ("AWS", "aws"), ("Excel", "excel"), ("sklearn", "scikit-learn"),
    ("  postgres , ", "postgresql"), ("node js", "nodejs"), ("team player", "teamwork"),
    ("CKA", "cert-cka"), ("Spanish", "language-spanish"),
])
def test_curated_names_and_aliases_resolve(written: str, skill_id: str) -> None:
    entry = skill_by_alias(written)
    assert entry is not None and entry.id == skill_id


@pytest.mark.parametrize("written", ["go", "r", "swift", "excel", "Word", "Access", "slack", "RN",
                                     "BA", "AR", "latex", "make", "rest", "ml", "DOE",
                                     "LinkedIn", "Google", "teamwork skills galore"])
def test_ambiguous_or_common_words_do_not_resolve(written: str) -> None:
    assert skill_by_alias(written) is None


def test_java_and_javascript_stay_apart() -> None:
    assert skill_by_alias("Java").id == "java"
    assert skill_by_alias("JavaScript").id == "javascript"
    assert "java" not in skill_by_id("javascript").broader + skill_by_id("javascript").aliases


def test_lookup_prefers_exact_case_for_case_sensitive_forms() -> None:
    lookup = SkillLookup([("Go", "go", True), ("GO", "game-objects", False)])
    assert lookup.find("Go") == ("go", "Go")
    assert lookup.find("go") == ("game-objects", "GO")
    assert lookup.find("") is None


def test_load_is_cached_but_returns_a_fresh_list() -> None:
    first, second = load_taxonomy(), load_taxonomy()
    assert first == second and first is not second
    assert first[0] is second[0]


def test_version_is_a_content_hash(tmp_path: Path) -> None:
    copy = tmp_path / "skills.jsonl"
    shutil.copyfile(SEED_FILE, copy)
    assert taxonomy_version(copy) == taxonomy_version()
    assert re.fullmatch(r"[0-9a-f]{16}", taxonomy_version())
    changed = tmp_path / "changed.jsonl"
    extra = SkillEntry(id="zz-new", name="Brand new skill")
    changed.write_text(copy.read_text() + extra.model_dump_json() + "\n")
    assert taxonomy_version(changed) != taxonomy_version()
    assert load_taxonomy(changed)[-1].id == "zz-new"


@pytest.mark.parametrize(("written", "skill_id"), [
    ("Microsoft PowerShell", "powershell"), ("Google Angular", "angular"),
    ("PRDs", "product-requirements"), ("roadmap", "product-roadmap"),
    ("Flow Designer", "servicenow-flow-designer"), ("OpenTelemetry", "opentelemetry"),
    ("asyncio", "asyncio"), ("Lambda", "aws-lambda"), ("MERN", "mern-stack"),
])
def test_curated_additions_and_publisher_twins_resolve(written: str, skill_id: str) -> None:
    entry = skill_by_alias(written)
    assert entry is not None and entry.id == skill_id


@pytest.mark.parametrize("written", ["reconciliation", "SaaS", "algorithms"])
def test_misleading_aliases_are_gone(written: str) -> None:
    assert skill_by_alias(written) is None


def test_front_and_back_end_are_kinds_of_web_development() -> None:
    for skill_id in ("frontend-development", "backend-development"):
        entry = skill_by_id(skill_id)
        assert entry is not None and "web-development" in entry.broader
