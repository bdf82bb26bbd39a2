"""``hireready resources SKILL [--level L] [--limit N] [--json]``: learning resources.

Prints ``{"resources": [{"title", "url", "type", "provider", "difficulty", "levels",
"duration_minutes", "score", "skills"}], "note": str | null, "below_bar": [...]}`` with
``--json``. ``resources`` holds only resources scored ≥ 4.0 at the level. When fewer than 3
meet that bar, ``note`` says how many do and ``below_bar`` lists the next best of the same
skill (the same fields plus ``reason`` — ``below_bar`` or ``other_level`` — ``offered_level``,
``meets_bar: false`` and ``mark``); otherwise ``note`` is null and ``below_bar`` empty. The
note also goes to stderr. Refused input (blank skill, unknown level, unknown skill) exits
with status 2, a message and a next step.
"""

from __future__ import annotations

import json
import logging

import typer

from agent.settings import Settings
from prompts import resources as words
from tools.errors import HireReadyError, NotFound
from tools.resources.catalog import ResourceCatalog
from tools.resources.models import Resource
from tools.resources.recommend import (
    DEFAULT_LIMIT,
    Recommendation,
    fallback_fields,
    fallback_mark,
    recommend_with_fallback,
    shortfall_note,
)
from tools.resources.search import ResourceSearch

log = logging.getLogger(__name__)


def register(app: typer.Typer) -> None:
    """Add the ``resources`` command to the ``hireready`` CLI."""
    app.command("resources")(resources)


def resources(skill: str = typer.Argument(..., help="Skill, e.g. Docker or 'machine learning'."),
              level: str = typer.Option("beginner", "--level",
                                        help="beginner, intermediate or advanced."),
              limit: int = typer.Option(DEFAULT_LIMIT, "--limit", help="How many (1-20)."),
              as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Recommend learning resources for SKILL at a level (score of 4.0 of 5 or more)."""
    from storage.resource_index import resolve_skill

    logging.basicConfig(level=logging.WARNING)
    settings = Settings()
    try:
        catalog = _catalog(settings)
        query = resolve_skill(skill, catalog)
        index = None if catalog.covering(query) or not query else _index(settings)
        found = recommend_with_fallback(query, level, catalog, index=index, limit=limit)
    except HireReadyError as error:
        typer.echo(f"Error: {error.message}\nNext step: {error.guidance}", err=True)
        raise typer.Exit(code=2) from None
    note = shortfall_note(found, catalog.name_of(query))
    if as_json:
        typer.echo(json.dumps(_json(found, note), indent=2, ensure_ascii=False))
    elif found.resources:
        for r in found.resources:
            typer.echo(_line(r))
    if not found.resources and not found.fallbacks:
        name = catalog.name_of(query)
        typer.echo(words.NONE_AT_LEVEL.format(skill=name, level=level) + " "
                   + words.NONE_AT_LEVEL_NEXT, err=True)
        return
    if note is not None:
        typer.echo(note, err=as_json)
    if found.fallbacks and not as_json:
        _print_fallbacks(found)


def _json(found: Recommendation, note: str | None) -> dict[str, object]:
    """The ``--json`` document (module docstring)."""
    return {"resources": [r.public() for r in found.resources], "note": note,
            "below_bar": [{**f.resource.public(), **fallback_fields(f, found.level)}
                          for f in found.fallbacks]}


def _line(r: Resource) -> str:
    free = "free" if r.free else "paid"
    levels = "–".join(dict.fromkeys((r.levels[0], r.levels[-1])))
    return (f"{r.score:.1f}  {r.title} ({r.type}, {r.provider}, {levels}, "
            f"~{r.duration_minutes} min, {free})\n     {r.url}")


def _print_fallbacks(found: Recommendation) -> None:
    typer.echo(words.CLI_FALLBACK_HEADER.format(level=found.level))
    for f in found.fallbacks:
        r = f.resource
        typer.echo(words.CLI_FALLBACK_ITEM.format(
            score=r.score, title=r.title, type=r.type, provider=r.provider,
            minutes=r.duration_minutes, url=r.url, mark=fallback_mark(f, found.level)))


def _catalog(settings: Settings) -> ResourceCatalog:
    """The catalogue from the local database, or the bundled seed when it cannot be read."""
    from sqlalchemy.exc import SQLAlchemyError

    from agent.setup import ensure_dirs
    from storage.db import make_engine, make_session_factory
    from storage.migrate import upgrade
    from storage.repositories.resources import load_catalog, sync_catalog
    from storage.resource_index import seed_catalog

    try:
        ensure_dirs(settings)
        upgrade(settings.sqlalchemy_url)
        engine = make_engine(settings.sqlalchemy_url)
        try:
            with make_session_factory(engine).begin() as session:
                sync_catalog(session)
                return load_catalog(session)
        finally:
            engine.dispose()
    except (SQLAlchemyError, OSError) as error:
        log.warning("resource database unavailable, using the bundled catalogue: %s", error)
        return seed_catalog()


def _index(settings: Settings) -> ResourceSearch | None:
    """The semantic resource index (for free-text skills), or None without the model."""
    from storage.embedder import FastEmbedder
    from storage.resource_index import ResourceIndex, resources_spec
    from storage.vectors import ensure_vector_file

    try:
        embedder = FastEmbedder(settings.models_dir)
    except NotFound as error:
        log.warning("no embedding model, free-text search is off: %s", error.message)
        return None
    vector_file = ensure_vector_file(settings.vectors_dir, embedder, progress=False,
                                     spec=resources_spec())
    return ResourceIndex.local(vector_file, embedder)
