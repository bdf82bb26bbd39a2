"""Guards: answers that cannot earn credit, whatever they resemble (issue 7 point 3).

Each guard returns a flag; :mod:`tools.interview.scoring` caps a flagged answer at
:data:`GUARD_CAPS` (all ≤ 15) and says why in the feedback. The text-only guards live here;
the off-topic guard needs embeddings and takes the similarities scoring computed.
"""

from __future__ import annotations

import re

from tools.interview.text import FUNCTION_WORDS, content_stems, normalise, words

GUARD_CAPS: dict[str, int] = {
    "empty": 0,
    "injection": 0,
    "gibberish": 3,
    "dont_know": 5,
    "too_short": 5,
    "repeats_question": 8,
    "off_topic": 8,
}
"""Highest score a flagged answer can get (issue 7: every guard case scores ≤ 15)."""

MIN_WORDS = 4
"""Answers with fewer words than this ("fine", "Fine, thanks.") are too short to assess."""
REPEAT_MAX_NOVELTY = 0.25
"""An answer whose content words are at most 25 % new relative to the question repeats it."""
OFF_TOPIC_MAX_SIMILARITY = 0.25
"""Cosine (all-MiniLM-L6-v2) below which no sentence relates to the question or its points.

On the calibration set, off-topic answers stay below 0.15 against the question and the key
points, while the least related real answer is above 0.35.
"""

_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_INJECTION = re.compile(
    r"\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|rubric|rules?|prompt|above)"
    r"\b|\b(system|developer|assistant)\s*(:|override\b)|\[\[.*?\]\]|</?\s*(answer|system|"
    r"prompt)\s*>|\b(score|grade|rate|mark)\b.{0,30}\b(100|excellent|perfect|full marks)\b|"
    r"\bgive\s+(me|this( answer)?)\s+(a\s+)?(100|full|top|perfect)\b|\b100\s*/\s*100\b|"
    r"\byou are now\b|\bnew instructions?\b",
    re.IGNORECASE | re.DOTALL,
)
_DONT_KNOW = re.compile(
    r"\b(i\s+(do\s*n[o']?t|dont|don't|have\s+no|can(no|')?t|am\s+not|'m\s+not)\s+"
    r"(know|idea|clue|remember|recall|sure|think of)|no\s+idea|no\s+clue|not\s+sure|"
    r"never\s+(worked|used|heard|done)|pass|skip|sorry|dunno|no\s+comment|nothing\s+comes"
    r"\s+to\s+mind)\b",
    re.IGNORECASE,
)
_DONT_KNOW_MAX_WORDS = 20
_DONT_KNOW_MAX_NEW = 6
_FILLER_TOKEN = re.compile(r"^(lorem|ipsum|dolor|amet|asdf|blah|hmm+|um+|uh+|er+|x+)$")


def _keyboard_run(token: str) -> bool:
    """A token of ≥ 4 letters typed along one keyboard row (``asdf``, ``lkjh``, ``poiu``)."""
    if len(token) < 4 or not token.isalpha():
        return False
    for row in _KEYBOARD_ROWS:
        if all(c in row for c in token):
            steps = [abs(row.index(a) - row.index(b)) for a, b in zip(token, token[1:],
                                                                       strict=False)]
            if all(s <= 1 for s in steps):
                return True
    return False


def _nonword(token: str) -> bool:
    """Looks typed at random: no vowel, three equal letters in a row, or a keyboard run."""
    if token.isdigit() or len(token) <= 2:
        return False
    letters = token.replace("'", "")
    if not any(c in "aeiouy" for c in letters) and letters.isalpha():
        return True
    return bool(re.search(r"(.)\1\1", letters)) or _keyboard_run(letters) or bool(
        _FILLER_TOKEN.match(letters))


def is_gibberish(answer: str) -> bool:
    """True when the answer is not language: random letters, symbols, or a word salad.

    Rules: more than half the tokens are non-words or symbol runs; or at least four words,
    no function word at all (real sentences always have some, see
    :data:`tools.interview.text.FUNCTION_WORDS`) and a non-word, a repeated token or
    lorem ipsum among them.
    """
    tokens = words(answer)
    symbols = len(re.findall(r"[^\w\s'.,!?()-]{2,}|[,;?!.]{3,}", answer))
    if not tokens:
        return bool(answer.strip())
    odd = sum(1 for t in tokens if _nonword(t))
    if (odd + symbols) / (len(tokens) + symbols) > 0.5:
        return True
    has_function = any(t in FUNCTION_WORDS for t in tokens)
    repeated = len(tokens) - len(set(tokens)) >= max(2, len(tokens) // 4)
    return len(tokens) >= MIN_WORDS and not has_function and (odd > 0 or repeated or symbols > 0)


def is_injection(answer: str, question_text: str) -> bool:
    """True when the answer tries to instruct the grader ("ignore previous instructions …").

    A question that is itself about prompts or injection may quote such phrases, so for
    those only a direct request for a score counts.
    """
    matches = [m.group(0) for m in _INJECTION.finditer(answer)]
    if not matches:
        return False
    about_prompts = re.search(r"\bprompt|\bllm\b|language model", question_text, re.IGNORECASE)
    if about_prompts is None:
        return True
    return any(re.search(r"\b(score|grade|rate|mark|give me)\b", m, re.I) for m in matches)


def is_dont_know(answer: str, question_text: str) -> bool:
    """A short answer that says the candidate does not know ("No idea, sorry").

    A hedge followed by content ("I'm not sure, but I think the GIL is a lock that …") is
    an answer: it needs fewer than :data:`_DONT_KNOW_MAX_NEW` content words beyond the
    question's to count.
    """
    if len(words(answer)) > _DONT_KNOW_MAX_WORDS or _DONT_KNOW.search(answer) is None:
        return False
    return len(content_stems(answer) - content_stems(question_text)) < _DONT_KNOW_MAX_NEW


def repeats_question(answer: str, question_text: str) -> bool:
    """True when almost every content word of the answer already is in the question."""
    said = content_stems(answer)
    if not said:
        return False
    novelty = len(said - content_stems(question_text)) / len(said)
    return novelty <= REPEAT_MAX_NOVELTY


def text_flags(answer: str, question_text: str) -> list[str]:
    """Guard flags decided from the text alone, most severe first.

    Args:
        answer: The raw answer.
        question_text: The question as asked.

    Returns:
        A subset of ``["empty", "injection", "gibberish", "dont_know", "too_short",
        "repeats_question"]``; empty for an answer worth assessing.
    """
    text = normalise(answer)
    if not text:
        return ["empty"]
    flags = []
    if is_injection(text, question_text):
        flags.append("injection")
    if is_gibberish(text):
        flags.append("gibberish")
    if is_dont_know(text, question_text):
        flags.append("dont_know")
    if len(words(text)) < MIN_WORDS:
        flags.append("too_short")
    if repeats_question(text, question_text):
        flags.append("repeats_question")
    return flags


def is_off_topic(relevance: float, evidence: float) -> bool:
    """Off topic: no sentence is near the question or its points and nothing was credited.

    Args:
        relevance: Highest cosine between any answer sentence and the question or a key
            point.
        evidence: The answer's credited coverage (technical) or STAR evidence, 0–1.
    """
    return relevance < OFF_TOPIC_MAX_SIMILARITY and evidence < 0.2
