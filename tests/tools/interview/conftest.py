"""Fixture of the interview scoring tests: the real embedder, loaded once per module."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.embedder import FastEmbedder


@pytest.fixture(scope="module")
def embedder(tmp_path_factory: pytest.TempPathFactory) -> FastEmbedder:
    """The real offline all-MiniLM-L6-v2 embedder (loads in about a second)."""
    return FastEmbedder(Path(tmp_path_factory.mktemp("models")), threads=1)
