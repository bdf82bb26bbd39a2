"""``hireready backup DIR`` and ``hireready restore DIR [--force]``: save and bring back the
whole data directory (see :mod:`storage.backup` for what is saved and how).

A refused command (target not empty, damaged backup) exits with status 2, a message and a
next step on stderr.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import typer

from agent.settings import Settings
from prompts import account as words
from tools.errors import HireReadyError


def register(app: typer.Typer) -> None:
    """Add the ``backup`` and ``restore`` commands to the ``hireready`` CLI."""
    app.command("backup", help=words.BACKUP_HELP)(backup)
    app.command("restore", help=words.RESTORE_HELP)(restore)


def backup(target: Path = typer.Argument(..., metavar="DIR",
                                         help="Empty or new folder for the backup.")
           ) -> None:
    """Save the data directory into DIR."""
    from storage.backup import backup_data_dir
    from storage.db import is_sqlite

    logging.basicConfig(level=logging.WARNING)
    settings = Settings()
    try:
        manifest = backup_data_dir(settings.resolved_data_dir, target,
                                   settings.sqlalchemy_url, datetime.now(UTC))
    except HireReadyError as error:
        _fail(error)
        return
    typer.echo(words.BACKUP_DONE.format(target=target.resolve(), files=len(manifest.files),
                                        size=manifest.total_bytes / 1e6))
    if not is_sqlite(settings.sqlalchemy_url):
        typer.echo(words.BACKUP_POSTGRES_NOTE, err=True)


def restore(source: Path = typer.Argument(..., metavar="DIR",
                                           help="Folder written by 'hireready backup'."),
            force: bool = typer.Option(False, "--force",
                                       help="Replace a non-empty data directory (it is "
                                            "moved aside, not deleted).")) -> None:
    """Restore the data directory from DIR."""
    from storage.backup import restore_data_dir

    logging.basicConfig(level=logging.WARNING)
    settings = Settings()
    try:
        report = restore_data_dir(source, settings.resolved_data_dir, force=force,
                                  now=datetime.now(UTC))
    except HireReadyError as error:
        _fail(error)
        return
    typer.echo(words.RESTORE_DONE.format(files=len(report.manifest.files), target=report.target,
                                         created=report.manifest.created_at))
    if report.moved_aside is not None:
        typer.echo(words.RESTORE_MOVED_ASIDE.format(aside=report.moved_aside))
    if report.manifest.database != "sqlite":
        typer.echo(words.BACKUP_POSTGRES_NOTE, err=True)
    typer.echo(words.RESTORE_NEXT)


def _fail(error: HireReadyError) -> None:
    typer.echo(f"Error: {error.message}\nNext step: {error.guidance}", err=True)
    raise typer.Exit(code=2)
