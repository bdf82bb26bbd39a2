"""``hireready progress --user NAME [--json]``: a user's study progress, computed by the same
function as the chat's "how am I doing?" (``graphs.toolkit.progress_data.progress_report``).
An unknown user exits with status 2 and a "Next step:" line."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import typer

from prompts import progress_replies as words
from tools.errors import HireReadyError, NotFound

WEEK = 7


def register(app: typer.Typer) -> None:
    """Add the ``progress`` command to the ``hireready`` app."""
    app.command("progress", help=words.CLI_HELP)(progress_command)


def progress_command(
    user: str = typer.Option(..., "--user", help=words.CLI_USER_HELP),
    as_json: bool = typer.Option(False, "--json", help=words.CLI_JSON_HELP),
) -> None:
    """Print the user's progress report (exit status 2 for an unknown user)."""
    try:
        report = user_progress(user, datetime.now(UTC))
    except HireReadyError as error:
        typer.echo(words.CLI_ERROR.format(message=error.message, guidance=error.guidance),
                   err=True)
        raise typer.Exit(code=2) from None
    if as_json:
        typer.echo(json.dumps({"user": user, **report}, indent=2, ensure_ascii=False))
    else:
        _print_summary(user, report)


def user_progress(name: str, now: datetime) -> dict[str, Any]:
    """The progress report of the user called ``name`` in the configured data directory.

    Args:
        name: User name.
        now: The current instant (aware).

    Returns:
        ``progress_data.progress_report``: ``{"total_minutes", "streak_days", "daily":
        [{"date", "minutes"}], "productivity": {"daily", "weekly"}, "progress_percentage",
        ...}`` with minutes as integers.

    Raises:
        NotFound: No user has that name.
    """
    from agent.setup import migrated_session
    from graphs.toolkit.progress_data import progress_report
    from storage.repositories.users import get_user_by_name
    from storage.taxonomy import default_taxonomy

    with migrated_session() as session:
        account = get_user_by_name(session, name)
        if account is None:
            raise NotFound(words.CLI_NO_USER.format(name=name),
                           words.CLI_NO_USER_NEXT.format(name=name))
        return progress_report(session, account.id, now, default_taxonomy())


def _print_summary(name: str, report: dict[str, Any]) -> None:
    from rich.console import Console

    console = Console(highlight=False)
    figures, productivity = report["figures"], report["productivity"]
    streak = report["streak_days"]
    console.print(words.CLI_HEADER.format(name=name, zone=report["time_zone"],
                                          today=report["today"]), style="bold")
    console.print(words.CLI_TOTALS.format(total=report["total_minutes"],
                                          week=figures["week_minutes"], streak=streak,
                                          s="" if streak == 1 else "s"))
    console.print(words.CLI_PRODUCTIVITY.format(daily=productivity["daily"],
                                                weekly=productivity["weekly"],
                                                target=report["target_minutes"]))
    stages = report["stages"]
    console.print(words.CLI_ROADMAP.format(
        progress=report["progress_percentage"], done=stages["completed"],
        total=stages["total"], goals_done=report["goals"]["completed"],
        goals_total=report["goals"]["total"]) if stages["total"] else words.CLI_NO_ROADMAP)
    console.print(_weeks_table(report))
    if report.get("nudge"):
        console.print(report["nudge"])


def _weeks_table(report: dict[str, Any]) -> Any:
    """A table of the report's days: one row per week, one column per weekday."""
    from rich.table import Table

    days = report["daily"]
    streak = report["streak"]
    table = Table(title=words.CLI_WEEKS_TITLE, title_justify="left")
    table.add_column(words.CLI_WEEK_COLUMN)
    for day in days[:WEEK]:
        table.add_column(date.fromisoformat(day["date"]).strftime("%a"), justify="right")
    table.add_column(words.CLI_TOTAL_COLUMN, justify="right")
    for start in range(0, len(days), WEEK):
        week = days[start:start + WEEK]
        cells = [_cell(d, streak) for d in week]
        table.add_row(week[0]["date"], *cells, str(sum(d["minutes"] for d in week)))
    return table


def _cell(day: dict[str, Any], streak: dict[str, Any]) -> str:
    minutes = str(day["minutes"])
    first, last = streak.get("first"), streak.get("last")
    return f"[bold]{minutes}[/bold]" if first and last and first <= day["date"] <= last \
        else minutes
