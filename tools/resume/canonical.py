"""Canonicalisation of free-text resume skills against the taxonomy.

The phrase matcher already maps every exact name and alias. What is left — skills-section
items it did not know, such as "Postgre SQL" or "ReactJS framework" — goes to the
canonicaliser (exact/alias, then semantic nearest above its threshold: see
``storage.vectors.CANONICAL_THRESHOLD``). A skill still unknown stays free text: never
dropped (issue 4, point 4).
"""

from __future__ import annotations

from tools.protocols import SkillCanonicalizer
from tools.resume.models import ResumeProfile, ResumeSkill


def canonicalize_skills(profile: ResumeProfile,
                        canonicalizer: SkillCanonicalizer) -> ResumeProfile:
    """Return a copy of ``profile`` whose free-text skills are mapped where possible.

    A mapped skill takes the canonical name and taxonomy id; when that skill is already in
    the profile the duplicate is merged (the earlier source wins, a level is kept). The
    order of first appearance is preserved.
    """
    free = [skill for skill in profile.skills if skill.taxonomy_id is None]
    if not free:
        return profile
    hits = dict(zip((id(s) for s in free),
                    canonicalizer.canonicalize_many([s.name for s in free]), strict=True))
    merged: dict[str, ResumeSkill] = {}
    for skill in profile.skills:
        hit = hits.get(id(skill))
        if hit is not None:
            skill = skill.model_copy(update={"name": hit.name, "taxonomy_id": hit.skill_id})
        key = skill.taxonomy_id or f"free:{skill.name.lower()}"
        if key in merged:
            merged[key].level = merged[key].level or skill.level
            continue
        merged[key] = skill.model_copy()
    return profile.model_copy(update={"skills": list(merged.values())})
