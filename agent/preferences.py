"""Changing a user's preferences and check-in reminders as the user's own action.

Onboarding answers and the web chat settings come here. The reminder change takes the same
path as the reminder tools (:mod:`graphs.toolkit.reminders`): read the stored schedule,
:func:`tools.reminders.parse.apply_change`, store it, then tell the check-in scheduler. It
is not behind the confirmation gate: a settings change is made by the user, not proposed by
a model. A new time zone also moves the user's check-in job.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

import storage.repositories.users as user_repo
from graphs.services import ReminderJobs
from prompts import errors as msg
from storage.repositories import onboarding as onboarding_repo
from storage.repositories.preferences import PreferenceUpdate, set_preferences
from tools.accounts import UserAccount
from tools.errors import NotFound
from tools.onboarding.machine import QUESTIONS_ORDER, Field, OnboardingState
from tools.reminders.models import ReminderChange, ReminderSchedule
from tools.reminders.parse import apply_change


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


def save_preferences(sessions: sessionmaker[Session], reminders: ReminderJobs | None,
                     user_id: str, update: PreferenceUpdate) -> UserAccount:
    """Store preferences; the fields given count as answered in onboarding.

    Args:
        sessions: Session factory.
        reminders: The check-in scheduler (``None``: none runs).
        user_id: The user.
        update: Fields to change.

    Returns:
        The account after the change.

    Raises:
        NotFound: No such user. InvalidInput: A value that cannot be stored (nothing is).
    """
    with sessions.begin() as session:
        before = user_repo.get_user(session, user_id)
        account = set_preferences(session, user_id, update)
        _mark_answered(session, user_id, [f for f in QUESTIONS_ORDER
                                          if f in update.model_fields_set])
        schedule = user_repo.get_reminder_schedule(session, user_id)
    if reminders is not None and before is not None and before.timezone != account.timezone:
        reminders.schedule(user_id, schedule)
    return account


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


def _mark_answered(session: Session, user_id: str, fields: list[Field]) -> None:
    if not fields:
        return
    state = onboarding_repo.get_onboarding(session, user_id) or OnboardingState()
    answered = (*state.answered, *(f for f in fields if f not in state.answered))
    update: dict[str, object] = {"answered": answered}
    if state.asking in fields:
        update.update(asking=None, just_asked=False)
    onboarding_repo.save_onboarding(session, user_id, state.model_copy(update=update))
