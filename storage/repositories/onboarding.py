"""Onboarding state per user: load and store :class:`OnboardingState`.

Functions take a ``Session`` first and never commit: the caller owns the transaction.
"""

from __future__ import annotations

import logging

from pydantic import ValidationError
from sqlalchemy.orm import Session

from storage.orm.onboarding import OnboardingRow
from tools.onboarding.machine import OnboardingState

log = logging.getLogger(__name__)


def get_onboarding(session: Session, user_id: str) -> OnboardingState | None:
    """The user's onboarding state, or ``None`` when onboarding has not started.

    A stored state that no longer validates (written by another version) reads as a new,
    active state, so the user is at worst asked again.
    """
    row = session.get(OnboardingRow, user_id)
    if row is None:
        return None
    try:
        return OnboardingState.model_validate(row.state)
    except ValidationError:
        log.warning("unreadable onboarding state of user %s: starting again", user_id)
        return OnboardingState()


def save_onboarding(session: Session, user_id: str, state: OnboardingState) -> None:
    """Store the user's onboarding state (insert or replace; flushed, not committed).

    Raises:
        sqlalchemy.exc.IntegrityError: When there is no user with that id.
    """
    row = session.get(OnboardingRow, user_id)
    data = state.model_dump(mode="json")
    if row is None:
        session.add(OnboardingRow(user_id=user_id, state=data))
    else:
        row.state = data
    session.flush()
