"""How long the first-use work of a process will take (Property 29: say how long it takes).

Before its first answer a process loads the embedding model, builds the skill matcher and
loads the skill vectors; when the vector file for this taxonomy version is missing (a new
data directory, or a taxonomy update) it computes them first. :func:`warm_up_seconds`
estimates that time so a face can say "about N s" before starting.
"""

from __future__ import annotations

import math
from pathlib import Path

from storage.vectors import FORMAT, skills_spec

LOAD_S = 4.0
"""Seconds to load the embedding model (1.5 s), build the skill matcher (2.1 s) and load the
skill vectors into memory (0.2 s), measured on the 2-core reference machine, rounded up."""

EMBED_TEXTS_PER_S = 450.0
"""Texts embedded per second on 2 cores (450–600 measured, STACK_NOTES.md); the low end."""


def vector_file_ready(vectors_dir: Path) -> bool:
    """True when a complete skills vector file of the bundled taxonomy version exists (for
    any embedder; the sidecar is written last, so its presence means the file is whole)."""
    spec = skills_spec()
    return any(sidecar.with_suffix(".npy").is_file() for sidecar in
               vectors_dir.glob(f"{spec.name}-v{FORMAT}-{spec.version}-*.json"))


def warm_up_seconds(vectors_dir: Path) -> int:
    """Whole seconds the first-use work will take (at least 1).

    Args:
        vectors_dir: The data directory's vector folder.

    Returns:
        :data:`LOAD_S`, plus the time to embed every skill form when the vector file is
        missing (9,310 forms: about 21 s more).
    """
    seconds = LOAD_S
    if not vector_file_ready(vectors_dir):
        seconds += len(skills_spec().texts) / EMBED_TEXTS_PER_S
    return max(1, math.ceil(seconds))
