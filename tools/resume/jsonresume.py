"""JSON Resume (https://jsonresume.org/schema, v1.0.0) in and out.

Import: a ``.json`` file whose top level is an object with a ``basics`` object (the schema's
one section every export has) is read as it is: ``basics`` gives name, e-mail, phone and
links (``url`` and ``profiles[].url``); ``work`` and ``volunteer`` give experience;
``education`` gives education; ``skills[].name`` and ``skills[].keywords`` give skills
(mapped to the taxonomy with the :class:`~tools.skill_matcher.SkillMatcher`, the level kept).
Any other JSON is refused as an unsupported format.

Export: :func:`to_json_resume` writes a profile in the same schema.
"""

from __future__ import annotations

import json
import re
from typing import Any

from prompts import errors as msg
from tools.errors import UnsupportedFile
from tools.resume.dates import normalize_date
from tools.resume.models import Education, Experience, ResumeProfile, ResumeSkill
from tools.skill_matcher import SkillMatcher

SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
"""``$schema`` written into exported files."""

_SECTIONS = ("basics", "work", "volunteer", "education", "skills", "projects", "awards",
             "certificates", "publications", "languages", "interests", "references", "meta")


def load_json_resume(content: bytes, filename: str) -> dict[str, Any]:
    """Parse a file's bytes as a JSON Resume object.

    Args:
        content: The file's bytes (UTF-8, with or without BOM).
        filename: Shown in error messages.

    Returns:
        The JSON object.

    Raises:
        UnsupportedFile: Not valid JSON, or JSON that is not JSON Resume (no ``basics``
            object, or a top level that is not an object) — "unsupported format".
    """
    try:
        data = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise UnsupportedFile(msg.BAD_JSON.format(name=filename), msg.BAD_JSON_NEXT) from exc
    if not is_json_resume(data):
        raise UnsupportedFile(msg.NOT_JSON_RESUME.format(name=filename),
                              msg.NOT_JSON_RESUME_NEXT)
    assert isinstance(data, dict)
    return data


def is_json_resume(data: object) -> bool:
    """Whether decoded JSON is a JSON Resume: an object with a ``basics`` object, whose
    other top-level keys, if any, include no key outside the schema more often than inside
    it."""
    if not isinstance(data, dict) or not isinstance(data.get("basics"), dict):
        return False
    known = sum(1 for key in data if key in _SECTIONS or key.startswith("$"))
    return known * 2 > len(data)


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _date(value: object) -> str | None:
    text = _text(value)
    if text is None:
        return None
    iso = re.fullmatch(r"((?:19|20)\d\d)(?:-(\d{1,2}))?(?:-\d{1,2})?", text)
    if iso:
        return f"{iso.group(1)}-{int(iso.group(2)):02d}" if iso.group(2) else iso.group(1)
    return normalize_date(text)


def _links(basics: dict[str, Any]) -> list[str]:
    links = [_text(basics.get("url"))]
    links += [_text(p.get("url")) for p in _list(basics.get("profiles")) if isinstance(p, dict)]
    return list(dict.fromkeys(link for link in links if link))


def _roles(items: list[Any], company_key: str, title_key: str) -> list[Experience]:
    roles: list[Experience] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        role = Experience(
            title=_text(item.get(title_key)),
            company=_text(item.get(company_key)) or _text(item.get("company")),
            location=_text(item.get("location")),
            start=_date(item.get("startDate")),
            end=_date(item.get("endDate")) or ("present" if item.get("startDate") else None),
            bullets=[h.strip() for h in _list(item.get("highlights"))
                     if isinstance(h, str) and h.strip()],
        )
        summary = _text(item.get("summary"))
        if summary:
            role.bullets.insert(0, summary)
        if role.title or role.company:
            roles.append(role)
    return roles


def _schools(items: list[Any]) -> list[Education]:
    return [
        Education(
            degree=_text(item.get("studyType")),
            field=_text(item.get("area")),
            institution=_text(item.get("institution")),
            location=_text(item.get("location")),
            start=_date(item.get("startDate")),
            end=_date(item.get("endDate")),
            gpa=_text(item.get("score")),
        )
        for item in items
        if isinstance(item, dict) and (item.get("institution") or item.get("studyType"))
    ]


def _skills(items: list[Any], matcher: SkillMatcher) -> list[ResumeSkill]:
    found: dict[str, ResumeSkill] = {}
    for item in items:
        if not isinstance(item, dict):
            continue
        level = _text(item.get("level"))
        names = [item.get("name"), *_list(item.get("keywords"))]
        for name in (n.strip() for n in names if isinstance(n, str) and n.strip()):
            hits = matcher.find(name)
            whole = [e for e, start, end in hits if end - start >= 0.6 * len(name)]
            skill = (ResumeSkill(name=whole[0].name, source="skills", taxonomy_id=whole[0].id,
                                 level=level) if whole else
                     ResumeSkill(name=name, source="skills", level=level))
            found.setdefault(skill.taxonomy_id or "free:" + skill.name.lower(), skill)
    return list(found.values())


def profile_from_json_resume(data: dict[str, Any], matcher: SkillMatcher) -> ResumeProfile:
    """Turn a JSON Resume object into a profile.

    Args:
        data: A JSON Resume object (see :func:`load_json_resume`).
        matcher: Skill matcher over the taxonomy (skill names are mapped to it).

    Returns:
        The profile, ``source_format`` ``"jsonresume"``; dates ``YYYY-MM`` or ``YYYY``, an
        entry with a start date and no end date ending ``present`` (the schema's rule).
    """
    basics: dict[str, Any] = data.get("basics") or {}
    roles = _roles(_list(data.get("work")), "name", "position")
    roles += _roles(_list(data.get("volunteer")), "organization", "position")
    profile = ResumeProfile(
        name=_text(basics.get("name")),
        email=_text(basics.get("email")),
        phone=_text(basics.get("phone")),
        links=_links(basics),
        skills=_skills(_list(data.get("skills")), matcher),
        education=_schools(_list(data.get("education"))),
        experience=roles,
        source_format="jsonresume",
    )
    profile.text_chars = len(json.dumps(data, ensure_ascii=False))
    return profile


def _out_date(value: str | None) -> str | None:
    return None if value in (None, "present") else value


def to_json_resume(profile: ResumeProfile) -> dict[str, Any]:
    """Write a profile as a JSON Resume object (schema v1.0.0).

    Args:
        profile: Any parsed or imported profile.

    Returns:
        A JSON-ready dict with ``$schema``, ``basics`` (name, email, phone, url, profiles),
        ``work`` (name, position, location, startDate, endDate — left out for ``present`` —,
        highlights), ``education`` (institution, area, studyType, startDate, endDate, score)
        and ``skills`` (name, level). Empty values are left out.
    """
    basics: dict[str, Any] = {"name": profile.name, "email": profile.email,
                              "phone": profile.phone}
    if profile.links:
        basics["url"] = profile.links[0]
        basics["profiles"] = [{"network": _network(link), "url": link}
                              for link in profile.links[1:]]
    work = [_clean({"name": r.company, "position": r.title, "location": r.location,
                    "startDate": r.start, "endDate": _out_date(r.end),
                    "highlights": r.bullets}) for r in profile.experience]
    education = [_clean({"institution": e.institution, "area": e.field, "studyType": e.degree,
                         "location": e.location, "startDate": e.start, "endDate": e.end,
                         "score": e.gpa}) for e in profile.education]
    skills = [_clean({"name": s.name, "level": s.level}) for s in profile.skills]
    return _clean({"$schema": SCHEMA_URL, "basics": _clean(basics), "work": work,
                   "education": education, "skills": skills}, keep={"basics"})


def _network(link: str) -> str:
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", link).split("/")[0].lower()
    names = {"linkedin.com": "LinkedIn", "github.com": "GitHub", "gitlab.com": "GitLab"}
    return names.get(host, host)


def _clean(data: dict[str, Any], keep: frozenset[str] | set[str] = frozenset()) -> dict[str, Any]:
    """Drop ``None`` values and empty lists (but keep the keys in ``keep``)."""
    return {k: v for k, v in data.items() if k in keep or v not in (None, [], {}, "")}
