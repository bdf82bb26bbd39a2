"""Nearest-example intent classifier of the offline model.

The examples in ``intent_examples.yaml`` (next to this module) are embedded once, on first
use. A message is labelled by a similarity-weighted vote of its :data:`NEIGHBOURS` nearest
examples (cosine similarity of unit vectors): each neighbour adds its similarity to its
intent's score. The confidence is the similarity of the single nearest example, so a message
unlike every example stays unsure however the vote falls.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import yaml

from tools.protocols import Embedder

EXAMPLES_FILE = Path(__file__).with_name("intent_examples.yaml")
NEIGHBOURS = 5
"""Examples that vote on a message's intent."""


@dataclass(frozen=True)
class Prediction:
    """The classifier's answer: the winning intent and the nearest example's similarity."""

    intent: str
    confidence: float


@cache
def load_examples(path: Path = EXAMPLES_FILE) -> dict[str, tuple[str, ...]]:
    """Intent -> example messages, from the YAML file (read once per process).

    Raises:
        ValueError: The file is not a mapping of intent names to lists of strings.
    """
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(
            isinstance(v, list) and all(isinstance(t, str) for t in v) for v in data.values()):
        raise ValueError(f"{path}: expected a mapping of intent -> list of messages")
    return {str(intent): tuple(texts) for intent, texts in data.items()}


class IntentClassifier:
    """Labels messages by their nearest examples.

    Args:
        embedder: Embeds the examples (once, lazily) and each message.
        examples: Intent -> example messages (default: :func:`load_examples`).
    """

    def __init__(self, embedder: Embedder,
                 examples: Mapping[str, Sequence[str]] | None = None) -> None:
        bank = load_examples() if examples is None else examples
        self._embedder = embedder
        self._labels = [intent for intent, texts in bank.items() for _ in texts]
        self._texts = [text.lower() for texts in bank.values() for text in texts]
        self._matrix: np.ndarray | None = None

    def predict(self, message: str) -> Prediction:
        """The most likely intent of ``message`` and the nearest example's similarity."""
        if not self._texts:
            return Prediction("unsure", 0.0)
        if self._matrix is None:
            self._matrix = np.asarray(self._embedder.embed(self._texts), dtype=np.float32)
        query = np.asarray(self._embedder.embed([message.lower()])[0], dtype=np.float32)
        scores = self._matrix @ query
        nearest = np.argsort(-scores)[:NEIGHBOURS]
        votes: dict[str, float] = defaultdict(float)
        for row in nearest:
            votes[self._labels[row]] += max(float(scores[row]), 0.0)
        intent = max(votes, key=lambda name: (votes[name], name))
        return Prediction(intent, float(scores[nearest[0]]))
