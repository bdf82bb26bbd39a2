"""Check-ins and nudges as the faces show them: pushed live, or listed at the next visit.

Free of Chainlit, so the terminal chat can use it without importing the web framework.
"""

from __future__ import annotations

from datetime import datetime

import storage.repositories.users as user_repo
from agent.checkins import take_pending
from agent.runtime import Runtime
from prompts import reminders as words
from tools.progress.clock import local_now
from tools.reminders.models import NotificationRecord


def take_pending_with_zone(runtime: Runtime,
                           user_id: str) -> tuple[list[NotificationRecord], str]:
    """The user's waiting notifications (now marked read) and their time zone."""
    with runtime.sessions() as session:
        account = user_repo.get_user(session, user_id)
    return take_pending(runtime.sessions, user_id), account.timezone if account else "UTC"


def pending_text(runtime: Runtime, user_id: str) -> str | None:
    """Waiting notifications as one message, marked read (terminal chat), or None."""
    waiting, zone = take_pending_with_zone(runtime, user_id)
    return notices_text(waiting, zone) if waiting else None


def notices_text(notes: list[NotificationRecord], zone: str) -> str:
    """Waiting notifications as one Markdown message, oldest first, times in ``zone``."""
    lines = [words.WHILE_AWAY]
    lines += [f"- {_line(note, zone)}" for note in notes]
    return "\n".join(lines)


def live_text(note: NotificationRecord) -> str:
    """A notification pushed into an open chat."""
    return f"**{note.title}**\n\n{note.message}" if note.title else note.message


def _line(note: NotificationRecord, zone: str) -> str:
    moment: datetime = note.scheduled_for or note.created_at
    when = local_now(moment, zone).strftime(words.NOTICE_WHEN)
    return words.NOTICE_LINE.format(title=note.title or note.kind, when=when,
                                    message=note.message)
