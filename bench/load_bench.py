"""Load: simulated users chatting at once through the web app's socket (issue 8, point 11).

What is measured, exactly:

1. A fresh data directory is prepared (schema, vectors) and :data:`USERS` accounts are
   created in it; then ``hireready run`` serves it on a free port of 127.0.0.1 with the
   offline model and ``HIREREADY_SCHEDULER=off`` (timed apart, as ``setup_s``).
2. Every simulated user logs in over HTTP (``POST /login``, the form the login page sends),
   takes the ``access_token`` cookie, and opens Chainlit's socket.io connection at
   ``/ws/socket.io`` with that cookie and the browser's ``auth`` fields (``sessionId``,
   ``clientType``, ``threadId``), then sends ``connection_successful`` as the browser does
   and waits for the coach's greeting and then the settings panel, the last thing the chat
   start sends (after any "preparing" notice of the warm-up; a message sent earlier would
   take the chat start's ``task_end`` for its own). Users arrive evenly over :data:`LOGIN_RAMP_S`
   seconds (50 logins in one instant queue behind each other's password check, which runs
   inside a write transaction of SQLite); the socket connections then open all at once.
3. One user sends each message of :data:`MESSAGES` once (the app loads a tool's data on
   its first use); these are not counted.
4. Burst: every user sends :data:`BURST_MESSAGE` at the same instant, once
   (``burst_latency``: the worst case, all requests queued together).
5. Paced conversation (``turn_latency``, the figure the target is about): all users chat at
   the same time, each :data:`TURNS_PER_USER` times: "reads and types" for a think time
   drawn uniformly from :data:`THINK_S` (seeded, so runs are comparable), then sends a
   message from :data:`MESSAGES` (small talk, help, reads and study-log writes) and waits
   for the answer.
6. A turn's latency is the time from emitting ``client_message`` to the server's
   ``task_end`` for that message (Chainlit emits it when ``on_message`` has returned, after
   the working notice, the tool steps and the reply have been sent). A turn is an error when
   no ``task_end`` arrives within :data:`TURN_TIMEOUT_S`, when no assistant message with
   text came, when Chainlit sent an error message, or when the reply is the app's "something
   went wrong" text. A failed login or connection counts one error per user.

Reports p50, p95 and max turn latency in ms, the error count (with up to 5 examples), the
offered load and the wall time. Target (issue 8): p95 < 1 s and no errors. Not part of
``make test``: run by ``make bench`` (``python -m bench``) or ``python -m bench.load_bench``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

USERS = int(os.environ.get("HIREREADY_BENCH_USERS", "50"))
"""Simulated users connected and chatting at the same time (issue 8: 50)."""
TURNS_PER_USER = int(os.environ.get("HIREREADY_BENCH_TURNS", "3"))
"""Messages each user sends during the paced conversation."""
THINK_S = (4.0, 12.0)
"""Seconds a user reads an answer and types the next message (uniform range): a human pace,
which makes the offered load about ``USERS / 8`` messages a second."""
TURN_TIMEOUT_S = 30.0
"""A turn with no ``task_end`` after this many seconds counts as an error."""
LOGIN_RAMP_S = 10.0
"""Users arrive (log in and connect) evenly spread over this many seconds."""
START_TIMEOUT_S = 240.0
"""Seconds the app may take to answer HTTP after ``hireready run``."""
PASSWORD = "load bench passphrase"
SEED = 11
MESSAGES = ("hello", "show my log", "I studied Docker for 45 minutes", "help",
            "how am I doing?", "show my profile", "thanks!", "20 minutes of SQL")
"""What the users say: small talk, help, reads, and study-log writes."""
BURST_MESSAGE = "show my log"
"""Sent by every user at the same instant once, before the paced conversation."""


@dataclass
class TurnResult:
    """One measured turn: seconds from sending to ``task_end``, and an error, if any."""

    seconds: float
    error: str | None = None


@dataclass
class SimulatedUser:
    """One browser session: login cookie, socket.io client and the events of a turn."""

    name: str
    base_url: str
    cookie: str = ""
    client: Any = None
    greeted: asyncio.Event = field(default_factory=asyncio.Event)
    settled: asyncio.Event = field(default_factory=asyncio.Event)
    turn_done: asyncio.Event = field(default_factory=asyncio.Event)
    messages: list[dict[str, Any]] = field(default_factory=list)
    deleted: set[str] = field(default_factory=set)

    async def login(self, http: Any) -> None:
        """``POST /login`` with the form the login page sends; keeps the auth cookie.

        Raises:
            RuntimeError: The login was refused.
        """
        async with http.post(f"{self.base_url}/login",
                             data={"username": self.name, "password": PASSWORD}) as answer:
            if answer.status != 200:
                raise RuntimeError(f"login of {self.name}: HTTP {answer.status}")
            token = answer.cookies.get("access_token")
            if token is None:
                raise RuntimeError(f"login of {self.name}: no access_token cookie")
            self.cookie = f"access_token={token.value}"

    async def connect(self) -> None:
        """Open the socket.io connection as the browser does and wait for the greeting."""
        import socketio

        self.client = socketio.AsyncClient(reconnection=False)
        self.client.on("new_message", self._on_new_message)
        self.client.on("delete_message", self._on_delete_message)
        self.client.on("task_end", self._on_task_end)
        self.client.on("chat_settings", self._on_chat_settings)
        auth = {"sessionId": str(uuid.uuid4()), "clientType": "webapp", "userEnv": "{}",
                "chatProfile": None, "threadId": None}
        await self.client.connect(self.base_url, socketio_path="/ws/socket.io",
                                  headers={"Cookie": self.cookie}, auth=auth,
                                  transports=["websocket"], wait_timeout=TURN_TIMEOUT_S)
        await self.client.emit("connection_successful")
        await asyncio.wait_for(self.greeted.wait(), TURN_TIMEOUT_S)
        # The chat start ends with the settings panel, after any warm-up notice; a turn sent
        # before would take the chat start's task_end for its own.
        await asyncio.wait_for(self.settled.wait(), START_TIMEOUT_S)

    async def say(self, text: str) -> TurnResult:
        """Send one message and wait for the end of its turn."""
        self.messages.clear()
        self.deleted.clear()
        self.turn_done.clear()
        payload = {"message": {"id": str(uuid.uuid4()), "type": "user_message",
                               "name": self.name, "output": text, "metadata": {},
                               "createdAt": datetime.now(UTC).isoformat()},
                   "fileReferences": []}
        started = time.perf_counter()
        await self.client.emit("client_message", payload)
        try:
            await asyncio.wait_for(self.turn_done.wait(), TURN_TIMEOUT_S)
        except TimeoutError:
            return TurnResult(time.perf_counter() - started, f"timeout: {text!r}")
        return TurnResult(time.perf_counter() - started, self._turn_error(text))

    async def close(self) -> None:
        """Disconnect (errors on the way out are ignored)."""
        if self.client is not None:
            with contextlib.suppress(Exception):  # closing after the measurement
                await self.client.disconnect()

    def _turn_error(self, text: str) -> str | None:
        from prompts import errors as msg

        replies = [m for m in self.messages if m.get("type") == "assistant_message"
                   and m.get("id") not in self.deleted]
        if any(m.get("isError") for m in replies):
            return f"error message for {text!r}"
        if not any(str(m.get("output") or "").strip() for m in replies):
            return f"no reply to {text!r}"
        if any(msg.INTERNAL in str(m.get("output") or "") for m in replies):
            return f"internal error for {text!r}"
        return None

    async def _on_new_message(self, step: dict[str, Any]) -> None:
        if not self.greeted.is_set():
            self.greeted.set()
            return
        self.messages.append(step)

    async def _on_delete_message(self, step: dict[str, Any]) -> None:
        self.deleted.add(str(step.get("id")))

    async def _on_task_end(self, _data: Any = None) -> None:
        self.turn_done.set()

    async def _on_chat_settings(self, _data: Any = None) -> None:
        self.settled.set()


def _percentiles(samples: list[float]) -> dict[str, float]:
    if not samples:
        return {"p50_ms": 0.0, "p95_ms": 0.0, "max_ms": 0.0, "n": 0}
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 1),
            "p95_ms": round(p95 * 1000, 1), "max_ms": round(ordered[-1] * 1000, 1),
            "n": len(ordered)}


async def _converse(user: SimulatedUser, rng: random.Random) -> list[TurnResult]:
    """Think, say, wait for the answer; :data:`TURNS_PER_USER` times."""
    results = []
    for _ in range(TURNS_PER_USER):
        await asyncio.sleep(rng.uniform(*THINK_S))
        results.append(await user.say(rng.choice(MESSAGES)))
    return results


async def _open_sessions(users: list[SimulatedUser]) -> tuple[list[str], dict[str, float]]:
    """Log the users in (arriving over :data:`LOGIN_RAMP_S`), then connect them all at once;
    errors and seconds taken."""
    import aiohttp

    async def arrive(user: SimulatedUser, http: aiohttp.ClientSession, number: int) -> None:
        await asyncio.sleep(LOGIN_RAMP_S * number / len(users))
        await user.login(http)

    started = time.perf_counter()
    async with aiohttp.ClientSession() as http:
        logins = await asyncio.gather(*(arrive(u, http, n) for n, u in enumerate(users)),
                                      return_exceptions=True)
    logged_in = time.perf_counter()
    connects = await asyncio.gather(
        *(u.connect() for u, outcome in zip(users, logins, strict=True) if outcome is None),
        return_exceptions=True)
    errors = [repr(o) for o in [*logins, *connects] if isinstance(o, BaseException)]
    return errors, {"login_all": round(logged_in - started, 2),
                    "connect_all": round(time.perf_counter() - logged_in, 2)}


async def _drive(base_url: str, names: list[str]) -> dict[str, Any]:
    users = [SimulatedUser(name, base_url) for name in names]
    errors, session_s = await _open_sessions(users)
    ready = [u for u in users if u.greeted.is_set()]
    try:
        for text in MESSAGES if ready else ():  # first use of each tool loads its data
            warm = await ready[0].say(text)
            if warm.error:
                errors.append(f"warm-up: {warm.error}")
        burst = await asyncio.gather(*(u.say(BURST_MESSAGE) for u in ready))
        rngs = [random.Random(SEED + n) for n in range(len(ready))]
        paced_started = time.perf_counter()
        paced = [t for turns in await asyncio.gather(
            *(_converse(u, r) for u, r in zip(ready, rngs, strict=True))) for t in turns]
        paced_s = time.perf_counter() - paced_started
    finally:
        await asyncio.gather(*(u.close() for u in users))
    errors += [t.error for t in [*burst, *paced] if t.error]
    return {
        "users": len(names), "connected": len(ready), "turns_per_user": TURNS_PER_USER,
        "think_s": list(THINK_S),
        "turn_latency": _percentiles([t.seconds for t in paced if not t.error]),
        "burst_latency": _percentiles([t.seconds for t in burst if not t.error]),
        "errors": len(errors), "error_examples": errors[:5],
        "sessions_s": session_s,
        "paced_phase_s": round(paced_s, 1),
        "paced_turns_per_s": round(len(paced) / paced_s, 2) if paced_s else 0.0,
    }


def _prepare(data_dir: Path, names: list[str]) -> None:
    """Schema, vectors and the users' accounts, in this process.

    Vector files already computed in the local data directory (``HIREREADY_DATA_DIR`` or
    ``.hireready``) are copied first: their names carry a hash of the texts and the model,
    so a stale one is simply recomputed. The password is hashed once and that hash given to
    every account (argon2 hashing is what ``hireready user add`` spends its time on).
    """
    from sqlalchemy import update

    from agent.settings import Settings
    from agent.setup import prepare
    from storage.db import make_engine, make_session_factory
    from storage.orm import User
    from storage.repositories.users import create_user

    local = Path(os.environ.get("HIREREADY_DATA_DIR", ".hireready")) / "vectors"
    if local.is_dir():
        shutil.copytree(local, data_dir / "vectors", ignore=shutil.ignore_patterns(".*"))
    settings = Settings(data_dir=data_dir)
    prepare(settings, progress=False)
    engine = make_engine(settings.sqlalchemy_url)
    with make_session_factory(engine).begin() as session:
        first = create_user(session, names[0], PASSWORD)
        hashed = session.get(User, first.id).password_hash  # type: ignore[union-attr]
        ids = [create_user(session, name, None).id for name in names[1:]]
        session.execute(update(User).where(User.id.in_(ids)).values(password_hash=hashed))
    engine.dispose()


def _serve(data_dir: Path, port: int, log_path: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "HIREREADY_MODEL")}
    env.update({"HIREREADY_DATA_DIR": str(data_dir), "HIREREADY_PORT": str(port),
                "HIREREADY_HOST": "127.0.0.1", "HIREREADY_SCHEDULER": "off",
                "HF_HUB_OFFLINE": "1"})
    command = [str(Path(sys.executable).with_name("hireready")), "run"]
    with log_path.open("wb") as log_file:
        return subprocess.Popen(command, env=env, stdout=log_file, stderr=subprocess.STDOUT,
                                start_new_session=True)


def _wait_until_serving(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"'hireready run' exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"the app did not answer at {url}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, 15)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait(timeout=10)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run() -> dict[str, Any]:
    """Serve a fresh data directory and drive :data:`USERS` chatting users against it.

    Returns:
        ``{"users", "connected", "turn_latency": {"p50_ms", "p95_ms", "max_ms", "n"},
        "errors", "error_examples", ...}`` (see the module docstring for what is timed).
    """
    names = [f"load{n:02d}" for n in range(USERS)]
    with tempfile.TemporaryDirectory() as tmp:
        data_dir, log_path = Path(tmp) / "data", Path(tmp) / "server.log"
        started = time.perf_counter()
        _prepare(data_dir, names)
        prepared = time.perf_counter()
        port = _free_port()
        process = _serve(data_dir, port, log_path)
        try:
            _wait_until_serving(f"http://127.0.0.1:{port}/login", process)
            serving = time.perf_counter()
            result = asyncio.run(_drive(f"http://127.0.0.1:{port}", names))
        finally:
            _stop(process)
        result["setup_s"] = {"prepare_and_accounts": round(prepared - started, 1),
                             "app_start": round(serving - prepared, 1),
                             "total": round(time.perf_counter() - started, 1)}
        if result["errors"]:
            result["server_log_tail"] = log_path.read_text(errors="replace")[-2000:]
    result["target"] = {"p95_ms_below": 1000, "errors": 0}
    result["target_met"] = result["errors"] == 0 and result["turn_latency"]["p95_ms"] < 1000
    return result


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
