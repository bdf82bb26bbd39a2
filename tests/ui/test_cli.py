"""The `hireready` command as a user runs it: parse, chat (piped, traced), and several
processes on one data directory while the web app runs."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from fixtures.resumes.resume_builders import one_column_pdf

HIREREADY = str(Path(sys.executable).with_name("hireready"))
DATE = re.compile(r"^(\d{4}(-\d{2})?|present)$")


def _run(args: list[str], data_dir: Path, stdin: str = "",
         timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HIREREADY_DATA_DIR": str(data_dir)}
    return subprocess.run([HIREREADY, *args], input=stdin, capture_output=True, text=True,
                          env=env, timeout=timeout)


@pytest.fixture
def resume_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "priya_raman.pdf"
    path.write_bytes(one_column_pdf())
    return path


def test_parse_json_has_the_documented_shape(resume_pdf: Path, tmp_path: Path) -> None:
    result = _run(["parse", str(resume_pdf), "--json"], tmp_path / "data")
    assert result.returncode == 0, result.stderr
    profile = json.loads(result.stdout)
    assert {"name", "email", "phone", "links", "skills", "education", "experience"} <= set(
        profile)
    assert profile["email"] == "priya.raman@example.org"
    assert {"Python", "Docker", "Kubernetes"} <= {s["name"] for s in profile["skills"]}
    assert all({"name", "source"} <= set(s) for s in profile["skills"])
    for entry in profile["education"] + profile["experience"]:
        for key in ("start", "end"):
            assert entry[key] is None or DATE.match(entry[key]), entry
    assert {"degree", "field", "institution", "location", "gpa"} <= set(profile["education"][0])
    assert {"title", "company", "location", "bullets"} <= set(profile["experience"][0])


@pytest.mark.parametrize(("name", "content"),
                         [("notes.exe", b"MZ"), ("broken.pdf", b"%PDF-1.4 junk")])
def test_refused_file_exits_2_with_message_and_next_step(tmp_path: Path, name: str,
                                                         content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = _run(["parse", str(path)], tmp_path / "data")
    assert result.returncode == 2
    assert "Next step:" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_piped_chat_traces_tool_calls_and_continues_the_conversation(
        fresh_prepared_dir: Path, resume_pdf: Path) -> None:
    first = _run(["chat", "--user", "priya", "--trace"], fresh_prepared_dir,
                 f"hello\n{resume_pdf}\nshow my profile\n")
    assert first.returncode == 0, first.stderr
    assert "Created a new local user 'priya'" in first.stderr
    traces = [json.loads(line) for line in first.stderr.splitlines() if line.startswith("{")]
    assert [t["tool"] for t in traces] == ["parse_resume", "show_profile"]
    assert set(traces[0]["args"]) == {"upload_id"} and traces[1]["args"] == {}
    assert first.stdout.count("coach>") == 3 and "Kubernetes" in first.stdout
    again = _run(["chat", "--user", "priya"], fresh_prepared_dir, "thanks\n")
    assert "Created" not in again.stderr
    from agent.runtime import Runtime
    from agent.settings import Settings

    runtime = Runtime(Settings(data_dir=fresh_prepared_dir))
    try:
        user, _ = runtime.ensure_user("priya")
        thread = runtime.latest_thread(user.id)
        assert thread is not None
        assert len([m for m in runtime.history(user.id, thread) if m.type == "human"]) == 4
    finally:
        runtime.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(url: str, proc: subprocess.Popen[bytes], timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the app exited"
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"{url} did not answer in {timeout} s")


@pytest.mark.slow
def test_two_cli_commands_run_while_the_app_runs(fresh_prepared_dir: Path,
                                                 resume_pdf: Path) -> None:
    port = _free_port()
    env = {**os.environ, "HIREREADY_DATA_DIR": str(fresh_prepared_dir),
           "HIREREADY_PORT": str(port)}
    app = subprocess.Popen([HIREREADY, "run"], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        _wait_for(f"http://127.0.0.1:{port}/", app)
        chats = [subprocess.Popen([HIREREADY, "chat", "--user", f"u{i}", "--trace"], env=env,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for i in range(2)]
        outputs = [c.communicate(f"{resume_pdf}\n", timeout=300) for c in chats]
        for chat, (out, err) in zip(chats, outputs, strict=True):
            assert chat.returncode == 0, err
            assert "Kubernetes" in out, out + err
        _wait_for(f"http://127.0.0.1:{port}/", app, timeout=30)
    finally:
        os.killpg(app.pid, signal.SIGTERM)
        app.wait(timeout=30)
