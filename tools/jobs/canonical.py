"""Canonicalisation of free-text job-description skills against the taxonomy.

Same rule as for resumes (:mod:`tools.resume.canonical`): the phrase matcher has mapped exact
names and aliases; what is left goes to the canonicaliser (exact/alias, then the semantic
nearest above its threshold). Unknown skills stay as free text.
"""

from __future__ import annotations

from tools.jobs.models import PRIORITY_ORDER, JobDescription, JobSkill
from tools.protocols import SkillCanonicalizer


def canonicalize_job_skills(job: JobDescription,
                            canonicalizer: SkillCanonicalizer) -> JobDescription:
    """Return a copy of ``job`` whose free-text skills are mapped where possible.

    A skill mapped onto one already asked for is merged into it, keeping the higher priority
    and the first evidence. Order of first mention is kept.
    """
    free = [s for s in job.skills if s.taxonomy_id is None]
    if not free:
        return job
    hits = dict(zip((id(s) for s in free),
                    canonicalizer.canonicalize_many([s.name for s in free]), strict=True))
    merged: dict[str, JobSkill] = {}
    for skill in job.skills:
        hit = hits.get(id(skill))
        if hit is not None:
            skill = skill.model_copy(update={"name": hit.name, "taxonomy_id": hit.skill_id})
        key = skill.taxonomy_id or f"free:{skill.name.lower()}"
        kept = merged.get(key)
        if kept is None:
            merged[key] = skill.model_copy()
        elif PRIORITY_ORDER[skill.priority] < PRIORITY_ORDER[kept.priority]:
            kept.priority = skill.priority
    return job.model_copy(update={"skills": list(merged.values())})
