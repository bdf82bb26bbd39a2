"""Role inference without a job description (Property 3), and roles as job descriptions.

**Fit** (0–100) of a role for a resume:

``fit = 85 × skill share + 15 × title share``, times an experience factor, where

* *skill share* is the priority-weighted share of the role's skills the resume covers
  (critical 3, important 2, nice-to-have 1; coverage as in :mod:`tools.gaps.coverage`);
* *title share* is the best share of the role title's (or an alias's) words found in a resume
  role title (:func:`tools.gaps.requirements.title_match`);
* the experience factor is 1, or ``0.8 + 0.2 × years ÷ role years`` when ``today`` is given
  and the resume's years fall short of the role's typical minimum (mid-level roles then rank
  below entry-level ones for a newcomer, without being excluded).

Ties go to the role with more critical skills covered, then by id, so the answer is stable.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from prompts import gaps as words
from tools.errors import InvalidInput
from tools.gaps.analysis import resume_refs
from tools.gaps.coverage import Cover, SkillGraph, find_cover, similarity_table
from tools.gaps.models import Role, RoleFit
from tools.gaps.protocols import SkillCatalog, SkillRef, SkillVectors
from tools.gaps.requirements import experience_years, title_match
from tools.gaps.score import PRIORITY_WEIGHTS
from tools.jobs.models import PRIORITY_ORDER, JobDescription, JobSkill
from tools.resume.models import ResumeProfile

ROLES_RETURNED = 3
"""Property 3: exactly three roles."""
SKILL_WEIGHT = 85.0
TITLE_WEIGHT = 15.0
MIN_EXPERIENCE_FACTOR = 0.8
MAX_MISSING = 5


def _name(skill_id: str, graph: SkillGraph) -> str:
    entry = graph.entry(skill_id)
    return entry.name if entry else skill_id


def role_to_job(role: Role, catalog: SkillCatalog) -> JobDescription:
    """A role's requirements as a job description, so :func:`analyze_gaps` applies to it.

    Each skill's evidence names the role, the priority and the O*NET occupation.
    """
    graph = SkillGraph(catalog)
    skills = []
    for skill_id, priority in role.skills_by_priority():
        name = _name(skill_id, graph)
        evidence = words.ROLE_EVIDENCE.format(
            title=role.title, skill=name, priority_words=words.PRIORITY_WORDS[priority],
            onet_code=role.onet_code, onet_title=role.onet_title)
        skills.append(JobSkill(name=name, taxonomy_id=skill_id, priority=priority,
                               evidence=evidence))
    return JobDescription(title=role.title, skills=skills,
                          years_experience=role.years_experience)


def infer_roles(profile: ResumeProfile, roles: Sequence[Role], index: SkillVectors,
                catalog: SkillCatalog, *, today: date | None = None) -> list[RoleFit]:
    """The three roles that fit a resume best (Property 3).

    One vector fetch and one matrix product cover every role skill × resume skill pair.

    Args:
        profile: The parsed resume (it may list no skills: roles are still ranked).
        roles: The catalogue (``storage.roles.load_roles()``), at least 3 roles.
        index: Skill vectors.
        catalog: Taxonomy lookups by id.
        today: Reference day for years of experience; None skips the experience factor.

    Returns:
        Exactly 3 :class:`RoleFit`, best first, each with its required and missing skills.

    Raises:
        InvalidInput: Fewer than 3 roles were given.
    """
    if len(roles) < ROLES_RETURNED:
        raise InvalidInput(words.TOO_FEW_ROLES.format(count=len(roles)),
                           words.TOO_FEW_ROLES_NEXT)
    graph = SkillGraph(catalog)
    refs = resume_refs(profile)
    skill_ids = list(dict.fromkeys(s for r in roles for s, _ in r.skills_by_priority()))
    role_refs: list[SkillRef] = [(s, _name(s, graph)) for s in skill_ids]
    table = similarity_table(index, role_refs, refs)
    covers: dict[str, Cover | None] = {
        ref[0] or "": find_cover(ref, refs, [float(x) for x in table[i]] if refs else [], graph)
        for i, ref in enumerate(role_refs)}
    years = experience_years(profile.experience, today) if today else None
    ranked = sorted((_fit(role, covers, graph, profile, years, today is not None)
                     for role in roles), key=lambda item: (-item[0], -item[1], item[2].role_id))
    return [item[2] for item in ranked[:ROLES_RETURNED]]


def _fit(role: Role, covers: dict[str, Cover | None], graph: SkillGraph,
         profile: ResumeProfile, years: float | None,
         use_years: bool) -> tuple[float, int, RoleFit]:
    skills = role.skills_by_priority()
    total = sum(PRIORITY_WEIGHTS[p] for _, p in skills)
    got = sum(PRIORITY_WEIGHTS[p] for s, p in skills if covers.get(s) is not None)
    share = got / total if total else 0.0
    titles = [role.title, *role.aliases]
    title_share = max(title_match(t, profile.experience)[0] for t in titles)
    fit = SKILL_WEIGHT * share + TITLE_WEIGHT * title_share
    need = role.years_experience or 0.0
    if use_years and need > 0 and (years or 0.0) < need:
        fit *= MIN_EXPERIENCE_FACTOR + (1 - MIN_EXPERIENCE_FACTOR) * (years or 0.0) / need
    missing = sorted(((s, p) for s, p in skills if covers.get(s) is None),
                     key=lambda sp: (PRIORITY_ORDER[sp[1]], -_demand(sp[0], graph), sp[0]))
    critical_covered = sum(covers.get(s) is not None for s in role.critical)
    result = RoleFit(
        role_id=role.id, title=role.title, onet_code=role.onet_code, level=role.level,
        fit=round(fit, 1),
        matched_skills=[_name(s, graph) for s, _ in skills if covers.get(s) is not None],
        missing_skills=[_name(s, graph) for s, _ in missing[:MAX_MISSING]],
        required_skills=[_name(s, graph) for s in [*role.critical, *role.important]])
    return round(fit, 1), critical_covered, result


def _demand(skill_id: str, graph: SkillGraph) -> float:
    entry = graph.entry(skill_id)
    return entry.demand if entry else 0.0
