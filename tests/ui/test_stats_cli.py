"""`hireready stats` in-process: the JSON figures and the readable table, with no user's
name in either."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import typer
from typer.testing import CliRunner

from ui.commands.stats import register


def _app() -> typer.Typer:
    application = typer.Typer()

    @application.callback()
    def main() -> None:
        """Keeps `stats` a sub-command."""

    register(application)
    return application


def _seed() -> None:
    from agent.settings import Settings
    from storage.db import make_engine, make_session_factory
    from storage.migrate import upgrade
    from storage.orm.progress import ReadinessScore
    from storage.repositories.users import create_user, mark_active

    url = Settings().sqlalchemy_url
    upgrade(url)
    engine = make_engine(url)
    now = datetime.now(UTC)
    with make_session_factory(engine).begin() as session:
        ann = create_user(session, "annabel", None).id
        create_user(session, "bartholomew", None)
        mark_active(session, ann, now - timedelta(hours=1))
        for days, score in ((14, 30.0), (0, 44.0)):
            session.add(ReadinessScore(
                user_id=ann, overall_score=score, skill_acquisition_score=score,
                practice_completion_score=score, interview_performance_score=score,
                calculated_at=now - timedelta(days=days, minutes=1)))
    engine.dispose()


def test_stats_json_and_table_give_aggregates_only(data_dir: Path) -> None:
    (data_dir).mkdir(parents=True, exist_ok=True)
    _seed()
    result = CliRunner().invoke(_app(), ["stats", "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["users"] == 2 and data["weekly_active_users"] == 1
    assert data["average_readiness"] == 44.0 and data["users_with_readiness"] == 1
    assert data["average_weekly_improvement"] == 7.0 and data["users_with_trend"] == 1
    table = CliRunner().invoke(_app(), ["stats"])
    assert table.exit_code == 0
    assert "Users" in table.stdout and "44.0" in table.stdout
    assert "+7.00 points a week" in table.stdout
    for output in (result.stdout, table.stdout):
        assert "annabel" not in output and "bartholomew" not in output


def test_stats_on_an_empty_service(data_dir: Path) -> None:
    result = CliRunner().invoke(_app(), ["stats", "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["users"], data["average_readiness"], data["average_weekly_improvement"]) == (
        0, None, None)
    assert "—" in CliRunner().invoke(_app(), ["stats"]).stdout
