"""``hireready jobs import FILE --user NAME [--json]``: import a file of job postings.

Reads the JSON or CSV file (format in :data:`prompts.postings.CLI_IMPORT_HELP`), parses each
description with the job-description parser and stores the postings for the user, then
prints a summary: imported postings and skipped ones with their line and reason. ``--json``
prints ``{"imported": [{"line", "job_id", "title", "company", "url", "skills"}],
"skipped": [{"line", "title", "reason"}], "total"}``. A file that cannot be read at all, or
an unknown user, exits with status 2, a message and a next step on stderr.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import typer

from prompts import postings as words
from tools.errors import HireReadyError, NotFound
from tools.postings.models import ImportSummary


def register(app: typer.Typer) -> None:
    """Add the ``jobs`` command group to ``hireready``."""
    group = typer.Typer(help=words.CLI_GROUP_HELP, no_args_is_help=True)
    group.command("import", help=words.CLI_IMPORT_HELP)(import_command)
    app.add_typer(group, name="jobs")


def import_command(file: Path = typer.Argument(..., help="JSON or CSV file of postings."),
                   user: str = typer.Option(..., "--user", help="User name to import for."),
                   as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Import job postings from FILE for USER."""
    try:
        if not file.is_file():
            raise NotFound(words.CLI_NO_FILE.format(path=file), words.CLI_NO_FILE_NEXT)
        summary = _import(file, user)
    except HireReadyError as error:
        typer.echo(f"Error: {error.message}\nNext step: {error.guidance}", err=True)
        raise typer.Exit(code=2) from None
    if as_json:
        typer.echo(json.dumps(summary.model_dump(), indent=2, ensure_ascii=False))
    else:
        _print_summary(file.name, summary)


def _import(file: Path, username: str) -> ImportSummary:
    from graphs.toolkit.readiness import import_postings

    with user_services(username) as (services, user_id):
        return import_postings(services, user_id, file.name, file.read_bytes())


@contextmanager
def user_services(username: str) -> Iterator[tuple[Any, str]]:
    """The tools' services on the configured data directory (prepared if needed) and the id
    of the user called ``username``.

    Raises:
        NotFound: No user has that name.
    """
    from agent.runtime import Runtime
    from agent.settings import Settings
    from agent.setup import prepare
    from graphs.services import Services
    from storage.repositories.users import require_user_by_name
    from storage.roles import load_roles
    from storage.taxonomy import default_taxonomy

    settings = Settings()
    prepare(settings, progress=sys.stderr.isatty())
    runtime = Runtime(settings)
    try:
        with runtime.sessions() as session:
            account = require_user_by_name(session, username)
        yield Services(runtime.sessions, runtime.uploads, runtime.skill_matcher,
                       runtime.skill_index, default_taxonomy, load_roles,
                       lambda: datetime.now(UTC).date(), lambda: datetime.now(UTC),
                       settings.resolved_data_dir / "exports"), account.id
    finally:
        runtime.close()


def _print_summary(name: str, summary: ImportSummary) -> None:
    typer.echo(words.CLI_IMPORTED.format(imported=len(summary.imported), total=summary.total,
                                         name=name, skipped=len(summary.skipped)))
    for posting in summary.imported:
        company = f", {posting.company}" if posting.company else ""
        typer.echo(words.CLI_IMPORTED_LINE.format(line=posting.line, title=posting.title,
                                                  company=company, skills=posting.skills))
    if summary.skipped:
        typer.echo(words.CLI_SKIPPED_HEADER)
    for problem in summary.skipped:
        title = f"{problem.title}: " if problem.title else ""
        typer.echo(words.CLI_SKIPPED_LINE.format(line=problem.line, title=title,
                                                 reason=problem.reason))
