"""Resume advice for the active job: "what should I change in my resume?"

Every piece of advice points at something the resume already shows (or lacks) and says what
to change; none invents a skill or an experience — a job skill the resume gives no evidence
of is only ever suggested conditionally ("if you have used it, name it where you used it").

Checks, in this order:

1. **show-in-skills** — a job skill the resume names only outside its skills section
   (summary, a bullet, projects), when there is a skills section;
2. **use-job-wording** — the job and the resume name the same skill differently (an alias:
   "K8s" vs "Kubernetes"), or the resume covers it only through a more specific skill
   (PostgreSQL for SQL) and never names it;
3. **missing-section** — no skills, experience or education section;
4. **undated-entry** — a role without start or end, an education entry without an end;
5. **quantify-bullet** — an experience bullet of at least 4 words with no digit, no ``%`` and
   no currency sign (at most :data:`MAX_BULLETS`, in resume order);
6. **missing-keyword** — a critical job skill that is a gap and whose names appear nowhere in
   the resume text (one the job accepts instead of a skill the resume shows, as in "Python
   or Go", is not a gap).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from prompts import gaps as words
from tools.gaps.models import Advice, GapReport
from tools.gaps.protocols import SkillCatalog
from tools.jobs.models import PRIORITY_ORDER, JobDescription, JobSkill
from tools.resume.models import ResumeProfile, ResumeSkill
from tools.taxonomy import SkillEntry

MAX_BULLETS = 5
MIN_BULLET_WORDS = 4
_RESULT = re.compile(r"[\d%$€£¥]")


def advise_resume(profile: ResumeProfile, job: JobDescription, resume_text: str | None = None,
                  *, report: GapReport | None = None,
                  catalog: SkillCatalog | None = None) -> list[Advice]:
    """Concrete changes to make to the resume for this job (checks in the module docstring).

    Args:
        profile: The parsed resume.
        job: The active job description.
        resume_text: The resume's text as extracted; default a text made of the profile's
            skills, titles and bullets.
        report: The gap report of this pair, when computed: its coverage (aliases, more
            specific skills, similarity) refines checks 2 and 6; without it only identical
            taxonomy ids count as covered.
        catalog: Taxonomy lookups, for the skills' aliases (check 2).

    Returns:
        Advice in check order; within a check, in job priority order or resume order.
    """
    text = resume_text if resume_text is not None else _profile_text(profile)
    skills = sorted(job.skills, key=lambda s: PRIORITY_ORDER[s.priority])
    return [*_show_in_skills(profile, skills), *_wording(profile, skills, text, report, catalog),
            *_sections(profile), *_undated(profile), *_bullets(profile),
            *_missing_keywords(profile, skills, text, report, catalog)]


def _profile_text(profile: ResumeProfile) -> str:
    parts = [*profile.skill_names()]
    for role in profile.experience:
        parts.extend(p for p in (role.title, role.company) if p)
        parts.extend(role.bullets)
    return "\n".join(parts)


def _by_id(profile: ResumeProfile) -> dict[str, ResumeSkill]:
    return {s.taxonomy_id: s for s in profile.skills if s.taxonomy_id}


def _show_in_skills(profile: ResumeProfile, skills: Sequence[JobSkill]) -> Iterable[Advice]:
    if not any(s.source == "skills" for s in profile.skills):
        return
    held = _by_id(profile)
    for skill in skills:
        mine = held.get(skill.taxonomy_id or "")
        if mine is None or mine.source == "skills":
            continue
        section = words.SECTION_NAMES.get(mine.source, mine.source)
        yield Advice(kind="show-in-skills", skill=mine.name,
                     message=words.ADVICE_SHOW_IN_SKILLS.format(skill=mine.name,
                                                                section=section),
                     suggestion=words.ADVICE_SHOW_IN_SKILLS_DO.format(skill=mine.name))


def _mentions(form: str, text: str, exact: bool = False) -> str | None:
    """The text's own spelling of ``form`` when it names it as a whole word (``exact``: with
    the same casing, for one-word forms of case-sensitive skills such as Go or R)."""
    pattern = r"(?<![\w+#.])" + re.escape(form) + r"(?![\w+#])"
    found = re.search(pattern, text, flags=0 if exact else re.IGNORECASE)
    return found.group(0) if found else None


def _named(entry: SkillEntry | None, name: str, text: str) -> str | None:
    """How ``text`` writes the skill: its spelling of the first of the skill's names
    (canonical, then aliases) that it mentions, or None."""
    forms = entry.surface_forms() if entry else [name]
    for form in forms:
        found = _mentions(form, text, _exact(entry, form))
        if found:
            return found
    return None


def _exact(entry: SkillEntry | None, form: str) -> bool:
    return bool(entry and entry.case_sensitive and form.strip().isalpha())


def _wording(profile: ResumeProfile, skills: Sequence[JobSkill], text: str,
             report: GapReport | None, catalog: SkillCatalog | None) -> Iterable[Advice]:
    held = _by_id(profile)
    for skill in skills:
        entry = catalog.by_id(skill.taxonomy_id) if catalog and skill.taxonomy_id else None
        if entry is None or skill.taxonomy_id not in held:
            continue
        job_form = _named(entry, skill.name, skill.evidence)
        resume_form = _named(entry, skill.name, text)
        if job_form and resume_form and job_form.casefold() != resume_form.casefold() \
                and _mentions(job_form, text, _exact(entry, job_form)) is None:
            yield Advice(kind="use-job-wording", skill=entry.name, quote=skill.evidence,
                         message=words.ADVICE_JOB_WORDING.format(job_form=job_form,
                                                                 resume_form=resume_form),
                         suggestion=words.ADVICE_JOB_WORDING_DO.format(
                             job_form=job_form, resume_form=resume_form))
    for item in (report.covered if report else []):
        if item.via == "more-specific" and _mentions(item.skill, text) is None:
            yield Advice(kind="use-job-wording", skill=item.skill,
                         message=words.ADVICE_SPECIFIC.format(job_skill=item.skill,
                                                              resume_skill=item.resume_skill),
                         suggestion=words.ADVICE_SPECIFIC_DO.format(
                             job_skill=item.skill, resume_skill=item.resume_skill))


def _sections(profile: ResumeProfile) -> Iterable[Advice]:
    present = {"skills": any(s.source == "skills" for s in profile.skills),
               "experience": bool(profile.experience),
               "education": bool(profile.education)}
    for section, found in present.items():
        if not found:
            yield Advice(kind="missing-section",
                         message=words.ADVICE_MISSING_SECTION.format(section=section),
                         suggestion=words.ADVICE_MISSING_SECTION_DO[section])


def _undated(profile: ResumeProfile) -> Iterable[Advice]:
    for role in profile.experience:
        if role.start is None or role.end is None:
            name = " — ".join(p for p in (role.title, role.company) if p) or "?"
            yield Advice(kind="undated-entry", quote=name,
                         message=words.ADVICE_UNDATED.format(
                             what=words.ADVICE_UNDATED_ROLE.format(title=name)),
                         suggestion=words.ADVICE_UNDATED_DO)
    for entry in profile.education:
        if entry.end is None:
            name = " — ".join(p for p in (entry.degree, entry.institution) if p) or "?"
            yield Advice(kind="undated-entry", quote=name,
                         message=words.ADVICE_UNDATED.format(
                             what=words.ADVICE_UNDATED_EDUCATION.format(title=name)),
                         suggestion=words.ADVICE_UNDATED_DO)


def _bullets(profile: ResumeProfile) -> Iterable[Advice]:
    count = 0
    for role in profile.experience:
        for bullet in role.bullets:
            if count == MAX_BULLETS:
                return
            if len(bullet.split()) >= MIN_BULLET_WORDS and not _RESULT.search(bullet):
                count += 1
                yield Advice(kind="quantify-bullet", quote=bullet.strip(),
                             message=words.ADVICE_QUANTIFY, suggestion=words.ADVICE_QUANTIFY_DO)


def _missing_keywords(profile: ResumeProfile, skills: Sequence[JobSkill], text: str,
                      report: GapReport | None,
                      catalog: SkillCatalog | None) -> Iterable[Advice]:
    if report is not None:
        gap_names = {g.skill for g in report.gaps if g.priority == "critical"}
        critical = [s for s in skills if s.name in gap_names]
    else:
        held = _by_id(profile)
        shown = {s.name for s in skills if s.taxonomy_id in held}
        critical = [s for s in skills if s.priority == "critical" and s.name not in shown
                    and not shown.intersection(s.alternatives)]
    for skill in critical:
        entry = catalog.by_id(skill.taxonomy_id) if catalog and skill.taxonomy_id else None
        if _named(entry, skill.name, text) is None:
            yield Advice(kind="missing-keyword", skill=skill.name, quote=skill.evidence or None,
                         message=words.ADVICE_MISSING_KEYWORD.format(skill=skill.name),
                         suggestion=words.ADVICE_MISSING_KEYWORD_DO.format(skill=skill.name))
