"""Answer units are embedded in batches of similar length, rows back in the units' order."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from tools.interview.vectors import GROUP_RATIO, GROUP_SLACK, embed_grouped, length_groups


class _LengthEmbedder:
    """Embeds a text as (length, 1) normalised, and records the batches it was given."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.batches.append(list(texts))
        return [[len(t) / (len(t) ** 2 + 1) ** 0.5, 1 / (len(t) ** 2 + 1) ** 0.5]
                for t in texts]


@given(st.lists(st.text(min_size=1, max_size=120), max_size=12))
def test_groups_cover_every_text_once_and_bound_the_padding(texts: list[str]) -> None:
    groups = length_groups(texts)
    assert sorted(i for g in groups for i in g) == list(range(len(texts)))
    for group in groups:
        shortest = min(len(texts[i]) for i in group)
        assert max(len(texts[i]) for i in group) <= GROUP_RATIO * shortest + GROUP_SLACK


def test_rows_keep_the_order_of_the_texts() -> None:
    texts = ["a long clause about Python's global interpreter lock and threads " * 3,
             "short one", "a medium clause about locks", "tiny"]
    fake = _LengthEmbedder()
    rows = embed_grouped(fake, texts)
    expected = np.asarray(_LengthEmbedder().embed(texts))
    assert np.allclose(rows, expected)
    assert fake.batches == [["tiny", "short one", "a medium clause about locks"], [texts[0]]]
    assert embed_grouped(fake, []).shape[0] == 0
