"""Offline replies for the readiness score, job recommendations and posting imports.
Numbers come from the tools' JSON; words from :mod:`prompts.readiness_replies`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prompts import readiness_replies as words


def _trend_line(trend: dict[str, Any] | None) -> str | None:
    if not trend:
        return None
    days = float(trend["days"])
    if trend["weekly_rate"] is None:
        return words.TREND_TOO_EARLY.format(days=days, s="" if round(days) == 1 else "s")
    rate = float(trend["weekly_rate"])
    return words.TREND_RATE.format(sign="+" if rate >= 0 else "−", rate=abs(rate),
                                   first=trend["first_score"], days=days,
                                   direction=words.DIRECTIONS.get(trend["direction"],
                                                                  trend["direction"]))


def render_readiness(data: dict[str, Any]) -> str:
    """The score, each part with its details, the trend and the next steps."""
    lines = [words.READINESS_HEADER.format(score=data["score"]),
             (words.READY_LINE if data["ready_for_job_search"] else words.NOT_READY_LINE)
             .format(threshold=data["threshold"]), ""]
    lines += [words.PART_LINE.format(label=p["label"], weight=p["weight"], score=p["score"],
                                     detail=p["detail"]) for p in data["breakdown"].values()]
    trend = _trend_line(data.get("trend"))
    if trend:
        lines += ["", trend]
    steps = data["improvements"]
    lines += ["", words.STEPS_HEADER] if steps else ["", words.ALL_DONE]
    labels = {name: p["label"].lower() for name, p in data["breakdown"].items()}
    lines += [words.STEP_LINE.format(n=n, action=s["action"], points=s["points"],
                                     area=labels.get(s["area"], s["area"]))
              for n, s in enumerate(steps[:4], start=1)]
    return "\n".join(lines)


def render_recommendations(data: dict[str, Any]) -> str:
    """The ranked openings with their match, or what to do first."""
    if not data["eligible"]:
        return "\n".join([words.JOBS_NOT_READY_HEADER.format(readiness=data["readiness"],
                                                             threshold=data["threshold"]),
                          "", data["note"]])
    lines = [words.JOBS_HEADER.format(readiness=data["readiness"]), ""]
    for job in data["jobs"]:
        gaps = words.JOB_GAPS.format(gaps=", ".join(job["top_gaps"])) if job["top_gaps"] else ""
        lines.append(words.JOB_LINE.format(
            rank=job["rank"], title=job["title"],
            company=f", {job['company']}" if job.get("company") else "",
            match=job["match_percentage"], gaps=gaps,
            url=words.JOB_URL.format(url=job["url"]) if job.get("url") else ""))
    return "\n".join([*lines, "", data["note"]] if data["jobs"] else [*lines, data["note"]])


def render_import(data: dict[str, Any]) -> str:
    """What was imported and what was skipped, by line."""
    lines = [words.IMPORT_HEADER.format(imported=len(data["imported"]), total=data["total"],
                                        filename=data["filename"])]
    lines += [words.IMPORTED_LINE.format(
        line=p["line"], title=p["title"], company=f", {p['company']}" if p.get("company") else "",
        skills=p["skills"]) for p in data["imported"]]
    if data["skipped"]:
        lines += ["", words.SKIPPED_HEADER.format(count=len(data["skipped"]))]
        lines += [words.SKIPPED_LINE.format(line=s["line"],
                                            title=f"{s['title']}: " if s.get("title") else "",
                                            reason=s["reason"]) for s in data["skipped"]]
    return "\n".join([*lines, "", words.IMPORT_FOOTER])


RENDERERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "show_readiness": render_readiness,
    "recommend_jobs": render_recommendations,
    "import_job_postings": render_import,
}
"""Tool name -> reply renderer."""
