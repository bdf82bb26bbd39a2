"""Corrections a user makes to a parsed profile ("I also know Terraform", "remove Java",
"I left Acme in 2023").

Pure functions: each returns a new :class:`ResumeProfile` and leaves its argument as it was.
The chat side decides which one to call; these only change the profile.
"""

from __future__ import annotations

import re

from prompts import errors as msg
from tools.errors import InvalidInput, NotFound
from tools.protocols import SkillCanonicalizer
from tools.resume.dates import normalize_date
from tools.resume.models import ResumeProfile, ResumeSkill, SkillSource
from tools.skill_matcher import SkillMatcher

USER_SOURCE: SkillSource = "other"
"""Source recorded for a skill the user added in chat."""


def _key(text: str) -> str:
    return re.sub(r"[\s\-_.]+", "", text.casefold())


def _resolve(name: str, resolver: SkillMatcher | SkillCanonicalizer) -> tuple[str, str | None]:
    """Canonical name and taxonomy id of a skill as the user wrote it (free text when the
    taxonomy does not know it)."""
    if isinstance(resolver, SkillMatcher):
        hits = [(e, s, t) for e, s, t in resolver.find(name) if t - s >= 0.6 * len(name)]
        if hits:
            return hits[0][0].name, hits[0][0].id
        return name, None
    found = resolver.canonicalize_many([name])[0]
    return (found.name, found.skill_id) if found is not None else (name, None)


def add_skill(profile: ResumeProfile, name: str,
              resolver: SkillMatcher | SkillCanonicalizer,
              level: str | None = None) -> ResumeProfile:
    """Add a skill the user says they have.

    Args:
        profile: The current profile.
        name: The skill as the user wrote it ("terraform", "K8s").
        resolver: A :class:`SkillMatcher` or a canonicaliser (storage's skill index) that
            maps the name onto the taxonomy; an unknown name is kept as free text.
        level: Optional qualifier ("advanced").

    Returns:
        A new profile with the skill appended (source ``"other"``); when the profile already
        has it, the same skills, with the level filled in if it had none.

    Raises:
        InvalidInput: ``name`` is blank.
    """
    clean = " ".join(name.split()).strip(" .,;:")
    if not clean:
        raise InvalidInput(msg.UNKNOWN_SKILL.format(name=name), msg.UNKNOWN_SKILL_NEXT)
    canonical, skill_id = _resolve(clean, resolver)
    skills = [s.model_copy() for s in profile.skills]
    for skill in skills:
        same = (skill_id is not None and skill.taxonomy_id == skill_id) or (
            _key(skill.name) == _key(canonical))
        if same:
            skill.level = skill.level or level
            return profile.model_copy(update={"skills": skills})
    skills.append(ResumeSkill(name=canonical, source=USER_SOURCE, taxonomy_id=skill_id,
                              level=level))
    return profile.model_copy(update={"skills": skills})


def remove_skill(profile: ResumeProfile, name: str,
                 resolver: SkillMatcher | SkillCanonicalizer | None = None) -> ResumeProfile:
    """Remove a skill the user says they do not have.

    Args:
        profile: The current profile.
        name: The skill as the user wrote it; matched by name ignoring case, spaces, dots
            and hyphens, or by taxonomy id when a resolver maps it.
        resolver: Optional matcher or canonicaliser ("JS" then removes JavaScript).

    Returns:
        A new profile without that skill.

    Raises:
        NotFound: The profile has no such skill.
    """
    skill_id = _resolve(name.strip(), resolver)[1] if resolver is not None else None
    kept = [s.model_copy() for s in profile.skills
            if not (_key(s.name) == _key(name) or (skill_id and s.taxonomy_id == skill_id))]
    if len(kept) == len(profile.skills):
        raise NotFound(msg.NO_SUCH_SKILL.format(name=name.strip()), msg.NO_SUCH_SKILL_NEXT)
    return profile.model_copy(update={"skills": kept})


def set_experience_end(profile: ResumeProfile, company: str, date: str) -> ResumeProfile:
    """Set when the user left an employer ("I left Acme in 2023").

    Args:
        profile: The current profile.
        company: The employer as the user names it; matched ignoring case and legal-form
            words, a name contained in the other also matches ("Acme" and "Acme Corp.").
        date: When they left, in any form the resume reader knows ("2023", "Jan 2023",
            "01/2023", "present").

    Returns:
        A new profile where every role at that company that is still open (no end, or
        ``present``), or else the most recent role there, ends at ``date`` (``YYYY-MM``,
        ``YYYY`` or ``present``).

    Raises:
        InvalidInput: ``date`` is not a date.
        NotFound: No role at that company.
    """
    end = normalize_date(date)
    if end is None:
        raise InvalidInput(msg.BAD_DATE.format(date=date), msg.BAD_DATE_NEXT)
    roles = [r.model_copy(update={"bullets": list(r.bullets)}) for r in profile.experience]
    matching = [r for r in roles if _same_company(r.company, company)]
    if not matching:
        raise NotFound(msg.NO_SUCH_ROLE.format(company=company), msg.NO_SUCH_ROLE_NEXT)
    open_roles = [r for r in matching if r.end in (None, "present")]
    for role in open_roles or matching[:1]:
        role.end = end
    return profile.model_copy(update={"experience": roles})


_LEGAL = re.compile(r"\b(?:inc|ltd|llc|corp|corporation|co|gmbh|plc|pvt|limited|company)\b\.?",
                    re.IGNORECASE)


def _same_company(written: str | None, named: str) -> bool:
    a = _key(_LEGAL.sub("", written or ""))
    b = _key(_LEGAL.sub("", named))
    return bool(a and b) and (a == b or a in b or b in a)
