"""Fakes for the gap-analysis tests: a skill catalog and a skill-vector index with chosen
cosines, counting calls so tests can check that comparisons are batched."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from tools.gaps.protocols import SkillRef
from tools.taxonomy import SkillEntry


class FakeCatalog:
    """Taxonomy lookups over a list of entries."""

    def __init__(self, entries: Iterable[SkillEntry]) -> None:
        self.entries = {e.id: e for e in entries}

    def by_id(self, skill_id: str) -> SkillEntry | None:
        return self.entries.get(skill_id)


class FakeVectors:
    """Skill vectors from a table; free text hashes to a fixed random unit vector.

    Attributes:
        calls: Number of ``skill_vectors`` calls.
        sizes: Batch size of each call.
    """

    def __init__(self, vectors: Mapping[str, np.ndarray], dimensions: int) -> None:
        self.vectors = {k: np.asarray(v, dtype=np.float64) for k, v in vectors.items()}
        self.dimensions = dimensions
        self.calls = 0
        self.sizes: list[int] = []

    def skill_vectors(self, skills: Sequence[SkillRef]) -> np.ndarray:
        self.calls += 1
        self.sizes.append(len(skills))
        rows = [self.vectors[s] if s in self.vectors else self._text(name)
                for s, name in skills]
        matrix = np.vstack(rows) if rows else np.zeros((0, self.dimensions))
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return matrix / norms

    def _text(self, name: str) -> np.ndarray:
        seed = int.from_bytes(hashlib.sha256(name.casefold().encode()).digest()[:4], "big")
        return np.random.default_rng(seed).normal(size=self.dimensions)


def orthogonal_vectors(ids: Sequence[str],
                       pairs: Mapping[tuple[str, str], float] | None = None) -> FakeVectors:
    """One axis per skill; each ``(a, b): cos`` pair makes ``b = cos·a + sin·b`` so the two
    have exactly that cosine (pairs must not share skills)."""
    dims = len(ids)
    basis = {s: np.eye(dims)[i] for i, s in enumerate(ids)}
    vectors = dict(basis)
    for (a, b), cos in (pairs or {}).items():
        vectors[b] = cos * basis[a] + np.sqrt(max(0.0, 1 - cos * cos)) * basis[b]
    return FakeVectors(vectors, dims)


def entry(skill_id: str, name: str, *aliases: str, type: str = "hard", demand: float = 0.5,
          broader: Sequence[str] = (), prerequisites: Sequence[str] = (),
          case_sensitive: bool = False) -> SkillEntry:
    return SkillEntry(id=skill_id, name=name, aliases=list(aliases), type=type,  # type: ignore[arg-type]
                      demand=demand, broader=list(broader), prerequisites=list(prerequisites),
                      case_sensitive=case_sensitive)


SMALL_TAXONOMY: list[SkillEntry] = [
    entry("java", "Java", demand=0.78),
    entry("javascript", "JavaScript", "JS", demand=0.75),
    entry("c", "C", demand=0.74, case_sensitive=True),
    entry("cpp", "C++", demand=0.76, prerequisites=["c"]),
    entry("csharp", "C#", demand=0.67),
    entry("dotnet", ".NET", "dotnet", demand=0.66, prerequisites=["csharp"]),
    entry("go", "Go", "Golang", demand=0.68, case_sensitive=True),
    entry("r", "R", demand=0.77, case_sensitive=True),
    entry("nodejs", "Node.js", "NodeJS", demand=0.68, prerequisites=["javascript"]),
    entry("ci-cd", "CI/CD", "continuous integration", demand=0.71),
    entry("linux", "Linux", demand=0.7),
    entry("docker", "Docker", demand=0.71, prerequisites=["linux"]),
    entry("kubernetes", "Kubernetes", "k8s", demand=0.72, prerequisites=["docker", "linux"]),
    entry("sql", "SQL", demand=0.8),
    entry("postgresql", "PostgreSQL", "Postgres", demand=0.7, broader=["sql"]),
    entry("mysql", "MySQL", demand=0.69, broader=["sql"]),
    entry("react", "React", demand=0.67, prerequisites=["javascript"]),
    entry("react-native", "React Native", demand=0.05, prerequisites=["react"]),
    entry("python", "Python", demand=0.87),
    entry("communication", "Communication", type="soft", demand=0.0),
    entry("teamwork", "Teamwork", type="soft", demand=0.0),
    entry("language-english", "English", type="language"),
    entry("language-spanish", "Spanish", type="language"),
]
SMALL_IDS = [e.id for e in SMALL_TAXONOMY]
