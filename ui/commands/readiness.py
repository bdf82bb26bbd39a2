"""``hireready readiness --user NAME [--jobs] [--json]``: a user's readiness score, computed by
the same function as the chat's "how ready am I?" (``graphs.toolkit.readiness``), and with
``--jobs`` the recommended openings. ``--json`` prints ``{"score", "breakdown",
"improvements", "trend", "gauge", "ready_for_job_search", "threshold"}`` (plus ``"jobs"``:
the ``recommend_jobs`` JSON). An unknown user exits with status 2 and a "Next step:" line.
"""

from __future__ import annotations

import json

import typer

from prompts import readiness_replies as words
from tools.errors import HireReadyError


def register(app: typer.Typer) -> None:
    """Add the ``readiness`` command to the ``hireready`` app."""
    app.command("readiness", help=words.CLI_HELP)(readiness_command)


def readiness_command(
    user: str = typer.Option(..., "--user", help="User name."),
    jobs: bool = typer.Option(False, "--jobs", help="Also recommend openings (above 75)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Print the user's readiness score (exit status 2 for an unknown user)."""
    from agent.offline.render_readiness import render_readiness, render_recommendations
    from graphs.toolkit.readiness import (
        compute_readiness,
        readiness_payload,
        recommendations,
        recommendations_payload,
    )
    from ui.commands.jobs import user_services
    from ui.markdown_out import echo_markdown

    try:
        with user_services(user) as (services, user_id):
            readiness = compute_readiness(services, user_id)
            data = readiness_payload(readiness)
            if jobs:
                data["jobs"] = recommendations_payload(
                    recommendations(services, user_id, readiness))
    except HireReadyError as error:
        typer.echo(f"Error: {error.message}\nNext step: {error.guidance}", err=True)
        raise typer.Exit(code=2) from None
    if as_json:
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    text = render_readiness(data)
    echo_markdown(text + ("\n\n" + render_recommendations(data["jobs"]) if jobs else ""))
