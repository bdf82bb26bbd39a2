"""Scheduled check-ins with APScheduler 3 and its SQLAlchemy job store.

Jobs live in the HireReady database (the storage URL) in their own table,
:data:`JOBS_TABLE`, so schedules survive restarts. Each user with check-ins on has one job,
``checkin:<user id>``, on a ``CronTrigger`` in the user's own time zone; one job,
``inactivity:daily``, writes the inactivity nudges. Jobs name their function by import path
with the user id as the only argument, and are added with ``replace_existing=True``.

Misfires (issue 6, point 4): a check-in missed while no scheduler ran is sent at start when
it is at most an hour late and skipped otherwise (``misfire_grace_time=3600``; ``coalesce``
folds several missed runs into one). The job re-checks the same window itself
(:func:`tools.reminders.slots.due_slot`), and the notifications table's unique key stops a
second write of a slot — so neither a restart nor two schedulers on one database send a
check-in twice.

Where it runs: ``HIREREADY_SCHEDULER=on`` (default) runs it inside the web app;
``off`` leaves it to ``hireready worker`` (one per database, for several app instances).
Every minute the running scheduler also re-reads the users' reminder settings, so changes
made in a process without a scheduler (another app instance, the terminal chat) take effect
within a minute; in the process that runs it, :meth:`ReminderScheduler.schedule` applies
them at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import STATE_STOPPED
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

import storage.repositories.users as user_repo
from agent import checkins
from agent.checkins import INACTIVITY_AT, CheckinContext, Deliver
from tools.reminders.models import ReminderSchedule
from tools.reminders.slots import MISFIRE_GRACE

log = logging.getLogger(__name__)

JOBS_TABLE = "hr_scheduler_jobs"
"""APScheduler's job table (created by APScheduler itself, not by the migrations)."""
CHECKIN_FUNCTION = "agent.checkins:checkin_job"
INACTIVITY_FUNCTION = "agent.checkins:inactivity_job"
INACTIVITY_JOB_ID = "inactivity:daily"
SYNC_JOB_ID = "reminders:sync"
SYNC_SECONDS = 60
"""How often the running scheduler re-reads every user's reminder settings, in seconds."""
JOB_DEFAULTS = {"misfire_grace_time": int(MISFIRE_GRACE.total_seconds()), "coalesce": True,
                "max_instances": 1}
"""Misfire policy: a run missed by at most an hour still happens, once."""
_CHECKIN_PREFIX = "checkin:"


def checkin_job_id(user_id: str) -> str:
    """The stable job id of a user's check-ins, ``checkin:<user id>``."""
    return f"{_CHECKIN_PREFIX}{user_id}"


def checkin_trigger(schedule: ReminderSchedule) -> CronTrigger:
    """The cron trigger of a schedule: its days and time, in the user's time zone."""
    return CronTrigger(day_of_week=schedule.cron_days, hour=schedule.at.hour,
                       minute=schedule.at.minute, timezone=ZoneInfo(schedule.timezone))


def inactivity_trigger() -> CronTrigger:
    """Every day at :data:`agent.checkins.INACTIVITY_AT`, UTC."""
    return CronTrigger(hour=INACTIVITY_AT.hour, minute=INACTIVITY_AT.minute, timezone=UTC)


class _Scheduler(BackgroundScheduler):  # type: ignore[misc]
    """APScheduler's background scheduler, minus one last look at due jobs on shutdown.

    On ``shutdown`` APScheduler 3.11 wakes its thread, which processes due jobs once more
    with the executors already shut down: the submission fails, yet the job's next run time
    moves on, so a check-in due at that instant would be lost instead of being sent at the
    next start. Stopped, this scheduler leaves due jobs in the store.
    """

    def _process_jobs(self) -> float | None:
        if self.state == STATE_STOPPED:
            return None
        wait: float | None = super()._process_jobs()
        return wait


class ReminderScheduler:
    """The process's scheduler of check-ins; also what the chat tools call to apply a new
    schedule (:class:`graphs.services.ReminderJobs`).

    Until :meth:`start`, :meth:`schedule` does nothing: the process running the scheduler
    (this app, or ``hireready worker``) picks the change up from the users table.

    Args:
        engine: Engine of the HireReady database; the job table is created in it.
        sessions: Session factory on the same database.
        now: The clock the jobs use (aware, UTC).
        sync_seconds: Period of the settings re-read; 0 switches it off (tests).
    """

    def __init__(self, engine: Engine, sessions: sessionmaker[Session], *,
                 now: Callable[[], datetime] | None = None,
                 sync_seconds: int = SYNC_SECONDS) -> None:
        self._engine = engine
        self._sessions = sessions
        self._now = now
        self._sync_seconds = sync_seconds
        self._lock = threading.RLock()
        self._scheduler: BackgroundScheduler | None = None

    @property
    def running(self) -> bool:
        """True between :meth:`start` and :meth:`shutdown`."""
        return self._scheduler is not None and bool(self._scheduler.running)

    @property
    def apscheduler(self) -> BackgroundScheduler:
        """The underlying APScheduler scheduler (for listeners and inspection).

        Raises:
            RuntimeError: Before :meth:`start`.
        """
        if self._scheduler is None:
            raise RuntimeError("the reminder scheduler is not started")
        return self._scheduler

    def start(self, deliver: Deliver | None = None, *, paused: bool = False) -> None:
        """Start in a background thread: install the job context, then bring the jobs in
        line with the users table (due jobs run at once unless ``paused``).

        Args:
            deliver: Live delivery callback (the web app's), or None.
            paused: Start without running jobs until :meth:`resume` (tests).
        """
        with self._lock:
            if self.running:
                return
            context = CheckinContext(self._sessions, deliver,
                                     **({"now": self._now} if self._now else {}))
            checkins.install(context)
            scheduler = _Scheduler(
                jobstores={"default": SQLAlchemyJobStore(engine=self._engine,
                                                         tablename=JOBS_TABLE),
                           "local": MemoryJobStore()},
                job_defaults=JOB_DEFAULTS, timezone=UTC)
            scheduler.start(paused=True)
            self._scheduler = scheduler
            self._ensure(INACTIVITY_JOB_ID, INACTIVITY_FUNCTION, inactivity_trigger(), [])
            self.sync_all()
            if self._sync_seconds:
                scheduler.add_job(self.sync_all, "interval", seconds=self._sync_seconds,
                                  id=SYNC_JOB_ID, jobstore="local", replace_existing=True)
            if not paused:
                scheduler.resume()
        log.info("reminder scheduler started")

    def resume(self) -> None:
        """Run jobs after a paused :meth:`start`."""
        self.apscheduler.resume()

    def shutdown(self) -> None:
        """Stop the scheduler (running jobs finish first) and uninstall the job context."""
        with self._lock:
            scheduler, self._scheduler = self._scheduler, None
        if scheduler is not None and scheduler.running:
            scheduler.shutdown(wait=True)
            checkins.install(None)
            log.info("reminder scheduler stopped")

    def wait(self, stop: threading.Event) -> None:
        """Block until ``stop`` is set (``hireready worker``), then shut down."""
        try:
            while not stop.wait(0.5):
                pass
        finally:
            self.shutdown()

    def schedule(self, user_id: str, schedule: ReminderSchedule) -> None:
        """Apply a user's schedule: add or replace their check-in job, or remove it when
        check-ins are off. A no-op before :meth:`start`."""
        if not self.running:
            return
        job_id = checkin_job_id(user_id)
        if schedule.enabled:
            self._ensure(job_id, CHECKIN_FUNCTION, checkin_trigger(schedule), [user_id])
        elif self.apscheduler.get_job(job_id) is not None:
            self.apscheduler.remove_job(job_id)

    def sync_all(self) -> None:
        """Bring every check-in job in line with the users table (added, changed, removed)."""
        if not self.running:
            return
        with self._sessions() as session:
            wanted = dict(user_repo.reminder_schedules(session))
        for user_id, schedule in wanted.items():
            self.schedule(user_id, schedule)
        for job in self.apscheduler.get_jobs(jobstore="default"):
            if job.id.startswith(_CHECKIN_PREFIX) and job.id[len(_CHECKIN_PREFIX):] not in wanted:
                self.apscheduler.remove_job(job.id)

    def next_run(self, user_id: str) -> datetime | None:
        """When the user's next check-in job runs (aware), or None without one."""
        job = self.apscheduler.get_job(checkin_job_id(user_id)) if self.running else None
        return job.next_run_time if job is not None else None

    def _ensure(self, job_id: str, function: str, trigger: CronTrigger, args: list[Any]) -> None:
        """Add the job, or replace it when its trigger changed. An unchanged job keeps its
        stored next run time, so a run missed while the app was down is still found."""
        existing = self.apscheduler.get_job(job_id)
        if existing is not None and repr(existing.trigger) == repr(trigger):
            return
        self.apscheduler.add_job(function, trigger, args=args, id=job_id,
                                 replace_existing=True)
