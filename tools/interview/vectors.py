"""Embedding helpers of answer scoring: unit vectors as a matrix, question texts cached.

Key points, misconceptions and questions repeat across answers, so their vectors are kept
per embedder (up to :data:`CACHE_LIMIT` texts); answers are embedded on every call.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from tools.protocols import Embedder

Matrix = npt.NDArray[np.float64]
CACHE_LIMIT = 4096
"""Texts kept per embedder before the cache starts afresh."""

_CACHES: weakref.WeakKeyDictionary[object, dict[str, Matrix]] = weakref.WeakKeyDictionary()


def embed(embedder: Embedder, texts: Sequence[str]) -> Matrix:
    """Embed ``texts`` into a ``(len(texts), d)`` float matrix (rows are unit vectors)."""
    if not texts:
        return np.zeros((0, 1))
    return np.asarray(embedder.embed(list(texts)), dtype=np.float64)


def embed_cached(embedder: Embedder, texts: Sequence[str]) -> Matrix:
    """Like :func:`embed`, remembering each text's vector for this embedder."""
    try:
        cache = _CACHES.setdefault(embedder, {})
    except TypeError:  # an embedder that cannot be weakly referenced: no cache
        return embed(embedder, texts)
    missing = [t for t in dict.fromkeys(texts) if t not in cache]
    if missing:
        if len(cache) + len(missing) > CACHE_LIMIT:
            cache.clear()
        for text, row in zip(missing, embed(embedder, missing), strict=True):
            cache[text] = row
    if not texts:
        return np.zeros((0, 1))
    return np.vstack([cache[t] for t in texts])


def cosine(a: Matrix, b: Matrix) -> Matrix:
    """Cosine similarities of the rows of ``a`` with the rows of ``b`` (unit vectors)."""
    if a.shape[0] == 0 or b.shape[0] == 0:
        return np.zeros((a.shape[0], b.shape[0]))
    return np.asarray(a @ b.T, dtype=np.float64)
