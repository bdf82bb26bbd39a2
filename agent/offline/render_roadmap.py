"""Offline replies for roadmaps, exports, resources, ratings and explanations. Numbers come
from the tools' JSON; words from :mod:`prompts.roadmap_replies`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prompts import resources as resource_words
from prompts import roadmap_replies as words

MAX_RESOURCES_SHOWN = 3


def _cell(text: object) -> str:
    return " ".join(str(text).replace("|", "/").split())


def render_roadmap(data: dict[str, Any]) -> str:
    if "question" in data:
        return words.CLARIFY_GOAL.format(question=data["question"])
    roadmap = data["roadmap"]
    stages = roadmap["stages"]
    lines = [words.ROADMAP_HEADER.format(title=roadmap["title"], days=roadmap["estimated_days"],
                                         count=len(stages),
                                         stages=words.STAGE_WORD[len(stages) != 1],
                                         progress=roadmap["progress"]),
             _plan_line(roadmap["plan"]), "", words.STAGE_TABLE_HEADER, words.STAGE_TABLE_RULE]
    lines += [words.STAGE_TABLE_ROW.format(
        number=s["number"], title=_cell(s["title"]), skills=_cell(", ".join(s["skills"])),
        days=s["estimated_days"], level=s["difficulty"],
        status=words.STATUS.get(s["status"], s["status"])) for s in stages]
    current = next((s for s in stages if s["status"] != "completed"), None)
    lines += ["", *(_current(current) if current else
                    [words.ROADMAP_DONE.format(title=roadmap["title"])])]
    if roadmap.get("warnings"):
        lines += ["", words.WARNINGS_HEADER, *[f"- {w}" for w in roadmap["warnings"]]]
    footer = (words.ROADMAP_FOOTER.format(number=current["number"]) if current
              else words.ROADMAP_FOOTER_DONE)
    return "\n".join([*lines, "", footer])


def _plan_line(plan: dict[str, Any]) -> str:
    weekly = plan["hours"] * 7 if plan["pace"] == "daily" else plan["hours"]
    deadline = (words.ROADMAP_DEADLINE.format(weeks=plan["deadline_weeks"])
                if plan.get("deadline_weeks") else "")
    return words.ROADMAP_PLAN.format(level=plan["level"], hours=plan["hours"],
                                     per=words.PER.get(plan["pace"], ""), weekly=weekly,
                                     deadline=deadline)


def _current(stage: dict[str, Any]) -> list[str]:
    lines = [words.CURRENT_HEADER.format(number=stage["number"], title=stage["title"])]
    for goal in stage["goals"]:
        lines.append(words.GOAL_LINE.format(mark="x" if goal["completed"] else " ",
                                            type=goal["type"], description=goal["description"]))
        lines += [words.RESOURCE_LINE.format(title=r["title"], url=r["url"], type=r["type"],
                                             provider=r.get("provider") or "")
                  for r in goal.get("resources", [])[:MAX_RESOURCES_SHOWN]]
    return lines


def render_export(data: dict[str, Any]) -> str:
    return words.EXPORTED.format(title=data["title"], file=data["file"],
                                 kind=words.EXPORT_KIND.get(data["format"], data["format"]))


def render_resources(data: dict[str, Any]) -> str:
    """Reply to ``find_resources``: the resources at the bar; when fewer than wanted meet
    it, the tool's note and the next best, each marked with why it misses the bar."""
    found, extra = data["resources"], data.get("below_bar") or []
    if not found and not extra:
        return words.RESOURCES_NONE.format(skill=data["skill"], level=data["level"])
    lines = [words.RESOURCES_HEADER.format(skill=data["skill"], level=data["level"]), ""]
    lines += [words.RESOURCE_ITEM.format(
        n=n, title=r["title"], url=r["url"], type=r["type"], provider=r["provider"],
        minutes=r["duration_minutes"], score=r["score"],
        cost="" if r.get("free", True) else words.RESOURCE_PAID)
        for n, r in enumerate(found, start=1)]
    if data.get("note"):
        lines += ([""] if found else []) + [data["note"]]
    if extra:
        lines += ["", resource_words.CHAT_FALLBACK_HEADER.format(level=data["level"])]
        lines += [resource_words.CHAT_FALLBACK_ITEM.format(
            n=n, title=r["title"], url=r["url"], type=r["type"], provider=r["provider"],
            minutes=r["duration_minutes"], mark=r["mark"])
            for n, r in enumerate(extra, start=len(found) + 1)]
    return "\n".join(lines)


def render_stage_resources(data: dict[str, Any]) -> str:
    """Reply to ``show_stage_resources``: each skill of the stage with its resources (as
    :func:`render_resources`), then any skill without catalogue resources and the basics
    added when the stage ran slow."""
    stage = data["stage"]
    names = [s["skill"] for s in data["skills"]] + list(data["not_in_catalogue"])
    parts = [words.STAGE_RESOURCES_HEADER.format(
        number=stage["number"], skills=_joined(names), level=stage["level"],
        status=words.STAGE_STATUS.get(stage["status"], stage["status"]))]
    parts += [render_resources(skill) for skill in data["skills"]]
    unknown = data["not_in_catalogue"]
    if unknown:
        parts.append(words.STAGE_RESOURCES_UNKNOWN.format(
            skills=_joined(unknown), them="it" if len(unknown) == 1 else "them"))
    if data["foundational"]:
        parts.append("\n".join([words.STAGE_RESOURCES_FOUNDATIONAL, *(
            words.RESOURCE_LINE.format(title=r["title"], url=r["url"], type=r["type"],
                                       provider=r.get("provider") or "")
            for r in data["foundational"])]))
    return "\n\n".join(parts)


def _joined(names: list[str]) -> str:
    if len(names) < 2:
        return "".join(names)
    return words.AND_JOIN.format(first=", ".join(names[:-1]), last=names[-1])


def render_rating(data: dict[str, Any]) -> str:
    return words.RATED.format(title=data["title"], stars=data["stars"], score=data["score"])


def render_explanation(data: dict[str, Any]) -> str:
    body, start = str(data["text"]), str(data.get("where_to_start") or "")
    text = words.EXPLANATION.format(name=data["name"], text=body,
                                    start="" if start in body else start).rstrip()
    if data.get("hours") and f"{data['hours']} hours" not in body:
        text += words.EXPLANATION_HOURS.format(hours=data["hours"])
    if data.get("resources"):
        text += words.EXPLANATION_RESOURCES + "\n" + "\n".join(
            words.RESOURCE_LINE.format(title=r["title"], url=r["url"], type=r["type"],
                                       provider=r.get("provider") or "")
            for r in data["resources"][:MAX_RESOURCES_SHOWN])
    return text


RENDERERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "create_roadmap": render_roadmap,
    "show_roadmap": render_roadmap,
    "mark_goal_done": render_roadmap,
    "mark_stage_done": render_roadmap,
    "adjust_roadmap": render_roadmap,
    "export_roadmap": render_export,
    "find_resources": render_resources,
    "show_stage_resources": render_stage_resources,
    "rate_learning_resource": render_rating,
    "explain_topic": render_explanation,
}
"""Tool name -> reply renderer."""
