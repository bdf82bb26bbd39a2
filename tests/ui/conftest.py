"""Fixtures for the web face: a resume PDF the suite makes, chromium, and the real app.

The browser test drives the app exactly as a user starts it: ``hireready user add`` then
``hireready run`` in a subprocess, on a free port, with a temporary data directory.
``prepared_app`` starts it on a copy of the session's prepared data directory instead, with no
account yet, for tests that sign up themselves (the journey test).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
RESUME_TEXT = REPO_ROOT / "tests" / "fixtures" / "browser" / "resume.txt"
CHROMIUM = Path("/usr/bin/chromium")
SERVER_START_TIMEOUT_S = 180.0
LLM_VARIABLES = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "HIREREADY_MODEL",
                 "HIREREADY_DATABASE_URL", "HIREREADY_QDRANT_URL")


# -- a resume PDF made by the suite ---------------------------------------------------------
def build_text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF showing ``lines`` in Helvetica 10 pt, with a correct xref table.

    Args:
        lines: Text lines, Latin-1 only (at most about 60 fit on the page).

    Returns:
        The PDF file's bytes; pypdf extracts the lines back as text.
    """
    def escape(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    operations = ["BT", "/F1 10 Tf", "13 TL", "60 750 Td"]
    operations += [f"({escape(line)}) Tj T*" for line in lines]
    operations.append("ET")
    stream = "\n".join(operations).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref_at)
    return bytes(pdf)


@pytest.fixture
def resume_pdf(tmp_path: Path) -> Path:
    """``tests/fixtures/browser/resume.txt`` laid out as a PDF: ``jordan_avery_resume.pdf``."""
    path = tmp_path / "jordan_avery_resume.pdf"
    path.write_bytes(build_text_pdf(RESUME_TEXT.read_text(encoding="utf-8").splitlines()))
    return path


# -- chromium -------------------------------------------------------------------------------
@pytest.fixture
def chromium_path() -> Path:
    """Debian's chromium; skipped when absent, except under ``CI=true`` where that fails."""
    if CHROMIUM.exists():
        return CHROMIUM
    reason = f"{CHROMIUM} is missing: install it with 'apt-get install -y chromium'"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the browser test must run)")
    pytest.skip(reason)


# -- the real app ---------------------------------------------------------------------------
@dataclass
class RunningApp:
    """A ``hireready run`` started for one test.

    Attributes:
        url: Base URL, e.g. ``http://127.0.0.1:41234``.
        data_dir: Its HIREREADY_DATA_DIR.
        username: An account that can log in.
        password: That account's password.
        log_path: File holding the server's stdout and stderr.
        timings_s: Seconds taken by ``user add`` and by ``run`` until it answered.
    """

    url: str
    data_dir: Path
    username: str
    password: str
    log_path: Path
    timings_s: dict[str, float] = field(default_factory=dict)

    @property
    def database_file(self) -> Path:
        """The SQLite file of the data directory (the default database)."""
        return self.data_dir / "hireready.sqlite3"

    def log(self) -> str:
        """The server log so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def hireready_command() -> list[str]:
    """The ``hireready`` console script next to this interpreter, else ``python -m``."""
    script = Path(sys.executable).with_name("hireready")
    if script.exists():
        return [str(script)]
    found = shutil.which("hireready")
    return [found] if found else [sys.executable, "-c", "from ui.cli import main; main()"]


def app_environment(data_dir: Path, port: int) -> dict[str, str]:
    """The environment of the app: temp data dir, given port, offline model, no scheduler."""
    env = {k: v for k, v in os.environ.items() if k not in LLM_VARIABLES}
    env.update({
        "HIREREADY_DATA_DIR": str(data_dir),
        "HIREREADY_PORT": str(port),
        "HIREREADY_HOST": "127.0.0.1",
        "HIREREADY_SCHEDULER": "off",
        "HF_HUB_OFFLINE": "1",
        "PYTHONUNBUFFERED": "1",
    })
    return env


def wait_until_serving(url: str, process: subprocess.Popen[bytes], timeout_s: float) -> None:
    """Poll ``url`` until it answers HTTP 200.

    Raises:
        AssertionError: If the process exits first or ``timeout_s`` seconds pass.
    """
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"'hireready run' exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise AssertionError(f"the app did not answer at {url} within {timeout_s:.0f} s")


def stop_process_group(process: subprocess.Popen[bytes]) -> None:
    """Stop ``process`` and its children (it leads its own process group)."""
    if process.poll() is not None:
        return
    for sig, wait_s in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait_s)
            return
        except subprocess.TimeoutExpired:
            continue


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """Remember each phase's report on the item, so fixtures can tell a failed test."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@contextmanager
def serving(app: RunningApp, env: dict[str, str],
            request: pytest.FixtureRequest) -> Iterator[RunningApp]:
    """Run ``hireready run`` for ``app`` until the block ends; print its log on failure."""
    started = time.monotonic()
    with app.log_path.open("wb") as log_file:
        process = subprocess.Popen([*hireready_command(), "run"], env=env, cwd=REPO_ROOT,
                                   stdout=log_file, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    try:
        wait_until_serving(app.url + "/login", process, SERVER_START_TIMEOUT_S)
        app.timings_s["run_until_serving"] = time.monotonic() - started
        yield app
    finally:
        stop_process_group(process)
        failed = any(getattr(getattr(request.node, f"report_{when}", None), "failed", False)
                     for when in ("setup", "call"))
        if failed or not hasattr(request.node, "report_call"):
            print(f"\n----- hireready run log ({app.log_path}) -----\n{app.log()}")


@pytest.fixture
def running_app(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[RunningApp]:
    """The real app, started with ``hireready run``; its log is printed if the test fails."""
    data_dir, port = tmp_path / "hireready-data", free_port()
    env = app_environment(data_dir, port)
    app = RunningApp(f"http://127.0.0.1:{port}", data_dir, "casey", "correct horse 42",
                     tmp_path / "server.log")
    started = time.monotonic()
    created = subprocess.run(
        [*hireready_command(), "user", "add", app.username, "--password", app.password],
        env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert created.returncode == 0, f"'hireready user add' failed:\n{created.stderr}"
    app.timings_s["user_add"] = time.monotonic() - started
    with serving(app, env, request):
        yield app


@pytest.fixture
def prepared_app(prepared_data_dir: Path, tmp_path: Path,
                 request: pytest.FixtureRequest) -> Iterator[RunningApp]:
    """The real app on a copy of the session's prepared data directory (vectors already
    computed, so it serves within seconds), sign-up on and no account yet: the test makes
    one (``username``/``password`` are the ones it should use)."""
    data_dir, port = tmp_path / "hireready-data", free_port()
    started = time.monotonic()
    shutil.copytree(prepared_data_dir, data_dir)
    env = app_environment(data_dir, port)
    env["HIREREADY_ALLOW_SIGNUP"] = "true"
    app = RunningApp(f"http://127.0.0.1:{port}", data_dir, "riley.morgan",
                     "violet kettle 58 harbour", tmp_path / "server.log")
    app.timings_s["copy_prepared_dir"] = time.monotonic() - started
    with serving(app, env, request):
        yield app


@pytest.fixture
def make_text_pdf(tmp_path: Path) -> Callable[[Path, str], Path]:
    """Lays a text file out as a PDF: ``make_text_pdf(text_file, "name.pdf")`` -> its path."""
    def make(text_file: Path, name: str) -> Path:
        path = tmp_path / name
        path.write_bytes(build_text_pdf(text_file.read_text(encoding="utf-8").splitlines()))
        return path
    return make
