"""The role catalogue seed: loading and lookup.

``storage/seed/roles.jsonl`` (one :class:`~tools.gaps.models.Role` per line, sorted by id) is
built by ``scripts/build_roles.py`` from the hand-curated ``storage/seed/roles.yaml`` and
O*NET 28.x occupations and technology flags; ``storage/seed/README.md`` ("Roles") documents
the rules. Nothing here touches the network or ``../shared``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from storage.taxonomy import form_key
from tools.gaps.models import Role

ROLES_FILE = Path(__file__).with_name("seed") / "roles.jsonl"
"""The bundled role catalogue (JSON Lines, sorted by id)."""


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[Role, ...]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(Role.model_validate_json(line) for line in lines if line.strip())


def load_roles(path: Path | None = None) -> list[Role]:
    """Every role of the catalogue, sorted by id; parsed once per process and cached.

    Args:
        path: Another catalogue file (tests); default :data:`ROLES_FILE`.

    Returns:
        A new list of the cached roles (about 125).

    Raises:
        FileNotFoundError: The file is missing.
        pydantic.ValidationError: A line is not a valid ``Role``.
    """
    return list(_load((path or ROLES_FILE).resolve()))


def role_by_id(role_id: str, path: Path | None = None) -> Role | None:
    """The role with this id, or None."""
    return next((r for r in load_roles(path) if r.id == role_id), None)


def role_by_title(title: str, path: Path | None = None) -> Role | None:
    """The role whose title or alias is ``title`` (case- and space-insensitive), or None."""
    key = form_key(title)
    for role in load_roles(path):
        if key in {form_key(t) for t in [role.title, *role.aliases]}:
            return role
    return None
