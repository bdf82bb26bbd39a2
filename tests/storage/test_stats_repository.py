"""Service-wide stats (``hireready stats``) on both engines: users, weekly active users
from each activity source, average latest readiness and average weekly improvement."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

from storage.orm.chat_history import ChatThread
from storage.orm.interviews import Interview
from storage.orm.progress import Activity, ReadinessScore
from storage.repositories import stats
from storage.repositories.users import create_user, mark_active

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


def _snapshot(user_id: str, score: float, days_ago: float) -> ReadinessScore:
    return ReadinessScore(user_id=user_id, overall_score=score, skill_acquisition_score=score,
                          practice_completion_score=score, interview_performance_score=score,
                          calculated_at=NOW - timedelta(days=days_ago))


def _activity(user_id: str, created_days_ago: float, occurred_days_ago: float) -> Activity:
    return Activity(user_id=user_id, activity_type="study", duration_minutes=30,
                    occurred_at=NOW - timedelta(days=occurred_days_ago),
                    created_at=NOW - timedelta(days=created_days_ago))


def test_empty_service_has_zero_users_and_no_averages(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        figures = stats.service_stats(session, NOW)
    assert figures == stats.ServiceStats(users=0, weekly_active_users=0,
                                         users_with_readiness=0, average_readiness=None,
                                         users_with_trend=0, average_weekly_improvement=None)


def test_weekly_active_users_come_from_every_source(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        ids = {name: create_user(session, name, None).id
               for name in ("seen", "logged", "studied", "interviewed", "chatted", "idle",
                            "old")}
        mark_active(session, ids["seen"], NOW - timedelta(days=1))
        mark_active(session, ids["old"], NOW - timedelta(days=8))
        session.add_all([
            _activity(ids["logged"], created_days_ago=2, occurred_days_ago=30),
            _activity(ids["studied"], created_days_ago=9, occurred_days_ago=6.5),
            _activity(ids["old"], created_days_ago=10, occurred_days_ago=10),
            Interview(user_id=ids["interviewed"], status="completed",
                      started_at=NOW - timedelta(days=9), completed_at=NOW - timedelta(days=3)),
            Interview(user_id=ids["old"], status="abandoned", started_at=NOW - timedelta(days=20)),
            ChatThread(id="t-chatted", user_id=ids["chatted"], created_at=NOW - timedelta(days=40),
                       updated_at=NOW - timedelta(hours=5)),
            ChatThread(id="t-chatted-2", user_id=ids["chatted"],
                       created_at=NOW - timedelta(days=40), updated_at=NOW - timedelta(days=1)),
            ChatThread(id="t-old", user_id=ids["old"], created_at=NOW - timedelta(days=40),
                       updated_at=NOW - timedelta(days=7, seconds=1)),
        ])
    with sessions() as session:
        assert stats.user_count(session) == 7
        assert stats.active_user_count(session, NOW - timedelta(days=7)) == 5
        assert stats.service_stats(session, NOW).weekly_active_users == 5
        assert stats.active_user_count(session, NOW - timedelta(days=8, seconds=1)) == 6
        with pytest.raises(ValueError):
            stats.active_user_count(session, datetime(2026, 11, 22))


def test_readiness_averages_latest_scores_and_rates_over_a_week(
        sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        ann, ben, cat, dan = (create_user(session, n, None).id
                              for n in ("ann", "ben", "cat", "dan"))
        session.add_all([
            # ann: 40 -> 50 -> 61 over 14 days: (61 - 40) / 2 weeks = 10.5 a week
            _snapshot(ann, 40, 14), _snapshot(ann, 50, 7), _snapshot(ann, 61, 0),
            # ben: 70 -> 63 over 7 days exactly: -7 a week
            _snapshot(ben, 70, 7), _snapshot(ben, 63, 0),
            # cat: under a week of history: in the average readiness, not in the rate
            _snapshot(cat, 20, 3), _snapshot(cat, 32, 1),
        ])
    with sessions() as session:
        spans = stats.readiness_spans(session)
        figures = stats.service_stats(session, NOW)
    assert sorted((f.score, last.score) for f, last in spans) == [
        (20, 32), (40, 61), (70, 63)]
    assert figures.users == 4 and dan
    assert figures.users_with_readiness == 3
    assert figures.average_readiness == round((61 + 63 + 32) / 3, 1)
    assert figures.users_with_trend == 2
    assert figures.average_weekly_improvement == round((10.5 - 7.0) / 2, 2)


def test_snapshots_at_the_same_moment_use_the_row_order(
        sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        ann = create_user(session, "ann", None).id
        session.add(_snapshot(ann, 10, 10))
        session.add_all([ReadinessScore(id=f"{k}-same", user_id=ann, overall_score=s,
                                        skill_acquisition_score=s, practice_completion_score=s,
                                        interview_performance_score=s, calculated_at=NOW)
                         for k, s in (("a", 30.0), ("b", 45.0))])
    with sessions() as session:
        [(first, last)] = stats.readiness_spans(session)
    assert (first.score, last.score, last.taken_at) == (10, 45, NOW)


def test_a_single_snapshot_is_both_ends_and_has_no_rate() -> None:
    from tools.readiness.models import TrendPoint

    point = TrendPoint(taken_at=NOW, score=55)
    assert stats.weekly_rate(point, point) is None
    assert stats.weekly_rate(TrendPoint(taken_at=NOW - timedelta(days=14), score=41),
                             point) == 7.0
