"""Is a user's message a confirmation of an action the coach asked about?

Pure text rules for the confirmation gate of destructive tools (issue 8, point 3). Only the
user's own next message may confirm; these rules decide whether that message does. A
confirmation is short (a pasted document or job description never is), contains no
negation, and either names the one-time code, or starts with an affirmative and names the
action (the words of its confirmation phrase): an irreversible step is never taken on a
bare "yes" that may have been meant for something else. The vocabulary is in
:mod:`prompts.confirmation`.
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


def action_words(phrase: str) -> frozenset[str]:
    """Words of a confirmation phrase the user must repeat: ``"yes, delete my account"`` ->
    ``{"delete", "account"}`` (affirmatives and :data:`prompts.confirmation.FILLER` dropped)."""
    openings = {w for phrase_ in words.AFFIRMATIVE for w in phrase_.split()}
    return frozenset(normalize(phrase).split()) - openings - set(words.FILLER)


def is_confirmation(text: str, code: str = "", phrase: str = "") -> bool:
    """True when ``text`` confirms the pending action.

    Args:
        text: The user's own message, exactly as typed.
        code: The one-time code shown with the request ("" when none).
        phrase: The confirmation phrase offered ("yes, delete my account"); its
            :func:`action_words` must all appear unless the code is given.

    Returns:
        True for a message of at most :data:`MAX_CONFIRMATION_CHARS` characters with no
        negative word (:data:`prompts.confirmation.NEGATIVE`) that either contains the code
        as a word, or starts with an affirmative (:data:`prompts.confirmation.AFFIRMATIVE`)
        and contains the phrase's action words: "yes, delete my account", "Confirm K7QF2M",
        "ok, delete the account" — but not "yes" alone when a phrase is given.
    """
    if len(text.strip()) > MAX_CONFIRMATION_CHARS:
        return False
    said = normalize(text)
    if not said or any(_has_phrase(said, word) for word in words.NEGATIVE):
        return False
    if code and _has_phrase(said, normalize(code)):
        return True
    opens = any(said == p or said.startswith(f"{p} ") for p in words.AFFIRMATIVE)
    return opens and action_words(phrase) <= set(said.split())
