"""A user account as the rest of the application sees it (never the password hash)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class UserAccount(BaseModel):
    """A HireReady user.

    Attributes:
        id: The user's id (a UUID string); every row and vector of theirs carries it.
        username: Login name, lower case (unique).
        display_name: Name to greet the user by, if given.
        email: E-mail address, if given.
        timezone: IANA time zone name ("Europe/Berlin"); local days and reminder times are
            computed in it.
        target_role: Role the user is preparing for, if chosen.
        experience_level: e.g. ``student``, ``graduate``, ``early-career``, if given.
        learning_pace: How the user likes to plan (e.g. ``daily``, ``weekly``), if given.
        hours_per_day: Planned study time per day, in hours, if given.
        created_at: When the account was created (aware, UTC).
    """

    model_config = ConfigDict(frozen=True)

    id: str
    username: str
    display_name: str | None = None
    email: str | None = None
    timezone: str = "UTC"
    target_role: str | None = None
    experience_level: str | None = None
    learning_pace: str | None = None
    hours_per_day: float | None = None
    created_at: datetime
