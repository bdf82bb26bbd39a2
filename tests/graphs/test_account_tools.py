"""Account tools called directly: what deleting an account removes, and the export file."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import ToolMessage
from langgraph.checkpoint.memory import InMemorySaver
from user_rows import fill_user_rows

from graphs.confirmation import is_destructive
from graphs.services import Services
from graphs.toolkit.account import account_tools, delete_account, export_account
from storage.data_rights import count_user_rows
from storage.db import make_engine, make_session_factory
from storage.files import UploadStore
from storage.migrate import upgrade
from storage.repositories.users import create_user
from tools.errors import NotFound
from tools.reminders.models import ReminderSchedule

NOW = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)


class Reminders:
    def __init__(self) -> None:
        self.calls: list[tuple[str, ReminderSchedule]] = []

    def schedule(self, user_id: str, schedule: ReminderSchedule) -> None:
        self.calls.append((user_id, schedule))


def _unused() -> Any:
    raise AssertionError("not needed by the account tools")


@pytest.fixture
def services(tmp_path: Path) -> Services:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    upgrade(url)
    return Services(make_session_factory(make_engine(url)), UploadStore(tmp_path / "uploads"),
                    _unused, _unused, _unused, _unused, lambda: date(2026, 3, 3),
                    lambda: NOW, tmp_path / "exports", checkpoints=InMemorySaver(),
                    reminders=Reminders())


def _user(services: Services, name: str) -> str:
    with services.sessions.begin() as session:
        user_id = create_user(session, name, None).id
        fill_user_rows(session, user_id)
    services.uploads.save(user_id, "cv.txt", b"Python, SQL")
    return user_id


def test_both_tools_are_destructive(services: Services) -> None:
    assert all(is_destructive(t) for t in account_tools(services))


def test_delete_account_removes_rows_files_exports_and_the_checkin_job(
        services: Services) -> None:
    ana, bo = _user(services, "ana"), _user(services, "bo")
    (services.exports_dir / ana).mkdir(parents=True)
    (services.exports_dir / ana / "roadmap.md").write_text("# plan")
    with services.sessions() as session:
        before_bo = count_user_rows(session, bo)
    report = delete_account(services, ana)
    assert report.files == 1 and report.exports == 1 and report.tables["hr_users"] == 1
    assert report.rows == sum(report.tables.values()) >= len(report.tables)
    with services.sessions() as session:
        assert set(count_user_rows(session, ana).values()) == {0}
        assert count_user_rows(session, bo) == before_bo
    assert services.uploads.list_user(ana) == [] and len(services.uploads.list_user(bo)) == 1
    assert not (services.exports_dir / ana).exists()
    reminders = services.reminders
    assert isinstance(reminders, Reminders)
    assert [(u, s.enabled) for u, s in reminders.calls] == [(ana, False)]
    with pytest.raises(NotFound):
        delete_account(services, ana)


def test_export_lists_uploads_with_checksums(services: Services) -> None:
    ana = _user(services, "ana")
    document = export_account(services, ana)
    (entry,) = document["files"]
    assert entry["filename"] == "cv.txt" and entry["bytes"] == len(b"Python, SQL")
    assert len(entry["sha256"]) == 64 and document["conversations"] == []


def test_export_tool_writes_the_file_in_the_users_exports_folder(services: Services) -> None:
    ana = _user(services, "ana")
    export = next(t for t in account_tools(services) if t.name == "export_my_data")
    config = {"configurable": {"user_id": ana, "thread_id": f"{ana}:t"}}
    message = export.invoke({"name": "export_my_data", "args": {}, "id": "c1",
                             "type": "tool_call"}, config)
    assert isinstance(message, ToolMessage)
    summary = json.loads(str(message.content))
    path = Path(summary["file"])
    assert path == services.exports_dir / ana / "hireready-data-2026-03-03.json"
    assert json.loads(path.read_text(encoding="utf-8"))["user"]["id"] == ana
    assert summary["files"] == 1 and summary["tables"]["hr_resumes"] == 1
