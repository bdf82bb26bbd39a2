"""Answers of the language model kept for reuse (Property 30): ``hr_llm_cache``.

One row per distinct request of one user: ``key`` is the SHA-256 (hex) of the user id, the
model's settings and tools, and the whole prompt; ``response`` is the model's answer as
LangChain's serialised JSON. A row is used only before ``expires_at`` and goes with its user
(Property 28). The prompt itself is not stored.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.orm.base import Base, created_column, user_id_column

CACHE_KEY_LENGTH = 64
"""Length of a cache key: a SHA-256 digest in hex."""


class LlmCacheEntry(Base):
    """A cached answer of the language model to one request of one user."""

    __tablename__ = "hr_llm_cache"

    key: Mapped[str] = mapped_column(String(CACHE_KEY_LENGTH), primary_key=True)
    user_id: Mapped[str] = user_id_column()
    response: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = created_column()
    expires_at: Mapped[datetime] = mapped_column(index=True)
