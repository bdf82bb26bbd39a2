"""Terminal chat: the same graph over stdin/stdout, usable interactively or by piping lines.

One line is one message, except that a line that is exactly ``\"\"\"`` opens a block ending at
the next such line (piped or typed), and on a terminal lines pasted together (more input
ready within :data:`PASTE_WAIT_S`) are joined, so a pasted job description is one message.
A line may name a file (``/upload PATH`` or just an existing path ending in .pdf, .docx,
.txt, .json or .csv); the file is attached to that message. A file a tool writes (an export)
is shown by its path. A turn that fails unexpectedly is logged and answered with a message
and a next step, never a traceback, and the chat goes on.
"""

from __future__ import annotations

import json
import logging
import select
import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from agent.runtime import ChatTurn, Runtime, ToolCallRecord
from prompts import chat as chat_words
from prompts import errors as msg
from prompts import terminal as words
from tools.documents import UPLOAD_EXTENSIONS
from tools.errors import HireReadyError
from ui.notices import pending_text

log = logging.getLogger(__name__)

PROMPT = "you> "
EXIT_WORDS = {"/quit", "/exit", "quit", "exit"}
BLOCK_MARK = '"""'
"""A line that is exactly this opens, and the next one closes, a multi-line message."""
PASTE_WAIT_S = 0.05
"""Seconds to wait for more input after a line on a terminal: keys typed by hand come far
slower than 50 ms after Enter, a paste's next line comes at once."""

Ready = Callable[[TextIO, float], bool]
"""``ready(stream, timeout_s)``: True when a line can be read from ``stream`` soon."""


def input_ready(stream: TextIO, timeout_s: float) -> bool:
    """True when ``stream`` has input to read within ``timeout_s`` seconds (``select`` on
    its file descriptor; a terminal in line mode hands a line at a time to the reader, so
    nothing waits unseen in Python's buffer). False for a stream without a descriptor."""
    try:
        readable, _, _ = select.select([stream], [], [], timeout_s)
    except (ValueError, OSError, TypeError):  # closed, or no file descriptor (StringIO)
        return False
    return bool(readable)


def read_message(stdin: TextIO, stdout: TextIO, interactive: bool,
                 ready: Ready = input_ready) -> str | None:
    """The next message from ``stdin``: one line; a ``\"\"\"`` block; on a terminal
    (``interactive``) also the lines pasted along with the first.

    Returns:
        The message without its line ending(s) or surrounding blank space ("" for a blank
        line), or ``None`` at end of input. A block left open at end of input is returned
        as it stands.
    """
    line = stdin.readline()
    if not line:
        return None
    if line.strip() == BLOCK_MARK:
        return _read_block(stdin, stdout, interactive)
    lines = [line]
    while interactive and ready(stdin, PASTE_WAIT_S):
        more = stdin.readline()
        if not more:
            break
        lines.append(more)
    return "\n".join(part.rstrip("\r\n") for part in lines).strip()


def _read_block(stdin: TextIO, stdout: TextIO, interactive: bool) -> str:
    lines: list[str] = []
    while True:
        if interactive:
            stdout.write(words.BLOCK_PROMPT)
            stdout.flush()
        line = stdin.readline()
        if not line or line.strip() == BLOCK_MARK:
            return "\n".join(lines).strip()
        lines.append(line.rstrip("\r\n"))


def saved_files(calls: list[ToolCallRecord]) -> list[Path]:
    """Files written by the turn's tools: the ``"file"`` of each successful tool result that
    names an existing file (as ``export_roadmap`` and ``export_my_data`` do), in call order,
    each once."""
    found: list[Path] = []
    for call in calls:
        try:
            data = json.loads(call.output) if not call.error else None
        except ValueError:
            continue
        named = data.get("file") if isinstance(data, dict) else None
        if isinstance(named, str) and Path(named).is_file() and Path(named) not in found:
            found.append(Path(named))
    return found


def with_saved_files(turn: ChatTurn) -> str:
    """The turn's reply followed by the path of each file its tools wrote that the reply
    does not already give (a face-neutral reply says "your exports folder"; here the
    path is what the user needs)."""
    notes = [words.SAVED_FILE.format(path=path) for path in saved_files(turn.tool_calls)
             if str(path) not in turn.reply]
    return "\n\n".join([turn.reply, *notes])


def split_files(line: str) -> tuple[str, list[Path]]:
    """Separate file paths named in a line from its text.

    Returns:
        (the text without the paths, the existing files of an attachable type named).
    """
    body = line.removeprefix("/upload").strip() if line.startswith("/upload") else line
    try:
        tokens = shlex.split(body)
    except ValueError:
        tokens = body.split()
    files = [Path(t).expanduser() for t in tokens
             if Path(t).suffix.lower() in UPLOAD_EXTENSIONS and Path(t).expanduser().is_file()]
    text = body
    for token in tokens:
        if Path(token).expanduser() in files:
            text = text.replace(token, "").replace("''", "").replace('""', "")
    return text.strip(), files


def run_chat(runtime: Runtime, user_id: str, thread_id: str, trace: bool,
             stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout,
             stderr: TextIO = sys.stderr, ready: Ready = input_ready) -> int:
    """Read messages (:func:`read_message`) until end of input or 'exit'; answer each.

    Args:
        ready: How to tell whether more of a paste is waiting (tests pass a fake).

    Returns:
        The exit status (0).
    """
    interactive = stdin.isatty()
    if interactive:
        _show_intro(stdout)
    waiting = pending_text(runtime, user_id)  # check-ins that came while away
    if waiting:
        _show(waiting, stdout, interactive)
    while True:
        if interactive:
            stdout.write(PROMPT)
            stdout.flush()
        message = read_message(stdin, stdout, interactive, ready)
        if message is None or message.lower() in EXIT_WORDS:
            return 0
        if not message:
            continue
        turn = _guarded_turn(runtime, user_id, thread_id, message, stderr)
        if turn is None:
            continue
        if trace:
            for call in turn.tool_calls:
                stderr.write(json.dumps({"tool": call.tool, "args": call.args}) + "\n")
            stderr.flush()
        reply = with_saved_files(turn)
        if turn.followup:
            reply = f"{reply}\n\n{turn.followup}"
        _show(reply, stdout, interactive)  # an onboarding question follows the reply


def upload_problem(line: str) -> str | None:
    """For a ``/upload PATH`` line naming no readable resume file: what is wrong, with the
    next step. ``None`` when the line is fine (or is not an upload command)."""
    if not line.startswith("/upload"):
        return None
    target = line.removeprefix("/upload").strip().strip("'\"")
    if not target:
        return words.UPLOAD_USAGE
    path = Path(target).expanduser()
    if path.is_dir():
        return words.UPLOAD_IS_FOLDER.format(path=target)
    if not path.is_file():
        return words.UPLOAD_MISSING.format(path=target)
    if path.suffix.lower() not in UPLOAD_EXTENSIONS:
        return words.UPLOAD_WRONG_TYPE.format(path=target)
    return None


def _show_intro(stdout: TextIO) -> None:
    stdout.write(words.INTRO + "\n\n")
    stdout.flush()


def _show(reply: str, stdout: TextIO, interactive: bool) -> None:
    """Print a reply: rendered Markdown on a terminal, the Markdown itself when piped."""
    if interactive and stdout.isatty():
        from rich.console import Console
        from rich.markdown import Markdown

        console = Console(file=stdout)
        console.print("[bold]coach>[/bold]")
        console.print(Markdown(reply))
        console.print()
        return
    stdout.write(f"coach> {reply}\n\n")
    stdout.flush()


def _guarded_turn(runtime: Runtime, user_id: str, thread_id: str, line: str,
                  stderr: TextIO) -> ChatTurn | None:
    """One turn; a refusal or an unexpected failure becomes a message with a next step
    (the failure's traceback goes to the log file only, Property 31)."""
    try:
        return _one_turn(runtime, user_id, thread_id, line, stderr)
    except HireReadyError as error:
        return ChatTurn(reply=chat_words.TOOL_ERROR.format(message=error.message,
                                                           guidance=error.guidance))
    except Exception:
        log.exception("terminal chat turn failed: user=%s thread=%s", user_id, thread_id)
        return ChatTurn(reply=chat_words.TOOL_ERROR.format(message=msg.INTERNAL,
                                                           guidance=msg.INTERNAL_NEXT))


def _one_turn(runtime: Runtime, user_id: str, thread_id: str, line: str,
              stderr: TextIO) -> ChatTurn | None:
    problem = upload_problem(line)
    if problem:
        stderr.write(problem + "\n")
        return None
    text, files = split_files(line)
    uploads: list[str] = []
    for path in files:
        try:
            uploads.append(runtime.save_upload(user_id, path.name, path.read_bytes()))
        except HireReadyError as error:
            stderr.write(f"{error.message}\nNext step: {error.guidance}\n")
            return None
    return runtime.chat(user_id, thread_id, text, uploads)
