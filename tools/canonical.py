"""Shared step of canonicalisation: map free-text skills to taxonomy entries, then merge
skills that turn out to be the same.

Used for resume skills (:mod:`tools.resume.canonical`) and job-description skills
(:mod:`tools.jobs.canonical`); each passes its own rule for merging a duplicate.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from tools.protocols import SkillCanonicalizer


class NamedSkill(Protocol):
    """A skill with a name and an optional taxonomy id (a Pydantic model)."""

    name: str
    taxonomy_id: str | None

    def model_copy(self: S, *, update: dict[str, object] | None = None,
                   deep: bool = False) -> S: ...


S = TypeVar("S", bound=NamedSkill)


def map_and_merge(skills: Sequence[S], canonicalizer: SkillCanonicalizer,
                  merge: Callable[[S, S], None]) -> list[S] | None:
    """Canonicalise the free-text skills and merge duplicates, keeping first-mention order.

    Args:
        skills: The skills as extracted; those with a taxonomy id are kept as they are.
        canonicalizer: Exact/alias, then semantic nearest above its threshold.
        merge: Folds a later duplicate into the kept copy (e.g. keep the higher priority).

    Returns:
        The new list, or ``None`` when there was no free-text skill (nothing changes).
    """
    free = [skill for skill in skills if skill.taxonomy_id is None]
    if not free:
        return None
    hits = dict(zip((id(s) for s in free),
                    canonicalizer.canonicalize_many([s.name for s in free]), strict=True))
    merged: dict[str, S] = {}
    for skill in skills:
        hit = hits.get(id(skill))
        if hit is not None:
            skill = skill.model_copy(update={"name": hit.name, "taxonomy_id": hit.skill_id})
        key = skill.taxonomy_id or f"free:{skill.name.lower()}"
        if key in merged:
            merge(merged[key], skill)
        else:
            merged[key] = skill.model_copy()
    return list(merged.values())
