"""Finding the resource a user means ("rate the Docker course 4 out of 5")."""

from __future__ import annotations

import re

from tools.resources.catalog import ResourceCatalog
from tools.resources.models import Resource, ResourceType

TYPE_WORDS: dict[str, ResourceType] = {
    "course": "course", "courses": "course", "class": "course", "tutorial": "course",
    "docs": "documentation", "documentation": "documentation", "manual": "documentation",
    "guide": "documentation", "reference": "documentation",
    "video": "video", "videos": "video", "talk": "video", "lectures": "video",
    "practice": "practice", "exercises": "practice", "labs": "practice", "lab": "practice",
    "challenges": "practice", "article": "article", "post": "article", "book": "book",
}
"""Words users use for each resource type."""

_STOP = frozenset({"the", "a", "an", "my", "of", "for", "to", "on", "in", "with", "and",
                   "i", "it", "this", "that", "rate", "gave", "give", "out", "stars", "star"})
_WORD = re.compile(r"[a-z0-9+#.]+")


def match_resource(catalog: ResourceCatalog, mention: str,
                   skill_id: str | None = None) -> Resource | None:
    """The catalogue resource a short mention most likely names, or None.

    Scoring: one point per word of the mention found in the title, provider or skill
    names, two more when a type word ("course", "docs", "book") names the resource's type
    (a type word alone counts only when ``skill_id`` narrows the choice);
    ties go to the higher-scored resource, then the key. Only resources teaching
    ``skill_id`` are considered when it is given.

    Args:
        catalog: The catalogue.
        mention: The user's words ("the Docker course").
        skill_id: Restrict to resources for this skill (from the context), if known.
    """
    words = [w for w in _WORD.findall(mention.lower()) if w not in _STOP and not w.isdigit()]
    if not words:
        return None
    pool = catalog.covering(skill_id) if skill_id else catalog.resources
    best: tuple[float, float, str] | None = None
    chosen: Resource | None = None
    for resource in pool:
        points = _points(resource, words, catalog, narrowed=skill_id is not None)
        if points <= 0:
            continue
        rank = (-points, -resource.score, resource.key)
        if best is None or rank < best:
            best, chosen = rank, resource
    return chosen


def _points(resource: Resource, words: list[str], catalog: ResourceCatalog,
            narrowed: bool) -> float:
    text = " ".join([resource.title, resource.provider,
                     *(catalog.name_of(s) for s in resource.skills), *resource.skills]).lower()
    vocabulary = set(_WORD.findall(text))
    points = float(sum(1 for w in words if w in vocabulary and w not in TYPE_WORDS))
    if (points or narrowed) and any(TYPE_WORDS.get(w) == resource.type for w in words):
        points += 2
    return points
