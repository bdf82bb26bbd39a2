"""The ``hireready`` command: web app, terminal chat, resume parsing, accounts."""

from __future__ import annotations

import getpass
import json
import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from agent.settings import Settings
from prompts import terminal as terminal_words
from tools.errors import HireReadyError
from tools.resume.models import ResumeProfile

if TYPE_CHECKING:
    from agent.runtime import Runtime

app = typer.Typer(help="HireReady: a job-readiness coach you talk to.", no_args_is_help=True,
                  add_completion=False, pretty_exceptions_enable=False)
user_app = typer.Typer(help="Manage accounts.", no_args_is_help=True)
app.add_typer(user_app, name="user")

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CHAINLIT_APP = PROJECT_ROOT / "ui" / "chainlit_app.py"


def _fail(error: HireReadyError) -> None:
    typer.echo(f"Error: {error.message}\nNext step: {error.guidance}", err=True)
    raise typer.Exit(code=2)


def _logging(settings: Settings, console: bool = True) -> None:
    from agent.logs import configure_logging

    configure_logging(settings, console=console)


def _port_free(host: str, port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


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
    from ui.web_root import prepare_web_root

    settings = Settings()
    _logging(settings)
    host, port = host or settings.host, port or settings.port
    if not _port_free(host, port):
        typer.echo(f"Error: port {port} on {host} is already in use (is HireReady already "
                   f"running?).\nNext step: open http://{host}:{port}, or start another "
                   f"instance with --port {port + 1}.", err=True)
        raise typer.Exit(code=2)
    try:
        prepare(settings)
    except HireReadyError as error:
        _fail(error)
    web_root = prepare_web_root(settings.resolved_data_dir)
    env = dict(os.environ)
    env.update({
        "CHAINLIT_APP_ROOT": str(web_root),
        "CHAINLIT_AUTH_SECRET": read_auth_secret(settings),
        "HIREREADY_DATA_DIR": str(settings.resolved_data_dir),
    })
    command = [sys.executable, "-m", "chainlit", "run", str(CHAINLIT_APP), "--headless",
               "--host", host, "--port", str(port)]
    typer.echo(f"HireReady is starting on http://{host}:{port} (stop it with Ctrl-C)")
    raise typer.Exit(subprocess.call(command, env=env, cwd=web_root))


@app.command(help=terminal_words.CHAT_HELP)
def chat(user: str = typer.Option(..., "--user", help="User name (created if unknown)."),
         new: bool = typer.Option(False, "--new", help="Start a new conversation."),
         trace: bool = typer.Option(False, "--trace", help="Print tool calls on stderr.")
         ) -> None:
    """Chat in the terminal as the local operator for USER (help: ``CHAT_HELP``)."""
    from agent.runtime import Runtime
    from agent.setup import prepare
    from ui.terminal import run_chat

    settings = Settings()
    _logging(settings, console=False)
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
def parse(file: Path = typer.Argument(..., help="Resume file: PDF, DOCX, TXT or JSON Resume."),
          as_json: bool = typer.Option(False, "--json", help="Print the profile as JSON."),
          output_format: str = typer.Option(
              "", "--format", help="'json' (same as --json) or 'jsonresume' (JSON Resume)."),
          ) -> None:
    """Parse a resume and print the profile (exit status 2 when the file is refused)."""
    import logging

    from storage.taxonomy import load_taxonomy
    from tools.documents import Document
    from tools.resume.parse import parse_resume
    from tools.skill_matcher import SkillMatcher
    from ui.commands.parsing import export_jsonresume

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    if output_format not in ("", "json", "jsonresume"):
        typer.echo(f"Error: unknown format '{output_format}'.\nNext step: use --format json or "
                   "--format jsonresume.", err=True)
        raise typer.Exit(code=2)
    if file.is_dir() or not file.is_file():
        what = "a folder" if file.is_dir() else "no file"
        typer.echo(f"Error: there is {what} at '{file}'.\nNext step: give the path of a resume "
                   "file (PDF, DOCX, TXT or JSON Resume).", err=True)
        raise typer.Exit(code=2)
    try:
        document = Document(filename=file.name, content=file.read_bytes())
        profile = parse_resume(document, SkillMatcher(load_taxonomy()))
    except HireReadyError as error:
        _fail(error)
        return
    if output_format == "jsonresume":
        typer.echo(json.dumps(export_jsonresume(profile), indent=2, ensure_ascii=False))
    elif as_json or output_format == "json":
        typer.echo(json.dumps(profile.model_dump(), indent=2, ensure_ascii=False))
    else:
        typer.echo(_readable(profile))


def _readable(profile: ResumeProfile) -> str:
    """The profile as plain text lines; parts the resume lacks are left out."""
    contact = " · ".join(p for p in (profile.email, profile.phone) if p)
    lines = [profile.name or "(no name found)", *([contact] if contact else [])]
    lines.append("Skills: " + (", ".join(profile.skill_names()) or "(none recognised)"))
    for entry in profile.education:
        what = " ".join(p for p in (entry.degree, entry.field) if p)
        lines.append("Education: " + " — ".join(p for p in (what, entry.institution) if p))
    for role in profile.experience:
        span = "–".join(p for p in (role.start, role.end) if p)
        lines.append(f"Experience: {role.title or ''} at {role.company or ''} ({span})")
    return "\n".join(lines)


@user_app.command("passwd")
def user_passwd(name: str = typer.Argument(..., help="User name."),
                password: str = typer.Option(None, "--password", help="Asked for when omitted.")
                ) -> None:
    """Set or change the password of an account (also of one made by `hireready chat`)."""
    secret = password if password is not None else _ask_password()
    _account_change(lambda runtime: runtime.set_password(name, secret))
    typer.echo(f"Password of '{name}' changed.")


@user_app.command("add")
def user_add(name: str = typer.Argument(..., help="User name to log in with."),
             password: str = typer.Option(None, "--password", help="Asked for when omitted.")
             ) -> None:
    """Create an account for the web app."""
    secret = password if password is not None else _ask_password()
    settings = _account_change(lambda runtime: runtime.create_user(name, secret))
    typer.echo(f"Created user '{name}'. Log in at http://{settings.host}:{settings.port}")


def _ask_password() -> str:
    password = getpass.getpass("Password: ")
    if getpass.getpass("Repeat password: ") != password:
        typer.echo("Error: the passwords differ.\nNext step: run the command again.", err=True)
        raise typer.Exit(code=2)
    return password


def _account_change(change: Callable[[Runtime], object]) -> Settings:
    """Run an account change on a migrated database; exit 2 with guidance when refused."""
    from agent.runtime import Runtime
    from agent.setup import ensure_dirs
    from storage.migrate import upgrade

    settings = Settings()
    ensure_dirs(settings)
    upgrade(settings.sqlalchemy_url)
    runtime = Runtime(settings)
    try:
        change(runtime)
    except HireReadyError as error:
        _fail(error)
    finally:
        runtime.close()
    return settings


def main() -> None:
    """Entry point of the ``hireready`` console script.

    An unexpected error is written with its traceback to the log file in the data directory;
    the user sees what happened and a next step, never the traceback (exit status 1).
    """
    from ui.commands import register_all

    register_all(app)
    try:
        app()
    except Exception:
        _log_crash()
        from prompts import errors as msg

        typer.echo(f"Error: {msg.INTERNAL}\nNext step: {msg.INTERNAL_NEXT} (details are in "
                   f"{Settings().logs_dir / 'hireready.log'})", err=True)
        raise SystemExit(1) from None


def _log_crash() -> None:
    import logging

    from agent.logs import configure_logging

    try:
        configure_logging(Settings(), console=False)
    except OSError:
        return
    logging.getLogger("ui.cli").exception("command failed: %s", " ".join(sys.argv[1:]))
