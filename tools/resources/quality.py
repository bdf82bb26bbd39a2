"""Quality scores: the editorial score from the rubric, blended with users' ratings.

Both are on the same 0–5 scale (ratings are 1–5 stars). Rules and their reasons are in
``storage/seed/README.md`` ("Quality rubric", "Blending users' ratings").
"""

from __future__ import annotations

from tools.resources.models import RatingSummary, Resource, Rubric

RUBRIC_WEIGHTS = {"authority": 0.3, "currency": 0.2, "depth": 0.3, "practice": 0.2}
"""Weights of the rubric's criteria (sum 1). Authority and depth weigh most: a learner's
first question is "can I trust it, and does it cover the skill"; currency and hands-on
practice separate good from excellent. Editorial choice, documented in the seed README."""

PRIOR_WEIGHT = 5.0
"""How many users' ratings the editorial score counts as in the blend (Bayesian prior).

Five keeps one angry or delighted rating from moving a resource across the 4.0 bar on its
own (a 4.4 resource rated 1 once drops to 3.83; rated 5 once rises to 4.5), while twenty
consistent ratings dominate (they weigh 80 %)."""

RECOMMEND_MIN_SCORE = 4.0
"""Minimum blended score of a recommended resource (Property 10)."""


def editorial_score(rubric: Rubric) -> float:
    """The editorial quality score, 0–5: the weighted mean of the rubric's criteria.

    Args:
        rubric: Four integer criteria 0–5.

    Returns:
        ``0.3·authority + 0.2·currency + 0.3·depth + 0.2·practice``, rounded to 2 decimals.
    """
    criteria = rubric.model_dump()
    value = sum(float(criteria[name]) * weight for name, weight in RUBRIC_WEIGHTS.items())
    return round(value, 2)


def blended_score(editorial: float, ratings: RatingSummary,
                  prior_weight: float = PRIOR_WEIGHT) -> float:
    """A resource's score from its editorial score and users' ratings (Property 34).

    A Bayesian average with the editorial score as the prior, worth ``prior_weight``
    ratings: ``(prior_weight · editorial + Σ stars) / (prior_weight + n)``. With no ratings
    it is the editorial score; each rating moves it toward that rating; as ratings
    accumulate it tends to their mean.

    Args:
        editorial: Editorial score, 0–5.
        ratings: Count and sum of users' 1–5 star ratings.
        prior_weight: Weight of the editorial score, in ratings (> 0).

    Returns:
        The blended score, 0–5.

    Raises:
        ValueError: ``editorial`` outside 0–5 or ``prior_weight`` ≤ 0.
    """
    if not 0.0 <= editorial <= 5.0 or prior_weight <= 0:
        raise ValueError("editorial must be in [0, 5] and prior_weight > 0")
    return (prior_weight * editorial + ratings.total) / (prior_weight + ratings.count)


def with_ratings(resource: Resource, ratings: RatingSummary) -> Resource:
    """The resource with these ratings and the blended score they give."""
    return resource.model_copy(update={
        "ratings": ratings, "score": blended_score(resource.editorial_score, ratings)})
