"""When does a resume skill cover a job skill? (Property 2)

A job skill is covered by a resume skill, in this order of preference:

1. **same** — both carry the same taxonomy id;
2. **alias** — a name of one is a name or alias of the other (casefolded, spaces collapsed),
   which catches free-text skills written as a known alias;
3. **more-specific** — the resume skill's ``broader`` chain (transitively) reaches the job
   skill: PostgreSQL covers SQL, ASP.NET covers .NET;
4. **similar** — the cosine similarity of the two skills' embeddings, rounded to 4 decimals,
   is ≥ :data:`SIMILARITY_THRESHOLD` (0.75, Property 2) — *unless the two are name twins*.

**Name twins.** The embedding model splits names into word pieces, so names that share their
first word piece embed close because of their spelling, not their meaning (Java–JavaScript
0.41 now, but "Javascript developer" vs "Java developer" is far higher; React–React Native
0.74). Two skills are name twins when neither is a soft skill, knowledge area or language in
the taxonomy, they are not the same skill, and their first words ``a`` and ``b`` (casefolded,
leading run of letters and digits; "C++" -> ``c``, ".NET" -> ``net``) satisfy either

* one is a proper prefix of the other (``java`` / ``javascript``, ``r`` / ``ruby``) and is
  not itself a name of the other skill ("Postgres database" is no twin of PostgreSQL, whose
  alias is Postgres), or
* both skills are distinct taxonomy entries, ``a == b``, and one name is nothing but that word
  once symbols are removed (C / C++ / C#, React / React Native) — the taxonomy curates such
  siblings as separate skills on purpose.

Name twins need a taxonomy link (rules 1–3) to cover each other; similarity alone never counts.
So "Java" never covers "JavaScript" nor the reverse, by rule rather than by special case.
Free text with the same first word as a taxonomy skill ("Python (server-side)" vs Python) is
not a twin: the qualifier does not change the skill.

All similarities come from one batched call: every skill's vector is fetched at once
(:meth:`~tools.gaps.protocols.SkillVectors.skill_vectors`) and compared in one matrix product.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tools.gaps.models import CoverVia
from tools.gaps.protocols import SkillCatalog, SkillRef, SkillVectors
from tools.taxonomy import SkillEntry

SIMILARITY_THRESHOLD = 0.75
"""Minimum cosine for semantic coverage (Property 2, ``/work/shared/PROPERTIES.md``)."""
SIMILARITY_DECIMALS = 4
"""Cosines are rounded to this many decimals before any comparison, so the outcome never
depends on the last bits of a BLAS sum."""
RELATED_MIN_SIMILARITY = 0.5
"""Below the coverage threshold but at least this close: listed as a related skill that
shortens the way (editorial: pairs such as MySQL–PostgreSQL sit around 0.6)."""
UNTWINNED_TYPES = frozenset({"soft", "knowledge", "language"})

VIA_RANK: dict[str, int] = {"same": 0, "alias": 1, "more-specific": 2, "similar": 3}

_WORD = re.compile(r"[a-z0-9]+")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")

Table = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Cover:
    """How one job skill is covered.

    Attributes:
        via: ``same``, ``alias``, ``more-specific`` or ``similar``.
        resume_index: Index of the covering resume skill.
        similarity: Their rounded cosine similarity.
    """

    via: CoverVia
    resume_index: int
    similarity: float


def similarity_table(vectors: SkillVectors, rows: Sequence[SkillRef],
                     cols: Sequence[SkillRef]) -> Table:
    """Cosine similarities ``[len(rows), len(cols)]`` from one vector fetch and one product.

    Identical refs are fetched once. Values are rounded to :data:`SIMILARITY_DECIMALS`.
    """
    if not rows or not cols:
        return np.zeros((len(rows), len(cols)), dtype=np.float64)
    unique = list(dict.fromkeys([*rows, *cols]))
    position = {ref: i for i, ref in enumerate(unique)}
    matrix = np.asarray(vectors.skill_vectors(unique), dtype=np.float64)
    left = matrix[[position[r] for r in rows]]
    right = matrix[[position[c] for c in cols]]
    table: Table = np.round(left @ right.T, SIMILARITY_DECIMALS)
    return table


class SkillGraph:
    """Taxonomy relations of skills, cached for one analysis.

    Args:
        catalog: Taxonomy lookups by id.
    """

    def __init__(self, catalog: SkillCatalog) -> None:
        self._catalog = catalog
        self._entries: dict[str, SkillEntry | None] = {}
        self._closures: dict[str, frozenset[str]] = {}

    def entry(self, skill_id: str | None) -> SkillEntry | None:
        """The taxonomy entry of an id (None for free text or an unknown id)."""
        if skill_id is None:
            return None
        if skill_id not in self._entries:
            self._entries[skill_id] = self._catalog.by_id(skill_id)
        return self._entries[skill_id]

    def skill_type(self, ref: SkillRef) -> str:
        """Taxonomy type of a skill; ``hard`` for free text."""
        entry = self.entry(ref[0])
        return entry.type if entry else "hard"

    def broader_closure(self, skill_id: str) -> frozenset[str]:
        """Every id reachable through ``broader`` links (not including the skill itself)."""
        if skill_id in self._closures:
            return self._closures[skill_id]
        seen: set[str] = set()
        todo = list(self._broader(skill_id))
        while todo:
            current = todo.pop()
            if current not in seen and current != skill_id:
                seen.add(current)
                todo.extend(self._broader(current))
        self._closures[skill_id] = frozenset(seen)
        return self._closures[skill_id]

    def _broader(self, skill_id: str) -> list[str]:
        entry = self.entry(skill_id)
        return list(entry.broader) if entry else []

    def names(self, ref: SkillRef) -> frozenset[str]:
        """Casefolded names of a skill: its name as given plus the entry's name and aliases."""
        entry = self.entry(ref[0])
        forms = [ref[1], *(entry.surface_forms() if entry else [])]
        return frozenset(_fold(f) for f in forms if f.strip())

    def link(self, job: SkillRef, resume: SkillRef) -> CoverVia | None:
        """``same``, ``alias`` or ``more-specific`` when the taxonomy links the two, else None."""
        if job[0] is not None and job[0] == resume[0]:
            return "same"
        if self.names(job) & self.names(resume):
            return "alias"
        if job[0] is not None and resume[0] is not None and \
                job[0] in self.broader_closure(resume[0]):
            return "more-specific"
        return None

    def name_twins(self, a: SkillRef, b: SkillRef) -> bool:
        """Whether two skills are name twins (module docstring): similarity alone must not
        let one cover the other."""
        if a[0] is not None and a[0] == b[0]:
            return False
        if self.skill_type(a) in UNTWINNED_TYPES or self.skill_type(b) in UNTWINNED_TYPES:
            return False
        word_a, word_b = _first_word(a[1]), _first_word(b[1])
        if not word_a or not word_b:
            return False
        if word_a != word_b:
            if word_a in self.names(b) or word_b in self.names(a):
                return False  # "Postgres database" vs PostgreSQL: Postgres is its alias
            return word_a.startswith(word_b) or word_b.startswith(word_a)
        both_known = self.entry(a[0]) is not None and self.entry(b[0]) is not None
        return both_known and word_a in {_alnum(a[1]), _alnum(b[1])}


def find_cover(job: SkillRef, resume: Sequence[SkillRef], similarities: Sequence[float],
               graph: SkillGraph, threshold: float = SIMILARITY_THRESHOLD) -> Cover | None:
    """The best resume skill covering ``job``, or None (a gap).

    Args:
        job: The job skill.
        resume: The resume skills.
        similarities: Rounded cosine of ``job`` with each resume skill, same order.
        graph: Taxonomy relations.
        threshold: Minimum cosine for ``similar`` coverage.

    Returns:
        The cover with the best ``via`` (same, alias, more-specific, similar), then the
        highest similarity, then the earliest resume skill.
    """
    best: tuple[int, float, int] | None = None
    best_via: CoverVia = "same"
    for i, skill in enumerate(resume):
        score = float(similarities[i])
        via: CoverVia | None = graph.link(job, skill)
        if via is None and score >= threshold and not graph.name_twins(job, skill):
            via = "similar"
        if via is None:
            continue
        key = (VIA_RANK[via], -score, i)
        if best is None or key < best:
            best, best_via = key, via
    if best is None:
        return None
    return Cover(best_via, best[2], -best[1])


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _first_word(name: str) -> str:
    match = _WORD.search(name.casefold())
    return match.group(0) if match else ""


def _alnum(name: str) -> str:
    return _NOT_ALNUM.sub("", name.casefold())
