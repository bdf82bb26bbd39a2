"""Capability sub-commands of ``hireready``: each module here defines ``register(app)``.

Modules are discovered in name order, so adding a capability's commands needs no edit of
``ui/cli.py``.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer


def register_all(app: typer.Typer) -> None:
    """Call ``register(app)`` of every module in this package."""
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{module.name}").register(app)
