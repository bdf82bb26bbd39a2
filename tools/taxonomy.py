"""The skill taxonomy as the domain sees it.

Entries come from the project's own seed data (``storage/seed``), built from ESCO and O*NET
facts (see NOTICE). Tools receive the entries as plain models; storage loads them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

SkillType = Literal["hard", "soft", "knowledge", "certification", "language"]
Difficulty = Literal["beginner", "intermediate", "advanced"]


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
            ambiguous tokens such as ``Go`` or ``R``); curated entries list the other casings
            they accept (``Golang``, ``golang``) as aliases. Only one-word alphabetic forms
            are ambiguous, so ``storage.taxonomy`` lookups apply it to those alone.
        prerequisites: Ids of skills usually learnt first (Kubernetes: Docker, Linux);
            curated entries only, editorial.
        broader: Ids of more general skills this one is a kind of (PostgreSQL: SQL), so a
            more specific resume skill can cover a general requirement.
        difficulty: Editorial band beginner / intermediate / advanced (curated entries).
        learning_hours: Typical hours to working proficiency, the middle of an editorial
            band (10, 25, 60, 150 or 300; curated entries). Bands: ``storage/seed/README.md``.
    """

    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    type: SkillType = "hard"
    category: str = "Other"
    esco_uri: str | None = None
    onet_code: str | None = None
    demand: float = Field(default=0.0, ge=0.0, le=1.0)
    case_sensitive: bool = False
    prerequisites: list[str] = Field(default_factory=list)
    broader: list[str] = Field(default_factory=list)
    difficulty: Difficulty | None = None
    learning_hours: int | None = Field(default=None, gt=0)

    def surface_forms(self) -> list[str]:
        """The canonical name followed by every alias, without duplicates."""
        seen: dict[str, None] = {}
        for form in [self.name, *self.aliases]:
            seen.setdefault(form, None)
        return list(seen)
