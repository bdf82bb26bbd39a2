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


@pytest.fixture(scope="session")
def prepared_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory prepared once per session (schema, skill vectors, auth secret).

    Tests that write to a data directory copy this one (see :func:`fresh_prepared_dir`) so
    the vectors are computed only once per run.
    """
    from agent.settings import Settings
    from agent.setup import prepare

    folder = tmp_path_factory.mktemp("prepared") / "data"
    prepare(Settings(data_dir=folder), progress=False)
    return folder


@pytest.fixture
def fresh_prepared_dir(prepared_data_dir: Path, tmp_path: Path,
                       monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of :func:`prepared_data_dir`, set as HIREREADY_DATA_DIR."""
    import shutil

    folder = tmp_path / "data"
    shutil.copytree(prepared_data_dir, folder)
    monkeypatch.setenv("HIREREADY_DATA_DIR", str(folder))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "HIREREADY_MODEL",
                 "HIREREADY_DATABASE_URL", "HIREREADY_QDRANT_URL"):
        monkeypatch.delenv(name, raising=False)
    return folder
