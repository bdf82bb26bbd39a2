"""Offline replies for job descriptions, skill gaps, roles, comparisons, advice and profile
corrections. Numbers and names come from the tools' JSON; words from
:mod:`prompts.gap_replies`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prompts import gap_replies as words

MAX_EVIDENCE_CHARS = 140
"""Longest job-description quote shown in a reply line."""


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(str(text).replace("|", "/").split())


def _short(text: str, limit: int = MAX_EVIDENCE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def render_job(data: dict[str, Any]) -> str:
    job = data["job"]
    company = words.JOB_READ_COMPANY.format(company=job["company"]) if job.get("company") else ""
    read = words.JOB_READ.format(title=job.get("title") or "(untitled)", company=company)
    lines = [read[:-1] if read.endswith("..") else read, ""]  # "… at Foo Inc."
    if job.get("skills"):
        lines += [words.JOB_SKILLS_HEADER, ""]
        for skill in job["skills"]:
            template = words.JOB_SKILL_LINE if skill.get("evidence") else (
                words.JOB_SKILL_LINE_NO_EVIDENCE)
            lines.append(template.format(name=skill["name"], priority=skill["priority"],
                                         evidence=_short(skill.get("evidence", ""))))
        lines.append("")
    if job.get("years_experience"):
        lines += [words.JOB_YEARS.format(years=job["years_experience"]), ""]
    if job.get("education"):
        lines += [words.JOB_EDUCATION.format(education="; ".join(job["education"])), ""]
    return "\n".join([*lines, words.JOB_FOOTER])


def render_job_list(data: dict[str, Any]) -> str:
    jobs = data["jobs"]
    if not jobs:
        return words.JOB_LIST_EMPTY
    lines = [words.JOB_LIST_HEADER, ""]
    for n, job in enumerate(jobs, start=1):
        company = f" ({job['company']})" if job.get("company") else ""
        lines.append(words.JOB_LIST_LINE.format(
            n=n, title=job["title"], company=company, skills=job["skills"],
            active=words.JOB_LIST_ACTIVE if job["active"] else ""))
    return "\n".join(lines)


def render_gaps(data: dict[str, Any]) -> str:
    report = data["report"]
    lines = [words.GAPS_HEADER.format(title=report.get("job_title") or "this job",
                                      match=report["match_percentage"])]
    parts = [words.GAPS_PART.format(name=c["component"].replace("_", " "), score=c["score"])
             for c in report.get("breakdown", [])]
    if parts:
        lines.append(words.GAPS_BREAKDOWN.format(parts=", ".join(parts)))
    covered = [c["skill"] for c in report.get("covered", [])]
    if covered:
        lines += ["", words.GAPS_COVERED.format(count=len(covered), skills=", ".join(covered))]
    lines += ["", *_gap_table(report.get("gaps", []))]
    optional = report.get("optional", [])
    if optional:
        lines += ["", words.GAPS_OPTIONAL_HEADER, ""]
        lines += [words.GAPS_OPTIONAL_LINE.format(explanation=o["explanation"]) for o in optional]
    other = report.get("other_gaps", [])
    if other:
        lines += ["", words.GAPS_OTHER_HEADER, ""]
        lines += [words.GAPS_OTHER_LINE.format(requirement=o["requirement"], detail=o["detail"])
                  for o in other]
    return "\n".join([*lines, "", words.GAPS_FOOTER])


def _gap_table(gaps: list[dict[str, Any]]) -> list[str]:
    if not gaps:
        return [words.GAPS_NONE]
    rows = [words.GAPS_TABLE_HEADER, words.GAPS_TABLE_RULE]
    for gap in gaps:
        related = ", ".join(r["skill"] for r in gap.get("related_skills", [])[:3])
        rows.append(words.GAPS_TABLE_ROW.format(
            priority=gap["priority"], skill=_cell(gap["skill"]),
            explanation=_cell(_short(gap["explanation"])),
            demand=_cell(gap.get("demand_label") or f"{gap.get('market_demand', 0):.2f}"),
            related=_cell(related) or words.NOTHING))
    return rows


def render_roles(data: dict[str, Any]) -> str:
    roles = data["roles"]
    lines = [words.ROLES_HEADER, ""]
    for n, role in enumerate(roles, start=1):
        missing = ", ".join(role.get("missing_skills", [])[:4]) or words.ROLES_NONE_MISSING
        lines.append(words.ROLES_LINE.format(n=n, title=role["title"], level=role["level"],
                                             fit=role["fit"], missing=missing))
    if roles:
        lines += ["", words.ROLES_FOOTER.format(title=roles[0]["title"].lower())]
    return "\n".join(lines)


def render_comparison(data: dict[str, Any]) -> str:
    lines = [words.COMPARE_HEADER, "", words.COMPARE_TABLE_HEADER, words.COMPARE_TABLE_RULE]
    for row in data["rows"]:
        lines.append(words.COMPARE_TABLE_ROW.format(
            rank=row["rank"], label=_cell(row["label"]), match=row["match_percentage"],
            critical=row["critical_gaps"],
            gaps=_cell(", ".join(row["top_gaps"])) or words.NOTHING))
    return "\n".join(lines)


def render_advice(data: dict[str, Any]) -> str:
    title = data.get("job_title")
    header = words.ADVICE_HEADER.format(
        job=words.ADVICE_FOR_JOB.format(title=title) if title else "")
    advice = data["advice"]
    if not advice:
        return words.ADVICE_NONE
    lines = [header, ""]
    lines += [words.ADVICE_LINE.format(n=n, message=a["message"], suggestion=a["suggestion"])
              for n, a in enumerate(advice, start=1)]
    if not title:
        lines += ["", words.ADVICE_NO_JOB_NOTE]
    return "\n".join(lines)


def render_profile_update(data: dict[str, Any]) -> str:
    if data.get("verified"):
        return words.PROFILE_CONFIRMED
    skills = [s["name"] for s in data["profile"].get("skills", [])]
    return words.PROFILE_UPDATED.format(count=len(skills), skills=", ".join(skills))


def render_role_dates(data: dict[str, Any]) -> str:
    lines = [words.PROFILE_ROLES_UPDATED, ""]
    for role in data["profile"].get("experience", []):
        span = " – ".join(p for p in (role.get("start"), role.get("end")) if p)
        lines.append(f"- {role.get('title') or ''} at {role.get('company') or ''} ({span})")
    return "\n".join(lines)


def render_resume_choice(data: dict[str, Any]) -> str:
    return words.RESUME_CHOSEN.format(file_name=data["file_name"],
                                      uploaded=data["uploaded_at"][:10],
                                      skills=data["skill_count"])


RENDERERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "read_job_description": render_job,
    "list_job_descriptions": render_job_list,
    "find_skill_gaps": render_gaps,
    "suggest_roles": render_roles,
    "compare_job_descriptions": render_comparison,
    "review_resume": render_advice,
    "add_resume_skill": render_profile_update,
    "remove_resume_skill": render_profile_update,
    "confirm_profile": render_profile_update,
    "set_role_end_date": render_role_dates,
    "use_resume": render_resume_choice,
}
"""Tool name -> reply renderer."""
