"""Readiness snapshots over time, in ``hr_readiness_scores`` (one row per computed score,
its parts as columns and in ``details``), for the trend and weekly improvement rate
(Property 35). Every query filters on ``user_id``; nothing commits.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from storage.orm.base import as_utc
from storage.orm.progress import ReadinessScore
from tools.readiness.models import Readiness, TrendPoint

HISTORY_POINTS = 26
"""Latest snapshots read for the trend (the first one ever is always read too)."""


def record_readiness(session: Session, user_id: str, readiness: Readiness,
                     taken_at: datetime) -> bool:
    """Store a snapshot of ``readiness`` taken at ``taken_at``.

    A score equal to the latest snapshot's, taken the same UTC day, is not stored again (asking
    twice in a row adds no history).

    Returns:
        Whether a row was written.

    Raises:
        ValueError: ``taken_at`` is naive.
    """
    moment = as_utc(taken_at)
    latest = session.scalars(_newest(user_id).limit(1)).first()
    if (latest is not None and latest.overall_score == readiness.score
            and latest.calculated_at.date() == moment.date()):
        return False
    parts = {p.name: p.score for p in readiness.parts}
    session.add(ReadinessScore(
        user_id=user_id, overall_score=readiness.score,
        skill_acquisition_score=parts["skill_acquisition"],
        practice_completion_score=parts["practice_completion"],
        interview_performance_score=parts["interview_performance"],
        details={"parts": [p.model_dump(mode="json") for p in readiness.parts],
                 "improvements": [s.model_dump(mode="json") for s in readiness.improvements]},
        calculated_at=moment))
    session.flush()
    return True


def readiness_history(session: Session, user_id: str,
                      limit: int = HISTORY_POINTS) -> list[TrendPoint]:
    """The first snapshot ever and the latest ``limit`` ones, oldest first, as trend points."""
    latest = list(session.scalars(_newest(user_id).limit(limit)).all())
    first = session.scalars(select(ReadinessScore).where(ReadinessScore.user_id == user_id)
                            .order_by(ReadinessScore.calculated_at, ReadinessScore.id)
                            .limit(1)).first()
    rows = {r.id: r for r in [*latest, *([first] if first else [])]}
    points = [TrendPoint(taken_at=r.calculated_at, score=r.overall_score)
              for r in rows.values()]
    return sorted(points, key=lambda p: p.taken_at)


def _newest(user_id: str) -> Select[ReadinessScore]:
    return (select(ReadinessScore).where(ReadinessScore.user_id == user_id)
            .order_by(ReadinessScore.calculated_at.desc(), ReadinessScore.id.desc()))
