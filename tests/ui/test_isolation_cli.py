"""The CLI acts only for the one user it names (issue 8, point 9).

Bo has a row in every user table; both have study time of their own. ``hireready
progress --user ana``, ``hireready readiness --user ana`` and ``hireready jobs import FILE
--user ana`` report Ana's figures only and write only Ana's rows: Bo's rows, counted table
by table with :func:`storage.data_rights.count_user_rows`, are the same before and after.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner
from user_rows import fill_user_rows

from ui.commands import jobs, progress, readiness

POSTING = {"title": "Backend Engineer", "company": "Globex", "url": "https://g.example/1",
           "description": "Requirements: strong Python and SQL skills, hands-on Docker "
                          "experience, 3+ years of experience building backend services."}


def _app() -> typer.Typer:
    app = typer.Typer()
    for command in (jobs, progress, readiness):
        command.register(app)
    return app


def _sessions() -> Any:
    from agent.settings import Settings
    from storage.db import make_engine, make_session_factory

    return make_session_factory(make_engine(Settings().sqlalchemy_url))


@pytest.fixture
def people(fresh_prepared_dir: Path) -> dict[str, str]:
    """Ana with 45 min of Docker; Bo with 600 min of Rust and a row in every user table
    (schema-made rows that are not valid roadmaps or profiles: reading one for Ana would
    fail the command)."""
    from storage.repositories.activities import add_activity
    from storage.repositories.users import create_user
    from tools.progress.models import NewActivity

    now = datetime.now(UTC) - timedelta(minutes=5)
    ids = {}
    with _sessions().begin() as session:
        for name, minutes, skill in (("ana", 45, "docker"), ("bo", 600, "rust")):
            ids[name] = create_user(session, name, None, timezone="UTC").id
            if name == "bo":
                fill_user_rows(session, ids[name])
            add_activity(session, ids[name], NewActivity(
                activity_type="study", minutes=minutes, skill_name=skill, occurred_at=now))
    return ids


def _rows(user_id: str) -> dict[str, int]:
    from storage.data_rights import count_user_rows

    with _sessions()() as session:
        return count_user_rows(session, user_id)


def _minutes(user_id: str) -> int:
    from storage.repositories.activities import list_activities

    with _sessions()() as session:
        return sum(a.minutes for a in list_activities(session, user_id))


def _run(*args: str) -> str:
    result = CliRunner().invoke(_app(), list(args))
    assert result.exit_code == 0, result.stderr or result.stdout
    return result.stdout


def test_cli_commands_read_and_write_only_the_named_user(people: dict[str, str],
                                                         tmp_path: Path) -> None:
    bo_before, ana_before = _rows(people["bo"]), _rows(people["ana"])

    report = json.loads(_run("progress", "--user", "ana", "--json"))
    assert report["user"] == "ana"
    assert report["total_minutes"] == _minutes(people["ana"])
    assert report["total_minutes"] < _minutes(people["bo"])

    score = json.loads(_run("readiness", "--user", "ana", "--json"))
    assert 0 <= score["score"] <= 100

    postings = tmp_path / "postings.json"
    postings.write_text(json.dumps([POSTING]))
    _run("jobs", "import", str(postings), "--user", "ana", "--json")

    assert _rows(people["bo"]) == bo_before
    ana_after = _rows(people["ana"])
    assert ana_after["hr_job_descriptions"] == ana_before["hr_job_descriptions"] + 1
    assert sum(ana_after.values()) > sum(ana_before.values())


def test_an_unknown_user_changes_nobody(people: dict[str, str], tmp_path: Path) -> None:
    before = {name: _rows(user_id) for name, user_id in people.items()}
    postings = tmp_path / "postings.json"
    postings.write_text(json.dumps([POSTING]))
    for args in (("progress", "--user", "carol"), ("readiness", "--user", "carol"),
                 ("jobs", "import", str(postings), "--user", "carol")):
        result = CliRunner().invoke(_app(), list(args))
        assert result.exit_code == 2, (args, result.stdout)
    assert {name: _rows(user_id) for name, user_id in people.items()} == before
