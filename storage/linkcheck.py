"""Background link checking of the resource catalogue (off by default).

Switched on by the setting ``HIREREADY_LINK_CHECK`` (the composition root reads it and
calls :func:`start_link_checker`). Checks run in a daemon thread, never inside a chat turn,
with a short timeout per link. Outcomes (Property 33):

* ``ok`` — a 2xx/3xx answer: the resource is available.
* ``missing`` — 404 or 410: unavailable.
* ``timeout`` — no answer within the timeout: unavailable.
* ``error`` — anything else (connection refused, DNS failure, 5xx, 403/429 from bot
  protection): inconclusive, nothing is changed, so an outage on our side never empties
  the catalogue and recommendations keep coming from the local database (Property 37).

HEAD is tried first; servers that refuse HEAD (405/501) get a GET.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import httpx
from sqlalchemy.orm import Session, sessionmaker

from storage.repositories.resources import record_link_checks, resource_urls

log = logging.getLogger(__name__)

LinkStatus = Literal["ok", "missing", "timeout", "error"]
UNAVAILABLE: frozenset[LinkStatus] = frozenset({"missing", "timeout"})
DEFAULT_TIMEOUT_S = 5.0
"""Seconds a link may take to answer before it counts as timed out."""
DEFAULT_CONCURRENCY = 8
"""Links checked at once (polite to publishers, quick enough for ~650 links)."""
DEFAULT_INTERVAL_S = 24 * 3600.0
"""Seconds between two background runs."""
USER_AGENT = "HireReady-linkcheck/1.0 (learning-resource availability check)"


@dataclass(frozen=True)
class LinkCheckConfig:
    """How the background checker runs.

    Attributes:
        enabled: Run at all (``HIREREADY_LINK_CHECK``; default off).
        timeout_s: Per-link timeout in seconds.
        interval_s: Seconds between runs.
        concurrency: Links checked at once.
    """

    enabled: bool = False
    timeout_s: float = DEFAULT_TIMEOUT_S
    interval_s: float = DEFAULT_INTERVAL_S
    concurrency: int = DEFAULT_CONCURRENCY


async def check_url(client: httpx.AsyncClient, url: str, timeout_s: float) -> LinkStatus:
    """Check one URL (HEAD, then GET when HEAD is refused)."""
    try:
        response = await client.head(url, timeout=timeout_s)
        if response.status_code in (405, 501):
            response = await client.get(url, timeout=timeout_s)
    except httpx.TimeoutException:
        return "timeout"
    except httpx.HTTPError as error:
        log.info("link check of %s inconclusive: %s", url, error)
        return "error"
    if response.status_code in (404, 410):
        return "missing"
    return "ok" if response.status_code < 400 else "error"


async def check_links(urls: Mapping[str, str], timeout_s: float = DEFAULT_TIMEOUT_S,
                      concurrency: int = DEFAULT_CONCURRENCY) -> dict[str, LinkStatus]:
    """Check many URLs concurrently.

    Args:
        urls: ``{key: url}``.
        timeout_s: Per-link timeout, seconds.
        concurrency: Links in flight at once.

    Returns:
        ``{key: status}`` for every key.
    """
    limit = asyncio.Semaphore(max(1, concurrency))
    async with httpx.AsyncClient(follow_redirects=True,
                                 headers={"User-Agent": USER_AGENT}) as client:
        async def one(key: str, url: str) -> tuple[str, LinkStatus]:
            async with limit:
                return key, await check_url(client, url, timeout_s)

        results = await asyncio.gather(*(one(k, u) for k, u in urls.items()))
    return dict(results)


def run_once(sessions: sessionmaker[Session], timeout_s: float = DEFAULT_TIMEOUT_S,
             concurrency: int = DEFAULT_CONCURRENCY,
             now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> dict[str, LinkStatus]:
    """Check every catalogue link once and store conclusive outcomes.

    Args:
        sessions: Session factory of the application database.
        timeout_s: Per-link timeout, seconds.
        concurrency: Links in flight at once.
        now: Clock (tests pass a fixed one).

    Returns:
        ``{catalog_key: status}`` of this run.
    """
    with sessions() as session:
        urls = resource_urls(session)
    started = now()
    statuses = asyncio.run(check_links(urls, timeout_s, concurrency))
    conclusive = {k: s not in UNAVAILABLE for k, s in statuses.items() if s != "error"}
    with sessions.begin() as session:
        record_link_checks(session, conclusive, started)
    log.info("link check: %d links, %d unavailable, %d inconclusive", len(statuses),
             sum(1 for s in statuses.values() if s in UNAVAILABLE),
             sum(1 for s in statuses.values() if s == "error"))
    return statuses


class LinkChecker:
    """A daemon thread running :func:`run_once` every ``config.interval_s`` seconds.

    Args:
        sessions: Session factory of the application database.
        config: Timeout, interval and concurrency.
    """

    def __init__(self, sessions: sessionmaker[Session], config: LinkCheckConfig) -> None:
        self._sessions = sessions
        self._config = config
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="hireready-linkcheck",
                                        daemon=True)

    def start(self) -> None:
        """Start the background thread (the first run starts at once)."""
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Ask the thread to stop and wait up to ``timeout_s`` seconds."""
        self._stop.set()
        self._thread.join(timeout_s)

    @property
    def running(self) -> bool:
        """True while the thread is alive."""
        return self._thread.is_alive()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                run_once(self._sessions, self._config.timeout_s, self._config.concurrency)
            except Exception:  # a background job must survive any failure; logged
                log.exception("link check run failed; keeping the stored availability")
            self._stop.wait(self._config.interval_s)


def start_link_checker(sessions: sessionmaker[Session],
                       config: LinkCheckConfig) -> LinkChecker | None:
    """Start the background checker when ``config.enabled``; else do nothing.

    Returns:
        The running checker (stop it at shutdown), or None when link checking is off.
    """
    if not config.enabled:
        log.info("link checking is off (HIREREADY_LINK_CHECK)")
        return None
    checker = LinkChecker(sessions, config)
    checker.start()
    return checker
