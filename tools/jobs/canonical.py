"""Canonicalisation of free-text job-description skills against the taxonomy.

Same rule as for resumes (:mod:`tools.resume.canonical`): the phrase matcher has mapped exact
names and aliases; what is left goes to the canonicaliser (exact/alias, then the semantic
nearest above its threshold). Unknown skills stay as free text.
"""

from __future__ import annotations

from tools.canonical import map_and_merge
from tools.jobs.models import PRIORITY_ORDER, JobDescription, JobSkill
from tools.protocols import SkillCanonicalizer


def canonicalize_job_skills(job: JobDescription,
                            canonicalizer: SkillCanonicalizer) -> JobDescription:
    """Return a copy of ``job`` whose free-text skills are mapped where possible.

    A skill mapped onto one already asked for is merged into it, keeping the higher priority
    and the first evidence. Order of first mention is kept.
    """
    skills = map_and_merge(job.skills, canonicalizer, _keep_higher_priority)
    return job if skills is None else job.model_copy(update={"skills": skills})


def _keep_higher_priority(kept: JobSkill, duplicate: JobSkill) -> None:
    if PRIORITY_ORDER[duplicate.priority] < PRIORITY_ORDER[kept.priority]:
        kept.priority = duplicate.priority
