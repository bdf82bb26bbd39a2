"""A user's coaching preferences: target role, level, pace, hours per day and time zone.

Set from onboarding answers and from the web chat settings. Functions take a ``Session``
first, return :class:`tools.accounts.UserAccount`, and never commit.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy.orm import Session

from prompts import errors as msg
from prompts import onboarding as words
from storage.orm.users import User
from storage.repositories.users import get_user
from tools.accounts import UserAccount
from tools.errors import InvalidInput, NotFound
from tools.onboarding.answers import MAX_ROLE_CHARS
from tools.onboarding.zones import is_timezone


class PreferenceUpdate(BaseModel):
    """Preferences to change; only the fields given are changed.

    Attributes:
        target_role: Role the user prepares for; empty text or ``None`` clears it.
        experience_level: ``beginner``, ``intermediate`` or ``advanced`` (or ``None``).
        learning_pace: ``daily`` or ``weekly`` (or ``None``).
        hours_per_day: Study hours a day, 0 < h ≤ 24 (or ``None``).
        timezone: An IANA time zone name (never cleared).
    """

    model_config = ConfigDict(frozen=True)

    target_role: str | None = None
    experience_level: str | None = None
    learning_pace: str | None = None
    hours_per_day: float | None = None
    timezone: str | None = None

    def changes(self) -> dict[str, Any]:
        """The fields given, by name."""
        return {name: getattr(self, name) for name in self.model_fields_set}


def set_preferences(session: Session, user_id: str, update: PreferenceUpdate) -> UserAccount:
    """Store the preferences given in ``update``.

    Args:
        session: Open session; the caller commits.
        user_id: The user.
        update: The fields to change.

    Returns:
        The account after the change.

    Raises:
        NotFound: No user with that id.
        InvalidInput: An unknown level, pace or time zone, hours outside (0, 24], or a
            target role over 255 characters (nothing is changed then).
    """
    changes = _checked(update.changes())
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(msg.UNKNOWN_USER.format(name=user_id),
                       msg.UNKNOWN_USER_NEXT.format(name="NAME"))
    for name, value in changes.items():
        setattr(user, name, value)
    session.flush()
    account = get_user(session, user_id)
    assert account is not None
    return account


def _checked(changes: dict[str, Any]) -> dict[str, Any]:
    checked = dict(changes)
    if "target_role" in checked:
        role = " ".join((checked["target_role"] or "").split())
        if len(role) > MAX_ROLE_CHARS:
            raise InvalidInput(words.BAD_ROLE.format(limit=MAX_ROLE_CHARS), words.BAD_ROLE_NEXT)
        checked["target_role"] = role or None
    _one_of(checked, "experience_level", words.LEVELS, words.BAD_LEVEL, words.BAD_LEVEL_NEXT)
    _one_of(checked, "learning_pace", words.PACES, words.BAD_PACE, words.BAD_PACE_NEXT)
    hours = checked.get("hours_per_day")
    if hours is not None and not 0 < hours <= 24:
        raise InvalidInput(msg.BAD_HOURS.format(hours=hours), msg.BAD_HOURS_NEXT)
    if "timezone" in checked:
        zone = checked["timezone"]
        if zone is None:
            del checked["timezone"]
        elif not is_timezone(zone):
            raise InvalidInput(msg.UNKNOWN_TIMEZONE.format(zone=zone), msg.UNKNOWN_TIMEZONE_NEXT)
    return checked


def _one_of(changes: dict[str, Any], name: str, allowed: tuple[str, ...], problem: str,
            guidance: str) -> None:
    value = changes.get(name)
    if value is not None and value not in allowed:
        raise InvalidInput(problem.format(text=value), guidance)
