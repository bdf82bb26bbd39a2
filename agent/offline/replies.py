"""Turns tool results (their JSON content) into the offline model's Markdown replies.

Every number or fact in a reply comes from the tool's JSON; the words come from
:mod:`prompts.chat`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from agent.offline.render_account import RENDERERS as ACCOUNT_RENDERERS
from agent.offline.render_account import render_confirmation
from agent.offline.render_gaps import RENDERERS as GAP_RENDERERS
from agent.offline.render_interview import RENDERERS as INTERVIEW_RENDERERS
from agent.offline.render_preferences import RENDERERS as PREFERENCE_RENDERERS
from agent.offline.render_progress import RENDERERS as PROGRESS_RENDERERS
from agent.offline.render_readiness import RENDERERS as READINESS_RENDERERS
from agent.offline.render_reminders import RENDERERS as REMINDER_RENDERERS
from agent.offline.render_roadmap import RENDERERS as ROADMAP_RENDERERS
from prompts import chat as words


def render_tool_result(tool: str, content: str) -> str:
    """Reply for one tool result.

    Args:
        tool: Name of the tool that produced ``content``.
        content: The tool's JSON content.

    Returns:
        Markdown. A tool error becomes its message and next step.
    """
    try:
        data: Any = json.loads(content)
    except (TypeError, ValueError):
        return str(content)
    if isinstance(data, dict) and data.get("confirmation_needed"):
        return render_confirmation(data)
    if isinstance(data, dict) and "error" in data:
        return words.TOOL_ERROR.format(message=data["error"],
                                       guidance=data.get("guidance") or words.HELP)
    renderer = _RENDERERS.get(tool)
    return renderer(data) if renderer else json.dumps(data, indent=2)


def _profile_lines(profile: dict[str, Any]) -> list[str]:
    lines = [words.PROFILE_NAME.format(name=profile.get("name") or words.UNNAMED) + "  "]
    contact = [profile.get("email"), profile.get("phone"), *profile.get("links", [])]
    contact = [c for c in contact if c]
    if contact:
        lines.append(words.PROFILE_CONTACT.format(contact=" · ".join(contact)) + "  ")
    skills = [s["name"] for s in profile.get("skills", [])]
    if skills:
        lines.append(words.PROFILE_SKILLS.format(count=len(skills), skills=", ".join(skills)))
    else:
        lines.append(words.PROFILE_NO_SKILLS)
    lines += ["", words.PROFILE_EDUCATION, ""]
    lines.extend(_bullets([_education_line(e) for e in profile.get("education", [])]))
    lines += ["", words.PROFILE_EXPERIENCE, ""]
    lines.extend(_bullets([_experience_line(e) for e in profile.get("experience", [])]))
    return lines


def _bullets(items: list[str]) -> list[str]:
    return [f"- {item}" for item in items] or [f"- {words.PROFILE_NONE}"]


def _span(entry: dict[str, Any]) -> str:
    start, end = entry.get("start"), entry.get("end")
    if start and end:
        return f" ({start} – {end})"
    return f" ({start or end})" if (start or end) else ""


def _education_line(entry: dict[str, Any]) -> str:
    what = ", ".join(p for p in (entry.get("degree"), entry.get("field")) if p)
    where = entry.get("institution") or ""
    text = " — ".join(p for p in (what, where) if p) or words.PROFILE_NONE
    gpa = f", GPA {entry['gpa']}" if entry.get("gpa") else ""
    return f"{text}{_span(entry)}{gpa}"


def _experience_line(entry: dict[str, Any]) -> str:
    parts = [p for p in (entry.get("title"), entry.get("company")) if p]
    return (" at ".join(parts) or words.PROFILE_NONE) + _span(entry)


def _render_parsed(data: dict[str, Any]) -> str:
    header = words.PROFILE_HEADER.format(filename=data.get("filename", "your resume"))
    lines = [header, "", *_profile_lines(data["profile"]), "", words.PROFILE_FOOTER]
    return "\n".join(lines)


def _render_stored(data: dict[str, Any]) -> str:
    return "\n".join([words.PROFILE_STORED_HEADER, "", *_profile_lines(data["profile"])])


_RENDERERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "parse_resume": _render_parsed,
    "show_profile": _render_stored,
    **GAP_RENDERERS,
    **ROADMAP_RENDERERS,
    **PROGRESS_RENDERERS,
    **READINESS_RENDERERS,
    **INTERVIEW_RENDERERS,
    **REMINDER_RENDERERS,
    **ACCOUNT_RENDERERS,
    **PREFERENCE_RENDERERS,
}
