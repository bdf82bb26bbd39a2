"""Intent router of the offline chat model: patterns first, then nearest example.

Patterns catch the unambiguous phrasings cheaply; anything else is compared with the example
messages in :mod:`prompts.intents` by cosine similarity of their embeddings. Below
:data:`MIN_SIMILARITY` the router is unsure and the model asks a clarifying question.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from prompts.chat import ATTACHMENT_PATTERN
from prompts.intents import INTENT_EXAMPLES
from tools.protocols import Embedder

MIN_SIMILARITY = 0.55
"""Cosine similarity below which the nearest example is not trusted (tuned on tests/data)."""

_ATTACHMENT = re.compile(ATTACHMENT_PATTERN)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("help", re.compile(r"^\s*(help|\?|what can you do|menu|commands)\b", re.I)),
    ("show_profile", re.compile(
        r"\b(show|see|view|display|list)\b.*\b(profile|skills|education|experience)\b"
        r"|\bmy (profile|skills)\b\??$", re.I)),
    ("thanks", re.compile(r"^\s*(thanks|thank you|thx|cheers)\b", re.I)),
    ("greeting", re.compile(r"^\s*(hi|hello|hey|hiya|good (morning|afternoon|evening))\b[\s!.]*$",
                            re.I)),
]


@dataclass(frozen=True)
class Attachment:
    """A file referenced in a message by its marker line."""

    filename: str
    upload_id: str


@dataclass(frozen=True)
class Route:
    """The router's decision.

    Attributes:
        intent: Intent name (a key of :data:`prompts.intents.INTENT_EXAMPLES`) or ``"unsure"``.
        args: Tool arguments extracted from the message.
        confidence: 1.0 for a pattern, else the cosine similarity of the nearest example.
    """

    intent: str
    args: dict[str, object] = field(default_factory=dict)
    confidence: float = 1.0


def attachments_in(text: str) -> list[Attachment]:
    """Attachments named by marker lines in ``text``, in order."""
    return [Attachment(m["filename"], m["upload_id"]) for m in _ATTACHMENT.finditer(text)]


def strip_attachments(text: str) -> str:
    """The message without its attachment marker lines."""
    return _ATTACHMENT.sub("", text).strip()


class IntentRouter:
    """Maps a user message to an intent and tool arguments.

    Args:
        embedder: Embeds messages and examples; ``None`` limits the router to patterns.
        examples: Intent -> example messages (default :data:`prompts.intents.INTENT_EXAMPLES`).
    """

    def __init__(self, embedder: Embedder | None,
                 examples: Mapping[str, Sequence[str]] = INTENT_EXAMPLES) -> None:
        self._embedder = embedder
        self._labels = [intent for intent, texts in examples.items() for _ in texts]
        self._texts = [text for texts in examples.values() for text in texts]
        self._matrix: np.ndarray | None = None

    def route(self, text: str) -> Route:
        """Decide what a message asks for. Never raises on any string."""
        files = attachments_in(text)
        if files:
            return Route("parse_resume", {"upload_id": files[-1].upload_id})
        message = strip_attachments(text)
        if not message:
            return Route("unsure", confidence=0.0)
        for intent, pattern in _PATTERNS:
            if pattern.search(message):
                return Route(intent)
        return self._nearest(message)

    def _nearest(self, message: str) -> Route:
        if self._embedder is None:
            return Route("unsure", confidence=0.0)
        if self._matrix is None:
            self._matrix = np.asarray(self._embedder.embed(self._texts), dtype=np.float32)
        query = np.asarray(self._embedder.embed([message.lower()])[0], dtype=np.float32)
        scores = self._matrix @ query
        best = int(np.argmax(scores))
        score = float(scores[best])
        if score < MIN_SIMILARITY:
            return Route("unsure", confidence=score)
        return Route(self._labels[best], confidence=score)
