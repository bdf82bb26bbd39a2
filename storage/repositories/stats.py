"""Service-wide figures for whoever runs HireReady (``hireready stats``): aggregates only.

Nothing here returns a user id, name or per-user row to the caller: the queries read per-user
rows to aggregate them, and :func:`service_stats` keeps counts and averages.

* **users**: rows of ``hr_users``.
* **weekly active users**: distinct users with, in the last :data:`ACTIVE_WINDOW_DAYS` days,
  ``hr_users.last_active``, an activity logged (``hr_activities.created_at``) or done
  (``occurred_at``), an interview started or completed (``hr_interviews``), or a web
  conversation that moved on (``hr_chat_threads.updated_at``).
* **average readiness**: mean of each user's latest snapshot in ``hr_readiness_scores``.
* **average weekly improvement**: mean, over users whose snapshots span at least
  :data:`tools.readiness.trend.MIN_TREND_DAYS` days, of the weekly rate
  :func:`tools.readiness.trend.readiness_trend` gives from their first snapshot to their
  latest (points a week, Property 35).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from storage.orm.base import as_utc
from storage.orm.chat_history import ChatThread
from storage.orm.interviews import Interview
from storage.orm.progress import Activity, ReadinessScore
from storage.orm.users import User
from tools.readiness.models import TrendPoint
from tools.readiness.trend import readiness_trend

ACTIVE_WINDOW_DAYS = 7
"""A user is weekly active with something done in the last 7 days (by ``now``)."""


@dataclass(frozen=True)
class ServiceStats:
    """Aggregate figures of the whole service.

    Attributes:
        users: Accounts.
        weekly_active_users: Accounts active in the last :data:`ACTIVE_WINDOW_DAYS` days.
        users_with_readiness: Accounts with at least one readiness snapshot.
        average_readiness: Mean latest readiness score of those, 0–100 (one decimal), or
            ``None`` when no one has one.
        users_with_trend: Accounts whose snapshots span a week or more.
        average_weekly_improvement: Mean weekly rate of those, points a week (two
            decimals), or ``None`` when no one has a week of history.
        window_days: The activity window, days.
    """

    users: int
    weekly_active_users: int
    users_with_readiness: int
    average_readiness: float | None
    users_with_trend: int
    average_weekly_improvement: float | None
    window_days: int = ACTIVE_WINDOW_DAYS


def user_count(session: Session) -> int:
    """Number of rows of ``hr_users``."""
    return int(session.scalar(select(func.count()).select_from(User)) or 0)


def active_user_count(session: Session, since: datetime) -> int:
    """Distinct users with any sign of activity at or after ``since`` (module docstring).

    Raises:
        ValueError: ``since`` is naive.
    """
    moment = as_utc(since)
    either = union(
        select(User.id).where(User.last_active >= moment),
        select(Activity.user_id).where(Activity.created_at >= moment),
        select(Activity.user_id).where(Activity.occurred_at >= moment),
        select(Interview.user_id).where(Interview.started_at >= moment),
        select(Interview.user_id).where(Interview.completed_at >= moment),
        select(ChatThread.user_id).where(ChatThread.updated_at >= moment),
    ).subquery()
    return int(session.scalar(select(func.count()).select_from(either)) or 0)


def readiness_spans(session: Session) -> list[tuple[TrendPoint, TrendPoint]]:
    """Each user's first and latest readiness snapshots, as ``(first, latest)`` pairs.

    A user with one snapshot gets it twice. Snapshots taken at the same moment are ordered
    by row id, so the result is the same on every back end. Pairs are in no useful order and
    carry no user id.
    """
    ordered = func.row_number().over(
        partition_by=ReadinessScore.user_id,
        order_by=(ReadinessScore.calculated_at, ReadinessScore.id))
    newest = func.row_number().over(
        partition_by=ReadinessScore.user_id,
        order_by=(ReadinessScore.calculated_at.desc(), ReadinessScore.id.desc()))
    ranked = select(ReadinessScore.user_id, ReadinessScore.calculated_at,
                    ReadinessScore.overall_score, ordered.label("first_rank"),
                    newest.label("last_rank")).subquery()
    rows = session.execute(
        select(ranked.c.user_id, ranked.c.calculated_at, ranked.c.overall_score,
               ranked.c.first_rank, ranked.c.last_rank)
        .where((ranked.c.first_rank == 1) | (ranked.c.last_rank == 1))
        .order_by(ranked.c.user_id)).all()
    firsts: dict[str, TrendPoint] = {}
    lasts: dict[str, TrendPoint] = {}
    for user_id, taken_at, score, first_rank, last_rank in rows:
        point = TrendPoint(taken_at=as_utc(taken_at), score=float(score))
        if first_rank == 1:
            firsts[user_id] = point
        if last_rank == 1:
            lasts[user_id] = point
    return [(firsts[user], lasts[user]) for user in sorted(firsts)]


def weekly_rate(first: TrendPoint, latest: TrendPoint) -> float | None:
    """The weekly improvement rate from ``first`` to ``latest`` as the readiness trend
    computes it (points a week), or ``None`` before a week of history."""
    history = [first] if first.taken_at < latest.taken_at else []
    return readiness_trend(history, latest.score, latest.taken_at).weekly_rate


def service_stats(session: Session, now: datetime) -> ServiceStats:
    """The aggregate figures of the service at ``now`` (see :class:`ServiceStats`).

    Raises:
        ValueError: ``now`` is naive.
    """
    moment = as_utc(now)
    spans = readiness_spans(session)
    latest = [last.score for _, last in spans]
    rates = [r for r in (weekly_rate(first, last) for first, last in spans) if r is not None]
    return ServiceStats(
        users=user_count(session),
        weekly_active_users=active_user_count(
            session, moment - timedelta(days=ACTIVE_WINDOW_DAYS)),
        users_with_readiness=len(latest),
        average_readiness=round(sum(latest) / len(latest), 1) if latest else None,
        users_with_trend=len(rates),
        average_weekly_improvement=round(sum(rates) / len(rates), 2) if rates else None,
    )
