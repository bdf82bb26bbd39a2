"""Link checking against a local server on 127.0.0.1 answering 200, 404 or never."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy.orm import Session, sessionmaker

from storage.linkcheck import (
    LinkCheckConfig,
    LinkChecker,
    check_links,
    run_once,
    start_link_checker,
)
from storage.repositories import resources as repo
from storage.resource_index import load_resources

RELEASE = threading.Event()


class Handler(BaseHTTPRequestHandler):
    """/ok answers 200, /gone 404, /slow never (until the test ends), /nohead 405 to HEAD."""

    def _answer(self, head: bool) -> None:
        if self.path.startswith("/slow"):
            RELEASE.wait(10)
            return
        if self.path.startswith("/nohead") and head:
            self.send_response(405)
        else:
            self.send_response(404 if self.path.startswith("/gone") else 200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
        self._answer(head=True)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(head=False)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    RELEASE.clear()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    RELEASE.set()
    httpd.shutdown()
    httpd.server_close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_statuses_for_200_404_timeout_and_refused(server: str) -> None:
    urls = {"ok": f"{server}/ok", "gone": f"{server}/gone", "slow": f"{server}/slow",
            "nohead": f"{server}/nohead", "refused": f"http://127.0.0.1:{_closed_port()}/"}
    started = time.perf_counter()
    statuses = asyncio.run(check_links(urls, timeout_s=0.5))
    assert statuses == {"ok": "ok", "gone": "missing", "slow": "timeout", "nohead": "ok",
                        "refused": "error"}
    assert time.perf_counter() - started < 5


def test_run_once_marks_404_and_timeouts_unavailable_and_leaves_errors(
    server: str, sessions: sessionmaker[Session],
) -> None:
    """Properties 33 and 37: dead links leave recommendations; our own outage changes
    nothing."""
    sample = load_resources()[:4]
    targets = [f"{server}/ok", f"{server}/gone", f"{server}/slow",
               f"http://127.0.0.1:{_closed_port()}/"]
    local = [r.model_copy(update={"url": u}) for r, u in zip(sample, targets, strict=True)]
    with sessions.begin() as session:
        repo.sync_catalog(session, local)
    moment = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)
    statuses = run_once(sessions, timeout_s=0.5, now=lambda: moment)
    assert sorted(statuses.values()) == ["error", "missing", "ok", "timeout"]
    with sessions() as session:
        catalog = repo.load_catalog(session, local)
    state = {r.key: (r.available, r.last_verified) for r in catalog.resources}
    assert state[local[0].key] == (True, moment)
    assert state[local[1].key] == (False, moment)
    assert state[local[2].key] == (False, moment)
    assert state[local[3].key] == (True, None)


def test_checker_is_off_by_default(sessions: sessionmaker[Session]) -> None:
    assert LinkCheckConfig().enabled is False
    assert start_link_checker(sessions, LinkCheckConfig()) is None


def test_checker_runs_in_the_background_and_stops(
    server: str, sessions: sessionmaker[Session],
) -> None:
    resource = load_resources()[0].model_copy(update={"url": f"{server}/gone"})
    with sessions.begin() as session:
        repo.sync_catalog(session, [resource])
    checker = start_link_checker(sessions, LinkCheckConfig(enabled=True, timeout_s=0.5,
                                                           interval_s=3600))
    assert isinstance(checker, LinkChecker) and checker.running
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with sessions() as session:
            if not repo.load_catalog(session, [resource]).resources[0].available:
                break
        time.sleep(0.05)
    checker.stop()
    assert not checker.running
    with sessions() as session:
        assert not repo.load_catalog(session, [resource]).resources[0].available
