"""The skill taxonomy seed: loading, versioning and exact/alias lookup.

The seed (``storage/seed/skills.jsonl``, one :class:`~tools.taxonomy.SkillEntry` per line)
is built by ``scripts/build_taxonomy.py`` from ESCO and O*NET facts plus the hand-curated
``storage/seed/curated.yaml``; its README documents sources, selection, the demand formula
and the editorial bands. Nothing here touches the network or ``../shared``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from tools.taxonomy import SkillEntry

SEED_FILE = Path(__file__).with_name("seed") / "skills.jsonl"
"""The bundled taxonomy (JSON Lines, sorted by id)."""

_TRAILING = ",;:"
_LOOSE = re.compile(r"[\s\-_]+")


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[SkillEntry, ...]:
    lines = path.read_bytes().decode("utf-8").splitlines()
    return tuple(SkillEntry.model_validate_json(line) for line in lines if line.strip())


def load_taxonomy(path: Path | None = None) -> list[SkillEntry]:
    """Every skill of the taxonomy, sorted by id; parsed once per process and cached.

    Args:
        path: Another seed file (tests); default :data:`SEED_FILE`.

    Returns:
        A new list (safe to reorder) of the cached entries (about 4,500).

    Raises:
        FileNotFoundError: The seed file is missing.
        pydantic.ValidationError: A line is not a valid ``SkillEntry``.
    """
    return list(_load((path or SEED_FILE).resolve()))


@lru_cache(maxsize=4)
def _file_version(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def taxonomy_version(path: Path | None = None) -> str:
    """The taxonomy's version: the first 16 hex digits of the seed file's sha256.

    Any change to any entry changes it, which is what triggers recomputing vectors.
    """
    return _file_version((path or SEED_FILE).resolve())


def entries_version(entries: Iterable[SkillEntry]) -> str:
    """Version of an in-memory list of entries, hashed the way the seed file is written."""
    digest = hashlib.sha256()
    for entry in entries:
        digest.update(json.dumps(entry.model_dump(exclude_defaults=True), sort_keys=True,
                                 ensure_ascii=False).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()[:16]


def form_key(text: str) -> str:
    """Case-insensitive key of a surface form: casefolded, whitespace collapsed, trailing
    ``,;:`` dropped (``" Node.JS, "`` -> ``"node.js"``)."""
    return " ".join(text.strip().rstrip(_TRAILING).split()).casefold()


def loose_key(text: str) -> str:
    """Looser key that also ignores spaces, hyphens and underscores (``Node JS`` and
    ``node-js`` -> ``nodejs``)."""
    return _LOOSE.sub("", form_key(text))


class SkillLookup:
    """Exact and alias lookup over surface forms, honouring ``case_sensitive``.

    One-word alphabetic forms of case-sensitive entries (``Go``, ``R``, ``Swift``, ``JS``)
    match only with their exact casing: those are the forms that collide with ordinary words.
    Every other form (``Go language``, ``Node.js``, ``C#``) matches case-insensitively, then
    ignoring spaces, hyphens and underscores. When two entries share a key, the first one
    given keeps it.

    Args:
        forms: ``(form, skill_id, case_sensitive)`` triples, canonical names first.
    """

    def __init__(self, forms: Iterable[tuple[str, str, bool]]) -> None:
        self._exact: dict[str, tuple[str, str]] = {}
        self._folded: dict[str, tuple[str, str]] = {}
        self._loose: dict[str, tuple[str, str]] = {}
        for form, skill_id, case_sensitive in forms:
            hit = (skill_id, form)
            if case_sensitive and form.strip().isalpha():
                self._exact.setdefault(form.strip(), hit)
                continue
            self._folded.setdefault(form_key(form), hit)
            self._loose.setdefault(loose_key(form), hit)

    @classmethod
    def from_entries(cls, entries: Sequence[SkillEntry]) -> SkillLookup:
        """Lookup over every entry's canonical name and aliases."""
        return cls((form, e.id, e.case_sensitive) for e in entries for form in e.surface_forms())

    def find(self, text: str) -> tuple[str, str] | None:
        """``(skill_id, matched_form)`` for a name as written, or None when unknown."""
        stripped = text.strip().rstrip(_TRAILING).strip()
        if not stripped:
            return None
        return (self._exact.get(stripped) or self._folded.get(form_key(stripped))
                or self._loose.get(loose_key(stripped)))


class Taxonomy:
    """The loaded taxonomy with lookups by id and by name or alias.

    Args:
        entries: The skills (default: the bundled seed).
    """

    def __init__(self, entries: Sequence[SkillEntry]) -> None:
        self.entries = list(entries)
        self._by_id = {e.id: e for e in self.entries}
        self._lookup = SkillLookup.from_entries(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def by_id(self, skill_id: str) -> SkillEntry | None:
        """The entry with this id, or None."""
        return self._by_id.get(skill_id)

    def by_alias(self, text: str) -> SkillEntry | None:
        """The entry whose canonical name or alias is ``text`` (see :class:`SkillLookup`)."""
        found = self._lookup.find(text)
        return self._by_id[found[0]] if found else None


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    """The bundled taxonomy with its lookups, built once per process."""
    return Taxonomy(load_taxonomy())


def skill_by_id(skill_id: str) -> SkillEntry | None:
    """Lookup by id in the bundled taxonomy (``"kubernetes"`` -> Kubernetes)."""
    return default_taxonomy().by_id(skill_id)


def skill_by_alias(text: str) -> SkillEntry | None:
    """Lookup by name or alias in the bundled taxonomy (``"k8s"`` -> Kubernetes,
    ``"golang"`` -> Go, ``"go"`` -> None because Go is case-sensitive)."""
    return default_taxonomy().by_alias(text)
