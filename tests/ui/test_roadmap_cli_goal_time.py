"""`hireready roadmap --goal` reads a deadline and daily time written in the goal ("in 12
weeks", "45 minutes a day") when the options do not give them; options win."""

from __future__ import annotations

import json

import pytest
import typer
from cli_app import command_app
from typer.testing import CliRunner

from ui.commands.roadmap import register


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    return command_app(register)


def _plan(app: typer.Typer, *args: str) -> dict[str, object]:
    result = CliRunner().invoke(app, ["roadmap", *args, "--json", "--start", "2026-12-01"])
    assert result.exit_code == 0, result.stderr
    return dict(json.loads(result.stdout)["plan"])


def test_a_deadline_in_the_goal_is_the_plans_deadline(app: typer.Typer) -> None:
    plan = _plan(app, "--goal", "I want to become a data engineer in 12 weeks")
    assert plan["deadline_weeks"] == 12 and plan["hours"] == 1.0


def test_daily_time_in_the_goal_is_the_plans_time(app: typer.Typer) -> None:
    plan = _plan(app, "--goal", "learn SQL in 2 months, 45 minutes a day")
    assert plan["deadline_weeks"] == 9  # a month counts as 4.35 weeks
    assert plan["hours"] == pytest.approx(0.75) and plan["pace"] == "daily"


def test_options_win_over_the_goal_text(app: typer.Typer) -> None:
    plan = _plan(app, "--goal", "learn SQL in 12 weeks, 2 hours a day", "--weeks", "6",
                 "--hours-per-week", "5")
    assert plan["deadline_weeks"] == 6
    assert plan["pace"] == "weekly" and plan["hours"] == 5
