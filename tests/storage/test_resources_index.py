"""The resources collection: vector file, skill-filtered search, server failure (37)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from test_vectors import WordHashEmbedder  # the same deterministic fake embedder

from storage.resource_index import (
    ResourceIndex,
    load_resources,
    resolve_skill,
    resource_text,
    resources_spec,
    seed_catalog,
)
from storage.vectors import ensure_vector_file
from tools.resources.recommend import recommend_resources
from tools.resources.search import ResourceSearchUnavailable

SAMPLE = [r for r in load_resources()
          if {"docker", "kubernetes", "sql", "excel"} & set(r.skills)]
NAMES = {"docker": "Docker", "kubernetes": "Kubernetes", "sql": "SQL", "excel": "Excel"}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> ResourceIndex:
    spec = resources_spec(SAMPLE, NAMES)
    path = ensure_vector_file(tmp_path_factory.mktemp("vectors"), WordHashEmbedder(),
                              progress=False, spec=spec)
    return ResourceIndex.local(path, WordHashEmbedder())


def test_one_point_per_resource_with_its_skills(index: ResourceIndex) -> None:
    spec = resources_spec(SAMPLE, NAMES)
    assert len(index) == len(SAMPLE) == len(spec.texts)
    assert spec.payloads[0]["skills"] == list(SAMPLE[0].skills)
    assert "Teaches" in resource_text(SAMPLE[0], NAMES)


def test_vector_file_is_computed_once(tmp_path: Path) -> None:
    embedder = WordHashEmbedder()
    spec = resources_spec(SAMPLE, NAMES)
    first = ensure_vector_file(tmp_path, embedder, progress=False, spec=spec)
    done = embedder.texts_embedded
    assert ensure_vector_file(tmp_path, embedder, progress=False, spec=spec) == first
    assert embedder.texts_embedded == done


def test_search_filters_by_skill_and_ranks_by_similarity(index: ResourceIndex) -> None:
    hits = index.search("Docker", 50, ["docker"])
    keys = {r.key for r in SAMPLE if "docker" in r.skills}
    assert hits and {k for k, _ in hits} <= keys
    scores = [s for _, s in hits]
    assert scores == sorted(scores, reverse=True)
    assert index.search("Docker", 5, ["no-such-skill"]) == []
    assert len(index.search("spreadsheet formulas", 3)) == 3


def test_recommendations_with_the_index_keep_the_rules(index: ResourceIndex) -> None:
    catalog = seed_catalog()
    with_index = recommend_resources("docker", "beginner", catalog, index=index)
    assert len(with_index) >= 3
    assert all("docker" in r.skills and r.score >= 4.0 for r in with_index)


def test_unreachable_qdrant_server_raises_unavailable(tmp_path: Path) -> None:
    """Property 37: the caller gets a typed signal and ranks the local catalogue."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    path = ensure_vector_file(tmp_path, WordHashEmbedder(), progress=False,
                              spec=resources_spec(SAMPLE, NAMES))
    with pytest.raises(ResourceSearchUnavailable):
        ResourceIndex.server(f"http://127.0.0.1:{port}", None, path, WordHashEmbedder())


def test_user_words_resolve_to_catalogue_skills() -> None:
    catalog = seed_catalog()
    assert resolve_skill("k8s", catalog) == "kubernetes"
    assert resolve_skill("  Docker ", catalog) == "docker"
    assert resolve_skill("drawing charts", catalog) == "drawing charts"
