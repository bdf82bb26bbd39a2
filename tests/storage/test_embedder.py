"""The local embedding model: offline, checksummed, no cache under /tmp, clear errors."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from storage.embedder import (
    DIMENSIONS,
    TOKENIZER_DIR,
    FastEmbedder,
    packaged_model_file,
    verified_model_file,
)
from tools.errors import NotFound

NO_NETWORK = textwrap.dedent("""
    import socket, sys
    def refuse(*args, **kwargs):
        raise OSError("network disabled by the test")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    from pathlib import Path
    from storage.embedder import FastEmbedder
    vectors = FastEmbedder(Path(sys.argv[1])).embed(["Kubernetes", "K8s", "Microsoft Excel"])
    print(len(vectors), len(vectors[0]))
""")


def test_embedding_works_with_networking_unavailable_and_writes_nothing_to_tmp(
        tmp_path: Path) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp), "HF_HUB_OFFLINE": "0",
           "HTTPS_PROXY": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9"}
    result = subprocess.run([sys.executable, "-c", NO_NETWORK, str(tmp_path / "models")],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["3", str(DIMENSIONS)]
    # onnxruntime's native telemetry leaves a 51-byte ".ses" marker in TMPDIR; what must not
    # be there is a model cache (fastembed's default is $TMPDIR/fastembed_cache).
    left = list(tmp.rglob("*"))
    assert not any(p.is_dir() for p in left), left
    assert sum(p.stat().st_size for p in left) < 1024, left
    assert (tmp_path / "models" / "all-MiniLM-L6-v2-int8" / "model.onnx").exists()


def test_vectors_are_unit_length_and_close_for_synonyms(tmp_path: Path) -> None:
    vectors = np.array(FastEmbedder(tmp_path).embed(["Excel", "Microsoft Excel", "Kubernetes"]))
    assert vectors.shape == (3, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > 0.9
    assert vectors[0] @ vectors[2] < 0.3


def test_long_texts_are_truncated_like_the_reference_model() -> None:
    config = (TOKENIZER_DIR / "tokenizer_config.json").read_text()
    assert '"max_length": 256' in config


def test_packaged_model_passes_its_checksum() -> None:
    assert verified_model_file() == packaged_model_file()


def test_missing_model_says_how_to_fix_it(tmp_path: Path) -> None:
    with pytest.raises(NotFound) as missing:
        verified_model_file(tmp_path / "model.onnx")
    assert "pip install" in missing.value.guidance or "make run" in missing.value.guidance


def test_corrupt_model_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not a model")
    with pytest.raises(NotFound) as corrupt:
        FastEmbedder(tmp_path / "cache", model_file=fake)
    assert "checksum" in corrupt.value.message
    assert "reinstall" in corrupt.value.guidance.lower()
