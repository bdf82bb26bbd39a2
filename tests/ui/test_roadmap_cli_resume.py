"""`hireready roadmap --goal TEXT --resume FILE`: the skills the resume shows are left out of
the goal's roadmap and named in ``known``; refusals exit 2 with a next step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from cli_app import command_app
from fakes import OneHotSkillIndex
from typer.testing import CliRunner

import ui.commands.roadmap as roadmap_cli
from ui.commands.roadmap import register

RESUME = """Ann Lee
ann@example.com

SKILLS
SQL, Microsoft Excel, Python, Tableau

EXPERIENCE
Data Analyst, Acme Corp, Jan 2022 - Present
- Built Tableau dashboards from SQL queries
"""
SHOWN = {"SQL", "Microsoft Excel", "Python", "Tableau"}




@pytest.fixture(scope="module")
def app() -> typer.Typer:
    return command_app(register)


@pytest.fixture
def resume(tmp_path: Path) -> Path:
    path = tmp_path / "ann.txt"
    path.write_text(RESUME, encoding="utf-8")
    return path


def _roadmap(app: typer.Typer, *args: str) -> dict[str, object]:
    result = CliRunner().invoke(app, ["roadmap", *args, "--json", "--start", "2026-12-01"])
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.stdout))


def _names(value: object) -> list[str]:
    assert isinstance(value, list)
    return [str(v) for v in value]


def _planned(data: dict[str, object]) -> set[str]:
    stages = data["stages"]
    assert isinstance(stages, list)
    return {skill for stage in stages for skill in stage["skills"]}


def test_the_resume_s_skills_are_left_out_and_named(app: typer.Typer, resume: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(roadmap_cli, "_skill_index", OneHotSkillIndex)
    without = _roadmap(app, "--goal", "become a data analyst")
    assert _planned(without) >= SHOWN and without["known"] == []

    with_resume = _roadmap(app, "--goal", "become a data analyst", "--resume", str(resume))
    known = set(_names(with_resume["known"]))
    assert known >= SHOWN  # and Data visualization, which Tableau shows (taxonomy graph)
    assert not known & _planned(with_resume)
    assert _planned(with_resume) >= _planned(without) - known  # room for deferred skills
    assert with_resume["estimated_days"] < without["estimated_days"]  # type: ignore[operator]


def test_a_skill_the_goal_names_is_taught_even_when_the_resume_shows_it(
    app: typer.Typer, resume: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(roadmap_cli, "_skill_index", OneHotSkillIndex)
    data = _roadmap(app, "--goal", "learn SQL", "--resume", str(resume))
    assert "SQL" in _planned(data)


def test_markdown_names_the_skills_left_out(app: typer.Typer, resume: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(roadmap_cli, "_skill_index", OneHotSkillIndex)
    result = CliRunner().invoke(app, ["roadmap", "--goal", "data analyst", "--resume",
                                      str(resume), "--format", "md"])
    assert result.exit_code == 0, result.output
    assert "Tableau" in result.stdout and "resume" in result.stdout


@pytest.mark.parametrize("case", ["with-gaps", "missing", "unsupported"])
def test_refused_resume_input_exits_2_with_a_next_step(app: typer.Typer, tmp_path: Path,
                                                       resume: Path, case: str) -> None:
    picture = tmp_path / "cv.png"
    picture.write_bytes(b"\x89PNG\r\n")
    args = {"with-gaps": ["--gaps", str(resume), "--resume", str(resume)],
            "missing": ["--goal", "data analyst", "--resume", str(tmp_path / "none.pdf")],
            "unsupported": ["--goal", "data analyst", "--resume", str(picture)]}[case]
    result = CliRunner().invoke(app, ["roadmap", *args])
    assert result.exit_code == 2
    assert "Error:" in result.stderr and "Next step:" in result.stderr


@pytest.mark.slow
def test_with_the_real_skill_index(app: typer.Typer, resume: Path,
                                   fresh_prepared_dir: Path) -> None:
    data = _roadmap(app, "--goal", "build me a roadmap for the data analyst role",
                    "--resume", str(resume))
    assert set(_names(data["known"])) >= SHOWN
    assert not SHOWN & _planned(data) and "Product roadmap" not in _planned(data)
