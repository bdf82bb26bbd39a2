"""A LangChain cache of language-model answers in HireReady's database, with a lifetime.

Property 30: an AI request identical to an earlier one within the cache lifetime is answered
from the cache without calling the model. :class:`TimedLlmCache` is a
:class:`~langchain_core.caches.BaseCache` given to ``ChatOpenAI(cache=...)``: LangChain asks it
before each call with the serialised prompt and a string of the model's settings (name,
temperature, bound tools); a hit skips the HTTP call.

Answers are kept per user (the user of the current chat turn, set with
:func:`cache_user`), so they go when the user is deleted (Property 28) and no user is ever
answered with another's cached words. Outside a turn (no user set) nothing is cached. The
offline model is never given this cache: it is deterministic and cheap.
"""

from __future__ import annotations

import hashlib
import logging
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from langchain_core._api import LangChainBetaWarning
from langchain_core.caches import BaseCache
from langchain_core.load import dumps, loads
from langchain_core.messages import AIMessage
from langchain_core.outputs import ChatGeneration, Generation
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from storage.repositories.llm_cache import clear_cached, read_cached, write_cached

log = logging.getLogger(__name__)

_ANSWER_TYPES: list[Any] = [ChatGeneration, Generation, AIMessage]
"""The only classes a cached answer may be rebuilt into."""

_user: ContextVar[str | None] = ContextVar("hireready_llm_cache_user", default=None)


@contextmanager
def cache_user(user_id: str) -> Iterator[None]:
    """Attribute the language-model calls made inside the block to ``user_id``."""
    token = _user.set(user_id)
    try:
        yield
    finally:
        _user.reset(token)


def request_key(user_id: str, prompt: str, llm_string: str) -> str:
    """The cache key of one request: SHA-256 (64 hex characters) of user, settings, prompt."""
    digest = hashlib.sha256()
    for part in (user_id, llm_string, prompt):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


class TimedLlmCache(BaseCache):
    """Language-model answers kept for ``ttl_s`` seconds, per user, in ``hr_llm_cache``.

    Args:
        sessions: Session factory of HireReady's database.
        ttl_s: Seconds an answer is reused (``HIREREADY_LLM_CACHE_TTL``; must be > 0).
        clock: Current time as an aware datetime (tests pass a fake clock).

    A database error while reading counts as a miss and while writing is logged and
    ignored: the cache never makes a turn fail.
    """

    def __init__(self, sessions: sessionmaker[Session], ttl_s: float,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._sessions = sessions
        self.ttl_s = ttl_s
        self._clock = clock

    def lookup(self, prompt: str, llm_string: str) -> Sequence[Generation] | None:
        """The cached answer to this request of the current user, or ``None``."""
        user_id = _user.get()
        if user_id is None:
            return None
        try:
            with self._sessions() as session:
                text = read_cached(session, user_id, request_key(user_id, prompt, llm_string),
                                   self._clock())
        except SQLAlchemyError:
            log.warning("LLM cache read failed; calling the model", exc_info=True)
            return None
        if text is None:
            return None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", LangChainBetaWarning)
            answer = loads(text, allowed_objects=_ANSWER_TYPES)
        log.debug("LLM answer served from the cache for user %s", user_id)
        return list(answer)

    def update(self, prompt: str, llm_string: str, return_val: Sequence[Generation]) -> None:
        """Keep the model's answer to this request of the current user for ``ttl_s``."""
        user_id = _user.get()
        if user_id is None:
            return
        text = dumps(list(return_val))
        try:
            with self._sessions.begin() as session:
                write_cached(session, user_id, request_key(user_id, prompt, llm_string), text,
                             self._clock(), self.ttl_s)
        except SQLAlchemyError:
            log.warning("LLM cache write failed; the answer is not kept", exc_info=True)

    def clear(self, **kwargs: Any) -> None:
        """Remove every cached answer (of one user with ``user_id=...``)."""
        with self._sessions.begin() as session:
            clear_cached(session, kwargs.get("user_id"))
