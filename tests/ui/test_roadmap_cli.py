"""`hireready roadmap` in-process: the JSON shape, Markdown, iCalendar, refusals (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from cli_app import command_app
from icalendar import Calendar
from typer.testing import CliRunner

from ui.commands.roadmap import register


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    return command_app(register)


def _run(app: typer.Typer, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["roadmap", *args])
    return result.exit_code, result.stdout, result.stderr


def test_goal_to_json_has_the_documented_shape(app: typer.Typer) -> None:
    code, out, _ = _run(app, "--goal", "I want to become a data engineer", "--hours-per-day",
                        "2", "--weeks", "8", "--json", "--start", "2026-12-01")
    assert code == 0
    data = json.loads(out)
    assert data["estimated_days"] > 0 and data["warnings"]  # 8 weeks is too short
    for stage in data["stages"]:
        assert {"title", "skills", "estimated_days", "goals", "status"} <= set(stage)
        for goal in stage["goals"]:
            assert {"type", "description", "resources"} <= set(goal)
            assert goal["type"] in ("daily", "weekly")


def test_gap_report_to_markdown_and_calendar(app: typer.Typer, tmp_path: Path) -> None:
    report = tmp_path / "gaps.json"
    report.write_text(json.dumps({"gaps": [
        {"skill": "Kubernetes", "priority": "critical", "explanation": "needed"},
        {"skill": "Docker", "priority": "important"}]}))
    code, out, _ = _run(app, "--gaps", str(report), "--format", "md")
    assert code == 0 and out.startswith("# Learning Kubernetes and Docker")
    assert out.index("Study Docker") < out.index("Study Kubernetes")
    ics = tmp_path / "plan.ics"
    code, _, _ = _run(app, "--gaps", str(report), "--format", "ics", "--tz", "Asia/Kolkata",
                      "--reminder", "07:15", "--start", "2026-12-01", "--out", str(ics))
    assert code == 0
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert len(events) == 3  # two study goals and one practice goal
    assert {e.decoded("dtstart").strftime("%H:%M %z") for e in events} == {"07:15 +0530"}


@pytest.mark.parametrize("args", [
    [],
    ["--goal", "x", "--gaps", "missing.json"],
    ["--gaps", "missing.json"],
    ["--goal", "be happy"],
    ["--goal", "learn sql", "--format", "pdf"],
    ["--goal", "learn sql", "--level", "expert"],
    ["--goal", "learn sql", "--hours-per-day", "30"],
    ["--goal", "learn sql", "--start", "tomorrow"],
    ["--goal", "learn sql", "--format", "ics", "--tz", "Mars/Base"],
])
def test_refused_input_exits_2_with_a_next_step(app: typer.Typer, args: list[str]) -> None:
    code, _, err = _run(app, *args)
    assert code == 2
    assert "Error: " in err and "Next step: " in err


def test_a_file_that_is_not_a_gap_report_is_refused(app: typer.Typer, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"skills": []}')
    code, _, err = _run(app, "--gaps", str(bad))
    assert code == 2 and "Next step: " in err
