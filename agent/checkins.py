"""What the scheduled jobs do: write a check-in or an inactivity nudge, then deliver it.

A job writes its message to ``hr_notifications`` under the slot it belongs to (the unique
key makes a second write of that slot a no-op, so a restart or a second scheduler never
sends one twice), then offers it to the delivery callback the web app registered (a push to
the user's open Chainlit session). When nobody is there to receive it, it waits as a pending
notification and is shown at the top of the user's next visit (:func:`take_pending`).

APScheduler runs :func:`checkin_job` and :func:`inactivity_job`, referenced by import path
with primitive arguments; they read the process's :class:`CheckinContext` (installed by
:class:`agent.scheduler.ReminderScheduler`). The work itself is in :func:`send_checkin` and
:func:`send_nudges`, which take the context and ``now`` so tests drive them with a fixed
clock.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta

from sqlalchemy.orm import Session, sessionmaker

import storage.repositories.activities as activity_repo
import storage.repositories.notifications as notes
import storage.repositories.roadmaps as roadmap_repo
import storage.repositories.users as user_repo
from prompts import reminders as words
from storage.taxonomy import skill_by_id
from tools.errors import HireReadyError
from tools.progress.clock import local_now
from tools.progress.log import minutes_by_day
from tools.progress.motivation import Figures, inactivity_nudge, user_figures
from tools.reminders.checkin import checkin_message
from tools.reminders.models import NotificationRecord, ReminderSchedule
from tools.reminders.slots import due_slot

log = logging.getLogger(__name__)

Deliver = Callable[[NotificationRecord], bool]
"""Pushes a notification to the user's open session; True when it reached one."""

CHECKIN_KIND = "checkin"
NUDGE_KIND = "nudge"
INACTIVITY_AT = time(9, 0)
"""When the daily inactivity job runs, in UTC (mid-morning in Europe, early in America)."""
NUDGE_INTERVAL = timedelta(days=3)
"""At most one inactivity nudge per user in this time, so a quiet week brings two or three
nudges, not seven."""
INACTIVITY_SCHEDULE = ReminderSchedule(enabled=True, at=INACTIVITY_AT, timezone="UTC")
"""The daily inactivity job's slots: every day at :data:`INACTIVITY_AT` UTC."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class CheckinContext:
    """What the jobs need in this process.

    Attributes:
        sessions: Session factory of the HireReady database.
        deliver: Live delivery callback, or None in a process with no open sessions
            (``hireready worker``).
        now: The clock (aware, UTC).
    """

    sessions: sessionmaker[Session]
    deliver: Deliver | None = None
    now: Callable[[], datetime] = field(default=_utc_now)


_lock = threading.Lock()
_context: CheckinContext | None = None


def install(context: CheckinContext | None) -> None:
    """Make ``context`` the one the scheduled jobs of this process use (None removes it)."""
    global _context
    with _lock:
        _context = context


def installed() -> CheckinContext | None:
    """The context the scheduled jobs use, if any."""
    return _context


def checkin_job(user_id: str) -> None:
    """APScheduler entry point (``agent.checkins:checkin_job``): one user's check-in now."""
    context = installed()
    if context is None:
        log.warning("check-in for %s skipped: no scheduler context in this process", user_id)
        return
    send_checkin(context, user_id, context.now())


def inactivity_job() -> None:
    """APScheduler entry point (``agent.checkins:inactivity_job``): the daily nudges."""
    context = installed()
    if context is None:
        log.warning("inactivity nudges skipped: no scheduler context in this process")
        return
    send_nudges(context, context.now())


def send_checkin(context: CheckinContext, user_id: str,
                 now: datetime) -> NotificationRecord | None:
    """Write and deliver the check-in of the slot ``now`` belongs to.

    Nothing is written when the user is gone, check-ins are off, the slot is more than an
    hour old (missed while the app was down: skipped, see
    :data:`tools.reminders.slots.MISFIRE_GRACE`) or that slot already has its check-in.

    Args:
        context: Sessions and delivery callback.
        user_id: The user.
        now: When the job runs (aware).

    Returns:
        The new notification, or None when none was written.
    """
    try:
        note = _write_checkin(context.sessions, user_id, now)
    except HireReadyError:  # e.g. a stored time zone that no longer exists
        log.exception("check-in failed for %s", user_id)
        return None
    return _deliver(context, note, now) if note is not None else None


def _write_checkin(sessions: sessionmaker[Session], user_id: str,
                   now: datetime) -> NotificationRecord | None:
    with sessions.begin() as session:
        account = user_repo.get_user(session, user_id)
        if account is None:
            return None
        slot = due_slot(user_repo.get_reminder_schedule(session, user_id), now)
        if slot is None:
            log.info("check-in for %s skipped at %s: off, or missed by over an hour",
                     user_id, now.isoformat())
            return None
        text = checkin_message(figures_of(session, user_id, account.timezone, now),
                               account.display_name)
        return notes.create_notification(session, user_id, CHECKIN_KIND, text,
                                         title=words.CHECKIN_TITLE, scheduled_for=slot,
                                         now=now)


def send_nudges(context: CheckinContext, now: datetime) -> list[NotificationRecord]:
    """Write and deliver an inactivity nudge to every user who needs one (Property 18).

    A user needs one when their last 7 days' average is at most half their usual one
    (:func:`tools.progress.motivation.needs_nudge`), they have not stopped their reminders,
    and they had no nudge in the last :data:`NUDGE_INTERVAL`. The slot is the day's run of
    the job, so running it twice a day writes nothing new.

    Returns:
        The nudges written now.
    """
    slot = due_slot(INACTIVITY_SCHEDULE, now)
    if slot is None:
        return []
    with context.sessions() as session:
        candidates = user_repo.nudge_candidates(session)
    sent: list[NotificationRecord] = []
    for user_id in candidates:
        note = _nudge(context, user_id, slot, now)
        if note is not None:
            sent.append(_deliver(context, note, now))
    return sent


def take_pending(sessions: sessionmaker[Session], user_id: str,
                 now: datetime | None = None) -> list[NotificationRecord]:
    """The user's notifications that reached no open session, marked read (next visit).

    Returns:
        Oldest first, as they were before being marked.
    """
    with sessions.begin() as session:
        waiting = notes.pending(session, user_id)
        notes.mark_read(session, user_id, [n.id for n in waiting], now)
    return waiting


def figures_of(session: Session, user_id: str, zone: str, now: datetime) -> Figures:
    """The user's own figures at ``now`` (minutes, streak, latest skill, stages)."""
    activities = activity_repo.list_activities(session, user_id)
    skill = next((a.skill_name for a in activities if a.skill_name), None)
    entry = skill_by_id(skill) if skill else None
    found = roadmap_repo.get_active_roadmap(session, user_id)
    stages = found[1].stages if found else []
    return user_figures(minutes_by_day(activities, zone), local_now(now, zone).date(),
                        skill=entry.name if entry else skill,
                        completed_stages=sum(s.status == "completed" for s in stages),
                        total_stages=len(stages))


def _nudge(context: CheckinContext, user_id: str, slot: datetime,
           now: datetime) -> NotificationRecord | None:
    try:
        with context.sessions.begin() as session:
            account = user_repo.get_user(session, user_id)
            if account is None or notes.recent(session, user_id, NUDGE_KIND,
                                               now - NUDGE_INTERVAL):
                return None
            message = inactivity_nudge(figures_of(session, user_id, account.timezone, now))
            if message is None:
                return None
            return notes.create_notification(session, user_id, NUDGE_KIND, message.text,
                                             title=words.NUDGE_TITLE, scheduled_for=slot,
                                             now=now)
    except HireReadyError:  # e.g. a stored time zone that no longer exists
        log.exception("inactivity nudge failed for %s", user_id)
        return None


def _deliver(context: CheckinContext, note: NotificationRecord,
             now: datetime) -> NotificationRecord:
    """Offer ``note`` to the live delivery callback; record it as delivered if it arrived."""
    if context.deliver is None:
        return note
    try:
        arrived = context.deliver(note)
    except Exception:  # a UI failure must not lose the notification: it stays pending
        log.exception("live delivery of notification %s failed", note.id)
        return note
    if not arrived:
        return note
    with context.sessions.begin() as session:
        notes.mark_delivered(session, note.user_id, [note.id], now)
    return note.model_copy(update={"delivered_at": now.astimezone(UTC)})
