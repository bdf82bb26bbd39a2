"""The learning-resource catalogue: its seed file and its semantic index (Qdrant).

The seed (``storage/seed/resources.jsonl``, one :class:`~tools.resources.models.Resource`
per line) is compiled by ``scripts/build_resources.py`` from ``resources.yaml``; its README
section "Resources" documents fields, rubric and sources. The index follows the skills
collection's pattern (``storage/vectors.py``): one point per resource, embedded once per
catalogue version into a vector file in the data directory, loaded into memory by each
process (:meth:`ResourceIndex.local`) or upserted once into a Qdrant server
(:meth:`ResourceIndex.server`).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import OrderedDict
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt
from qdrant_client import QdrantClient, models

from storage.taxonomy import default_taxonomy
from storage.vectors import CollectionSpec, Matrix, VectorFile, embed_texts, ensure_collection
from tools.protocols import Embedder
from tools.resources.catalog import ResourceCatalog
from tools.resources.models import Resource
from tools.resources.search import ResourceSearchUnavailable

log = logging.getLogger(__name__)

SEED_FILE = Path(__file__).with_name("seed") / "resources.jsonl"
"""The bundled catalogue (JSON Lines, sorted by key)."""
COLLECTION = "resources"
QUERY_CACHE = 512
"""Query texts whose vectors are kept per index (skill names repeat across a roadmap)."""


# ------------------------------------------------------------------ the seed
@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[Resource, ...]:
    resources = []
    for line in path.read_bytes().decode("utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            data["score"] = data["editorial_score"]  # blended with ratings later, if any
            resources.append(Resource.model_validate(data))
    return tuple(resources)


def load_resources(path: Path | None = None) -> list[Resource]:
    """Every seed resource, sorted by key (about 650), parsed once per process.

    Scores equal the editorial scores; availability and users' ratings are applied from
    the database by ``storage.repositories.resources.load_catalog``.

    Raises:
        FileNotFoundError: The seed file is missing.
        pydantic.ValidationError: A line is not a valid resource.
    """
    return list(_load((path or SEED_FILE).resolve()))


@lru_cache(maxsize=4)
def _file_version(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def resources_version(path: Path | None = None) -> str:
    """First 16 hex digits of the seed file's sha256: changes whenever any entry does."""
    return _file_version((path or SEED_FILE).resolve())


def skill_names() -> dict[str, str]:
    """Display names of every taxonomy skill id (search text for a skill)."""
    return {e.id: e.name for e in default_taxonomy().entries}


def seed_catalog(path: Path | None = None) -> ResourceCatalog:
    """The seed catalogue with taxonomy skill names, ignoring database state."""
    return ResourceCatalog(load_resources(path), skill_names())


# ------------------------------------------------------------------ the collection
def resource_text(resource: Resource, names: Mapping[str, str]) -> str:
    """The text embedded for a resource: title, type, provider, skills and description."""
    skills = ", ".join(names.get(s, s) for s in resource.skills)
    text = f"{resource.title}. {resource.type} by {resource.provider}. Teaches {skills}."
    return f"{text} {resource.description}".strip()


def resources_spec(resources: Sequence[Resource] | None = None,
                   names: Mapping[str, str] | None = None,
                   version: str | None = None) -> CollectionSpec:
    """The resources collection: one point per resource.

    Payload: ``key``, ``skills`` (ids), ``type``, ``levels``.

    Args:
        resources: Resources to index (tests); default the seed.
        names: Skill display names; default the taxonomy's.
        version: Override of the version; default the seed version (or a hash of the keys,
            URLs and texts when ``resources`` are given).
    """
    names = skill_names() if names is None else names
    if resources is None:
        resources, version = load_resources(), version or resources_version()
    texts = tuple(resource_text(r, names) for r in resources)
    payloads = tuple({"key": r.key, "skills": list(r.skills), "type": r.type,
                      "levels": list(r.levels)} for r in resources)
    if version is None:
        digest = hashlib.sha256("\n".join(f"{r.key} {r.url} {t}" for r, t in
                                          zip(resources, texts, strict=True)).encode())
        version = digest.hexdigest()[:16]
    return CollectionSpec(COLLECTION, version, texts, payloads)


# ------------------------------------------------------------------ the index
class ResourceIndex:
    """Semantic search over the resources collection (implements ``ResourceSearch``).

    :meth:`local` scans the vectors with NumPy (exact cosine, well under a millisecond for
    ~650 points: Qdrant's local mode is a slower brute-force scan of the same vectors);
    :meth:`server` queries a Qdrant server with a payload filter on ``skills``.
    """

    def __init__(self, vectors: VectorFile, embedder: Embedder,
                 client: QdrantClient | None = None) -> None:
        self._embedder = embedder
        self._client = client
        self.collection = vectors.qdrant_name
        self.version = vectors.version
        self._keys = [str(p["key"]) for p in vectors.payloads]
        self._matrix = vectors.matrix
        rows: dict[str, list[int]] = {}
        for i, payload in enumerate(vectors.payloads):
            for skill in payload["skills"]:
                rows.setdefault(str(skill), []).append(i)
        self._rows = {s: np.asarray(r, dtype=np.intp) for s, r in rows.items()}
        self._queries: OrderedDict[str, Matrix] = OrderedDict()

    @classmethod
    def local(cls, vector_file: Path, embedder: Embedder) -> ResourceIndex:
        """Load a vector file (from ``ensure_vector_file(..., spec=resources_spec())``)."""
        return cls(VectorFile.read(vector_file), embedder)

    @classmethod
    def server(cls, url: str, api_key: str | None, vector_file: Path,
               embedder: Embedder) -> ResourceIndex:
        """Use a Qdrant server, upserting the vector file once per version.

        Raises:
            ResourceSearchUnavailable: The server cannot be reached.
        """
        data = VectorFile.read(vector_file)
        try:
            client = QdrantClient(url=url, api_key=api_key, timeout=5, check_compatibility=False)
            ensure_collection(client, data, ("skills",))
        except Exception as error:  # an outside service: any failure means "not now"
            raise ResourceSearchUnavailable(f"Qdrant at {url}: {error}") from error
        return cls(data, embedder, client)

    def __len__(self) -> int:
        return len(self._keys)

    def search(self, query: str, limit: int,
               skills: Collection[str] | None = None) -> list[tuple[str, float]]:
        """Resource keys nearest to ``query``, best first, with cosine similarity.

        Args:
            query: Free text (embedded once, then cached per index).
            limit: Maximum number of keys.
            skills: Keep only resources teaching one of these skill ids.

        Raises:
            ResourceSearchUnavailable: The Qdrant server failed (server mode).
        """
        vector = self._vector(query)
        if self._client is not None:
            return self._server_search(vector, limit, skills)
        if skills is None:
            rows: npt.NDArray[np.intp] = np.arange(len(self._keys))
        else:
            found = [self._rows[s] for s in skills if s in self._rows]
            if not found:
                return []
            rows = np.unique(np.concatenate(found))
        scores = self._matrix[rows] @ vector
        order = np.argsort(-scores, kind="stable")[:limit]
        return [(self._keys[int(rows[i])], float(scores[i])) for i in order]

    def _vector(self, query: str) -> Matrix:
        cached = self._queries.get(query)
        if cached is None:
            cached = embed_texts([query], self._embedder)[0]
            self._queries[query] = cached
            if len(self._queries) > QUERY_CACHE:
                self._queries.popitem(last=False)
        else:
            self._queries.move_to_end(query)
        return cached

    def _server_search(self, vector: Matrix, limit: int,
                       skills: Collection[str] | None) -> list[tuple[str, float]]:
        assert self._client is not None
        flt = None if skills is None else models.Filter(must=[models.FieldCondition(
            key="skills", match=models.MatchAny(any=list(skills)))])
        try:
            response = self._client.query_points(self.collection, query=vector.tolist(),
                                                 query_filter=flt, limit=limit,
                                                 with_payload=True)
        except Exception as error:  # an outside service: fall back to the local catalogue
            raise ResourceSearchUnavailable(str(error)) from error
        return [(str((p.payload or {})["key"]), float(p.score)) for p in response.points]


def resolve_skill(text: str, catalog: ResourceCatalog) -> str:
    """The catalogue skill id a user's words name, or the words themselves.

    ``"k8s"`` → ``"kubernetes"`` through the taxonomy's names and aliases when the
    catalogue has resources for that skill; anything else comes back stripped, for a
    semantic search.
    """
    entry = default_taxonomy().by_alias(text)
    if entry is not None and catalog.covering(entry.id):
        return entry.id
    return text.strip()
