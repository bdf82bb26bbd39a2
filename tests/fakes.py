"""Test doubles shared by the suite: a deterministic embedder and a scripted chat model."""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from langchain_core.tools import BaseTool


class BagOfWordsEmbedder:
    """Hashes words into 384 buckets and L2-normalises: similar wording, similar vectors."""

    dimensions = 384

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return [self._one(text) for text in texts]

    def _one(self, text: str) -> list[float]:
        vec = [0.0] * self.dimensions
        for word in re.findall(r"[a-z0-9+#.]+", text.lower()):
            bucket = int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dimensions
            vec[bucket] += 1.0
        norm = math.sqrt(sum(v * v for v in vec)) or 1.0
        return [v / norm for v in vec]


class ScriptedChatModel(GenericFakeChatModel):
    """Replies with the scripted messages in order; ``bind_tools`` is accepted and ignored."""

    def bind_tools(self, tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
                   **kwargs: Any) -> ScriptedChatModel:
        return self


def scripted(*messages: AIMessage) -> ScriptedChatModel:
    """A scripted model that answers with ``messages`` one per call."""
    return ScriptedChatModel(messages=iter(list(messages)))


class OneHotSkillIndex:
    """Skill vectors with one axis per skill (taxonomy id, else name): different skills are
    never similar, so coverage comes from ids, aliases and the taxonomy graph alone; no
    canonicalisation of free text."""

    dimensions = 4096

    def skill_vectors(self, skills: Sequence[tuple[str | None, str]]) -> Any:
        import numpy as np

        rows = np.zeros((len(skills), self.dimensions))
        for row, (skill_id, name) in enumerate(skills):
            digest = hashlib.sha256((skill_id or name.casefold()).encode()).hexdigest()
            rows[row, int(digest, 16) % self.dimensions] = 1.0
        return rows

    def canonicalize_many(self, names: Sequence[str]) -> list[None]:
        return [None] * len(names)
