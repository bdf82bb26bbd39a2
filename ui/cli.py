"""The ``hireready`` command: web app, terminal chat, resume parsing, accounts."""

from __future__ import annotations

import getpass
import json
import logging
import os
import subprocess
import sys
import uuid
from pathlib import Path

import typer

from agent.settings import Settings
from tools.errors import HireReadyError

app = typer.Typer(help="HireReady: a job-readiness coach you talk to.", no_args_is_help=True,
                  add_completion=False)
user_app = typer.Typer(help="Manage accounts.", no_args_is_help=True)
app.add_typer(user_app, name="user")

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CHAINLIT_APP = PROJECT_ROOT / "ui" / "chainlit_app.py"


def _fail(error: HireReadyError) -> None:
    typer.echo(f"Error: {error.message}\nNext step: {error.guidance}", err=True)
    raise typer.Exit(code=2)


def _logging(settings: Settings) -> None:
    logging.basicConfig(level=settings.log_level.upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@app.command()
def setup() -> None:
    """Prepare the data directory (schema, vectors, auth secret) without serving."""
    from agent.setup import prepare

    settings = Settings()
    _logging(settings)
    try:
        report = prepare(settings)
    except HireReadyError as error:
        _fail(error)
        return
    typer.echo(f"Data directory ready: {report.data_dir}")


@app.command()
def run(port: int = typer.Option(None, help="Port (default HIREREADY_PORT or 8000)."),
        host: str = typer.Option(None, help="Address (default HIREREADY_HOST or 127.0.0.1).")
        ) -> None:
    """Set up the data directory if needed and serve the web app (Chainlit)."""
    from agent.setup import prepare, read_auth_secret

    settings = Settings()
    _logging(settings)
    try:
        prepare(settings)
    except HireReadyError as error:
        _fail(error)
    env = dict(os.environ)
    env.update({
        "CHAINLIT_APP_ROOT": str(PROJECT_ROOT),
        "CHAINLIT_AUTH_SECRET": read_auth_secret(settings),
        "HIREREADY_DATA_DIR": str(settings.resolved_data_dir),
    })
    command = [sys.executable, "-m", "chainlit", "run", str(CHAINLIT_APP), "--headless",
               "--host", host or settings.host, "--port", str(port or settings.port)]
    typer.echo(f"HireReady is starting on http://{host or settings.host}:{port or settings.port}")
    raise typer.Exit(subprocess.call(command, env=env, cwd=PROJECT_ROOT))


@app.command()
def chat(user: str = typer.Option(..., "--user", help="User name (created if unknown)."),
         new: bool = typer.Option(False, "--new", help="Start a new conversation."),
         trace: bool = typer.Option(False, "--trace", help="Print tool calls on stderr.")
         ) -> None:
    """Chat in the terminal as the local operator for USER (reads lines from stdin)."""
    from agent.runtime import Runtime
    from agent.setup import prepare
    from ui.terminal import run_chat

    settings = Settings()
    logging.basicConfig(level=logging.WARNING)
    try:
        prepare(settings, progress=sys.stderr.isatty())
        runtime = Runtime(settings)
        account, created = runtime.ensure_user(user)
    except HireReadyError as error:
        _fail(error)
        return
    if created:
        typer.echo(f"Created a new local user '{user}'.", err=True)
    thread = None if new else runtime.latest_thread(account.id)
    try:
        code = run_chat(runtime, account.id, thread or uuid.uuid4().hex, trace)
    finally:
        runtime.close()
    raise typer.Exit(code)


@app.command()
def parse(file: Path = typer.Argument(..., help="Resume file: PDF, DOCX or TXT."),
          as_json: bool = typer.Option(False, "--json", help="Print the profile as JSON.")
          ) -> None:
    """Parse a resume and print the profile (exit status 2 when the file is refused)."""
    from storage.taxonomy import load_taxonomy
    from tools.documents import Document
    from tools.resume.parse import parse_resume
    from tools.skill_matcher import SkillMatcher

    if not file.is_file():
        typer.echo(f"Error: there is no file at {file}.\nNext step: check the path.", err=True)
        raise typer.Exit(code=2)
    try:
        document = Document(filename=file.name, content=file.read_bytes())
        profile = parse_resume(document, SkillMatcher(load_taxonomy()))
    except HireReadyError as error:
        _fail(error)
        return
    if as_json:
        typer.echo(json.dumps(profile.model_dump(), indent=2, ensure_ascii=False))
        return
    typer.echo(f"{profile.name or '(no name found)'} · {profile.email or ''} · "
               f"{profile.phone or ''}")
    typer.echo("Skills: " + ", ".join(profile.skill_names()))
    for entry in profile.education:
        typer.echo(f"Education: {entry.degree} {entry.field or ''} — {entry.institution}")
    for role in profile.experience:
        typer.echo(f"Experience: {role.title} at {role.company} ({role.start}–{role.end})")


@user_app.command("add")
def user_add(name: str = typer.Argument(..., help="User name to log in with."),
             password: str = typer.Option(None, "--password", help="Asked for when omitted.")
             ) -> None:
    """Create an account for the web app."""
    from agent.runtime import Runtime
    from agent.setup import ensure_dirs
    from storage.migrate import upgrade

    settings = Settings()
    ensure_dirs(settings)
    upgrade(settings.sqlalchemy_url)
    if password is None:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Repeat password: ") != password:
            typer.echo("Error: the passwords differ.\nNext step: run the command again.",
                       err=True)
            raise typer.Exit(code=2)
    runtime = Runtime(settings)
    try:
        runtime.create_user(name, password)
    except HireReadyError as error:
        _fail(error)
    finally:
        runtime.close()
    typer.echo(f"Created user '{name}'. Log in at http://{settings.host}:{settings.port}")


def main() -> None:
    """Entry point of the ``hireready`` console script."""
    from ui.commands import register_all

    register_all(app)
    app()
