"""Typo repair for the offline router: "whats my progres" reads as "whats my progress".

A lower-case word of five letters or more is repaired only when it is not an English word
(pyspellchecker's English word-frequency list), nor a word of the intent examples, nor a word
of any skill name or alias; it is then replaced by the closest intent-example word when their
similarity (:class:`difflib.SequenceMatcher` ratio, standard library) is at least
:data:`CUTOFF`. Capitalised words (names, products), real words ("kindly", "eight") and words
the taxonomy knows ("kubernetes", "postgres") stay as typed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from functools import lru_cache

from spellchecker import SpellChecker

CUTOFF = 0.8
"""Minimum similarity ratio for a repair (0.8: one wrong, missing or swapped letter in a
five- to ten-letter word)."""
MIN_LENGTH = 5
"""Shorter words are left alone: too many real words lie one letter apart."""

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")


class Speller:
    """Repairs misspelt words against a vocabulary.

    Args:
        vocabulary: Words to repair towards (the intent examples' words).
        known: Further words that are right as they are (skill names and aliases).
    """

    def __init__(self, vocabulary: Iterable[str], known: Iterable[str] = ()) -> None:
        self._vocabulary = sorted({w.lower() for w in vocabulary if len(w) >= 3})
        self._known = set(self._vocabulary) | {w.lower() for w in known}
        self._english = SpellChecker(language="en", case_sensitive=False)

    def correct(self, text: str) -> str:
        """``text`` with misspelt lower-case words replaced; everything else untouched."""
        return _WORD.sub(lambda m: self._word(m.group(0)), text)

    def knows(self, word: str) -> bool:
        """True when ``word`` is English, an example word or a skill-name word."""
        lower = word.lower()
        return lower in self._known or lower in self._english

    def _word(self, word: str) -> str:
        if (len(word) < MIN_LENGTH or not word.isalpha() or not word.islower()
                or word in self._known):
            return word
        if word in self._english:
            return word
        return self._closest(word) or word

    @lru_cache(maxsize=4096)  # noqa: B019 - one speller per process, bounded cache
    def _closest(self, word: str) -> str | None:
        found = difflib.get_close_matches(word, self._vocabulary, n=1, cutoff=CUTOFF)
        return found[0] if found else None


def words_of(texts: Iterable[str]) -> set[str]:
    """Every alphabetic word of the texts, lower case."""
    return {w.lower() for text in texts for w in _WORD.findall(text)}


def taxonomy_words() -> set[str]:
    """Every word of every skill name and alias of the bundled taxonomy."""
    from storage.taxonomy import default_taxonomy

    return words_of(form for entry in default_taxonomy().entries for form in
                    entry.surface_forms())
