"""``hireready jobs import``: JSON and CSV files, bad rows reported by line, re-imports
skipped, unreadable files and unknown users refused with a next step; ``hireready
readiness``: the documented JSON keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from ui.commands import jobs as command
from ui.commands import readiness as readiness_command

DESCRIPTION = ("Requirements: strong Python and SQL skills, hands-on Docker experience, "
               "3+ years of experience building backend services.")


@pytest.fixture
def alice(fresh_prepared_dir: Path) -> str:
    from agent.settings import Settings
    from storage.db import make_engine, make_session_factory
    from storage.repositories.users import create_user

    engine = make_engine(Settings().sqlalchemy_url)
    with make_session_factory(engine).begin() as session:
        create_user(session, "alice", None)
    engine.dispose()
    return "alice"


def _app() -> typer.Typer:
    app = typer.Typer()
    command.register(app)
    readiness_command.register(app)

    @app.command("noop")
    def noop() -> None:  # a second command keeps "jobs" a sub-command
        pass

    return app


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(_app(), ["jobs", "import", *args])
    return result.exit_code, result.stdout, result.stderr


def test_json_postings_are_imported_and_bad_rows_named_by_line(alice: str,
                                                               tmp_path: Path) -> None:
    postings = tmp_path / "postings.json"
    postings.write_text(json.dumps([
        {"title": "Backend Engineer", "company": "Globex", "url": "https://g.example/1",
         "description": DESCRIPTION},
        {"title": "Platform Engineer", "url": "g.example/2", "description": DESCRIPTION},
    ], indent=2))
    code, out, _ = _run(str(postings), "--user", alice, "--json")
    assert code == 0
    summary = json.loads(out)
    assert summary["total"] == 2
    assert [(p["line"], p["title"], p["company"]) for p in summary["imported"]] == [
        (2, "Backend Engineer", "Globex")]
    assert summary["imported"][0]["skills"] >= 3
    assert summary["skipped"] == [{"line": 8, "title": "Platform Engineer",
                                   "reason": "the url must start with http:// or https://"}]
    code, out, _ = _run(str(postings), "--user", alice)
    assert code == 0 and "Imported 0 of 2 postings" in out
    assert "line 2: Backend Engineer: already imported" in out


def test_csv_postings_with_a_bad_row(alice: str, tmp_path: Path) -> None:
    postings = tmp_path / "postings.csv"
    postings.write_text("title,company,url,description\n"
                        f'Data Engineer,Initech,,"{DESCRIPTION}"\n'
                        ",Initech,,a posting without any title but with a long description\n"
                        f'Backend Engineer,Hooli,https://h.example/9,"{DESCRIPTION}"\n')
    code, out, _ = _run(str(postings), "--user", alice)
    assert code == 0
    assert "Imported 2 of 3 postings from postings.csv; skipped 1." in out
    assert "line 2: Data Engineer, Initech" in out and "line 4: Backend Engineer, Hooli" in out
    assert "line 3: no title" in out


def test_unreadable_file_and_unknown_user_exit_2_with_a_next_step(alice: str,
                                                                   tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('[{"title": "x",\n  "description": }]')
    code, _, err = _run(str(broken), "--user", alice)
    assert code == 2 and "line 2" in err and "Next step:" in err
    code, _, err = _run(str(tmp_path / "missing.csv"), "--user", alice)
    assert code == 2 and "There is no file" in err
    good = tmp_path / "p.json"
    good.write_text(json.dumps([{"title": "T", "description": DESCRIPTION}]))
    code, _, err = _run(str(good), "--user", "nobody")
    assert code == 2 and "hireready user add nobody" in err


def test_readiness_prints_score_breakdown_and_improvements(alice: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["readiness", "--user", alice, "--jobs", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"score", "breakdown", "improvements", "trend", "gauge"} <= set(data)
    assert data["score"] == 0 and len(data["improvements"]) == 3
    assert data["jobs"]["eligible"] is False and data["jobs"]["first_steps"]
    text = CliRunner().invoke(_app(), ["readiness", "--user", alice])
    assert "Your readiness: 0 / 100" in text.stdout and "Next steps" in text.stdout
    missing = CliRunner().invoke(_app(), ["readiness", "--user", "nobody"])
    assert missing.exit_code == 2 and "Next step:" in missing.stderr
