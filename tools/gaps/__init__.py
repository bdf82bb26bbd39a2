"""Skill-gap analysis, match score, role inference, resume advice and job comparison.

Public API::

    analyze_gaps(profile, job, index, catalog, *, today) -> GapReport
    infer_roles(profile, roles, index, catalog, *, today=None) -> list[RoleFit]   # exactly 3
    role_to_job(role, catalog) -> JobDescription
    advise_resume(profile, job, resume_text=None, *, report=None, catalog=None) -> list[Advice]
    compare_jobs(profile, jobs, index, catalog, *, today) -> list[JobComparisonRow]

``index`` is a :class:`~tools.gaps.protocols.SkillVectors` (storage's ``SkillIndex``) and
``catalog`` a :class:`~tools.gaps.protocols.SkillCatalog` (storage's ``Taxonomy``).
"""

from tools.gaps.advice import advise_resume
from tools.gaps.analysis import analyze_gaps
from tools.gaps.compare import compare_jobs
from tools.gaps.roles import infer_roles, role_to_job

__all__ = ["advise_resume", "analyze_gaps", "compare_jobs", "infer_roles", "role_to_job"]
