"""``hireready roadmap``: a staged learning roadmap from a gap report or a goal, printed as
JSON, Markdown or iCalendar. Refused input exits with status 2 and a "Next step:" line.

With ``--goal`` and ``--resume FILE`` the resume is parsed as by ``hireready parse`` and the
skills it shows are left out of the roadmap and named in ``known`` (the rule of
:class:`tools.roadmap.known.ResumeCoverage`, as in the chat); skills the goal names are
always taught. The skill index is built as ``hireready gaps`` builds it (vector file in the
data directory, or a Qdrant server).

A deadline or daily time written in the goal ("... in 12 weeks", "45 minutes a day") is
read as the chat reads it (``agent.offline.rules.plan_args``; a month is 4.35 weeks) when
``--weeks`` or ``--hours-per-day``/``--hours-per-week`` are not given; options win.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from prompts import roadmap as words
from tools.errors import HireReadyError, InvalidInput
from tools.gaps.models import SkillGap
from tools.roadmap.models import LEVELS, LearningPlan, Roadmap

if TYPE_CHECKING:
    from storage.taxonomy import Taxonomy
    from storage.vectors import SkillIndex
    from tools.roadmap.known import ResumeCoverage
    from tools.skill_matcher import SkillMatcher

FORMATS = ("json", "md", "ics")
DEFAULT_REMINDER = "19:00"


def register(app: typer.Typer) -> None:
    """Add the ``roadmap`` command to the ``hireready`` app."""
    app.command("roadmap", help=words.CLI_HELP)(roadmap_command)


def roadmap_command(
    gaps: Path | None = typer.Option(None, "--gaps", help="Gap report JSON "
                                     "('hireready gaps ... --json')."),
    goal: str | None = typer.Option(None, "--goal", help="A goal in plain words."),
    resume: Path | None = typer.Option(None, "--resume", help=words.CLI_RESUME_HELP),
    level: str = typer.Option("beginner", "--level", help="beginner, intermediate, advanced."),
    hours_per_day: float | None = typer.Option(None, "--hours-per-day",
                                               help="Study hours a day (default 1)."),
    hours_per_week: float | None = typer.Option(None, "--hours-per-week",
                                                help="Study hours a week (weekly goals)."),
    weeks: int | None = typer.Option(None, "--weeks", help="Deadline in weeks."),
    as_json: bool = typer.Option(False, "--json", help="Same as --format json."),
    output_format: str = typer.Option("md", "--format", help="json, md or ics."),
    start: str | None = typer.Option(None, "--start", help="First day, YYYY-MM-DD "
                                     "(default today)."),
    reminder: str = typer.Option(DEFAULT_REMINDER, "--reminder",
                                 help="Reminder time HH:MM (ics)."),
    time_zone: str | None = typer.Option(None, "--tz", help="IANA time zone (ics; default "
                                         "this computer's)."),
    out: Path | None = typer.Option(None, "--out", help="Write to this file."),
) -> None:
    """Build a roadmap and print it (exit status 2 when the input is refused)."""
    try:
        fmt = "json" if as_json else _format(output_format)
        if goal is not None:
            weeks, hours_per_day = goal_time(goal, weeks, hours_per_day, hours_per_week)
        plan = _plan(level, hours_per_day, hours_per_week, weeks)
        first_day = _start(start)
        roadmap = _build(gaps, goal, plan, first_day, resume)
        payload = _render(roadmap, fmt, reminder, time_zone)
    except HireReadyError as error:
        typer.echo(words.CLI_ERROR.format(message=error.message, guidance=error.guidance),
                   err=True)
        raise typer.Exit(code=2) from None
    if out is not None:
        out.write_bytes(payload)
    else:
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()


def goal_time(goal: str, weeks: int | None, per_day: float | None,
              per_week: float | None) -> tuple[int | None, float | None]:
    """The deadline and daily hours, filled from the goal's words where no option gave them.

    Args:
        goal: The goal as typed ("I want to become a data engineer in 12 weeks").
        weeks: ``--weeks``, or None.
        per_day: ``--hours-per-day``, or None.
        per_week: ``--hours-per-week``, or None (a weekly time leaves the goal's daily
            time unread).

    Returns:
        ``(weeks, hours_per_day)``: the options where given, else what the goal says
        (minutes a day as hours), else None.
    """
    from agent.offline.rules import plan_args

    said = plan_args(goal)
    said_weeks, hours, minutes = (said.get("weeks"), said.get("hours_per_day"),
                                  said.get("minutes_per_day"))
    if weeks is None and isinstance(said_weeks, int):
        weeks = said_weeks
    if per_day is None and per_week is None:
        if isinstance(hours, int | float):
            per_day = float(hours)
        elif isinstance(minutes, int):
            per_day = minutes / 60
    return weeks, per_day


def _start(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise InvalidInput(words.CLI_BAD_DATE.format(value=value),
                           words.CLI_BAD_DATE_NEXT) from error


def _format(value: str) -> str:
    if value not in FORMATS:
        raise InvalidInput(words.CLI_BAD_FORMAT.format(value=value), words.CLI_BAD_FORMAT_NEXT)
    return value


def _plan(level: str, per_day: float | None, per_week: float | None,
          weeks: int | None) -> LearningPlan:
    if level not in LEVELS:
        raise InvalidInput(words.CLI_BAD_LEVEL.format(value=level), words.CLI_BAD_LEVEL_NEXT)
    weekly = per_week is not None and per_day is None
    hours = per_week if weekly else (per_day if per_day is not None else 1.0)
    try:
        return LearningPlan.model_validate({"level": level, "pace": "weekly" if weekly
                                            else "daily", "hours": hours,
                                            "deadline_weeks": weeks})
    except ValueError as error:
        raise InvalidInput(words.BAD_PLAN, words.BAD_PLAN_NEXT) from error


def _build(gaps: Path | None, goal: str | None, plan: LearningPlan, start: date,
           resume: Path | None = None) -> Roadmap:
    from storage.taxonomy import default_taxonomy
    from tools.roadmap.build import build_roadmap

    if (gaps is None) == (goal is None):
        raise InvalidInput(words.CLI_NEED_ONE_INPUT, words.CLI_NEED_ONE_INPUT_NEXT)
    if gaps is not None and resume is not None:
        raise InvalidInput(words.CLI_RESUME_WITH_GAPS, words.CLI_RESUME_WITH_GAPS_NEXT)
    taxonomy = default_taxonomy()
    if gaps is not None:
        return build_roadmap(_read_gaps(gaps), plan, taxonomy, start=start)
    return _from_goal(goal or "", plan, start, resume)


def _from_goal(goal: str, plan: LearningPlan, start: date, resume: Path | None) -> Roadmap:
    from storage.roles import load_roles
    from storage.taxonomy import default_taxonomy
    from tools.roadmap.goal import GoalResolver, roadmap_for_goal
    from tools.skill_matcher import SkillMatcher

    taxonomy = default_taxonomy()
    matcher = SkillMatcher(taxonomy.entries)
    resolver = GoalResolver(load_roles(), matcher, taxonomy)
    coverage = None if resume is None else _coverage(resume, matcher, taxonomy)
    resolution, roadmap = roadmap_for_goal(goal, plan, resolver, taxonomy, start=start,
                                           resume=coverage)
    if roadmap is None:
        raise InvalidInput(resolution.question or words.EMPTY_GOAL, words.CLI_CLARIFY_NEXT)
    return roadmap


def _coverage(path: Path, matcher: SkillMatcher, taxonomy: Taxonomy) -> ResumeCoverage:
    """What the resume at ``path`` shows (``ResumeCoverage``).

    Raises:
        InvalidInput: No file at ``path``.
        HireReadyError: The resume parser's errors (unsupported format, too large, empty).
    """
    from tools.documents import Document
    from tools.resume.parse import parse_resume
    from tools.roadmap.known import ResumeCoverage

    if not path.is_file():
        raise InvalidInput(words.CLI_NO_RESUME.format(path=path), words.CLI_NO_RESUME_NEXT)
    profile = parse_resume(Document(filename=path.name, content=path.read_bytes()), matcher)
    return ResumeCoverage(profile, _skill_index(), taxonomy)


def _skill_index() -> SkillIndex:
    """The skill index from the data directory's vector file, or the Qdrant server.

    Raises:
        NotFound: The embedding model is missing.
    """
    from agent.settings import Settings
    from storage.embedder import FastEmbedder
    from storage.vectors import SkillIndex, ensure_vector_file

    settings = Settings()
    embedder = FastEmbedder(settings.models_dir)
    vectors = ensure_vector_file(settings.vectors_dir, embedder, progress=sys.stderr.isatty())
    if settings.qdrant_url:
        return SkillIndex.server(settings.qdrant_url, settings.qdrant_api_key, vectors,
                                 embedder)
    return SkillIndex.local(vectors, embedder)


def _read_gaps(path: Path) -> list[SkillGap]:
    from storage.taxonomy import default_taxonomy

    if not path.is_file():
        raise InvalidInput(words.CLI_NO_FILE.format(path=path), words.CLI_NO_FILE_NEXT)
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
        items = data["gaps"]
        if not isinstance(items, list):
            raise TypeError("'gaps' is not a list")
        taxonomy = default_taxonomy()
        return [_gap(item, taxonomy.by_alias) for item in items]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InvalidInput(words.CLI_BAD_GAPS.format(path=path, reason=error),
                           words.CLI_BAD_GAPS_NEXT) from error


def _gap(item: dict[str, Any], by_alias: Any) -> SkillGap:
    skill = str(item["skill"])
    taxonomy_id = item.get("taxonomy_id")
    if not taxonomy_id:
        entry = by_alias(skill)
        taxonomy_id = entry.id if entry else None
    return SkillGap(skill=skill, taxonomy_id=taxonomy_id,
                    priority=item.get("priority") or "important",
                    explanation=item.get("explanation") or skill,
                    learning_hours=item.get("learning_hours"))


def _render(roadmap: Roadmap, fmt: str, reminder: str, time_zone: str | None) -> bytes:
    from tools.roadmap.export import roadmap_summary, to_icalendar, to_markdown

    if fmt == "json":
        return (json.dumps(roadmap_summary(roadmap), indent=2, ensure_ascii=False)
                + "\n").encode("utf-8")
    if fmt == "md":
        return to_markdown(roadmap).encode("utf-8")
    try:
        at = time.fromisoformat(reminder)
    except ValueError as error:
        raise InvalidInput(words.CLI_BAD_TIME.format(value=reminder),
                           words.CLI_BAD_TIME_NEXT) from error
    return to_icalendar(roadmap, reminder_at=at, time_zone=time_zone or _local_zone(),
                        now=datetime.now(UTC))


def _local_zone() -> str:
    from tzlocal import get_localzone_name

    return get_localzone_name() or "UTC"
