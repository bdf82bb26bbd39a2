"""Canonicalisation of free-text resume skills against the taxonomy.

The phrase matcher already maps every exact name and alias. What is left — skills-section
items it did not know, such as "Postgre SQL" or "ReactJS framework" — goes to the
canonicaliser (exact/alias, then semantic nearest above its threshold: see
``storage.vectors.CANONICAL_THRESHOLD``). A skill still unknown stays free text: never
dropped (issue 4, point 4).
"""

from __future__ import annotations

from tools.canonical import map_and_merge
from tools.protocols import SkillCanonicalizer
from tools.resume.models import ResumeProfile, ResumeSkill


def canonicalize_skills(profile: ResumeProfile,
                        canonicalizer: SkillCanonicalizer) -> ResumeProfile:
    """Return a copy of ``profile`` whose free-text skills are mapped where possible.

    A mapped skill takes the canonical name and taxonomy id; when that skill is already in
    the profile the duplicate is merged (the earlier source wins, a level is kept). The
    order of first appearance is preserved.
    """
    skills = map_and_merge(profile.skills, canonicalizer, _keep_level)
    return profile if skills is None else profile.model_copy(update={"skills": skills})


def _keep_level(kept: ResumeSkill, duplicate: ResumeSkill) -> None:
    kept.level = kept.level or duplicate.level
