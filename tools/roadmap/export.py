"""Roadmap exports: a JSON summary, Markdown, and an iCalendar file (issue 5, point 8).

iCalendar (RFC 5545) is written with the ``icalendar`` package: one event per open goal at
the learner's reminder time in their IANA time zone (with its VTIMEZONE), repeating daily or
weekly over the goal's window (RRULE with COUNT), lasting one session, with a display
reminder (VALARM) when it starts. Completed goals are left out. Nothing reads the clock:
``now`` stamps the events (DTSTAMP).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Alarm, Calendar, Event

from prompts import roadmap as words
from tools.errors import InvalidInput
from tools.roadmap.models import Goal, Roadmap, RoadmapStage
from tools.roadmap.progress import progress_percentage

UID_DOMAIN = "hireready.local"
"""Right-hand side of event UIDs (``<roadmap id>-<goal key>@hireready.local``)."""


def roadmap_summary(roadmap: Roadmap) -> dict[str, Any]:
    """The roadmap as plain JSON data (the ``hireready roadmap --json`` shape).

    Returns:
        ``{"title", "target_role", "plan", "start", "estimated_days", "progress",
        "warnings", "deferred", "known", "adaptations", "stages": [{"number", "title",
        "description", "skills", "difficulty", "estimated_days", "status", "goals":
        [{"type", "description", "skills", "resources", "completed", "first_day",
        "last_day", "minutes"}], "foundational_resources"}]}``; skills are names,
        resources ``{"title", "url", "type", "provider", "difficulty"}``.
    """
    return {
        "title": roadmap.title,
        "target_role": roadmap.target_role,
        "plan": roadmap.plan.model_dump(mode="json"),
        "start": roadmap.start.isoformat() if roadmap.start else None,
        "estimated_days": roadmap.estimated_days,
        "progress": round(progress_percentage(roadmap), 1),
        "warnings": list(roadmap.warnings),
        "deferred": list(roadmap.deferred),
        "known": list(roadmap.known),
        "adaptations": [a.message for a in roadmap.adaptations],
        "stages": [_stage_summary(stage) for stage in roadmap.stages],
    }


def _stage_summary(stage: RoadmapStage) -> dict[str, Any]:
    names = {s.id: s.name for s in stage.skills}
    return {
        "number": stage.number, "title": stage.title, "description": stage.description,
        "skills": [s.name for s in stage.skills], "difficulty": stage.difficulty,
        "estimated_days": stage.estimated_days, "status": stage.status,
        "goals": [{"type": g.type, "description": g.description,
                   "skills": [names.get(s, s) for s in g.skills],
                   "resources": [_resource(r) for r in g.resources],
                   "completed": g.completed, "first_day": g.first_day,
                   "last_day": g.last_day, "minutes": g.minutes} for g in stage.goals],
        "foundational_resources": [_resource(r) for r in stage.foundational_resources],
    }


def _resource(ref: Any) -> dict[str, Any]:
    return {"title": ref.title, "url": ref.url, "type": ref.type, "provider": ref.provider,
            "difficulty": ref.difficulty}


def to_markdown(roadmap: Roadmap) -> str:
    """The roadmap as a Markdown document: title, estimate, progress, warnings, then each
    stage with its goals as a task list and their resources as links."""
    plan = roadmap.plan
    template = words.MD_PLAN_DAILY if plan.pace == "daily" else words.MD_PLAN_WEEKLY
    done = sum(1 for s in roadmap.stages if s.status == "completed")
    lines = [f"# {roadmap.title}", "",
             words.MD_ESTIMATE.format(days=roadmap.estimated_days, plan=template.format(
                 hours=f"{plan.hours:g}", level=plan.level)),
             words.MD_PROGRESS.format(percent=f"{progress_percentage(roadmap):.0f}", done=done,
                                      total=len(roadmap.stages)), ""]
    notes = [*roadmap.warnings, *(a.message for a in roadmap.adaptations)]
    if notes:
        lines += [f"## {words.MD_WARNINGS}", "", *(f"- {w}" for w in notes), ""]
    for stage in roadmap.stages:
        lines += _stage_markdown(stage)
    return "\n".join(lines).rstrip() + "\n"


def _stage_markdown(stage: RoadmapStage) -> list[str]:
    lines = [f"## {stage.title}", "", stage.description, "",
             words.MD_STAGE_META.format(status=words.STATUS_WORDS[stage.status],
                                        days=stage.estimated_days, level=stage.difficulty,
                                        skills=", ".join(s.name for s in stage.skills)),
             "", f"### {words.MD_GOALS}", ""]
    for goal in stage.goals:
        mark = words.MD_DONE if goal.completed else words.MD_OPEN
        kind = words.MD_TYPE_DAILY if goal.type == "daily" else words.MD_TYPE_WEEKLY
        lines.append(f"- [{mark}] ({kind}) {goal.description}")
        lines += [f"  - [{r.title}]({r.url}) · {r.type}" for r in goal.resources]
    if stage.foundational_resources:
        lines += ["", f"### {words.MD_FOUNDATIONAL}", ""]
        lines += [f"- [{r.title}]({r.url}) · {r.type}" for r in stage.foundational_resources]
    return [*lines, ""]


def to_icalendar(roadmap: Roadmap, *, reminder_at: time, time_zone: str, now: datetime,
                 start: date | None = None, roadmap_id: str = "roadmap") -> bytes:
    """The roadmap's open goals as calendar events with reminders.

    Args:
        roadmap: The roadmap.
        reminder_at: Local time of day each goal's session starts (and its reminder fires).
        time_zone: IANA time zone name ("Europe/Berlin").
        now: Aware timestamp for DTSTAMP.
        start: Day 0 of the schedule; default the roadmap's start.
        roadmap_id: Makes UIDs unique per roadmap.

    Returns:
        The ``.ics`` file's bytes (UTF-8, CRLF line ends).

    Raises:
        InvalidInput: Unknown time zone, or no start date.
    """
    zone = _zone(time_zone)
    first = start or roadmap.start
    if first is None:
        raise InvalidInput(words.NO_START_DATE, words.NO_START_DATE_NEXT)
    calendar = Calendar()
    calendar.add("prodid", words.ICS_PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", words.ICS_CAL_NAME.format(title=roadmap.title))
    for stage in roadmap.stages:
        for goal in stage.goals:
            if not goal.completed:
                calendar.add_component(_event(goal, stage, first, reminder_at, zone, now,
                                              roadmap_id))
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise InvalidInput(words.BAD_TIME_ZONE.format(zone=name),
                           words.BAD_TIME_ZONE_NEXT) from error


def _event(goal: Goal, stage: RoadmapStage, first: date, at: time, zone: ZoneInfo,
           now: datetime, roadmap_id: str) -> Event:
    event = Event()
    day = first + timedelta(days=goal.first_day)
    event.add("uid", f"{roadmap_id}-{goal.key.replace(':', '-')}@{UID_DOMAIN}")
    event.add("dtstamp", now)
    event.add("dtstart", datetime.combine(day, at, tzinfo=zone))
    event.add("duration", timedelta(minutes=goal.minutes))
    event.add("summary", words.ICS_SUMMARY.format(goal=goal.description))
    event.add("description", _description(goal, stage))
    event.add("categories", [stage.title])
    freq = "DAILY" if goal.type == "daily" else "WEEKLY"
    event.add("rrule", {"FREQ": freq, "COUNT": goal.sessions})
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", words.ICS_REMINDER.format(goal=goal.description))
    alarm.add("trigger", timedelta(0))
    event.add_component(alarm)
    return event


def _description(goal: Goal, stage: RoadmapStage) -> str:
    lines = [stage.title, goal.description]
    if goal.resources:
        lines.append(words.ICS_RESOURCES)
        lines += [f"- {r.title}: {r.url}" for r in goal.resources]
    return "\n".join(lines)
