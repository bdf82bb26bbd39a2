"""``hireready stats [--json]``: aggregate figures for whoever runs the service.

``--json`` prints ``{"users", "weekly_active_users", "users_with_readiness",
"average_readiness", "users_with_trend", "average_weekly_improvement", "window_days",
"as_of"}`` (averages are ``null`` when no user has the data; the rules are in
:mod:`storage.repositories.stats`). Nothing about any one user is printed.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from typing import Any

import typer

from prompts import interview_cli as words


def stats_payload(now: datetime) -> dict[str, Any]:
    """The figures of the configured database (migrated first) at ``now``."""
    from agent.setup import migrated_session
    from storage.repositories.stats import service_stats

    with migrated_session() as session:
        figures = service_stats(session, now)
    return {**dataclasses.asdict(figures), "as_of": now.isoformat(timespec="seconds")}


def readable(data: dict[str, Any]) -> str:
    """The figures as an aligned two-column table."""
    readiness, rate = data["average_readiness"], data["average_weekly_improvement"]
    rows = [
        (words.STATS_USERS, str(data["users"])),
        (words.STATS_ACTIVE.format(days=data["window_days"]), str(data["weekly_active_users"])),
        (words.STATS_READINESS.format(count=data["users_with_readiness"]),
         words.STATS_NOT_YET if readiness is None else f"{readiness:.1f}"),
        (words.STATS_IMPROVEMENT.format(count=data["users_with_trend"]),
         words.STATS_NOT_YET if rate is None else words.STATS_POINTS.format(value=rate)),
    ]
    width = max(len(label) for label, _ in rows)
    lines = [words.STATS_TITLE.format(now=data["as_of"]), ""]
    lines += [f"{label.ljust(width)}  {value}" for label, value in rows]
    return "\n".join(lines)


def stats_command(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Print the service's aggregate figures."""
    data = stats_payload(datetime.now(UTC))
    typer.echo(json.dumps(data, indent=2) if as_json else readable(data))


def register(app: typer.Typer) -> None:
    """Add the ``stats`` command to ``hireready``."""
    app.command("stats", help=words.STATS_HELP)(stats_command)
