"""``hireready resources``: JSON shape, refused input with a next step, local fallback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from tools.resources.catalog import ResourceCatalog
from tools.resources.models import Resource, Rubric
from tools.resources.quality import editorial_score
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


def _short_catalogue() -> ResourceCatalog:
    """Perl at the advanced level: one resource at the bar, one below it, one intermediate."""
    def item(key: str, type_: str, digits: str, levels: tuple[str, ...]) -> Resource:
        rubric = Rubric(authority=int(digits[0]), currency=int(digits[1]),
                        depth=int(digits[2]), practice=int(digits[3]))
        score = editorial_score(rubric)
        return Resource(key=key, title=key.replace("-", " ").title(),
                        url=f"https://example.org/{key}", type=type_, provider="Example",
                        levels=levels, duration_minutes=60, skills=("perl",), rubric=rubric,
                        editorial_score=score, score=score)

    return ResourceCatalog([item("perl-ref", "documentation", "5543", ("advanced",)),
                            item("perl-book", "book", "4342", ("advanced",)),
                            item("perl-course", "course", "5545", ("intermediate",))],
                           {"perl": "Perl"})


def test_a_shortfall_keeps_resources_at_the_bar_and_marks_the_next_best_apart(
    app: typer.Typer, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(command, "_catalog", lambda settings: _short_catalogue())
    result = CliRunner().invoke(app, ["resources", "Perl", "--level", "advanced", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [r["title"] for r in data["resources"]] == ["Perl Ref"]
    assert data["note"].startswith(
        "Only 1 resource for Perl at advanced level meets the 4.0 quality bar.")
    assert data["note"] in result.stderr
    assert [(r["title"], r["reason"], r["offered_level"], r["meets_bar"])
            for r in data["below_bar"]] == [("Perl Book", "below_bar", "advanced", False),
                                            ("Perl Course", "other_level", "intermediate",
                                             False)]
    assert data["below_bar"][0]["mark"] == "below the 4.0 bar at advanced level, score 3.4"

    text = CliRunner().invoke(app, ["resources", "Perl", "--level", "advanced"]).stdout
    assert text.index("Perl Ref") < text.index("Only 1 resource") < text.index("Perl Book")
    assert "[intermediate level, not advanced; score 4.7]" in text


def test_enough_at_the_bar_gives_no_note_and_an_empty_below_bar(app: typer.Typer,
                                                                data_dir: Path) -> None:
    data = json.loads(CliRunner().invoke(app, ["resources", "Docker", "--json"]).stdout)
    assert data["note"] is None and data["below_bar"] == []


def test_a_known_gap_of_the_bundled_catalogue_is_topped_up(app: typer.Typer,
                                                           data_dir: Path) -> None:
    """Ruby, advanced: only the manuals and references reach 4.0 (seed README,
    "Coverage")."""
    result = CliRunner().invoke(app, ["resources", "ruby", "--level", "advanced",
                                      "--json"])
    data = json.loads(result.stdout)
    assert 0 < len(data["resources"]) < 3
    assert all(r["score"] >= 4.0 and "advanced" in r["levels"] for r in data["resources"])
    assert len(data["resources"]) + len(data["below_bar"]) == 3
    for extra in data["below_bar"]:
        assert "ruby" in extra["skills"] and extra["meets_bar"] is False
        assert (extra["reason"] == "below_bar" and extra["score"] < 4.0) or (
            extra["reason"] == "other_level" and "advanced" not in extra["levels"])
    assert f"Only {len(data['resources'])} resources for Ruby" in data["note"]
