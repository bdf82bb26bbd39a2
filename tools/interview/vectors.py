"""Embedding helpers of answer scoring: unit vectors as a matrix, question texts cached.

Key points, misconceptions and questions repeat across answers, so their vectors are kept
per embedder (up to :data:`CACHE_LIMIT` texts); answers are embedded on every call.

An answer's units are embedded in a few batches of similar length (:func:`embed_grouped`):
a batch is padded to its longest text, so one batch of a long sentence and seven short
clauses costs as much as eight long sentences (measured with all-MiniLM-L6-v2 on ONNX
Runtime, one core: 8 units of 5–23 words in one batch 117 ms, grouped by length ~60 ms).
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
GROUP_RATIO = 1.4
"""Longest text of a batch relative to its shortest (padding bound, see the docstring)."""
GROUP_SLACK = 24
"""Characters a batch's longest text may exceed the ratio by (short clauses batch together)."""

_CACHES: weakref.WeakKeyDictionary[object, dict[str, Matrix]] = weakref.WeakKeyDictionary()


def embed(embedder: Embedder, texts: Sequence[str]) -> Matrix:
    """Embed ``texts`` into a ``(len(texts), d)`` float matrix (rows are unit vectors)."""
    if not texts:
        return np.zeros((0, 1))
    return np.asarray(embedder.embed(list(texts)), dtype=np.float64)


def length_groups(texts: Sequence[str]) -> list[list[int]]:
    """Indices of ``texts`` in batches of similar length, shortest first.

    A text joins the current batch while its length (characters) is at most
    :data:`GROUP_RATIO` times, plus :data:`GROUP_SLACK` characters, the batch's shortest;
    the padding a batch adds is then bounded by that ratio.
    """
    order = sorted(range(len(texts)), key=lambda i: (len(texts[i]), i))
    groups: list[list[int]] = []
    for index in order:
        if groups and len(texts[index]) <= (GROUP_RATIO * len(texts[groups[-1][0]])
                                            + GROUP_SLACK):
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


def embed_grouped(embedder: Embedder, texts: Sequence[str]) -> Matrix:
    """Like :func:`embed`, in batches of similar length (:func:`length_groups`); rows keep
    the order of ``texts``."""
    if not texts:
        return np.zeros((0, 1))
    rows: dict[int, Matrix] = {}
    for group in length_groups(texts):
        for index, row in zip(group, embed(embedder, [texts[i] for i in group]), strict=True):
            rows[index] = row
    return np.vstack([rows[i] for i in range(len(texts))])


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
