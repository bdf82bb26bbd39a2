"""Read and write cached language-model answers (``hr_llm_cache``, Property 30).

Functions take a ``Session`` first, filter on ``user_id`` and never commit (the caller owns
the transaction). Times are aware datetimes passed in by the caller; nothing here reads the
clock. The answer text is opaque here (the agent layer serialises it).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from storage.orm.base import as_utc
from storage.orm.llm_cache import LlmCacheEntry


def read_cached(session: Session, user_id: str, key: str, now: datetime) -> str | None:
    """The stored answer for ``key`` of ``user_id`` if it has not expired at ``now``.

    Args:
        session: An open session.
        user_id: The user whose request it is.
        key: The request's key (64 hex characters).
        now: The current time (aware).

    Returns:
        The stored answer text, or ``None`` when there is none or it expired.

    Raises:
        ValueError: When ``now`` is naive.
    """
    query = select(LlmCacheEntry.response).where(
        LlmCacheEntry.key == key, LlmCacheEntry.user_id == user_id,
        LlmCacheEntry.expires_at > as_utc(now))
    return session.execute(query).scalar_one_or_none()


def write_cached(session: Session, user_id: str, key: str, response: str, now: datetime,
                 ttl_s: float) -> None:
    """Store (or replace) the answer for ``key`` of ``user_id``, kept for ``ttl_s`` seconds;
    the user's expired answers are removed at the same time.

    Args:
        session: An open session; the caller commits.
        user_id: The user whose request it is.
        key: The request's key (64 hex characters).
        response: The answer text.
        now: The current time (aware).
        ttl_s: Seconds the answer stays usable (> 0).

    Raises:
        ValueError: When ``now`` is naive.
    """
    moment = as_utc(now)
    session.execute(delete(LlmCacheEntry).where(
        LlmCacheEntry.user_id == user_id,
        (LlmCacheEntry.key == key) | (LlmCacheEntry.expires_at <= moment)))
    session.add(LlmCacheEntry(key=key, user_id=user_id, response=response, created_at=moment,
                              expires_at=moment + timedelta(seconds=ttl_s)))
    session.flush()


def clear_cached(session: Session, user_id: str | None = None) -> int:
    """Remove the cached answers of one user, or of everyone when ``user_id`` is ``None``.

    Returns:
        The number of answers removed.
    """
    query = delete(LlmCacheEntry)
    if user_id is not None:
        query = query.where(LlmCacheEntry.user_id == user_id)
    return session.execute(query).rowcount  # type: ignore[attr-defined, no-any-return]
