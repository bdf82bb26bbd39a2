"""Recommending resources for a skill and level, for a roadmap stage, and alternatives.

Rules (Properties 10, 11, 12, 33, 37):

* Eligible: teaches the skill (a taxonomy id in the catalogue, or, for free text, a semantic
  match from the index), serves the requested level, not known to be unavailable, and a
  blended score ≥ 4.0.
* Ranked by ``score + RELEVANCE_WEIGHT · relevance``, relevance in [0, 1]. *Focus* is 1 when
  the skill is the resource's main one (listed first), else ``0.5 / number of skills it
  teaches``. With a semantic index, relevance is the mean of focus and the cosine similarity
  (floored at 0) of the skill's name to the resource; without one, or when it fails, focus
  alone (Property 37). For free text (no taxonomy skill), relevance is the cosine.
* The top result, the best of another type, then the rest by rank: at least 2 types
  whenever the eligible resources have 2.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable

from prompts import resources as words
from tools.errors import InvalidInput, NotFound
from tools.resources.catalog import ResourceCatalog
from tools.resources.models import LEVELS, Resource
from tools.resources.quality import RECOMMEND_MIN_SCORE
from tools.resources.search import ResourceSearch, ResourceSearchUnavailable
from tools.taxonomy import Difficulty

log = logging.getLogger(__name__)

DEFAULT_LIMIT = 5
MAX_LIMIT = 20
RELEVANCE_WEIGHT = 1.0
"""Weight of relevance (0–1) against the blended score (0–5) in the ranking: a resource
must be a full point better in quality to outrank one that is a perfect semantic match."""
SEMANTIC_THRESHOLD = 0.40
"""Minimum cosine for a free-text query (no taxonomy skill) to count a resource as teaching
it. Measured with all-MiniLM-L6-v2 on the seed catalogue (storage/seed/README.md,
"Resources"): the best resource for 8 on-topic queries ("charts in python", "writing SQL
joins", "negotiating a salary") scored 0.43–0.67; for 5 off-topic ones ("gardening tips",
"car repair") at most 0.35."""
CANDIDATES = 64
"""Resources fetched from the index for a free-text query before filtering."""


def recommend_resources(skill: str, level: str, catalog: ResourceCatalog, *,
                        index: ResourceSearch | None = None, limit: int = DEFAULT_LIMIT,
                        min_score: float = RECOMMEND_MIN_SCORE,
                        exclude_keys: Collection[str] = (),
                        exclude_skills: Collection[str] = ()) -> list[Resource]:
    """The best resources for learning a skill at a level (Properties 10, 11).

    Args:
        skill: A taxonomy skill id the catalogue covers (``"docker"``), or free text
            searched semantically when ``index`` is given.
        level: beginner, intermediate or advanced.
        catalog: The catalogue with current availability and blended scores.
        index: Semantic index over the catalogue; optional. When it fails, the local
            catalogue alone is ranked (Property 37).
        limit: Maximum number of resources (1–20).
        min_score: Minimum blended score (default 4.0).
        exclude_keys: Resources not to recommend (one already shown or unavailable).
        exclude_skills: Leave out resources that also teach any of these skills.

    Returns:
        Up to ``limit`` resources, best first; fewer (possibly none) when the catalogue has
        fewer eligible ones.

    Raises:
        InvalidInput: Unknown level, blank skill or ``limit`` out of range.
        NotFound: Free text and no index, or nothing in the catalogue matches it.
    """
    wanted = _check(skill, level, limit)
    candidates, relevance = _candidates(skill.strip(), catalog, index)
    skipped_keys, skipped_skills = set(exclude_keys), set(exclude_skills)
    eligible = [r for r in candidates
                if r.fits(wanted) and r.available and r.score >= min_score
                and r.key not in skipped_keys and not skipped_skills.intersection(r.skills)]
    ranked = sorted(eligible, key=lambda r: (-(r.score + RELEVANCE_WEIGHT * relevance[r.key]),
                                             r.key))
    return _diverse(ranked, limit)


def recommend_for_stage(stage_skills: Iterable[str], level: str, catalog: ResourceCatalog, *,
                        later_skills: Collection[str] = (), index: ResourceSearch | None = None,
                        per_skill: int = 3) -> dict[str, list[Resource]]:
    """Resources for each skill of a roadmap stage (Property 12).

    No resource that also teaches a skill first met in a later stage is recommended, so
    stage N's resources fit stage N's skills. Skills the catalogue has nothing for get an
    empty list rather than an error, so a roadmap can still be built.

    Args:
        stage_skills: Taxonomy ids of the stage's skills, in order.
        level: The level the stage is planned at.
        catalog: The catalogue.
        later_skills: Skill ids that first appear in later stages.
        index: Semantic index; optional.
        per_skill: Resources per skill.

    Returns:
        ``{skill_id: [resources]}`` in stage order.

    Raises:
        InvalidInput: Unknown level or ``per_skill`` out of range.
    """
    stage = list(dict.fromkeys(s for s in stage_skills if s.strip()))
    later = set(later_skills) - set(stage)
    plan: dict[str, list[Resource]] = {}
    for skill in stage:
        try:
            plan[skill] = recommend_resources(skill, level, catalog, index=index,
                                              limit=per_skill, exclude_skills=later)
        except NotFound:
            plan[skill] = []
    return plan


def alternatives_for(resource: Resource, catalog: ResourceCatalog, *,
                     level: str | None = None, index: ResourceSearch | None = None,
                     limit: int = 3) -> list[Resource]:
    """Other resources for the same skill and level as one that is unavailable (Property 33).

    Looks through the resource's skills (main one first) at ``level`` (default: each level
    the resource serves) for available resources with a score ≥ 4.0; when there are none,
    any available resource for that skill and level, whatever its score.

    Args:
        resource: The unavailable (or unwanted) resource.
        catalog: The catalogue.
        level: The learner's level; default the resource's own levels.
        index: Semantic index; optional.
        limit: Maximum number of alternatives.

    Returns:
        Up to ``limit`` resources, never ``resource`` itself; empty only when the catalogue
        has no other available resource for any of its skills and levels.

    Raises:
        InvalidInput: Unknown level or ``limit`` out of range.
    """
    levels = [level] if level is not None else list(resource.levels)
    for min_score in (RECOMMEND_MIN_SCORE, 0.0):
        found: dict[str, Resource] = {}
        for skill in resource.skills:
            for wanted in levels:
                for other in recommend_resources(
                        skill, wanted, catalog, index=index, limit=limit, min_score=min_score,
                        exclude_keys={resource.key, *found}):
                    found.setdefault(other.key, other)
        if found:
            return list(found.values())[:limit]
    return []


# ------------------------------------------------------------------ internals
def _check(skill: str, level: str, limit: int) -> Difficulty:
    if not skill.strip():
        raise InvalidInput(words.EMPTY_SKILL, words.EMPTY_SKILL_NEXT)
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(words.BAD_LIMIT.format(most=MAX_LIMIT, limit=limit),
                           words.BAD_LIMIT_NEXT.format(most=MAX_LIMIT))
    for known in LEVELS:
        if level == known:
            return known
    raise InvalidInput(words.UNKNOWN_LEVEL.format(level=level), words.UNKNOWN_LEVEL_NEXT)


def _candidates(skill: str, catalog: ResourceCatalog, index: ResourceSearch | None
                ) -> tuple[list[Resource], dict[str, float]]:
    """Resources that teach the skill, with a relevance 0–1 for each."""
    covering = catalog.covering(skill)
    if covering:
        focus = {r.key: 1.0 if r.skills[0] == skill else 0.5 / len(r.skills) for r in covering}
        hits = None if index is None else _search(index, catalog.name_of(skill),
                                                  len(covering), [skill])
        if hits is None:
            return list(covering), focus
        return list(covering), {k: (f + max(hits.get(k, 0.0), 0.0)) / 2 for k, f in focus.items()}
    if index is not None:
        hits = _search(index, skill, CANDIDATES, None)
        if hits is not None:
            found = {k: s for k, s in hits.items() if s >= SEMANTIC_THRESHOLD}
            resources = [r for k in found if (r := catalog.get(k)) is not None]
            if resources:
                return resources, found
    raise NotFound(words.UNKNOWN_SKILL.format(skill=skill), words.UNKNOWN_SKILL_NEXT)


def _search(index: ResourceSearch, query: str, limit: int,
            skills: list[str] | None) -> dict[str, float] | None:
    try:
        return dict(index.search(query, limit, skills))
    except ResourceSearchUnavailable as error:
        log.warning("resource index unavailable, ranking the local catalogue: %s", error)
        return None


def _diverse(ranked: list[Resource], limit: int) -> list[Resource]:
    """The top ``limit`` by rank, with the best of a second type among them if one exists."""
    if not ranked:
        return []
    chosen = [ranked[0]]
    other = next((r for r in ranked if r.type != ranked[0].type), None)
    if other is not None and limit > 1:
        chosen.append(other)
    for resource in ranked:
        if len(chosen) >= limit:
            break
        if resource not in chosen:
            chosen.append(resource)
    position = {r.key: i for i, r in enumerate(ranked)}
    return sorted(chosen, key=lambda r: position[r.key])
