"""Explainable skill-gap analysis of one resume against one job description.

Coverage rules are in :mod:`tools.gaps.coverage`, non-skill requirements in
:mod:`tools.gaps.requirements`, the match percentage in :mod:`tools.gaps.score`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from prompts import gaps as words
from tools.errors import InvalidInput
from tools.gaps.coverage import (
    RELATED_MIN_SIMILARITY,
    SIMILARITY_THRESHOLD,
    SkillGraph,
    Table,
    find_cover,
    similarity_table,
)
from tools.gaps.models import (
    CoveredSkill,
    GapReport,
    OtherGap,
    RelatedReason,
    RelatedSkill,
    SkillGap,
)
from tools.gaps.protocols import SkillCatalog, SkillRef, SkillVectors
from tools.gaps.requirements import (
    experience_years,
    relevant_roles,
    required_degree,
    resume_degree_level,
)
from tools.gaps.score import SkillOutcome, match_breakdown
from tools.jobs.models import PRIORITY_ORDER, JobDescription, JobSkill
from tools.resume.models import ResumeProfile

ASSUMED_LANGUAGES = frozenset({"language-english"})
"""Languages every parsed resume shows: the resume reader accepts English resumes only."""
MAX_RELATED = 5
RELATED_RANK = {"prerequisite": 0, "broader": 1, "sibling": 2, "similar": 3}


def resume_refs(profile: ResumeProfile) -> list[SkillRef]:
    """The resume's skills as ``(taxonomy_id, name)``, one per skill, in resume order,
    followed by its fields of study as free text (a degree in Computer Science evidences
    the knowledge area "Computer science")."""
    refs: dict[SkillRef, None] = {}
    seen_ids: set[str] = set()
    for skill in profile.skills:
        if skill.taxonomy_id is not None:
            if skill.taxonomy_id in seen_ids:
                continue
            seen_ids.add(skill.taxonomy_id)
        refs.setdefault((skill.taxonomy_id, skill.name), None)
    for entry in profile.education:
        if entry.field and entry.field.strip():
            refs.setdefault((None, " ".join(entry.field.split())), None)
    return list(refs)


def job_skills(job: JobDescription) -> list[JobSkill]:
    """The job's skills, one per taxonomy id (or per free-text name), highest priority kept."""
    kept: dict[str, JobSkill] = {}
    for skill in job.skills:
        key = skill.taxonomy_id or f"text:{skill.name.casefold()}"
        current = kept.get(key)
        if current is None or PRIORITY_ORDER[skill.priority] < PRIORITY_ORDER[current.priority]:
            kept[key] = skill if current is None else skill.model_copy(
                update={"evidence": skill.evidence or current.evidence})
    return list(kept.values())


def analyze_gaps(profile: ResumeProfile, job: JobDescription, index: SkillVectors,
                 catalog: SkillCatalog, *, today: date) -> GapReport:
    """Compare a resume with a job description: covered skills, gaps, other gaps, match.

    One batched vector fetch and one matrix product give every job-skill × resume-skill
    cosine; coverage follows :mod:`tools.gaps.coverage` (Property 2).

    Args:
        profile: The parsed resume.
        job: The parsed job description.
        index: Skill vectors (storage's ``SkillIndex``).
        catalog: Taxonomy lookups by id (storage's ``Taxonomy``).
        today: Reference day for "present" and years of experience.

    Returns:
        The report; gaps ordered critical → important → nice-to-have, then by market demand
        (highest first), then by name (Properties 4, 5).

    Raises:
        InvalidInput: The job asks for no skill and states no other requirement.
    """
    skills = job_skills(job)
    refs = resume_refs(profile)
    table = similarity_table(index, [(s.taxonomy_id, s.name) for s in skills], refs)
    return assess(profile, job, skills, refs, table, SkillGraph(catalog), today)


@dataclass(frozen=True)
class _Judged:
    covered: list[CoveredSkill]
    gaps: list[SkillGap]
    outcomes: list[SkillOutcome]
    languages: list[OtherGap]
    optional: list[SkillGap]


def assess(profile: ResumeProfile, job: JobDescription, skills: Sequence[JobSkill],
           refs: Sequence[SkillRef], table: Table, graph: SkillGraph,
           today: date) -> GapReport:
    """:func:`analyze_gaps` once similarities are known (``table[job_skill, resume_skill]``),
    so callers comparing many jobs can compute one table for all of them."""
    if not skills and job.years_experience is None and not job.education:
        raise InvalidInput(words.NO_REQUIREMENTS, words.NO_REQUIREMENTS_NEXT)
    judged = _judge_skills(skills, refs, table, graph)
    years = experience_years(relevant_roles(job.title, profile.experience), today)
    checks = [*_years_check(job, years), *_education_check(job, profile), *judged.languages]
    breakdown, percentage = match_breakdown(judged.outcomes, job, profile, years)
    return GapReport(job_title=job.title, match_percentage=percentage, breakdown=breakdown,
                     covered=judged.covered, gaps=order_gaps(judged.gaps),
                     optional=order_gaps(judged.optional),
                     other_gaps=[c for c in checks if not c.met], checks=checks,
                     years_of_experience=years)


def order_gaps(gaps: Sequence[SkillGap]) -> list[SkillGap]:
    """Critical → important → nice-to-have, then by demand (highest first), then name."""
    return sorted(gaps, key=lambda g: (PRIORITY_ORDER[g.priority], -g.market_demand,
                                       g.skill.casefold(), g.skill))


def _judge_skills(skills: Sequence[JobSkill], refs: Sequence[SkillRef], table: Table,
                  graph: SkillGraph) -> _Judged:
    """Judge every job skill; alternatives ("Python or Go") count as one requirement, met
    when any of them is covered, and the uncovered ones are then optional, not gaps."""
    judged = _Judged([], [], [], [], [])
    covers = [find_cover((s.taxonomy_id, s.name), refs,
                         [float(x) for x in table[row]] if len(refs) else [], graph)
              for row, s in enumerate(skills)]
    held = {s.name.casefold(): refs[c.resume_index][1]
            for s, c in zip(skills, covers, strict=True) if c is not None}
    counted: set[frozenset[str]] = set()
    for row, skill in enumerate(skills):
        ref: SkillRef = (skill.taxonomy_id, skill.name)
        kind = graph.skill_type(ref)
        cover = covers[row]
        stand_in = next((held[a.casefold()] for a in skill.alternatives
                         if a.casefold() in held), None)
        met = cover is not None or stand_in is not None
        group = frozenset(n.casefold() for n in [skill.name, *skill.alternatives])
        if len(group) == 1 or group not in counted:
            counted.add(group)
            language_met = kind == "language" and skill.taxonomy_id in ASSUMED_LANGUAGES
            judged.outcomes.append(SkillOutcome(kind, skill.priority, met or language_met))
        if kind == "language":
            met = met or skill.taxonomy_id in ASSUMED_LANGUAGES
            judged.languages.append(_language_check(skill, met))
        elif cover is not None:
            judged.covered.append(CoveredSkill(
                skill=skill.name, taxonomy_id=skill.taxonomy_id, priority=skill.priority,
                job_wording=skill.wording, via=cover.via,
                resume_skill=refs[cover.resume_index][1], similarity=cover.similarity))
        else:
            sims = [float(x) for x in table[row]] if len(refs) else []
            gap = _gap(skill, ref, kind, refs, sims, graph, stand_in)
            (judged.gaps if stand_in is None else judged.optional).append(gap)
    return judged


def _gap(skill: JobSkill, ref: SkillRef, kind: str, refs: Sequence[SkillRef],
         sims: Sequence[float], graph: SkillGraph, stand_in: str | None = None) -> SkillGap:
    entry = graph.entry(skill.taxonomy_id)
    demand = entry.demand if entry else 0.0
    related = related_skills(ref, refs, sims, graph)
    explanation = (explain(skill, related) if stand_in is None
                   else explain_optional(skill, stand_in))
    return SkillGap(skill=skill.name, taxonomy_id=skill.taxonomy_id, skill_type=kind,
                    priority=skill.priority, explanation=explanation,
                    evidence=skill.evidence.strip(), job_wording=skill.wording,
                    market_demand=demand, alternatives=list(skill.alternatives),
                    demand_label=demand_label(demand), related_skills=related,
                    learning_hours=entry.learning_hours if entry else None)


def options_text(names: Sequence[str]) -> str:
    """Names joined as alternatives: "Python or Go", "Django, Java or Node.js"."""
    if len(names) < 2:
        return "".join(names)
    return words.OPTIONS_JOIN.join(names[:-1]) + words.OPTIONS_LAST + names[-1]


def explain_optional(skill: JobSkill, stand_in: str) -> str:
    """Why an alternative is not a gap: the job accepts any of the options, and the resume
    shows ``stand_in`` (the resume skill covering one of them)."""
    options = options_text([skill.name, *skill.alternatives])
    evidence = " ".join(skill.evidence.split())
    template = words.GAP_OPTIONAL if evidence else words.GAP_OPTIONAL_NO_EVIDENCE
    return template.format(skill=skill.name, options=options, evidence=evidence,
                           covered=stand_in)


def explain(skill: JobSkill, related: Sequence[RelatedSkill]) -> str:
    """The gap's explanation: the priority in words and the job's sentence, quoted; for a
    skill with alternatives, that any one of them would do."""
    priority_words = words.PRIORITY_WORDS[skill.priority]
    evidence = " ".join(skill.evidence.split())
    text = (words.GAP_EXPLANATION.format(skill=skill.name, priority_words=priority_words,
                                         evidence=evidence) if evidence else
            words.GAP_EXPLANATION_NO_EVIDENCE.format(skill=skill.name,
                                                     priority_words=priority_words))
    if evidence and not evidence.endswith((".", "!", "?")):
        text += "."  # a bare bullet ("Kubernetes") still ends its sentence
    if skill.alternatives:
        options = options_text([skill.name, *skill.alternatives])
        text += words.GAP_ALTERNATIVES_TAIL.format(options=options)
    if related:
        text += words.GAP_RELATED_TAIL.format(related=related[0].skill)
    return text


def demand_label(demand: float) -> str:
    """Market demand in words: ≥ 0.6 high, ≥ 0.3 medium, > 0 low, 0 no market signal
    (bands over the taxonomy's 0–1 demand; Python 0.87, Docker 0.71, a niche tool 0.06)."""
    if demand >= 0.6:
        return words.DEMAND_HIGH
    if demand >= 0.3:
        return words.DEMAND_MEDIUM
    return words.DEMAND_LOW if demand > 0 else words.DEMAND_NONE


def related_skills(gap: SkillRef, refs: Sequence[SkillRef], sims: Sequence[float],
                   graph: SkillGraph) -> list[RelatedSkill]:
    """Resume skills that shorten the way to ``gap``: its prerequisites, the general skills
    it is a kind of, siblings under a shared general skill, and skills with cosine in
    [0.5, 0.75) that are not name twins; at most 5, in that order, then by similarity."""
    entry = graph.entry(gap[0])
    prerequisites = set(entry.prerequisites) if entry else set()
    gap_broader = graph.broader_closure(gap[0]) if gap[0] else frozenset()
    found: list[tuple[int, float, int, RelatedSkill]] = []
    for i, ref in enumerate(refs):
        reason: RelatedReason | None = _relation(ref, prerequisites, gap_broader, graph)
        score = float(sims[i]) if i < len(sims) else 0.0
        if reason is None and RELATED_MIN_SIMILARITY <= score < SIMILARITY_THRESHOLD \
                and not graph.name_twins(gap, ref):
            reason = "similar"
        if reason is not None:
            item = RelatedSkill(skill=ref[1], reason=reason, similarity=score)
            found.append((RELATED_RANK[reason], -score, i, item))
    found.sort(key=lambda f: f[:3])
    return [f[3] for f in found[:MAX_RELATED]]


def _relation(ref: SkillRef, prerequisites: set[str], gap_broader: frozenset[str],
              graph: SkillGraph) -> RelatedReason | None:
    if ref[0] is None:
        return None
    if ref[0] in prerequisites:
        return "prerequisite"
    if ref[0] in gap_broader:
        return "broader"
    if gap_broader & graph.broader_closure(ref[0]):
        return "sibling"
    return None


def _language_check(skill: JobSkill, met: bool) -> OtherGap:
    evidence = " ".join(skill.evidence.split())
    if met:
        detail = words.LANGUAGE_MET.format(language=skill.name)
    elif evidence:
        detail = words.LANGUAGE_SHORT.format(language=skill.name, evidence=evidence)
    else:
        detail = words.LANGUAGE_SHORT_NO_EVIDENCE.format(language=skill.name)
    return OtherGap(kind="language", requirement=skill.name, detail=detail, met=met)


def _years_check(job: JobDescription, years: float | None) -> list[OtherGap]:
    need = job.years_experience
    if need is None or need <= 0:
        return []
    need_text = f"{need:g}"
    requirement = words.YEARS_REQUIREMENT.format(years=need_text)
    if years is None:
        return [OtherGap(kind="experience", requirement=requirement,
                         detail=words.YEARS_UNKNOWN.format(need=need_text))]
    met = years >= need
    template = words.YEARS_MET if met else words.YEARS_SHORT
    return [OtherGap(kind="experience", requirement=requirement, met=met,
                     detail=template.format(have=f"{years:g}", need=need_text))]


def _education_check(job: JobDescription, profile: ResumeProfile) -> list[OtherGap]:
    wanted = required_degree(job.education)
    if wanted is None:
        return []
    level, text, _preferred = wanted
    have = resume_degree_level(profile.education)
    need_words = words.EDUCATION_LEVEL_NAMES[level]
    met = have >= level
    if have == 0:
        detail = words.EDUCATION_NONE.format(need=need_words)
    else:
        template = words.EDUCATION_MET if met else words.EDUCATION_SHORT
        detail = template.format(have=words.EDUCATION_LEVEL_NAMES[have], need=need_words)
    return [OtherGap(kind="education", requirement=" ".join(text.split()), detail=detail,
                     met=met)]
