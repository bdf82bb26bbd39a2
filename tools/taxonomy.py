"""The skill taxonomy as the domain sees it.

Entries come from the project's own seed data (``storage/seed``), built from ESCO and O*NET
facts (see NOTICE). Tools receive the entries as plain models; storage loads them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

SkillType = Literal["hard", "soft", "knowledge", "certification", "language"]


class SkillEntry(BaseModel):
    """One canonical skill.

    Attributes:
        id: Stable taxonomy id (e.g. ``"docker"``).
        name: Canonical display name (e.g. ``"Docker"``).
        aliases: Other names, abbreviations and spellings (e.g. ``["k8s"]`` for Kubernetes).
        type: hard, soft, knowledge, certification or language.
        category: Broad group (e.g. ``"Programming languages"``, ``"Cloud"``).
        esco_uri: ESCO concept URI when one exists.
        onet_code: O*NET commodity code when one exists.
        demand: Market demand 0–1 (formula in the seed data's README).
        case_sensitive: Match only with the exact casing of ``name``/``aliases`` (for short or
            ambiguous tokens such as ``Go`` or ``R``).
    """

    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    type: SkillType = "hard"
    category: str = "Other"
    esco_uri: str | None = None
    onet_code: str | None = None
    demand: float = 0.0
    case_sensitive: bool = False

    def surface_forms(self) -> list[str]:
        """The canonical name followed by every alias, without duplicates."""
        seen: dict[str, None] = {}
        for form in [self.name, *self.aliases]:
            seen.setdefault(form, None)
        return list(seen)
