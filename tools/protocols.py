"""Interfaces for the stateful things tools need, so tests can pass fakes.

Storage supplies the real implementations (fastembed, Qdrant).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class Embedder(Protocol):
    """Turns texts into unit-length vectors (384 floats for all-MiniLM-L6-v2)."""

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """Embed texts; returns one L2-normalised vector per text, in order."""
        ...


class SkillMatch(Protocol):
    """One hit of a skill search."""

    @property
    def skill_id(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def score(self) -> float: ...


class SkillCanonicalizer(Protocol):
    """Maps skills as written to taxonomy entries (storage's ``SkillIndex`` is one)."""

    def canonicalize_many(self, names: Sequence[str]) -> Sequence[SkillMatch | None]:
        """One hit per name (exact, alias or semantic nearest), or ``None`` when unknown."""
        ...
