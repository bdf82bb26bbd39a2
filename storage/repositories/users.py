"""User accounts: creation, lookup, password login and deletion.

Passwords are hashed with argon2id (argon2-cffi's ``PasswordHasher`` defaults, the RFC 9106
low-memory profile); hashes from older parameters are upgraded at the next successful login.
Usernames are compared case-insensitively: they are stored stripped, NFKC-normalised and in
lower case. Functions take a ``Session`` first, return :class:`tools.accounts.UserAccount`,
and never commit: the caller owns the transaction.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from prompts import errors as msg
from storage.orm.base import as_utc
from storage.orm.users import USERNAME_LENGTH, User
from tools.accounts import UserAccount
from tools.errors import InvalidInput, NotFound
from tools.reminders.models import (
    ALL_DAYS,
    CRON_DAYS,
    DEFAULT_TIME,
    WEEKEND_DAYS,
    WORKING_DAYS,
    ReminderSchedule,
)

log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 8
"""Shortest accepted password, in characters (NIST SP 800-63B, section 5.1.1.2)."""
MAX_PASSWORD_LENGTH = 1024
"""Longest accepted password, in characters (bounds the hashing work per attempt)."""
USERNAME_PATTERN = re.compile(r"^\w[\w.@+-]*$")
"""Letters, digits and ``_``, then also ``. @ + -`` (so e-mail addresses work as names)."""

# User-facing words. They belong in prompts/errors.py (owned by another engineer); kept here
# until they move there.

_hasher = PasswordHasher()


def normalize_username(username: str) -> str:
    """The stored form of a username: NFKC-normalised, stripped, lower case.

    Raises:
        InvalidInput: When the result is empty, longer than 64 characters or contains
            characters other than letters, digits and ``_ . @ + -``.
    """
    name = unicodedata.normalize("NFKC", username).strip().lower()
    if not name or len(name) > USERNAME_LENGTH or not USERNAME_PATTERN.match(name):
        raise InvalidInput(msg.BAD_USERNAME.format(name=username.strip()),
                           msg.BAD_USERNAME_NEXT.format(length=USERNAME_LENGTH))
    return name


def default_timezone() -> str:
    """This machine's IANA time zone name (via tzlocal), or ``"UTC"`` when unknown."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # tzlocal missing or the machine's zone unreadable: fall back
        return "UTC"
    return name if isinstance(name, str) and _is_timezone(name) else "UTC"


def create_user(
    session: Session,
    username: str,
    password: str | None,
    *,
    display_name: str | None = None,
    email: str | None = None,
    timezone: str | None = None,
    target_role: str | None = None,
    experience_level: str | None = None,
    learning_pace: str | None = None,
    hours_per_day: float | None = None,
    now: datetime | None = None,
) -> UserAccount:
    """Create an account.

    Args:
        session: Open session; the caller commits.
        username: Login name (stored normalised, see :func:`normalize_username`).
        password: Plain password, or ``None`` for a local operator account that cannot log
            in through the browser.
        display_name: Name to greet the user by; defaults to ``username`` as typed.
        email: Optional e-mail address.
        timezone: IANA time zone name; defaults to :func:`default_timezone`.
        target_role: Role the user prepares for.
        experience_level: e.g. ``student``, ``graduate``, ``early-career``.
        learning_pace: e.g. ``daily`` or ``weekly``.
        hours_per_day: Planned study time per day, in hours (0 < h ≤ 24).
        now: Creation time (aware; stored in UTC); defaults to the current time.

    Returns:
        The new account.

    Raises:
        InvalidInput: When the username is taken or malformed, the password is shorter than
            8 or longer than 1024 characters, the time zone is unknown, or ``hours_per_day``
            is outside (0, 24].
        ValueError: When ``now`` is a naive datetime.
    """
    name = normalize_username(username)
    zone = _checked_timezone(timezone) if timezone else default_timezone()
    if hours_per_day is not None and not 0 < hours_per_day <= 24:
        raise InvalidInput(msg.BAD_HOURS.format(hours=hours_per_day), msg.BAD_HOURS_NEXT)
    if _find(session, name) is not None:
        raise _taken(name)
    user = User(
        username=name, email=email, display_name=display_name or username.strip(),
        password_hash=_hash(password) if password is not None else None, timezone=zone,
        target_role=target_role, experience_level=experience_level,
        learning_pace=learning_pace, hours_per_day=hours_per_day, created_at=as_utc(now),
    )
    try:
        with session.begin_nested():
            session.add(user)
    except IntegrityError as error:  # created by another process since _find
        raise _taken(name) from error
    return _account(user)


def ensure_user(
    session: Session, username: str, *, timezone: str | None = None
) -> tuple[UserAccount, bool]:
    """Return the account called ``username``, creating a password-less one if needed.

    Used for the local operator of the terminal chat (no password, no browser login).

    Args:
        session: Open session; the caller commits.
        username: Login name.
        timezone: IANA time zone for a new account; defaults to :func:`default_timezone`.

    Returns:
        ``(account, created)``; ``created`` is True when the account was made now.

    Raises:
        InvalidInput: When the username is malformed or the time zone unknown.
    """
    name = normalize_username(username)
    existing = _find(session, name)
    if existing is not None:
        return _account(existing), False
    try:
        return create_user(session, username, None, timezone=timezone), True
    except InvalidInput:
        existing = _find(session, name)  # lost a race with another process
        if existing is None:
            raise
        return _account(existing), False


def get_user(session: Session, user_id: str) -> UserAccount | None:
    """The account with id ``user_id``, or ``None``."""
    user = session.get(User, user_id)
    return _account(user) if user is not None else None


def require_user(session: Session, user_id: str) -> UserAccount:
    """Like :func:`get_user` but raising.

    Raises:
        NotFound: When there is no user with that id.
    """
    return _account(_get_or_raise(session, user_id))


def get_user_by_name(session: Session, username: str) -> UserAccount | None:
    """The account called ``username`` (any case), or ``None`` (also for malformed names)."""
    try:
        name = normalize_username(username)
    except InvalidInput:
        return None
    user = _find(session, name)
    return _account(user) if user is not None else None


def require_user_by_name(session: Session, username: str) -> UserAccount:
    """Like :func:`get_user_by_name` but raising.

    Raises:
        NotFound: When there is no such user.
    """
    account = get_user_by_name(session, username)
    if account is None:
        name = username.strip()
        raise NotFound(msg.UNKNOWN_USER.format(name=name), msg.UNKNOWN_USER_NEXT.format(name=name))
    return account


def find_login(session: Session, username: str) -> tuple[str, str | None] | None:
    """The id and password hash of the active account ``username`` (any case), for a login
    checked outside any transaction (:func:`password_matches`); ``None`` when there is none.
    Only reads."""
    try:
        user = _find(session, normalize_username(username))
    except InvalidInput:
        return None
    if user is None or not user.is_active:
        return None
    return user.id, user.password_hash


def password_matches(password_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches the argon2 hash; a missing hash verifies a dummy one, so
    the answer takes about the same time either way. Touches no database."""
    if password_hash is None:
        _verify(_dummy_hash(), password)
        return False
    return _verify(password_hash, password)


def hash_is_outdated(password_hash: str) -> bool:
    """Whether a hash was made with older argon2 parameters than today's."""
    return bool(_hasher.check_needs_rehash(password_hash))


def refresh_hash(session: Session, user_id: str, password_hash: str, password: str) -> None:
    """Re-hash a verified password when ``password_hash`` used older argon2 parameters
    (flushed; the caller commits)."""
    if _hasher.check_needs_rehash(password_hash):
        user = session.get(User, user_id)
        if user is not None:
            user.password_hash = _hasher.hash(password)
            session.flush()


def verify_password(session: Session, username: str, password: str) -> UserAccount | None:
    """Check a login.

    Takes about the same time whether or not the user exists (a dummy hash is verified for
    unknown users and password-less accounts). A hash made with older argon2 parameters is
    replaced on success (flushed; the caller commits).

    Args:
        session: Open session.
        username: Login name as typed (any case).
        password: Plain password as typed.

    Returns:
        The account when the password matches an active account with a password, else
        ``None``.
    """
    try:
        user = _find(session, normalize_username(username))
    except InvalidInput:
        user = None
    if user is None or user.password_hash is None or not user.is_active:
        _verify(_dummy_hash(), password)
        return None
    if not _verify(user.password_hash, password):
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
        session.flush()
    return _account(user)


def set_password(session: Session, user_id: str, password: str | None) -> None:
    """Set or (with ``None``) remove a user's password.

    Raises:
        NotFound: When there is no user with that id.
        InvalidInput: When the password is shorter than 8 or longer than 1024 characters.
    """
    user = _get_or_raise(session, user_id)
    user.password_hash = _hash(password) if password is not None else None
    session.flush()


def mark_active(session: Session, user_id: str, now: datetime | None = None) -> None:
    """Record that the user was active at ``now`` (aware; default the current time).

    Raises:
        NotFound: When there is no user with that id.
        ValueError: When ``now`` is naive.
    """
    _get_or_raise(session, user_id).last_active = as_utc(now)
    session.flush()


def last_active(session: Session, user_id: str) -> datetime | None:
    """When the user was last marked active (aware, UTC), or ``None`` if never."""
    return session.scalars(select(User.last_active).where(User.id == user_id)).first()


def delete_user(session: Session, user_id: str) -> None:
    """Delete a user and, through ``ON DELETE CASCADE``, every row that carries their id.

    Uploaded files, vectors and conversation checkpoints live elsewhere and are deleted by
    their own stores (Property 28).

    Raises:
        NotFound: When there is no user with that id.
    """
    _get_or_raise(session, user_id)
    session.execute(delete(User).where(User.id == user_id))
    session.expunge_all()


def get_reminder_schedule(session: Session, user_id: str) -> ReminderSchedule:
    """The user's check-in schedule (off, at 19:00 every day, when never set).

    Raises:
        NotFound: When there is no user with that id.
    """
    return _schedule(_get_or_raise(session, user_id))


def reminders_ever_set(session: Session, user_id: str) -> bool:
    """True once the user has chosen a check-in time (even if check-ins are now off)."""
    found = session.scalars(select(User.reminder_time).where(User.id == user_id)).first()
    return found is not None


def set_reminder_schedule(session: Session, user_id: str,
                          schedule: ReminderSchedule) -> ReminderSchedule:
    """Store the user's check-in schedule (its ``timezone`` is the user's, not changed here).

    Returns:
        The schedule as stored, in the user's time zone.

    Raises:
        NotFound: When there is no user with that id.
    """
    user = _get_or_raise(session, user_id)
    user.reminder_enabled = schedule.enabled
    user.reminder_time = schedule.at
    user.reminder_days = schedule.cron_days
    user.reminder_frequency = _frequency(schedule.weekdays)
    session.flush()
    return _schedule(user)


def reminder_schedules(session: Session) -> list[tuple[str, ReminderSchedule]]:
    """``(user id, schedule)`` of every active user with check-ins on, by user id."""
    query = (select(User).where(User.reminder_enabled.is_(True), User.is_active.is_(True))
             .order_by(User.id))
    return [(user.id, _schedule(user)) for user in session.scalars(query)]


def nudge_candidates(session: Session) -> list[str]:
    """Ids of active users who may get an inactivity nudge: all but those who turned
    check-ins off after choosing them ("stop the reminders" stops every scheduled message).
    """
    stopped = User.reminder_enabled.is_(False) & User.reminder_time.is_not(None)
    query = select(User.id).where(User.is_active.is_(True), ~stopped).order_by(User.id)
    return list(session.scalars(query))


def _schedule(user: User) -> ReminderSchedule:
    days = (frozenset(CRON_DAYS.index(d) for d in user.reminder_days.split(",")
                      if d in CRON_DAYS) if user.reminder_days else ALL_DAYS)
    return ReminderSchedule(enabled=user.reminder_enabled,
                            at=user.reminder_time or DEFAULT_TIME,
                            weekdays=days or ALL_DAYS, timezone=user.timezone)


def _frequency(days: frozenset[int]) -> str:
    labels = {ALL_DAYS: "daily", WORKING_DAYS: "weekdays", WEEKEND_DAYS: "weekends"}
    return labels.get(days, "custom")


def _find(session: Session, name: str) -> User | None:
    return session.scalars(select(User).where(User.username == name)).one_or_none()


def _get_or_raise(session: Session, user_id: str) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(msg.UNKNOWN_USER.format(name=user_id),
                       msg.UNKNOWN_USER_NEXT.format(name="NAME"))
    return user



def _taken(name: str) -> InvalidInput:
    return InvalidInput(msg.USERNAME_TAKEN.format(name=name),
                        msg.USERNAME_TAKEN_NEXT.format(name=name))


def _hash(password: str) -> str:
    if not MIN_PASSWORD_LENGTH <= len(password) <= MAX_PASSWORD_LENGTH:
        raise InvalidInput(msg.WEAK_PASSWORD, msg.WEAK_PASSWORD_NEXT.format(
            min=MIN_PASSWORD_LENGTH, max=MAX_PASSWORD_LENGTH))
    return _hasher.hash(password)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@functools.cache
def _dummy_hash() -> str:
    """A hash of a random-looking constant, verified for unknown users to even out timing."""
    return _hasher.hash("hireready-no-such-user")


def _is_timezone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _checked_timezone(name: str) -> str:
    zone = name.strip()
    if not _is_timezone(zone):
        raise InvalidInput(msg.UNKNOWN_TIMEZONE.format(zone=name), msg.UNKNOWN_TIMEZONE_NEXT)
    return zone


def _account(user: User) -> UserAccount:
    return UserAccount(
        id=user.id, username=user.username, display_name=user.display_name, email=user.email,
        timezone=user.timezone, target_role=user.target_role,
        experience_level=user.experience_level, learning_pace=user.learning_pace,
        hours_per_day=user.hours_per_day, created_at=user.created_at,
    )
