"""What gap analysis needs from the outside: skill vectors and taxonomy lookups.

Storage supplies the real things (``storage.vectors.SkillIndex`` and
``storage.taxonomy.Taxonomy``); tests pass fakes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from tools.taxonomy import SkillEntry

SkillRef = tuple[str | None, str]
"""A skill as gap analysis sees it: ``(taxonomy_id, name)``; ``taxonomy_id`` is ``None`` for a
free-text skill."""

Matrix = npt.NDArray[np.floating[Any]]


class SkillVectors(Protocol):
    """Unit embedding vectors of skills, fetched for a whole batch at once."""

    def skill_vectors(self, skills: Sequence[SkillRef]) -> Matrix:
        """One L2-normalised row per skill, in order: the stored vector of the canonical name
        for a taxonomy id, the embedding of the name for free text (all free texts in one
        embedding call). Shape ``[len(skills), dimensions]``."""
        ...


class SkillCatalog(Protocol):
    """Lookups in the skill taxonomy."""

    def by_id(self, skill_id: str) -> SkillEntry | None:
        """The entry with this id, or None."""
        ...
