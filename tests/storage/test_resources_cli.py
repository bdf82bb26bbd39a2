"""``hireready resources``: JSON shape, refused input with a next step, local fallback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from ui.commands import resources as command


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()
    command.register(app)

    @app.command("noop")
    def noop() -> None:  # a second command keeps "resources" a sub-command
        pass

    return app


def test_json_lists_resources_with_the_documented_fields(app: typer.Typer,
                                                        data_dir: Path) -> None:
    result = CliRunner().invoke(app, ["resources", "Docker", "--level", "beginner", "--json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)["resources"]
    assert len(found) >= 3 and len({r["type"] for r in found}) >= 2
    for item in found:
        assert {"title", "url", "type", "provider", "difficulty", "duration_minutes", "score",
                "skills"} <= set(item)
        assert item["score"] >= 4.0 and "docker" in item["skills"]
    assert (data_dir / "hireready.sqlite3").is_file()


def test_aliases_resolve_through_the_taxonomy(app: typer.Typer, data_dir: Path) -> None:
    result = CliRunner().invoke(app, ["resources", "k8s", "--level", "advanced", "--json"])
    assert result.exit_code == 0, result.output
    assert all("kubernetes" in r["skills"] for r in json.loads(result.stdout)["resources"])


@pytest.mark.parametrize("args", [["resources", "Docker", "--level", "expert"],
                                  ["resources", "   "],
                                  ["resources", "Docker", "--limit", "0"]])
def test_refused_input_exits_2_with_a_next_step(app: typer.Typer, data_dir: Path,
                                                args: list[str]) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert "Error:" in result.stderr and "Next step:" in result.stderr


def test_broken_database_falls_back_to_the_bundled_catalogue(
    app: typer.Typer, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Property 37: the local catalogue still answers when the database cannot be used."""
    monkeypatch.setenv("HIREREADY_DATABASE_URL", "sqlite:////nonexistent-dir/x/db.sqlite3")
    result = CliRunner().invoke(app, ["resources", "SQL", "--json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["resources"]) >= 3
