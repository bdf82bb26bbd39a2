"""Changing a user's preferences and check-in reminders as the user's own action.

Onboarding answers and the web chat settings come here; preferences are stored by
:func:`graphs.preferences.save_preferences` (shared with the preference tools). The reminder
change takes the same path as the reminder tools (:mod:`graphs.toolkit.reminders`): read the
stored schedule, :func:`tools.reminders.parse.apply_change`, store it, then tell the check-in
scheduler. Neither is behind the confirmation gate: a settings change is made by the user,
not proposed by a model. A new time zone also moves the user's check-in job.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

import storage.repositories.users as user_repo
from graphs.preferences import save_preferences
from graphs.services import ReminderJobs
from prompts import errors as msg
from tools.accounts import UserAccount
from tools.errors import NotFound
from tools.reminders.models import ReminderChange, ReminderSchedule
from tools.reminders.parse import apply_change

__all__ = ["UserSettings", "change_reminders", "load_settings", "save_preferences"]


@dataclass(frozen=True)
class UserSettings:
    """What the settings panel shows for a user.

    Attributes:
        account: The user's account (role, level, pace, hours, time zone).
        reminders: Their check-in schedule (in their time zone).
    """

    account: UserAccount
    reminders: ReminderSchedule


def load_settings(sessions: sessionmaker[Session], user_id: str) -> UserSettings:
    """The user's preferences and check-in schedule.

    Raises:
        NotFound: No user with that id.
    """
    with sessions() as session:
        account = user_repo.get_user(session, user_id)
        if account is None:
            raise NotFound(msg.UNKNOWN_USER.format(name=user_id),
                           msg.UNKNOWN_USER_NEXT.format(name="NAME"))
        return UserSettings(account, user_repo.get_reminder_schedule(session, user_id))


def change_reminders(sessions: sessionmaker[Session], reminders: ReminderJobs | None,
                     user_id: str, change: ReminderChange) -> tuple[ReminderSchedule, bool]:
    """Apply a reminder change and move the check-in job (as the reminder tools do).

    Returns:
        ``(schedule as stored, changed)``.

    Raises:
        NotFound: No such user. InvalidInput: The change cannot be applied.
    """
    with sessions.begin() as session:
        current = user_repo.get_reminder_schedule(session, user_id)
        stored = user_repo.set_reminder_schedule(session, user_id,
                                                 apply_change(current, change))
    if reminders is not None:
        reminders.schedule(user_id, stored)
    return stored, stored != current
