"""Is a user's message a confirmation of an action the coach asked about?

Pure text rules for the confirmation gate of destructive tools (issue 8, point 3). Only the
user's own next message may confirm; these rules decide whether that message does. A
confirmation is short (a pasted document or job description never is), contains no
negation, and either names the one-time code or starts with an affirmative phrase. The
vocabulary is in :mod:`prompts.confirmation`.
"""

from __future__ import annotations

import re
import unicodedata

from prompts import confirmation as words

MAX_CONFIRMATION_CHARS = 80
"""Longest message read as a confirmation, in characters (a pasted text is never one)."""

_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Lower-case words separated by single spaces: punctuation and emoji removed,
    apostrophes dropped ("don't" -> "dont")."""
    folded = unicodedata.normalize("NFKC", text).lower().replace("'", "").replace("’", "")
    return _SPACES.sub(" ", _NON_WORD.sub(" ", folded)).strip()


def _has_phrase(words_: str, phrase: str) -> bool:
    return f" {phrase} " in f" {words_} "


def is_confirmation(text: str, code: str = "") -> bool:
    """True when ``text`` confirms the pending action.

    Args:
        text: The user's own message, exactly as typed.
        code: The one-time code shown with the request ("" when none).

    Returns:
        True for a message of at most :data:`MAX_CONFIRMATION_CHARS` characters with no
        negative word (:data:`prompts.confirmation.NEGATIVE`) that either contains the code
        as a word or starts with an affirmative phrase (:data:`prompts.confirmation.
        AFFIRMATIVE`), e.g. "yes, delete my account", "Confirm K7QF2M", "ok go ahead".
    """
    if len(text.strip()) > MAX_CONFIRMATION_CHARS:
        return False
    said = normalize(text)
    if not said or any(_has_phrase(said, word) for word in words.NEGATIVE):
        return False
    if code and _has_phrase(said, normalize(code)):
        return True
    return any(said == phrase or said.startswith(f"{phrase} ") for phrase in words.AFFIRMATIVE)
