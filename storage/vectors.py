"""Reference vector collections (skills now; resources and questions later) in Qdrant.

Qdrant's local mode lets one process open a storage path, so every reference collection is
embedded once into a *vector file* in the data directory — ``<name>-<version>-<embedder>.npy``
(float32, one L2-normalised row per point) plus a ``.json`` sidecar with the payloads — and
each process loads it into its own in-memory collection (:meth:`SkillIndex.local`). With a
Qdrant server the same file is upserted once into a collection named with the version
(:meth:`SkillIndex.server`). Files are written to a temporary name and renamed, the sidecar
last, under a file lock: concurrent processes never see half a file and never compute twice.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from filelock import FileLock
from qdrant_client import QdrantClient, models
from tqdm import tqdm

from storage.taxonomy import (
    SkillLookup,
    entries_version,
    form_key,
    load_taxonomy,
    taxonomy_version,
)
from tools.protocols import Embedder
from tools.taxonomy import SkillEntry

log = logging.getLogger(__name__)

Matrix = npt.NDArray[np.float32]

FORMAT = 1
"""Version of the vector-file layout; part of every file name."""
BATCH = 256
"""Texts per embedding call (one progress-bar step)."""
CANONICAL_THRESHOLD = 0.82
"""Minimum cosine for :meth:`SkillIndex.canonicalize` to accept a semantic neighbour.

Calibrated with all-MiniLM-L6-v2 against the full taxonomy (storage/seed/README.md,
"Vectors"): 24 of 30 written variants ("Postgre SQL database", "ReactJS framework",
"Amazon Web Service") scored ≥ 0.82, the highest of 15 non-matches 0.80 ("Objective C++" ->
Objective-C). Related but different skills score far lower (Java–JavaScript 0.41,
Kubernetes–Docker 0.32). Erring high keeps wrong mappings out; misses stay free text."""


# ------------------------------------------------------------------ collection specs
@dataclass(frozen=True)
class CollectionSpec:
    """What a reference collection holds: one point per text, with its payload.

    Attributes:
        name: Collection name (``"skills"``); also the vector file's prefix.
        version: Content version; a new version means new vectors.
        texts: The text embedded for each point.
        payloads: One JSON-serialisable dict per point (same order as ``texts``).
    """

    name: str
    version: str
    texts: tuple[str, ...]
    payloads: tuple[dict[str, Any], ...]


def skills_spec(entries: Sequence[SkillEntry] | None = None,
                version: str | None = None) -> CollectionSpec:
    """The skills collection: one point per canonical name and per alias.

    Payload: ``skill_id``, ``name`` (canonical), ``form`` (the text embedded), ``alias``
    (bool), ``type``, ``category``, ``case_sensitive``.

    Args:
        entries: Skills to index (tests); default the bundled taxonomy.
        version: Override of the version; default the taxonomy version (or a hash of
            ``entries`` when they are given).
    """
    if entries is None:
        entries = load_taxonomy()
        version = version or taxonomy_version()
    texts: list[str] = []
    payloads: list[dict[str, Any]] = []
    for entry in entries:
        for i, form in enumerate(entry.surface_forms()):
            texts.append(form)
            payloads.append({"skill_id": entry.id, "name": entry.name, "form": form,
                             "alias": i > 0, "type": entry.type, "category": entry.category,
                             "case_sensitive": entry.case_sensitive})
    return CollectionSpec("skills", version or entries_version(entries), tuple(texts),
                          tuple(payloads))


def embedder_key(embedder: Embedder) -> str:
    """Short stable fingerprint of an embedder (class path, model name, dimensions)."""
    kind = type(embedder)
    ident = (f"{kind.__module__}.{kind.__qualname__}:{getattr(embedder, 'model_name', '')}:"
             f"{getattr(embedder, 'dimensions', '')}")
    return hashlib.sha256(ident.encode()).hexdigest()[:8]


# ------------------------------------------------------------------ the vector file
def vector_file_path(vectors_dir: Path, spec: CollectionSpec, embedder: Embedder) -> Path:
    """``<vectors_dir>/<name>-v<FORMAT>-<version>-<embedder key>.npy``."""
    stem = f"{spec.name}-v{FORMAT}-{spec.version}-{embedder_key(embedder)}"
    return vectors_dir / f"{stem}.npy"


def sidecar_path(vector_file: Path) -> Path:
    """The JSON sidecar next to a vector file."""
    return vector_file.with_suffix(".json")


def ensure_vector_file(vectors_dir: Path, embedder: Embedder, progress: bool = True,
                       spec: CollectionSpec | None = None) -> Path:
    """Return the collection's vector file, computing it first if this version has none.

    Safe to call from many processes at once: the first takes a file lock and computes,
    the others wait on the lock and then reuse the file. Files of older versions of the
    same collection are deleted once the new one is in place.

    Args:
        vectors_dir: Folder in the data directory (created if missing).
        embedder: Turns texts into unit vectors.
        progress: Show a tqdm progress bar on stderr while embedding.
        spec: The collection (default: the bundled skills taxonomy).

    Returns:
        Path of the ``.npy`` file; its sidecar is :func:`sidecar_path` of it.
    """
    spec = spec or skills_spec()
    target = vector_file_path(vectors_dir, spec, embedder)
    if _complete(target):
        return target
    vectors_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(str(vectors_dir / f".{spec.name}.lock")):
        if _complete(target):
            return target
        matrix = embed_texts(spec.texts, embedder, progress, desc=f"{spec.name} vectors")
        _write(target, matrix, spec, embedder)
        _remove_stale(vectors_dir, spec.name, keep=target)
    return target


def _complete(target: Path) -> bool:
    # The sidecar is renamed into place last, so its presence means both files are whole.
    return sidecar_path(target).is_file() and target.is_file()


def embed_texts(texts: Sequence[str], embedder: Embedder, progress: bool = False,
                desc: str = "vectors") -> Matrix:
    """Embed texts in batches of :data:`BATCH` (identical texts once) into unit rows.

    Returns:
        float32 array ``[len(texts), dimensions]``, each row L2-normalised.

    Raises:
        ValueError: The embedder returned the wrong number of vectors.
    """
    # Shortest first: batches of similar length waste less work on padding.
    unique = sorted(dict.fromkeys(texts), key=len)
    rows: list[list[float]] = []
    with tqdm(total=len(unique), desc=desc, unit="text", disable=not progress) as bar:
        for start in range(0, len(unique), BATCH):
            chunk = unique[start:start + BATCH]
            vectors = embedder.embed(chunk)
            if len(vectors) != len(chunk):
                raise ValueError(f"embedder returned {len(vectors)} vectors for {len(chunk)}")
            rows.extend(vectors)
            bar.update(len(chunk))
    table = _normalise(np.asarray(rows, dtype=np.float32).reshape(len(unique), -1))
    index = {text: i for i, text in enumerate(unique)}
    return table[[index[t] for t in texts]] if texts else table


def _normalise(matrix: Matrix) -> Matrix:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    unit: Matrix = (matrix / norms).astype(np.float32)
    return unit


def _write(target: Path, matrix: Matrix, spec: CollectionSpec, embedder: Embedder) -> None:
    meta = {"format": FORMAT, "collection": spec.name, "version": spec.version,
            "embedder": embedder_key(embedder), "dimensions": int(matrix.shape[1]),
            "count": int(matrix.shape[0]), "payloads": list(spec.payloads)}
    _atomic_write(target, lambda fh: np.save(fh, matrix, allow_pickle=False))
    _atomic_write(sidecar_path(target),
                  lambda fh: fh.write(json.dumps(meta, ensure_ascii=False).encode("utf-8")))
    log.info("wrote %s (%d vectors)", target.name, matrix.shape[0])


def ensure_collection(client: QdrantClient, data: VectorFile,
                      keyword_fields: Sequence[str]) -> str:
    """Make sure a Qdrant server holds ``data`` as the collection named
    ``data.qdrant_name``: left alone when it already has the right number of points, else
    (re)created, filled and given keyword indexes on ``keyword_fields``. Returns the name."""
    name = data.qdrant_name
    if not (client.collection_exists(name)
            and client.count(name, exact=True).count == len(data.payloads)):
        if client.collection_exists(name):
            client.delete_collection(name)
        _create(client, name, data)
        for key in keyword_fields:
            client.create_payload_index(name, key, models.PayloadSchemaType.KEYWORD)
    return name


def _atomic_write(path: Path, write: Any) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _remove_stale(vectors_dir: Path, name: str, keep: Path) -> None:
    for old in vectors_dir.glob(f"{name}-v*.*"):
        if old.suffix in {".npy", ".json"} and old.stem != keep.stem:
            old.unlink(missing_ok=True)
            log.info("removed stale vector file %s", old.name)


@dataclass(frozen=True)
class VectorFile:
    """A vector file read into memory.

    Attributes:
        matrix: float32 ``[count, dimensions]`` unit rows.
        payloads: One dict per row.
        collection: Collection name.
        version: Content version.
        embedder: Embedder fingerprint.
    """

    matrix: Matrix
    payloads: list[dict[str, Any]]
    collection: str
    version: str
    embedder: str

    @classmethod
    def read(cls, path: Path) -> VectorFile:
        """Read a vector file and its sidecar.

        Raises:
            FileNotFoundError: Either file is missing.
            ValueError: The two files disagree on the number of points.
        """
        meta = json.loads(sidecar_path(path).read_text(encoding="utf-8"))
        matrix = np.load(path, allow_pickle=False).astype(np.float32, copy=False)
        if matrix.shape[0] != meta["count"] or len(meta["payloads"]) != meta["count"]:
            raise ValueError(f"{path.name}: {matrix.shape[0]} vectors for {meta['count']} "
                             "payloads; delete it to recompute")
        return cls(matrix, meta["payloads"], meta["collection"], meta["version"],
                   meta["embedder"])

    @property
    def qdrant_name(self) -> str:
        """Collection name in Qdrant, unique per content and embedder."""
        return f"{self.collection}_{self.version}_{self.embedder}"


# ------------------------------------------------------------------ the skill index
@dataclass(frozen=True)
class SkillHit:
    """One skill found for a query.

    Attributes:
        skill_id: Taxonomy id.
        name: Canonical name.
        matched_form: The name or alias that matched.
        score: Cosine similarity in [-1, 1] (1.0 for exact and alias matches).
        via: ``"exact"`` (canonical name), ``"alias"`` or ``"semantic"``.
    """

    skill_id: str
    name: str
    matched_form: str
    score: float
    via: str = "semantic"


Query = str | Sequence[float] | npt.NDArray[np.floating[Any]]


class SkillIndex:
    """Semantic and alias search over the skills collection.

    Build it with :meth:`local` (in-memory Qdrant per process) or :meth:`server`.
    In local mode, queries run as one exact NumPy cosine scan over the same vectors by
    default (``engine="numpy"``): Qdrant's local mode is itself a brute-force scan in
    Python, 15–50× slower with payload filters, so the in-memory collection is then filled
    on first use of :attr:`client` rather than at start-up. ``engine="qdrant"`` fills it at
    once and queries it with ``query_batch_points``, returning the same hits. Server mode
    always queries Qdrant.
    """

    def __init__(self, client: QdrantClient | None, collection: str, vectors: VectorFile,
                 embedder: Embedder | None, engine: str) -> None:
        self._client = client
        self._vectors = vectors
        self.collection = collection
        self.version = vectors.version
        self._embedder = embedder
        self._engine = engine
        self._payloads = vectors.payloads
        self._matrix = vectors.matrix if engine == "numpy" else None
        self._types = np.array([p["type"] for p in vectors.payloads])
        self._categories = np.array([p["category"] for p in vectors.payloads])
        names = {p["skill_id"]: p["name"] for p in vectors.payloads}
        self._names = names
        self._case_sensitive = {p["skill_id"] for p in vectors.payloads if p["case_sensitive"]}
        self._lookup = SkillLookup((p["form"], p["skill_id"], p["case_sensitive"])
                                   for p in vectors.payloads)

    # -- construction -----------------------------------------------------
    @classmethod
    def local(cls, vector_file: Path, embedder: Embedder | None = None,
              engine: str = "numpy") -> SkillIndex:
        """Load a vector file into an in-memory Qdrant collection owned by this process.

        Args:
            vector_file: From :func:`ensure_vector_file`.
            embedder: Needed to search by text (not for vectors or alias lookups).
            engine: ``"numpy"`` (default, exact scan) or ``"qdrant"`` (``query_points``).
        """
        data = VectorFile.read(vector_file)
        index = cls(None, data.qdrant_name, data, embedder, engine)
        if engine == "qdrant":
            index.client  # noqa: B018 - fill the in-memory collection now
        return index

    @classmethod
    def server(cls, url: str, api_key: str | None, vectors: Path,
               embedder: Embedder | None = None) -> SkillIndex:
        """Use a Qdrant server, upserting the vector file once per version.

        The collection is named ``skills_<version>_<embedder>``; it is left alone when it
        already holds the right number of points, else (re)created and filled.
        """
        data = VectorFile.read(vectors)
        client = QdrantClient(url=url, api_key=api_key)
        name = ensure_collection(client, data, ("skill_id", "type", "category"))
        return cls(client, name, data, embedder, "qdrant")

    @property
    def client(self) -> QdrantClient:
        """The Qdrant client holding the collection (in local mode, created and filled from
        the vector file on first use)."""
        if self._client is None:
            self._client = QdrantClient(":memory:")
            _create(self._client, self.collection, self._vectors)
        return self._client

    # -- queries ----------------------------------------------------------
    def __len__(self) -> int:
        return len(self._payloads)

    def embed(self, texts: Sequence[str]) -> Matrix:
        """Unit vectors for texts with this index's embedder.

        Raises:
            ValueError: The index was built without an embedder.
        """
        if self._embedder is None:
            raise ValueError("this SkillIndex has no embedder; pass vectors instead of text")
        return embed_texts(texts, self._embedder)

    def search(self, query: Query, limit: int = 5, type: str | None = None,
               category: str | None = None) -> list[SkillHit]:
        """Nearest skills to a text or a vector, best first, one hit per skill.

        Args:
            query: Text (embedded with this index's embedder) or a unit vector.
            limit: Maximum number of skills.
            type: Keep only skills of this type (hard, soft, knowledge, ...).
            category: Keep only skills of this category.
        """
        return self.search_many([query], limit, type, category)[0]

    def search_many(self, queries: Sequence[Query], limit: int = 5, type: str | None = None,
                    category: str | None = None) -> list[list[SkillHit]]:
        """:meth:`search` for several queries at once (one batched call)."""
        if not queries:
            return []
        matrix = self._query_matrix(queries)
        if self._engine == "numpy":
            return self._scan(matrix, limit, type, category)
        return self._qdrant(matrix, limit, type, category)

    def lookup(self, name: str) -> SkillHit | None:
        """Exact canonical-name or alias match (case rules of :class:`SkillLookup`)."""
        found = self._lookup.find(name)
        if found is None:
            return None
        skill_id, form = found
        via = "exact" if form == self._names[skill_id] else "alias"
        return SkillHit(skill_id, self._names[skill_id], form, 1.0, via)

    def canonicalize(self, name: str, threshold: float = CANONICAL_THRESHOLD
                     ) -> SkillHit | None:
        """Map a skill as written to a taxonomy entry: exact/alias first, then the
        semantic nearest neighbour if its cosine ≥ ``threshold``; None means unknown
        (callers keep the text as a free-text skill)."""
        return self.canonicalize_many([name], threshold)[0]

    def canonicalize_many(self, names: Sequence[str], threshold: float = CANONICAL_THRESHOLD
                          ) -> list[SkillHit | None]:
        """:meth:`canonicalize` for several names, with one batched semantic search."""
        results: list[SkillHit | None] = [self.lookup(n) for n in names]
        todo = [i for i, hit in enumerate(results) if hit is None and names[i].strip()]
        if todo:
            found = self.search_many([names[i] for i in todo], limit=1)
            for i, hits in zip(todo, found, strict=True):
                if hits and hits[0].score >= threshold and not self._wrong_case(names[i],
                                                                                hits[0]):
                    results[i] = hits[0]
        return results

    def skill_vectors(self, skills: Sequence[tuple[str | None, str]]) -> Matrix:
        """Unit vectors of skills for one batched comparison (gap analysis).

        Added for ``tools.gaps`` (its ``SkillVectors`` protocol): a taxonomy id gives the
        stored vector of its canonical name; free text (id ``None`` or unknown) is embedded,
        all such texts in one embedding call.

        Args:
            skills: ``(taxonomy_id, name)`` pairs.

        Returns:
            float32 ``[len(skills), dimensions]``, L2-normalised rows, in order.

        Raises:
            ValueError: Free text is given and the index has no embedder.
        """
        rows = self._canonical_rows
        texts = [name for skill_id, name in skills if skill_id not in rows]
        embedded = iter(self.embed(texts)) if texts else iter(())
        table = self._vectors.matrix
        out = np.empty((len(skills), table.shape[1]), dtype=np.float32)
        for i, (skill_id, _name) in enumerate(skills):
            out[i] = table[rows[skill_id]] if skill_id in rows else next(embedded)
        return out

    @cached_property
    def _canonical_rows(self) -> dict[str | None, int]:
        # Row of each skill's canonical name (the first, non-alias point of the skill).
        rows: dict[str | None, int] = {}
        for i, payload in enumerate(self._payloads):
            if not payload["alias"]:
                rows.setdefault(payload["skill_id"], i)
        return rows

    def _wrong_case(self, name: str, hit: SkillHit) -> bool:
        # The model is uncased: "go" embeds exactly like "Go". A one-word name that differs
        # from a case-sensitive form only by case is the ordinary word, not the skill.
        return (hit.skill_id in self._case_sensitive and len(name.split()) == 1
                and form_key(name) == form_key(hit.matched_form))

    # -- internals --------------------------------------------------------
    def _query_matrix(self, queries: Sequence[Query]) -> Matrix:
        texts = [q for q in queries if isinstance(q, str)]
        embedded = iter(self.embed(texts)) if texts else iter(())
        rows = [next(embedded) if isinstance(q, str) else np.asarray(q, dtype=np.float32)
                for q in queries]
        return _normalise(np.vstack(rows).astype(np.float32))

    def _mask(self, type: str | None, category: str | None) -> npt.NDArray[np.bool_] | None:
        if type is None and category is None:
            return None
        mask = np.ones(len(self._payloads), dtype=bool)
        if type is not None:
            mask &= self._types == type
        if category is not None:
            mask &= self._categories == category
        return mask

    def _scan(self, queries: Matrix, limit: int, type: str | None,
              category: str | None) -> list[list[SkillHit]]:
        assert self._matrix is not None
        table = queries @ self._matrix.T  # [queries, points]: one BLAS call for the batch
        mask = self._mask(type, category)
        if mask is not None:
            table = np.where(mask[None, :], table, -np.inf).astype(np.float32)
        return [list(_best_per_skill(self._ranked(scores, limit), self._payloads, scores,
                                     limit)) for scores in table]

    @staticmethod
    def _ranked(scores: Matrix, limit: int) -> npt.NDArray[np.intp]:
        # Enough candidates that `limit` distinct skills survive de-duplication by skill.
        k = min(len(scores), max(limit * 8, 32))
        top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
        return top[np.argsort(-scores[top], kind="stable")]

    def _qdrant(self, matrix: Matrix, limit: int, type: str | None,
                category: str | None) -> list[list[SkillHit]]:
        conditions = [models.FieldCondition(key=k, match=models.MatchValue(value=v))
                      for k, v in (("type", type), ("category", category)) if v is not None]
        flt = models.Filter(must=list(conditions)) if conditions else None
        requests = [models.QueryRequest(query=row.tolist(), filter=flt, limit=max(limit * 8, 32),
                                        with_payload=True) for row in matrix]
        responses = self.client.query_batch_points(self.collection, requests=requests)
        out: list[list[SkillHit]] = []
        for response in responses:
            hits: list[SkillHit] = []
            seen: set[str] = set()
            for point in response.points:
                payload = point.payload or {}
                if payload["skill_id"] in seen:
                    continue
                seen.add(payload["skill_id"])
                hits.append(SkillHit(payload["skill_id"], payload["name"], payload["form"],
                                     float(point.score)))
                if len(hits) == limit:
                    break
            out.append(hits)
        return out


def _create(client: QdrantClient, name: str, data: VectorFile) -> None:
    client.create_collection(name, vectors_config=models.VectorParams(
        size=int(data.matrix.shape[1]), distance=models.Distance.COSINE))
    client.upload_collection(name, vectors=data.matrix, payload=data.payloads,
                             ids=list(range(len(data.payloads))), batch_size=512)


def _best_per_skill(order: npt.NDArray[np.intp], payloads: list[dict[str, Any]],
                    scores: Matrix, limit: int) -> Iterator[SkillHit]:
    seen: set[str] = set()
    for i in order:
        score = float(scores[i])
        if score == -np.inf or len(seen) == limit:
            return
        payload = payloads[i]
        if payload["skill_id"] in seen:
            continue
        seen.add(payload["skill_id"])
        yield SkillHit(payload["skill_id"], payload["name"], payload["form"], score)
