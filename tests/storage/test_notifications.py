"""Notifications and reminder settings on SQLite and PostgreSQL: one message per user, kind
and slot (even from two writers), next-visit lists, delivered/read marks (issue 6, point 4)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

import storage.repositories.notifications as notes
from storage.repositories.users import (
    create_user,
    get_reminder_schedule,
    nudge_candidates,
    reminder_schedules,
    reminders_ever_set,
    set_reminder_schedule,
)
from tools.reminders.models import ALL_DAYS, WORKING_DAYS, ReminderSchedule

SLOT = datetime(2026, 12, 7, 18, 0, tzinfo=UTC)
T0 = datetime(2026, 12, 7, 18, 0, 5, tzinfo=UTC)


def _user(sessions: sessionmaker[Session], name: str = "alice", zone: str = "Europe/Paris") -> str:
    with sessions.begin() as session:
        return create_user(session, name, None, timezone=zone).id


def test_a_slot_gets_one_checkin_however_often_it_is_written(
        sessions: sessionmaker[Session]) -> None:
    alice = _user(sessions)
    with sessions.begin() as session:
        first = notes.create_notification(session, alice, "checkin", "hi", scheduled_for=SLOT,
                                          now=T0)
        again = notes.create_notification(session, alice, "checkin", "hi again",
                                          scheduled_for=SLOT, now=T0)
        other_kind = notes.create_notification(session, alice, "nudge", "go",
                                               scheduled_for=SLOT, now=T0)
        next_day = notes.create_notification(session, alice, "checkin", "hi",
                                             scheduled_for=SLOT + timedelta(days=1), now=T0)
    assert first is not None and again is None
    assert other_kind is not None and next_day is not None
    assert first.scheduled_for == SLOT and first.created_at == T0
    with sessions() as session:
        assert sorted(n.message for n in notes.unread(session, alice)) == ["go", "hi", "hi"]


def test_a_second_process_writing_the_same_slot_stores_nothing(
        sessions: sessionmaker[Session]) -> None:
    alice = _user(sessions)
    with sessions() as first, sessions() as second:
        assert notes.create_notification(first, alice, "checkin", "a", scheduled_for=SLOT)
        first.commit()
        second.begin()
        assert notes.create_notification(second, alice, "checkin", "b",
                                         scheduled_for=SLOT) is None
        second.commit()
    with sessions() as session:
        assert [n.message for n in notes.unread(session, alice)] == ["a"]


def test_the_unique_key_decides_a_race_the_read_before_write_misses(
        sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch) -> None:
    alice = _user(sessions)
    monkeypatch.setattr(notes, "_slot_taken", lambda *args: False)  # both checked before
    with sessions.begin() as session:
        assert notes.create_notification(session, alice, "checkin", "a", scheduled_for=SLOT)
        assert notes.create_notification(session, alice, "checkin", "b",
                                         scheduled_for=SLOT) is None
        assert notes.create_notification(session, alice, "note", "c") is not None
    with sessions() as session:
        assert [n.message for n in notes.unread(session, alice)] == ["a", "c"]


def test_pending_are_neither_delivered_nor_read_and_marks_are_per_user(
        sessions: sessionmaker[Session]) -> None:
    alice, bob = _user(sessions), _user(sessions, "bob")
    with sessions.begin() as session:
        live = notes.create_notification(session, alice, "checkin", "live", scheduled_for=SLOT,
                                         now=T0)
        later = notes.create_notification(session, alice, "nudge", "later",
                                          now=T0 + timedelta(seconds=1))
        assert live and later
        assert notes.mark_delivered(session, bob, [live.id]) == 0  # not bob's
        assert notes.mark_delivered(session, alice, [live.id], now=T0) == 1
        assert notes.mark_delivered(session, alice, [live.id], now=T0) == 0  # once
    with sessions.begin() as session:
        assert [n.message for n in notes.pending(session, alice)] == ["later"]
        assert notes.pending(session, bob) == []
        assert notes.mark_read(session, alice, [later.id], now=T0) == 1
    with sessions() as session:
        assert notes.pending(session, alice) == []
        assert [n.message for n in notes.unread(session, alice)] == ["live"]
        assert notes.recent(session, alice, "nudge", T0 - timedelta(days=1))[0].read_at == T0


def test_reminder_settings_round_trip_in_the_users_zone(sessions: sessionmaker[Session]) -> None:
    alice, bob = _user(sessions), _user(sessions, "bob", "America/New_York")
    with sessions.begin() as session:
        assert get_reminder_schedule(session, alice) == ReminderSchedule(timezone="Europe/Paris")
        assert not reminders_ever_set(session, alice)
        wanted = ReminderSchedule(enabled=True, at=time(20, 15), weekdays=WORKING_DAYS,
                                  timezone="ignored/here")
        stored = set_reminder_schedule(session, alice, wanted)
    assert stored == wanted.model_copy(update={"timezone": "Europe/Paris"})
    with sessions.begin() as session:
        assert get_reminder_schedule(session, alice) == stored
        assert reminders_ever_set(session, alice)
        assert reminder_schedules(session) == [(alice, stored)]
        assert set(nudge_candidates(session)) == {alice, bob}
        set_reminder_schedule(session, alice, stored.model_copy(update={"enabled": False}))
    with sessions() as session:
        assert reminder_schedules(session) == []
        assert nudge_candidates(session) == [bob]  # alice stopped her reminders
        assert get_reminder_schedule(session, bob).weekdays == ALL_DAYS
