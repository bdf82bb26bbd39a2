"""Activity repository on SQLite and PostgreSQL: add, list, update, delete, last, owners
(issue 6; Property 14)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from sqlalchemy.orm import Session

from storage.repositories.activities import (
    activity_at,
    add_activity,
    count_activities,
    delete_activity,
    last_activity,
    list_activities,
    update_activity,
)
from storage.repositories.users import create_user
from tools.errors import InvalidInput, NotFound
from tools.progress.models import ACTIVITY_TYPES, NewActivity

T0 = datetime(2026, 11, 29, 3, 30, tzinfo=UTC)
_LEARNERS = itertools.count()


def _users(session: Session) -> tuple[str, str]:
    alice = create_user(session, "alice", "correct horse battery").id
    bob = create_user(session, "bob", "correct horse battery").id
    return alice, bob


def _new(minutes: int = 45, at: datetime = T0, **more: object) -> NewActivity:
    return NewActivity(activity_type="study", minutes=minutes, occurred_at=at,
                       **more)  # type: ignore[arg-type]


def test_add_and_list_round_trip(session: Session) -> None:
    alice, bob = _users(session)
    local = datetime(2026, 11, 28, 22, 30, tzinfo=ZoneInfo("America/New_York"))
    stored = add_activity(session, alice, _new(45, local, skill_name="docker", note="45 min"))
    add_activity(session, alice, NewActivity(activity_type="practice", minutes=0,
                                             minutes_stated=False, count=2,
                                             occurred_at=T0 - timedelta(days=1)))
    add_activity(session, bob, _new(10))
    session.commit()
    log = list_activities(session, alice)
    assert [a.id for a in log][0] == stored.id
    assert log[0].occurred_at == local.astimezone(UTC) and log[0].occurred_at.tzinfo is UTC
    assert (log[0].minutes, log[0].skill_name, log[0].note, log[0].user_id) == (
        45, "docker", "45 min", alice)
    assert (log[1].activity_type, log[1].count, log[1].minutes_stated) == ("practice", 2, False)
    assert {a.user_id for a in list_activities(session, bob)} == {bob}


def test_list_filters_by_time_and_limit(session: Session) -> None:
    alice, _ = _users(session)
    for back in range(5):
        add_activity(session, alice, _new(10 + back, T0 - timedelta(days=back)))
    recent = list_activities(session, alice, since=T0 - timedelta(days=2))
    assert [a.minutes for a in recent] == [10, 11, 12]
    assert [a.minutes for a in list_activities(session, alice, until=T0, limit=2)] == [11, 12]


def test_update_last_and_delete_only_own_entries(session: Session) -> None:
    alice, bob = _users(session)
    first = add_activity(session, alice, _new(20, T0 - timedelta(hours=5)))
    second = add_activity(session, alice, NewActivity(
        activity_type="practice", minutes=0, minutes_stated=False, occurred_at=T0))
    session.commit()
    last = last_activity(session, alice)
    assert last is not None and last.id == second.id
    assert last_activity(session, bob) is None
    corrected = update_activity(session, alice, second.id, minutes=30)
    assert (corrected.minutes, corrected.minutes_stated, corrected.activity_type) == (
        30, True, "practice")
    with pytest.raises(NotFound) as error:
        update_activity(session, bob, second.id, minutes=5)
    assert error.value.guidance
    with pytest.raises(NotFound):
        delete_activity(session, bob, first.id)
    with pytest.raises(InvalidInput):
        update_activity(session, alice, first.id, colour="red")
    with pytest.raises(ValidationError):
        update_activity(session, alice, first.id, minutes=-5)
    removed = delete_activity(session, alice, second.id)
    session.commit()
    assert removed.minutes == 30
    assert [a.id for a in list_activities(session, alice)] == [first.id]
    assert list_activities(session, alice)[0].minutes == 20


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(minutes=st.integers(0, 1440), kind=st.sampled_from(ACTIVITY_TYPES),
       moment=st.datetimes(datetime(2000, 1, 1), datetime(2040, 1, 1),
                           timezones=st.sampled_from([UTC, ZoneInfo("Asia/Kolkata"),
                                                      ZoneInfo("America/New_York")])),
       count=st.none() | st.integers(1, 50))
def test_property_14_activity_records(session: Session, minutes: int, kind: str,
                                      moment: datetime, count: int | None) -> None:
    """Property 14: every stored activity has a valid aware UTC timestamp, the user, a type
    and a duration ≥ 0 minutes, as read back from the database."""
    user = create_user(session, f"learner{next(_LEARNERS)}", None).id
    record = NewActivity.model_validate({"activity_type": kind, "minutes": minutes,
                                         "occurred_at": moment, "count": count})
    stored = add_activity(session, user, record)
    session.commit()
    [back] = [a for a in list_activities(session, user) if a.id == stored.id]
    assert back.user_id == user and back.activity_type == kind and back.minutes == minutes >= 0
    assert back.occurred_at.tzinfo is UTC and back.occurred_at == moment.astimezone(UTC)
    assert back.created_at.tzinfo is UTC and back.count == count


def test_entry_numbers_follow_the_log_order_and_stay_per_user(session: Session) -> None:
    alice, bob = _users(session)
    for back in (3, 0, 5, 1):
        add_activity(session, alice, _new(10 + back, T0 - timedelta(days=back)))
    add_activity(session, alice, _new(99, T0))  # same instant as another: logged later first
    add_activity(session, bob, _new(7))
    session.commit()
    log = list_activities(session, alice)
    assert [activity_at(session, alice, n) for n in range(1, 6)] == log
    assert [a.minutes for a in log] == [99, 10, 11, 13, 15]
    assert activity_at(session, alice, 0) is None and activity_at(session, alice, 6) is None
    assert (count_activities(session, alice), count_activities(session, bob)) == (5, 1)
    assert activity_at(session, bob, 1) is not None and activity_at(session, bob, 2) is None
