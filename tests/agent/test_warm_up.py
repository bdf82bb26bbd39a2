"""Property 29: the first-use wait is estimated before it starts ("about N s")."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

from agent.runtime import Runtime
from agent.settings import Settings
from agent.warm_up import EMBED_TEXTS_PER_S, LOAD_S, vector_file_ready, warm_up_seconds
from storage.vectors import skills_spec


def test_warm_up_estimate_counts_the_vectors_still_to_compute(tmp_path: Path) -> None:
    empty = tmp_path / "vectors"
    assert not vector_file_ready(empty)
    texts = len(skills_spec().texts)
    assert warm_up_seconds(empty) == math.ceil(LOAD_S + texts / EMBED_TEXTS_PER_S)
    assert 15 <= warm_up_seconds(empty) <= 40  # 20-30 s measured for a fresh data dir


def test_warm_up_estimate_is_the_load_time_with_vectors_and_zero_once_loaded(
        prepared_data_dir: Path, tmp_path: Path) -> None:
    vectors = prepared_data_dir / "vectors"
    assert vector_file_ready(vectors)
    assert warm_up_seconds(vectors) == math.ceil(LOAD_S)
    folder = tmp_path / "data"
    shutil.copytree(prepared_data_dir, folder)
    runtime = Runtime(Settings(data_dir=folder))
    try:
        assert runtime.warm_up_estimate_s() == math.ceil(LOAD_S)
        assert not runtime.warmed_up
        runtime.warm_up()  # also fits the offline router's classifier
        assert runtime.warmed_up and runtime.warm_up_estimate_s() == 0
        assert all(router.warmed_up for router in runtime._routers)
    finally:
        runtime.close()
