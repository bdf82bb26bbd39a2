"""The terminal chat: messages read from stdin (lines, blocks, pastes), file paths shown,
and activity recorded for ``hireready stats``."""

from __future__ import annotations

import io
import json
import os
import pty
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

import pytest

from agent.runtime import ChatTurn, Runtime, ToolCallRecord
from agent.settings import Settings
from prompts import terminal as words
from storage.repositories.stats import service_stats
from ui import terminal


@pytest.fixture
def runtime(fresh_prepared_dir: Path) -> Iterator[Runtime]:
    rt = Runtime(Settings(data_dir=fresh_prepared_dir))
    yield rt
    rt.close()


def test_a_terminal_turn_makes_the_user_weekly_active_in_stats(runtime: Runtime) -> None:
    account, _ = runtime.ensure_user("terminal-only")
    with runtime.read_sessions.begin() as session:
        assert service_stats(session, datetime.now(UTC)).weekly_active_users == 0
    out, err = io.StringIO(), io.StringIO()
    assert terminal.run_chat(runtime, account.id, "t", False, io.StringIO("hello\n"),
                             out, err) == 0
    assert "coach> " in out.getvalue()
    with runtime.read_sessions.begin() as session:
        stats = service_stats(session, datetime.now(UTC))
    assert (stats.users, stats.weekly_active_users) == (1, 1)


# -- reading messages ------------------------------------------------------------------------
class _Runtime:
    """A runtime stand-in that records each message and can type the user's next input."""

    def __init__(self, replies: list[ChatTurn] | None = None,
                 then_type: list[bytes] | None = None, into: int | None = None) -> None:
        self.asked: list[str] = []
        self._replies = replies or []
        self._then_type = then_type or []
        self._into = into

    def save_upload(self, user_id: str, filename: str, content: bytes) -> str:
        return "up1"

    def chat(self, user_id: str, thread_id: str, text: str,
             attachments: list[str] | None = None) -> ChatTurn:
        self.asked.append(text)
        if self._into is not None and self._then_type:  # the user reads the reply, types on
            os.write(self._into, self._then_type.pop(0))
        return self._replies.pop(0) if self._replies else ChatTurn(reply=f"ok: {text}")


def _piped(fake: Any, lines: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(terminal, "pending_text", lambda rt, user: None)
    out = io.StringIO()
    assert terminal.run_chat(fake, "u", "t", False, io.StringIO(lines), out,
                             io.StringIO()) == 0
    return out.getvalue()


JD_LINES = ["Data Analyst at Acme", "", "Requirements:", "- SQL and Tableau", "- 2 years"]


def test_piped_lines_stay_one_message_each(monkeypatch: pytest.MonkeyPatch) -> None:
    fake: Any = _Runtime()
    _piped(fake, "\n".join(JD_LINES) + "\n", monkeypatch)
    assert fake.asked == [line for line in JD_LINES if line]


def test_a_triple_quote_block_is_one_message_when_piped(monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    fake: Any = _Runtime()
    text = '\n'.join(['"""', *JD_LINES, '"""', "what am I missing?", ""])
    out = _piped(fake, text, monkeypatch)
    assert fake.asked == ["\n".join(JD_LINES), "what am I missing?"]
    assert out.count("coach> ") == 2 and "...> " not in out


def test_a_block_left_open_at_end_of_input_is_still_sent(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    fake: Any = _Runtime()
    _piped(fake, 'hello\n"""\nline one\nline two\n', monkeypatch)
    assert fake.asked == ["hello", "line one\nline two"]


def test_exit_inside_a_block_is_text_not_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    fake: Any = _Runtime()
    _piped(fake, '"""\nexit interview notes\nexit\n"""\nexit\nnever read\n', monkeypatch)
    assert fake.asked == ["exit interview notes\nexit"]


def test_piped_input_is_never_joined_even_when_more_is_ready(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(terminal, "pending_text", lambda rt, user: None)
    read_fd, write_fd = os.pipe()
    os.write(write_fd, "\n".join(JD_LINES).encode() + b"\n")
    os.close(write_fd)
    with open(read_fd, encoding="utf-8") as stdin:
        assert terminal.input_ready(stdin, 0.0)  # a pipe with data: select says ready
        fake: Any = _Runtime()
        terminal.run_chat(fake, "u", "t", False, stdin, io.StringIO(), io.StringIO(),
                          ready=lambda stream, timeout: True)
    assert fake.asked == [line for line in JD_LINES if line]


@pytest.fixture
def tty() -> Iterator[tuple[int, TextIO]]:
    """A pseudo-terminal: the fd the 'user' types into, and the chat's stdin (a TTY)."""
    typed, chat_side = pty.openpty()
    stdin = open(chat_side, encoding="utf-8")  # noqa: SIM115 - closed below
    yield typed, stdin
    stdin.close()
    os.close(typed)


def test_a_paste_on_a_terminal_is_one_message(tty: tuple[int, TextIO],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    typed, stdin = tty
    monkeypatch.setattr(terminal, "pending_text", lambda rt, user: None)
    fake: Any = _Runtime(then_type=[b"what am I missing?\n", b"exit\n"], into=typed)
    os.write(typed, "\n".join(JD_LINES).encode() + b"\n")  # pasted: all lines at once
    out = io.StringIO()
    assert stdin.isatty()
    assert terminal.run_chat(fake, "u", "t", False, stdin, out, io.StringIO()) == 0
    assert fake.asked == ["\n".join(JD_LINES), "what am I missing?"]
    assert out.getvalue().startswith(words.INTRO)


def test_a_block_on_a_terminal_shows_a_continuation_prompt(
        tty: tuple[int, TextIO], monkeypatch: pytest.MonkeyPatch) -> None:
    typed, stdin = tty
    monkeypatch.setattr(terminal, "pending_text", lambda rt, user: None)
    fake: Any = _Runtime(then_type=[b"exit\n"], into=typed)
    os.write(typed, b'"""\nData Analyst\n\nSQL\n"""\n')
    out = io.StringIO()
    assert terminal.run_chat(fake, "u", "t", False, stdin, out, io.StringIO()) == 0
    assert fake.asked == ["Data Analyst\n\nSQL"]
    assert out.getvalue().count(words.BLOCK_PROMPT) == 4


def test_read_message_joins_only_what_is_ready_on_a_terminal() -> None:
    class _Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stdin = _Tty("first line\nsecond line\nthird\n")
    ready = iter([True, False, False])
    got = terminal.read_message(stdin, io.StringIO(), True, lambda s, t: next(ready))
    assert got == "first line\nsecond line"
    assert terminal.read_message(stdin, io.StringIO(), True, lambda s, t: next(ready)) == "third"
    assert terminal.read_message(stdin, io.StringIO(), True, lambda s, t: False) is None


def test_the_chat_help_tells_how_to_send_several_lines() -> None:
    from typer.testing import CliRunner

    from ui.cli import app

    result = CliRunner().invoke(app, ["chat", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert '"""' in result.output and "pasted" in result.output


# -- files the tools write ---------------------------------------------------------------------
def _call(tool: str, output: dict[str, Any], error: bool = False) -> ToolCallRecord:
    return ToolCallRecord(tool, {}, json.dumps(output), error)


def test_saved_files_are_the_existing_files_tool_results_name(tmp_path: Path) -> None:
    export = tmp_path / "hireready-export.json"
    plan = tmp_path / "roadmap.ics"
    export.write_text("{}")
    plan.write_text("BEGIN:VCALENDAR")
    calls = [_call("export_my_data", {"file": str(export), "rows": 3}),
             _call("export_roadmap", {"file": str(plan), "format": "ics"}),
             _call("export_roadmap", {"file": str(plan), "format": "ics"}),
             _call("export_roadmap", {"file": str(tmp_path / "gone.md")}),
             _call("export_my_data", {"file": str(export)}, error=True),
             ToolCallRecord("show_profile", {}, "not json")]
    assert terminal.saved_files(calls) == [export, plan]


def test_the_terminal_prints_an_exported_files_path_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    export = tmp_path / "hireready-export.json"
    export.write_text("{}")
    plan = tmp_path / "roadmap.ics"
    plan.write_text("BEGIN:VCALENDAR")
    fake: Any = _Runtime(replies=[
        ChatTurn(reply="Your data is ready. Download it from this message.",
                 tool_calls=[_call("export_my_data", {"file": str(export)})]),
        ChatTurn(reply=f"Your roadmap is ready as a calendar file: `{plan}`",
                 tool_calls=[_call("export_roadmap", {"file": str(plan)})])])
    out = _piped(fake, "export my data\nexport my roadmap as a calendar\n", monkeypatch)
    assert words.SAVED_FILE.format(path=export) in out
    assert out.count(str(plan)) == 1  # the reply gave it already


def test_export_my_data_in_the_terminal_prints_where_the_file_is(runtime: Runtime) -> None:
    account, _ = runtime.ensure_user("exporter")
    out = io.StringIO()
    lines = io.StringIO("export my data\nyes, export my data\n")  # asked, then confirmed
    terminal.run_chat(runtime, account.id, "t", False, lines, out, io.StringIO())
    exports = list((runtime.settings.resolved_data_dir / "exports" / account.id).iterdir())
    assert len(exports) == 1
    assert str(exports[0]) in out.getvalue()
