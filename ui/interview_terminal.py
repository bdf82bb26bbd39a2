"""The mock interview in the terminal: a thin loop over :meth:`agent.runtime.Runtime.chat`.

The first message starts an interview ("start a mock interview for ROLE") or, without a
role and with one in progress, continues it. Each line typed is then the answer; ``hint``,
``repeat``, ``skip``, ``pause`` and ``end`` work as in the chat, because the interview
subgraph (:mod:`graphs.interview`) reads them. The loop ends when no question waits any
more (the interview ended or was paused); end of input, Ctrl-C or ``quit`` sends ``pause``
first, so the interview can be continued later, here or in the browser.
"""

from __future__ import annotations

import sys
from typing import TextIO

from agent.runtime import ChatTurn, Runtime
from prompts import interview_cli as words
from ui.terminal import EXIT_WORDS, _show


def waiting_for_answer(runtime: Runtime, user_id: str, thread_id: str) -> bool:
    """Whether the conversation stopped at an interview question (a pending interrupt)."""
    config = runtime._config(user_id, thread_id)  # the runtime's own thread naming
    return bool(runtime.graph.get_state(config).interrupts)


def opening_message(runtime: Runtime, user_id: str, role: str | None) -> str:
    """"start a mock interview for ROLE"; without a role, continue one in progress, else
    start one for the user's target role."""
    import storage.repositories.interviews as repo

    if role and role.strip():
        return words.START_MESSAGE.format(role=role.strip())
    with runtime.sessions() as session:
        unfinished = repo.unfinished_interview(session, user_id)
    return words.CONTINUE_MESSAGE if unfinished is not None else words.START_MESSAGE_ANY


def run_interview(runtime: Runtime, user_id: str, thread_id: str, role: str | None, *,
                  username: str, stdin: TextIO | None = None, stdout: TextIO | None = None,
                  stderr: TextIO | None = None) -> int:
    """Run one mock interview over ``stdin``/``stdout``; returns the exit status (0).

    Args:
        runtime: The runtime (its chat graph holds the interview subgraph).
        user_id: The user's id.
        thread_id: A conversation id for this run (a fresh one, so no other conversation's
            waiting question takes the first message as an answer).
        role: Role to interview for; ``None`` continues a paused interview or uses the
            user's target role.
        username: Shown in the "continue later" line.
        stdin: Where answers are read (default the current ``sys.stdin``); likewise
            ``stdout`` for the coach's messages and ``stderr`` for the "continue later" line.
    """
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    interactive = stdin.isatty()
    turn = runtime.chat(user_id, thread_id, opening_message(runtime, user_id, role))
    _print_turn(turn, stdout, interactive)
    if interactive and waiting_for_answer(runtime, user_id, thread_id):
        stdout.write(words.CONTROLS + "\n\n")
    while waiting_for_answer(runtime, user_id, thread_id):
        line = _read(stdin, stdout, interactive)
        if line is None or line.strip().lower() in EXIT_WORDS:
            _print_turn(runtime.chat(user_id, thread_id, words.PAUSE_MESSAGE), stdout,
                        interactive)
            stderr.write(words.LEFT_PAUSED.format(user=username) + "\n")
            return 0
        if line.strip():
            _print_turn(runtime.chat(user_id, thread_id, line.strip()), stdout, interactive)
    return 0


def _read(stdin: TextIO, stdout: TextIO, interactive: bool) -> str | None:
    """The next line, or ``None`` at end of input or Ctrl-C."""
    if interactive:
        stdout.write(words.ANSWER_PROMPT)
        stdout.flush()
    try:
        line = stdin.readline()
    except KeyboardInterrupt:
        return None
    return line if line else None


def _print_turn(turn: ChatTurn, stdout: TextIO, interactive: bool) -> None:
    _show(turn.reply, stdout, interactive)
    if turn.followup:
        _show(turn.followup, stdout, interactive)
