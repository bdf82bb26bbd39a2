"""Reading interview controls in a message sent while an interview waits for an answer.

Inside a mock interview every message is an answer unless it is one of the controls below
(issue 7: skip, repeat the question, a hint, pause and come back later, end). "I don't know"
is an answer, not a skip. A control must be the whole point of the message — a short
message whose words are the control's wording — so an answer that happens to contain
"stop" or "end" ("the loop ends when…") stays an answer. The phrasings are written from the
common ways people ask these things in English.
"""

from __future__ import annotations

import re
from typing import Literal

InterviewCommand = Literal["skip", "repeat", "hint", "pause", "end", "summary"]

MAX_COMMAND_WORDS = 12
"""A message longer than this is an answer, whatever words it contains."""

_POLITE = (r"(?:(?:ok(?:ay)?|um+|uh+|hmm+|sorry|actually|please|pls|plz|fine|alright|right|"
           r"well|so|oh no|can (?:you|u|we|i)|could (?:you|u|we|i)|may i|let'?s|i'?d like to|"
           r"i want to|i wanna|i need to|i'?d rather|i would rather)[\s,]+)*")
_PATTERNS: list[tuple[InterviewCommand, re.Pattern[str]]] = [
    ("repeat", re.compile(
        rf"^\W*{_POLITE}(?:repeat(?: (?:the|that|this))?(?: question)?|say (?:that|it) again|"
        r"(?:what|which) (?:was|is) the question(?: again)?|come again|pardon|"
        r"(?:can|could) (?:you|u) (?:ask|read) (?:it|that|the question) again|"
        r"ask (?:it|that|the question) again|one more time)\b", re.I)),
    ("hint", re.compile(
        rf"^\W*{_POLITE}(?:(?:give|get|send|have) (?:me )?(?:a |some |another )?"
        r"(?:hint|clue|tip|nudge)|"
        r"(?:a |any |another )?(?:hint|clue)s?(?:\s+(?:please|pls|for (?:this|that)(?: one| "
        r"question)?))?\W*$|help me (?:with )?(?:this|that|it) (?:one|question)|"
        r"i need (?:a )?(?:hint|clue|help)|(?:any )?tips?)(?:\b|$)", re.I)),
    ("skip", re.compile(
        rf"^\W*{_POLITE}(?:skip(?: (?:it|this|that|the question|this question|this one|that one))?|"
        r"pass|next(?: question| one)?(?: please)?|move on|go to the next(?: one| question)?|"
        r"i'?ll pass|let'?s skip)\W*(?:too|as well|also)?\W*(?:please|pls)?\W*$", re.I)),
    ("pause", re.compile(
        r"^(?!.*\b(?:finish|end)\s+(?:the |this )?interview\b)(?:"
        rf"^\W*{_POLITE}(?:pause|hold on|brb|take a break|(?:i'?ll|we'?ll|let'?s) "
        r"(?:continue|finish|come back|do the rest) (?:later|tomorrow)|"
        r"(?:i'?m going to |i'?ll |i have to |i need to |gotta )?(?:stop|head out|go) "
        r"(?:here|now|for now|for today)|continue later|save (?:it|this) for later)\b|"
        r".*?\b(?:pause (?:it|this|the interview)|come back (?:to it )?later)\b"
        r"|.*?\b(?:can|could) (?:we|i) (?:pause|take a break|stop for now)\b)", re.I)),
    ("end", re.compile(
        rf"^\W*{_POLITE}(?:end(?: (?:it|this|the interview|interview|now))?|stop(?: (?:it|this|"
        r"the interview|interview))?|finish(?: (?:it|this|the interview))?|quit|i'?m done|"
        r"that'?s enough|enough|we'?re done|done|exit|terminate)\b(?!.*\bpause\b)", re.I)),
    ("summary", re.compile(
        r"^\W*(?:how did i do|(?:show|give) me (?:the|my) (?:summary|results|scores?))\W*$", re.I)),
]


def interview_command(message: str) -> InterviewCommand | None:
    """The interview control a message asks for, or ``None`` when it is an answer.

    Args:
        message: The user's message while an interview question waits for an answer.

    Returns:
        ``skip``, ``repeat``, ``hint``, ``pause``, ``end`` or ``summary``; ``None`` for an
        answer (including "I don't know", "idk", "no idea").

    Example:
        >>> interview_command("can you repeat the question?"), interview_command("I don't know")
        ('repeat', None)
    """
    text = " ".join(message.split())
    if not text or len(text.split()) > MAX_COMMAND_WORDS:
        return None
    for command, pattern in _PATTERNS:
        if pattern.search(text):
            return command
    return None
