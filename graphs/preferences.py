"""Storing a user's preferences as the user's own action, from onboarding answers, the web
chat settings or the preference tools: the change is stored, the fields given count as
answered in onboarding, and a new time zone moves the user's check-in job. It is not behind
the confirmation gate: a settings change is made by the user, not proposed by a model."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session, sessionmaker

import storage.repositories.users as user_repo
from graphs.services import ReminderJobs
from storage.repositories import onboarding as onboarding_repo
from storage.repositories.preferences import PreferenceUpdate, set_preferences
from storage.taxonomy import form_key
from tools.accounts import UserAccount
from tools.gaps.models import Role
from tools.onboarding.machine import QUESTIONS_ORDER, Field, OnboardingState


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


def role_titles(roles: Sequence[Role]) -> dict[str, str]:
    """Role title and alias keys (:func:`storage.taxonomy.form_key`) → display title."""
    titles: dict[str, str] = {}
    for role in roles:
        for name in (role.title, *role.aliases):
            titles.setdefault(form_key(name), role.title)
    return titles


def _mark_answered(session: Session, user_id: str, fields: list[Field]) -> None:
    if not fields:
        return
    state = onboarding_repo.get_onboarding(session, user_id) or OnboardingState()
    answered = (*state.answered, *(f for f in fields if f not in state.answered))
    update: dict[str, object] = {"answered": answered}
    if state.asking in fields:
        update.update(asking=None, just_asked=False)
    onboarding_repo.save_onboarding(session, user_id, state.model_copy(update=update))
