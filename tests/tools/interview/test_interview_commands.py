"""Interview controls in a message sent while a question waits (tools/interview/commands.py)."""

from __future__ import annotations

import pytest

from tools.interview.commands import interview_command


@pytest.mark.parametrize(("message", "command"), [
    ("can I get a hint for this one?", "hint"),
    ("fine, give me a hint", "hint"),
    ("oh no my bus is here, can we pause?", "pause"),
    ("we'll finish later", "pause"),
    ("let's stop here and finish the interview", "end"),
    ("I'd rather skip this one too", "skip"),
    ("could you repeat the question", "repeat"),
])
def test_controls_are_read(message: str, command: str) -> None:
    assert interview_command(message) == command


@pytest.mark.parametrize("message", [
    "I don't know",
    "the loop ends when i reaches 10",
    "I would pause the deployment, roll back, and check the logs before going on",
    "a hint of caching: we stored results in Redis for an hour",
])
def test_answers_stay_answers(message: str) -> None:
    assert interview_command(message) is None
