"""A Typer app holding one capability's commands, for in-process CLI tests."""

from __future__ import annotations

from collections.abc import Callable

import typer


def command_app(register: Callable[[typer.Typer], None]) -> typer.Typer:
    """An app with the commands ``register`` adds, kept as sub-commands (the callback stops
    Typer from collapsing a single command into the app itself)."""
    application = typer.Typer()

    @application.callback()
    def main() -> None:
        """HireReady (tests)."""

    register(application)
    return application
