"""Telling whether a resume is written in English.

A stop-word count: the most frequent function words of English and of the languages resumes
here most often arrive in (Spanish, French, German, Portuguese, Italian, Dutch). Function
words, not skill names, decide: a Spanish CV full of "Python" and "SQL" is still Spanish.
The word lists are the commonest function words of each language (articles, prepositions,
conjunctions), written from general knowledge of the languages.
"""

from __future__ import annotations

import re
from collections import Counter

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "for",
            "with",
            "on",
            "at",
            "by",
            "from",
            "as",
            "is",
            "was",
            "are",
            "an",
            "my",
            "our",
            "this",
            "that",
            "which",
            "using",
            "have",
            "has",
            "be",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "de",
            "del",
            "y",
            "en",
            "con",
            "para",
            "por",
            "una",
            "un",
            "que",
            "se",
            "su",
            "sus",
            "como",
            "al",
            "desarrollo",
            "gestión",
            "experiencia",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "du",
            "et",
            "en",
            "avec",
            "pour",
            "par",
            "une",
            "un",
            "que",
            "dans",
            "sur",
            "au",
            "aux",
            "est",
            "expérience",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "mit",
            "für",
            "von",
            "zu",
            "im",
            "den",
            "dem",
            "ein",
            "eine",
            "ist",
            "auf",
            "bei",
            "als",
            "berufserfahrung",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "os",
            "as",
            "do",
            "da",
            "dos",
            "das",
            "e",
            "em",
            "com",
            "para",
            "por",
            "uma",
            "um",
            "que",
            "no",
            "na",
            "ao",
            "experiência",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "gli",
            "le",
            "di",
            "del",
            "della",
            "e",
            "con",
            "per",
            "una",
            "un",
            "che",
            "nel",
            "nella",
            "al",
            "è",
            "esperienza",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "met",
            "voor",
            "op",
            "bij",
            "aan",
            "als",
            "in",
            "is",
            "ervaring",
        ]
    ),
}

MIN_FUNCTION_WORDS = 15
"""Below this many function words in all, the text is too short to judge (kept as English)."""


def detect_language(text: str) -> str:
    """Guess the language of a text.

    Args:
        text: Resume text.

    Returns:
        An ISO 639-1 code: ``"en"`` unless another language's function words outnumber
        English ones by more than half again (and the text has at least
        :data:`MIN_FUNCTION_WORDS` of them).
    """
    words = re.findall(r"[a-záéíóúüñàèìòùâêîôûçäöß]+", text.lower())
    counts: Counter[str] = Counter()
    for word in words:
        for code, vocabulary in STOPWORDS.items():
            if word in vocabulary:
                counts[code] += 1
    if sum(counts.values()) < MIN_FUNCTION_WORDS:
        return "en"
    english = counts["en"]
    code, best = max(
        ((c, n) for c, n in counts.items() if c != "en"),
        key=lambda item: item[1],
        default=("en", 0),
    )
    return code if best > 1.5 * english else "en"
