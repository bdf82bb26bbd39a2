"""Scheduled check-ins (issue 6, point 4): the jobs under a fixed clock, APScheduler's
trigger and misfire decisions with explicit datetimes, live and next-visit delivery, and
restarts that never send a check-in twice."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apscheduler.events import EVENT_JOB_EXECUTED, EVENT_JOB_MISSED, JobEvent
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

import storage.repositories.notifications as notes
from agent import checkins
from agent.checkins import CheckinContext, send_checkin, send_nudges, take_pending
from agent.scheduler import (
    INACTIVITY_JOB_ID,
    ReminderScheduler,
    checkin_job_id,
    checkin_trigger,
)
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade
from storage.orm import Notification
from storage.repositories.activities import add_activity
from storage.repositories.users import create_user, set_reminder_schedule
from tools.progress.models import NewActivity
from tools.reminders.models import ALL_DAYS, WORKING_DAYS, NotificationRecord, ReminderSchedule
from tools.reminders.slots import due_slot, latest_slot, next_slot

PARIS = "Europe/Paris"
MONDAY_SLOT = datetime(2026, 12, 7, 18, 0, tzinfo=UTC)
"""Monday 7 December 2026, 19:00 in Paris."""
EVENINGS = ReminderSchedule(enabled=True, at=time(19), weekdays=WORKING_DAYS, timezone=PARIS)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[tuple[Engine, sessionmaker[Session]]]:
    url = f"sqlite:///{tmp_path / 'hireready.sqlite3'}"
    upgrade(url)
    engine = make_engine(url)
    yield engine, make_session_factory(engine)
    checkins.install(None)
    engine.dispose()


@pytest.fixture
def sessions(database: tuple[Engine, sessionmaker[Session]]) -> sessionmaker[Session]:
    return database[1]


class FakeSession:
    """The web app's delivery callback, for one open session (or none)."""

    def __init__(self, open_for: set[str]) -> None:
        self.open_for = open_for
        self.shown: list[NotificationRecord] = []

    def __call__(self, note: NotificationRecord) -> bool:
        if note.user_id not in self.open_for:
            return False
        self.shown.append(note)
        return True


def _user(sessions: sessionmaker[Session], name: str, schedule: ReminderSchedule | None = None,
          zone: str = PARIS) -> str:
    with sessions.begin() as session:
        user_id = create_user(session, name, None, timezone=zone, display_name=name.title()).id
        if schedule is not None:
            set_reminder_schedule(session, user_id, schedule)
    return user_id


def _log(sessions: sessionmaker[Session], user_id: str, minutes: int, at: datetime,
         skill: str | None = None) -> None:
    with sessions.begin() as session:
        add_activity(session, user_id, NewActivity(activity_type="study", minutes=minutes,
                                                   occurred_at=at, skill_name=skill))


def _stored(sessions: sessionmaker[Session], kind: str = "checkin") -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(Notification)
                              .where(Notification.kind == kind)) or 0


# --- the job under a controlled clock -----------------------------------------------------

def test_a_check_in_quotes_the_users_figures_and_is_written_once_per_slot(
        sessions: sessionmaker[Session]) -> None:
    ana = _user(sessions, "ana", EVENINGS)
    _log(sessions, ana, 45, MONDAY_SLOT - timedelta(days=1), skill="sql")
    _log(sessions, ana, 30, MONDAY_SLOT - timedelta(hours=5))
    context = CheckinContext(sessions)

    note = send_checkin(context, ana, MONDAY_SLOT + timedelta(seconds=2))
    assert note is not None and note.scheduled_for == MONDAY_SLOT
    assert "Ana" in note.message and "75 minutes" in note.message
    assert "2-day streak" in note.message and "SQL" in note.message
    assert send_checkin(context, ana, MONDAY_SLOT + timedelta(minutes=20)) is None
    assert _stored(sessions) == 1
    tuesday = send_checkin(context, ana, MONDAY_SLOT + timedelta(days=1))
    assert tuesday is not None and tuesday.scheduled_for == MONDAY_SLOT + timedelta(days=1)


@pytest.mark.parametrize(("late", "sent"), [(timedelta(0), True), (timedelta(minutes=59), True),
                                            (timedelta(hours=1), True),
                                            (timedelta(hours=1, seconds=1), False),
                                            (timedelta(hours=5), False)])
def test_a_missed_check_in_is_sent_within_an_hour_and_skipped_after(
        sessions: sessionmaker[Session], late: timedelta, sent: bool) -> None:
    ana = _user(sessions, "ana", EVENINGS)
    note = send_checkin(CheckinContext(sessions), ana, MONDAY_SLOT + late)
    assert (note is not None) is sent
    assert _stored(sessions) == int(sent)


def test_no_check_in_when_off_on_a_day_off_or_for_a_deleted_user(
        sessions: sessionmaker[Session]) -> None:
    off = _user(sessions, "off", EVENINGS.model_copy(update={"enabled": False}))
    ana = _user(sessions, "ana", EVENINGS)
    context = CheckinContext(sessions)
    assert send_checkin(context, off, MONDAY_SLOT) is None
    saturday_evening = MONDAY_SLOT - timedelta(days=2)
    assert send_checkin(context, ana, saturday_evening) is None  # Friday's slot is a day old
    assert send_checkin(context, "no-such-user", MONDAY_SLOT) is None


def test_a_user_with_nothing_logged_gets_a_first_step(sessions: sessionmaker[Session]) -> None:
    ben = _user(sessions, "ben", EVENINGS)
    note = send_checkin(CheckinContext(sessions), ben, MONDAY_SLOT)
    assert note is not None and "nothing logged yet" in note.message


# --- delivery: to the open session, or at the next visit ----------------------------------

def test_a_check_in_reaches_the_open_session_and_is_not_shown_again(
        sessions: sessionmaker[Session]) -> None:
    ana = _user(sessions, "ana", EVENINGS)
    live = FakeSession({ana})
    note = send_checkin(CheckinContext(sessions, live), ana, MONDAY_SLOT)
    assert note is not None and note.delivered_at == MONDAY_SLOT
    assert [n.id for n in live.shown] == [note.id]
    assert take_pending(sessions, ana) == []


def test_without_an_open_session_it_waits_for_the_next_visit(
        sessions: sessionmaker[Session]) -> None:
    ana, bob = _user(sessions, "ana", EVENINGS), _user(sessions, "bob", EVENINGS)
    live = FakeSession({bob})
    context = CheckinContext(sessions, live)
    note = send_checkin(context, ana, MONDAY_SLOT)
    send_checkin(context, bob, MONDAY_SLOT)
    assert note is not None and note.delivered_at is None
    assert [n.user_id for n in live.shown] == [bob]

    visit = take_pending(sessions, ana, now=MONDAY_SLOT + timedelta(hours=2))
    assert [n.id for n in visit] == [note.id]
    assert take_pending(sessions, ana) == []  # shown once
    assert take_pending(sessions, bob) == []  # bob saw his live


def test_a_failing_push_leaves_the_check_in_for_the_next_visit(
        sessions: sessionmaker[Session]) -> None:
    ana = _user(sessions, "ana", EVENINGS)

    def broken(note: NotificationRecord) -> bool:
        raise RuntimeError("socket closed")

    note = send_checkin(CheckinContext(sessions, broken), ana, MONDAY_SLOT)
    assert note is not None
    assert [n.id for n in take_pending(sessions, ana)] == [note.id]


def test_property_18_the_daily_job_nudges_users_whose_week_dropped_below_half(
        sessions: sessionmaker[Session]) -> None:
    """Property 18: a nudge when the last 7 days' average is ≤ 50% of the usual one."""
    quiet = _user(sessions, "quiet", zone="UTC")
    steady = _user(sessions, "steady", zone="UTC")
    stopped = _user(sessions, "stopped", EVENINGS.model_copy(update={"enabled": False}), "UTC")
    nine = datetime(2026, 12, 7, 9, 0, 30, tzinfo=UTC)
    for back in range(8, 30):
        for user_id in (quiet, steady, stopped):
            _log(sessions, user_id, 60, nine - timedelta(days=back))
    for back in range(1, 8):
        _log(sessions, steady, 60, nine - timedelta(days=back))
    live = FakeSession({quiet})

    sent = send_nudges(CheckinContext(sessions, live), nine)
    assert [n.user_id for n in sent] == [quiet]
    assert "1320 minutes" in sent[0].message and sent[0].delivered_at == nine
    assert send_nudges(CheckinContext(sessions), nine + timedelta(minutes=5)) == []
    assert send_nudges(CheckinContext(sessions), nine + timedelta(days=1)) == []  # interval
    assert len(send_nudges(CheckinContext(sessions), nine + timedelta(days=3))) == 1
    assert send_nudges(CheckinContext(sessions), nine + timedelta(days=6, hours=3)) == []  # late


# --- APScheduler's decisions with explicit datetimes --------------------------------------

@pytest.mark.parametrize(("schedule", "now", "fire"), [
    (EVENINGS, datetime(2026, 12, 5, 12, tzinfo=UTC), MONDAY_SLOT),
    (EVENINGS, MONDAY_SLOT - timedelta(seconds=1), MONDAY_SLOT),
    (EVENINGS.model_copy(update={"timezone": "America/New_York", "at": time(2, 30),
                                 "weekdays": ALL_DAYS}),
     datetime(2026, 3, 8, 5, tzinfo=UTC), datetime(2026, 3, 8, 7, 30, tzinfo=UTC)),
    (EVENINGS.model_copy(update={"timezone": "Australia/Sydney", "at": time(7)}),
     datetime(2026, 4, 3, 0, tzinfo=UTC), datetime(2026, 4, 5, 21, tzinfo=UTC)),
])
def test_the_cron_trigger_fires_at_the_local_slot(schedule: ReminderSchedule, now: datetime,
                                                  fire: datetime) -> None:
    trigger = checkin_trigger(schedule)
    assert trigger.get_next_fire_time(None, now).astimezone(UTC) == fire
    assert next_slot(schedule, now) == fire
    assert due_slot(schedule, fire) == fire


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(at=st.times(time(0), time(23, 59)), days=st.frozensets(st.integers(0, 6), min_size=1),
       zone=st.sampled_from(["America/New_York", "Europe/Berlin", "Australia/Lord_Howe",
                             "Asia/Tehran", "America/Havana", "UTC", "Asia/Kolkata"]),
       now=st.datetimes(datetime(2025, 1, 1), datetime(2028, 12, 31), timezones=st.just(UTC)))
def test_every_apscheduler_fire_maps_to_one_due_slot_of_that_local_day(
        at: time, days: frozenset[int], zone: str, now: datetime) -> None:
    schedule = ReminderSchedule(enabled=True, at=at.replace(second=0, microsecond=0),
                                weekdays=days, timezone=zone)
    fire = checkin_trigger(schedule).get_next_fire_time(None, now).astimezone(UTC)
    slot = due_slot(schedule, fire)
    assert slot is not None and slot <= fire
    local_day: date = fire.astimezone(ZoneInfo(zone)).date()
    if fire != next_slot(schedule, now) and fire != now:
        # a repeated wall time when clocks go back: the second firing is the same slot
        assert slot.astimezone(ZoneInfo(zone)).date() == local_day
        assert fire - slot <= timedelta(hours=1)
        assert slot == latest_slot(schedule, now)


# --- the real scheduler: jobs, restarts and misfires --------------------------------------

def _until(scheduler: ReminderScheduler, mask: int) -> threading.Event:
    done = threading.Event()

    def seen(event: JobEvent) -> None:
        if event.job_id.startswith("checkin:"):
            seen_codes.append(event.code)
            done.set()

    seen_codes: list[int] = []
    scheduler.apscheduler.add_listener(seen, mask)
    done.codes = seen_codes  # type: ignore[attr-defined]
    return done


def _down_since(database: tuple[Engine, sessionmaker[Session]], user_id: str,
                missed: datetime) -> None:
    """Leave the user's job due at ``missed``, as if the app had been down since then."""
    engine, sessions = database
    before = ReminderScheduler(engine, sessions, sync_seconds=0)
    before.start(paused=True)
    before.apscheduler.modify_job(checkin_job_id(user_id), next_run_time=missed)
    before.shutdown()


def _start_and_wait(database: tuple[Engine, sessionmaker[Session]],
                    deliver: FakeSession | None = None) -> tuple[ReminderScheduler, list[int]]:
    engine, sessions = database
    scheduler = ReminderScheduler(engine, sessions, sync_seconds=0)
    scheduler.start(deliver, paused=True)
    done = _until(scheduler, EVENT_JOB_EXECUTED | EVENT_JOB_MISSED)
    scheduler.resume()
    assert done.wait(2.0), "the due job neither ran nor was reported missed"
    scheduler.shutdown()
    return scheduler, list(done.codes)  # type: ignore[attr-defined]


def _due_ago(ago: timedelta) -> tuple[ReminderSchedule, datetime]:
    """A daily schedule whose latest slot was ``ago`` before now (UTC), and that slot."""
    at = (datetime.now(UTC) - ago).replace(second=0, microsecond=0)
    schedule = ReminderSchedule(enabled=True, at=at.time(), timezone="UTC")
    return schedule, latest_slot(schedule, datetime.now(UTC))


def test_a_restart_sends_a_check_in_missed_by_under_an_hour_once(
        database: tuple[Engine, sessionmaker[Session]]) -> None:
    sessions = database[1]
    schedule, missed = _due_ago(timedelta(minutes=30))
    ana = _user(sessions, "ana", schedule, zone="UTC")
    _down_since(database, ana, missed)
    live = FakeSession({ana})

    _, codes = _start_and_wait(database, live)
    assert codes == [EVENT_JOB_EXECUTED]
    assert [n.scheduled_for for n in live.shown] == [missed]

    _down_since(database, ana, missed)  # as if it crashed before recording the run
    _, codes = _start_and_wait(database, live)
    assert codes == [EVENT_JOB_EXECUTED]
    assert _stored(sessions) == 1 and len(live.shown) == 1


def test_two_schedulers_on_one_database_write_one_check_in(
        database: tuple[Engine, sessionmaker[Session]]) -> None:
    engine, sessions = database
    schedule, missed = _due_ago(timedelta(minutes=10))
    ana = _user(sessions, "ana", schedule, zone="UTC")
    _down_since(database, ana, missed)
    first = ReminderScheduler(engine, sessions, sync_seconds=0)
    second = ReminderScheduler(make_engine(str(engine.url)), sessions, sync_seconds=0)
    try:
        first.start(paused=True)
        second.start(paused=True)
        seen = [_until(first, EVENT_JOB_EXECUTED), _until(second, EVENT_JOB_EXECUTED)]
        first.resume()
        second.resume()
        assert any(event.wait(2.0) for event in seen)
        for event in seen:
            event.wait(0.5)
    finally:
        first.shutdown()
        second.shutdown()
    assert _stored(sessions) == 1


def test_a_check_in_missed_by_over_an_hour_is_skipped_at_start(
        database: tuple[Engine, sessionmaker[Session]]) -> None:
    engine, sessions = database
    schedule, missed = _due_ago(timedelta(hours=2))
    ana = _user(sessions, "ana", schedule, zone="UTC")
    _down_since(database, ana, missed)

    _, codes = _start_and_wait(database, FakeSession({ana}))
    assert codes == [EVENT_JOB_MISSED]
    assert _stored(sessions) == 0
    after = ReminderScheduler(engine, sessions, sync_seconds=0)
    after.start(paused=True)
    try:
        assert after.next_run(ana) == missed + timedelta(days=1)
    finally:
        after.shutdown()


def test_jobs_follow_the_users_settings_with_stable_ids(
        database: tuple[Engine, sessionmaker[Session]]) -> None:
    engine, sessions = database
    ana = _user(sessions, "ana", EVENINGS)
    bob = _user(sessions, "bob", EVENINGS)
    scheduler = ReminderScheduler(engine, sessions, sync_seconds=0)
    scheduler.start(paused=True)
    try:
        ids = sorted(job.id for job in scheduler.apscheduler.get_jobs())
        assert ids == sorted([checkin_job_id(ana), checkin_job_id(bob), INACTIVITY_JOB_ID])
        job = scheduler.apscheduler.get_job(checkin_job_id(ana))
        assert job.func_ref == "agent.checkins:checkin_job" and job.args == (ana,)
        assert str(job.trigger.timezone) == PARIS
        assert scheduler.next_run(ana) is not None

        later = EVENINGS.model_copy(update={"at": time(20, 30)})
        scheduler.schedule(ana, later)
        assert scheduler.next_run(ana).astimezone(ZoneInfo(PARIS)).time() == time(20, 30)
        scheduler.schedule(ana, later.model_copy(update={"enabled": False}))
        assert scheduler.next_run(ana) is None

        with sessions.begin() as session:  # bob turns his off in another process
            set_reminder_schedule(session, bob, EVENINGS.model_copy(update={"enabled": False}))
        scheduler.sync_all()  # ana's row still says on: her job comes back; bob's goes
        ids = sorted(job.id for job in scheduler.apscheduler.get_jobs())
        assert ids == sorted([checkin_job_id(ana), INACTIVITY_JOB_ID])
    finally:
        scheduler.shutdown()
    again = ReminderScheduler(engine, sessions, sync_seconds=0)
    again.start(paused=True)
    try:
        assert len(again.apscheduler.get_jobs()) == 2
    finally:
        again.shutdown()


def test_before_start_scheduling_is_left_to_the_running_scheduler(
        database: tuple[Engine, sessionmaker[Session]]) -> None:
    engine, sessions = database
    idle = ReminderScheduler(engine, sessions)
    idle.schedule("someone", EVENINGS)  # no error, no job: the worker syncs from the table
    assert not idle.running and idle.next_run("someone") is None
    with sessions() as session:
        assert notes.unread(session, "someone") == []
