"""Readiness over time and the weekly improvement rate (Property 35).

Improvement rate = (current − first readiness score) ÷ weeks elapsed since the first score
(original design, Property "Skill improvement rate"). It is shown only once the history spans
at least :data:`~tools.readiness.models.MIN_TREND_DAYS` days: over a day or two the rate
would be a large number that means little.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from tools.readiness.models import MIN_TREND_DAYS, Direction, Trend, TrendPoint

STEADY_BAND = 0.5
"""A rate within ±0.5 points a week is called steady (below what one finished goal adds)."""
MAX_POINTS = 26
"""Earlier snapshots kept in the trend for a chart (the latest ones)."""
SECONDS_PER_WEEK = 7 * 24 * 3600


def weekly_rate(first: TrendPoint, current: float, now: datetime) -> float | None:
    """(current − first score) ÷ weeks from ``first.taken_at`` to ``now``, two decimals.

    Returns:
        Points a week, or ``None`` when less than :data:`MIN_TREND_DAYS` days have passed.
    """
    seconds = (now - first.taken_at).total_seconds()
    if seconds < MIN_TREND_DAYS * 24 * 3600:
        return None
    return round((current - first.score) / (seconds / SECONDS_PER_WEEK), 2)


def direction(rate: float | None) -> Direction:
    """``too_early`` without a rate; else improving / steady / declining by :data:`STEADY_BAND`."""
    if rate is None:
        return "too_early"
    if rate > STEADY_BAND:
        return "improving"
    return "declining" if rate < -STEADY_BAND else "steady"


def readiness_trend(history: Sequence[TrendPoint], current: float, now: datetime) -> Trend:
    """The trend of the readiness score.

    Args:
        history: Earlier snapshots, any order, all taken before ``now`` (aware datetimes).
        current: The score just computed, 0–100.
        now: The current time (aware).

    Returns:
        Points oldest first (the last :data:`MAX_POINTS` snapshots, then ``current`` at
        ``now``); the first score ever and the weekly rate from it (Property 35). With no
        history the current score is the first.
    """
    earlier = sorted((p for p in history if p.taken_at <= now), key=lambda p: p.taken_at)
    latest = TrendPoint(taken_at=now, score=current)
    first = earlier[0] if earlier else latest
    rate = weekly_rate(first, current, now)
    days = round((now - first.taken_at).total_seconds() / 86400, 2)
    return Trend(points=[*earlier[-MAX_POINTS:], latest], first_score=first.score,
                 first_at=first.taken_at, days=days, weekly_rate=rate,
                 direction=direction(rate))
