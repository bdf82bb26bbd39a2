"""``hireready worker [--seconds N]``: run the check-in scheduler on its own.

For deployments with several app instances on one database: set ``HIREREADY_SCHEDULER=off``
for the apps and run one worker. It migrates the database if needed, starts the scheduler
(jobs in the database's ``hr_scheduler_jobs`` table, users' settings re-read every minute)
and blocks until Ctrl-C or SIGTERM, then stops cleanly (running jobs finish first). A
worker has no open chat sessions: its check-ins wait in the notifications table and are
shown at the top of each user's next visit.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType

import typer

from agent.settings import Settings
from prompts import reminders as words
from tools.errors import HireReadyError


def register(app: typer.Typer) -> None:
    """Add the ``worker`` command to the ``hireready`` CLI."""
    app.command("worker")(worker)


def worker(seconds: float = typer.Option(0, "--seconds", min=0,
                                         help="Stop after this many seconds (0: run until "
                                              "Ctrl-C).")) -> None:
    """Run the check-in scheduler alone (for HIREREADY_SCHEDULER=off deployments)."""
    from agent.logs import configure_logging
    from agent.scheduler import ReminderScheduler
    from agent.setup import ensure_dirs
    from storage.db import make_engine, make_session_factory
    from storage.migrate import upgrade

    settings = Settings()
    configure_logging(settings, console=True)
    try:
        ensure_dirs(settings)
        upgrade(settings.sqlalchemy_url)
    except HireReadyError as error:
        typer.echo(f"Error: {error.message}\nNext step: {error.guidance}", err=True)
        raise typer.Exit(code=2) from None
    engine = make_engine(settings.sqlalchemy_url)
    scheduler = ReminderScheduler(engine, make_session_factory(engine))
    stop = _stop_on_signals()
    if seconds:
        threading.Timer(seconds, stop.set).start()
    scheduler.start()
    typer.echo(words.WORKER_STARTED, err=True)
    try:
        scheduler.wait(stop)
    except KeyboardInterrupt:
        scheduler.shutdown()
    finally:
        engine.dispose()
    typer.echo(words.WORKER_STOPPED, err=True)


def _stop_on_signals() -> threading.Event:
    """An event set by SIGTERM (and SIGINT), so the worker stops cleanly either way."""
    stop = threading.Event()

    def _set(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _set)
        signal.signal(signal.SIGINT, _set)
    return stop
