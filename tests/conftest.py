"""Suite-wide fixtures: keep every test offline and away from the user's data directory."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh HireReady data directory (HIREREADY_DATA_DIR) with no LLM configured."""
    folder = tmp_path / "data"
    monkeypatch.setenv("HIREREADY_DATA_DIR", str(folder))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "HIREREADY_MODEL",
                 "HIREREADY_DATABASE_URL", "HIREREADY_QDRANT_URL"):
        monkeypatch.delenv(name, raising=False)
    return folder
