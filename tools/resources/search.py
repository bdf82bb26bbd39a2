"""The interface of a semantic resource index (storage's ``ResourceIndex`` is one)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol


class ResourceSearchUnavailable(Exception):
    """The semantic index could not answer (a Qdrant server down, a timeout).

    Recommendations then rank the local catalogue alone (Property 37).
    """


class ResourceSearch(Protocol):
    """Semantic lookup over the resources collection."""

    def search(self, query: str, limit: int,
               skills: Collection[str] | None = None) -> list[tuple[str, float]]:
        """Resource keys nearest to ``query``, best first, with their cosine similarity.

        Args:
            query: Free text (a skill name, a topic).
            limit: Maximum number of keys.
            skills: Keep only resources that teach one of these skill ids.

        Raises:
            ResourceSearchUnavailable: The index cannot answer now.
        """
        ...
