"""`hireready progress` in-process: the JSON shape with integer minutes, the readable
summary, and an unknown user (exit 2 with a next step)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import typer
from cli_app import command_app
from typer.testing import CliRunner

from ui.commands.progress import register


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    return command_app(register)


@pytest.fixture
def learner(data_dir: Path) -> str:
    """A user in UTC with 45 min today, 1.5 h yesterday, 40 min 2 days ago and 10 min of
    Git 20 days ago (all at least 30 minutes except the last)."""
    from agent.settings import Settings
    from storage.db import make_engine, make_session_factory
    from storage.migrate import upgrade
    from storage.repositories.activities import add_activity
    from storage.repositories.users import create_user
    from tools.progress.models import NewActivity

    url = Settings().sqlalchemy_url
    upgrade(url)
    engine = make_engine(url)
    now = datetime.now(UTC)
    with make_session_factory(engine).begin() as session:
        user = create_user(session, "ana", None, timezone="UTC").id
        for back, minutes, skill in ((0, 45, "docker"), (1, 90, "sql"), (2, 40, "sql"),
                                     (20, 10, "git")):
            add_activity(session, user, NewActivity(
                activity_type="study", minutes=minutes, skill_name=skill,
                occurred_at=now - timedelta(days=back, seconds=1)))
    engine.dispose()
    return "ana"


def test_json_has_the_documented_shape_with_integer_minutes(app: typer.Typer,
                                                            learner: str) -> None:
    result = CliRunner().invoke(app, ["progress", "--user", learner, "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"total_minutes", "streak_days", "daily", "productivity",
            "progress_percentage"} <= set(data)
    assert data["total_minutes"] == 185 and data["streak_days"] == 3
    assert len(data["daily"]) == 28 and {"date", "minutes"} == set(data["daily"][0])
    assert all(type(d["minutes"]) is int for d in data["daily"])
    assert sum(d["minutes"] for d in data["daily"]) == 185
    assert set(data["productivity"]) == {"daily", "weekly"}
    assert all(0 <= data["productivity"][k] <= 100 for k in ("daily", "weekly"))
    assert data["progress_percentage"] == 0.0 and data["stages"] == {"completed": 0,
                                                                      "total": 0}


def test_the_readable_summary_gives_the_same_figures(app: typer.Typer, learner: str) -> None:
    result = CliRunner().invoke(app, ["progress", "--user", learner])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Progress of ana" in out and "Total 185 min" in out and "streak 3 days" in out
    assert "Productivity: today" in out and "Roadmap: none yet" in out
    assert out.count("Week of") == 1 and "Total" in out


def test_unknown_user_exits_2_with_a_next_step(app: typer.Typer, data_dir: Path) -> None:
    result = CliRunner().invoke(app, ["progress", "--user", "nobody", "--json"])
    assert result.exit_code == 2
    assert "no user called 'nobody'" in result.stderr
    assert "Next step:" in result.stderr and "hireready user add nobody" in result.stderr
    assert result.stdout == ""
