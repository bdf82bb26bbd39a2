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
* Shortfall (:func:`recommend_with_fallback`): when fewer than :data:`MIN_RECOMMENDED`
  resources meet the bar at the level, those that do are kept and the list is topped up,
  marked, with the same skill's next best: available resources below the bar at the level,
  then resources of the nearest other level (storage/seed/README.md, "Coverage": the known
  gaps of the catalogue).
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict

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
MIN_RECOMMENDED = 3
"""Resources a skill and level should get at the bar (Property 10: at least 3 scored
≥ 4.0); fewer is a shortfall, said plainly and topped up with marked alternatives."""

FallbackReason = Literal["below_bar", "other_level"]
"""Why an alternative does not meet the bar for the request: a score below it at the
requested level, or (whatever its score) another level."""


class Fallback(BaseModel):
    """A next-best resource offered when too few meet the bar at the level.

    Attributes:
        resource: The resource.
        reason: ``below_bar`` (requested level, score < 4.0) or ``other_level``.
        level: The level it is offered at: the requested one for ``below_bar``, else the
            nearest level it serves (the lower one on a tie).
    """

    model_config = ConfigDict(frozen=True)

    resource: Resource
    reason: FallbackReason
    level: Difficulty


class Recommendation(BaseModel):
    """Resources that meet the bar at a level, and marked alternatives when they are few.

    Attributes:
        level: The requested level.
        resources: Resources scored ≥ the bar at the level, best first (never fallbacks).
        wanted: How many were wanted at the bar (``min(MIN_RECOMMENDED, limit)``).
        fallbacks: Alternatives, best first, only when ``resources`` has fewer than
            ``wanted``; at most ``wanted - len(resources)``.
    """

    model_config = ConfigDict(frozen=True)

    level: Difficulty
    resources: tuple[Resource, ...]
    wanted: int
    fallbacks: tuple[Fallback, ...] = ()

    @property
    def short(self) -> bool:
        """True when fewer than ``wanted`` resources meet the bar at the level."""
        return len(self.resources) < self.wanted


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


def recommend_with_fallback(skill: str, level: str, catalog: ResourceCatalog, *,
                            index: ResourceSearch | None = None, limit: int = DEFAULT_LIMIT,
                            min_score: float = RECOMMEND_MIN_SCORE,
                            exclude_skills: Collection[str] = ()) -> Recommendation:
    """:func:`recommend_resources`, topped up with marked alternatives when too few meet the
    bar (module docstring, "Shortfall").

    Alternatives teach the same skill and are available: first those below the bar at the
    level, then those of the nearest other level (distance 1 before 2; ranked by the same
    score-and-relevance rule as recommendations), until ``min(MIN_RECOMMENDED, limit)``
    resources are shown in all.

    Args:
        skill: A taxonomy skill id, or free text with ``index``.
        level: beginner, intermediate or advanced.
        catalog: The catalogue.
        index: Semantic index; optional.
        limit: Maximum number of resources at the bar (1–20).
        min_score: The bar (default 4.0).
        exclude_skills: Leave out resources (and alternatives) that also teach any of these
            skills (a roadmap stage's later skills, Property 12).

    Returns:
        The recommendation; ``fallbacks`` is empty unless it is ``short``.

    Raises:
        InvalidInput: Unknown level, blank skill or ``limit`` out of range.
        NotFound: Free text and no index, or nothing in the catalogue matches it.
    """
    wanted_level = _check(skill, level, limit)
    found = recommend_resources(skill, level, catalog, index=index, limit=limit,
                                min_score=min_score, exclude_skills=exclude_skills)
    wanted = min(MIN_RECOMMENDED, limit)
    if len(found) >= wanted:
        return Recommendation(level=wanted_level, resources=tuple(found), wanted=wanted)
    candidates, relevance = _candidates(skill.strip(), catalog, index)
    shown, skipped = {r.key for r in found}, set(exclude_skills)
    pool = [r for r in candidates if r.available and r.key not in shown
            and not skipped.intersection(r.skills)]
    fallbacks = [Fallback(resource=r, reason="below_bar", level=wanted_level)
                 for r in _rank([r for r in pool if r.fits(wanted_level)
                                 and r.score < min_score], relevance)]
    for distance in (1, 2):
        near = [r for r in pool if not r.fits(wanted_level)
                and _distance(r, wanted_level) == distance]
        fallbacks += [Fallback(resource=r, reason="other_level",
                               level=_nearest(r, wanted_level))
                      for r in _rank(near, relevance)]
    return Recommendation(level=wanted_level, resources=tuple(found), wanted=wanted,
                          fallbacks=tuple(fallbacks[:wanted - len(found)]))


def shortfall_note(recommendation: Recommendation, skill_name: str) -> str | None:
    """The plain sentence saying how many resources meet the bar, or None when enough do.

    Args:
        recommendation: From :func:`recommend_with_fallback`.
        skill_name: The skill as shown to the user.

    Returns:
        "Only N resources for X at L level meet the 4.0 quality bar." plus whether
        alternatives follow; None when the recommendation is not short.
    """
    if not recommendation.short:
        return None
    count, level = len(recommendation.resources), recommendation.level
    template = (words.SHORT_NONE, words.SHORT_ONE)[count] if count < 2 else words.SHORT_MANY
    rest = words.SHORT_ALTERNATIVES if recommendation.fallbacks else words.SHORT_NO_ALTERNATIVES
    return template.format(count=count, skill=skill_name, level=level) + rest


def fallback_mark(fallback: Fallback, requested: Difficulty) -> str:
    """Why an alternative misses the bar for the request, with its score (prompts' words):
    "below the 4.0 bar at advanced level, score 3.8" or "intermediate level, not advanced;
    score 4.3"."""
    if fallback.reason == "below_bar":
        return words.FALLBACK_BELOW_BAR.format(level=fallback.level,
                                               score=fallback.resource.score)
    return words.FALLBACK_OTHER_LEVEL.format(level=fallback.level, wanted=requested,
                                             score=fallback.resource.score)


def fallback_fields(fallback: Fallback, requested: Difficulty) -> dict[str, object]:
    """The marking fields added to an alternative's JSON: ``{"reason": "below_bar" |
    "other_level", "offered_level": level, "meets_bar": False, "mark": text}``."""
    return {"reason": fallback.reason, "offered_level": fallback.level, "meets_bar": False,
            "mark": fallback_mark(fallback, requested)}


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


def _rank(resources: Iterable[Resource], relevance: dict[str, float]) -> list[Resource]:
    """Best first by ``score + RELEVANCE_WEIGHT · relevance``, ties by key."""
    return sorted(resources, key=lambda r: (-(r.score + RELEVANCE_WEIGHT
                                               * relevance.get(r.key, 0.0)), r.key))


def _distance(resource: Resource, level: Difficulty) -> int:
    """Steps between ``level`` and the nearest level the resource serves (0–2)."""
    return min(abs(LEVELS.index(served) - LEVELS.index(level)) for served in resource.levels)


def _nearest(resource: Resource, level: Difficulty) -> Difficulty:
    """The level the resource serves nearest to ``level``, the lower one on a tie."""
    return min(resource.levels, key=lambda served: (
        abs(LEVELS.index(served) - LEVELS.index(level)), LEVELS.index(served)))


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
