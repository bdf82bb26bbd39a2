"""Account tools for the model: export everything stored for the user, delete the account.

Both are destructive (:func:`graphs.confirmation.destructive`): they run only after the user
confirms in their own next message, never on an instruction found in a resume or a job
description (issue 8, points 3 and 7; Property 28).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool, tool

from graphs.confirmation import destructive
from graphs.conversations import delete_conversations, export_conversations
from graphs.services import Services
from graphs.toolkit.common import error_result, ok_result, user_id_of
from prompts import account as words
from storage.data_rights import delete_user_data, export_user_data
from tools.errors import HireReadyError
from tools.reminders.models import ReminderSchedule

log = logging.getLogger(__name__)

DELETE_ACCOUNT_TOOL = "delete_my_account"
"""Name of the deletion tool (the runtime clears the thread it ran in once the turn ends)."""
DELETED_KEY = "account_deleted"
"""Key set to ``true`` in the deletion tool's result when the account is gone."""


@dataclass
class DeletionReport:
    """What deleting an account removed.

    Attributes:
        tables: Rows deleted per table (``hr_users`` included).
        files: Uploaded files deleted.
        conversations: Conversation threads deleted from the checkpointer.
        exports: Export files deleted.
    """

    tables: dict[str, int] = field(default_factory=dict)
    files: int = 0
    conversations: int = 0
    exports: int = 0

    @property
    def rows(self) -> int:
        """Rows deleted in all tables."""
        return sum(self.tables.values())


def export_account(services: Services, user_id: str) -> dict[str, Any]:
    """Everything stored for a user as one JSON-ready document.

    Returns:
        :func:`storage.data_rights.export_user_data`'s document plus ``"files"``
        (``[{"upload_id", "filename", "bytes", "sha256"}]``, the uploaded files listed, not
        embedded) and ``"conversations"`` (:func:`graphs.conversations.export_conversations`).

    Raises:
        NotFound: The account does not exist.
    """
    with services.sessions() as session:
        document = export_user_data(session, user_id, services.now())
    document["files"] = [_file_entry(upload_id, path)
                         for upload_id, path in services.uploads.list_user(user_id)]
    document["conversations"] = (export_conversations(services.checkpoints, user_id)
                                 if services.checkpoints is not None else [])
    return document


def delete_account(services: Services, user_id: str) -> DeletionReport:
    """Delete every row, uploaded file, export and conversation of a user (Property 28).

    The database rows go first, in one transaction; if that fails nothing else is touched.
    Then the uploaded files, exports, conversation checkpoints and the check-in job. There
    are no per-user vectors: the Qdrant collections hold only the shared reference data
    (skills, resources, interview questions).

    Raises:
        NotFound: The account does not exist (nothing is deleted).
    """
    with services.sessions.begin() as session:
        tables = delete_user_data(session, user_id)
    report = DeletionReport(tables=tables, files=len(services.uploads.list_user(user_id)))
    services.uploads.delete_user(user_id)
    exports = services.exports_dir / user_id
    if exports.is_dir():
        report.exports = sum(1 for p in exports.rglob("*") if p.is_file())
        shutil.rmtree(exports)
    if services.checkpoints is not None:
        report.conversations = delete_conversations(services.checkpoints, user_id)
    if services.reminders is not None:
        services.reminders.schedule(user_id, ReminderSchedule(enabled=False))
    log.info("account deleted: user=%s rows=%d files=%d conversations=%d", user_id,
             report.rows, report.files, report.conversations)
    return report


def account_tools(services: Services) -> list[BaseTool]:
    """The account tools bound to ``services``."""

    @destructive(words.EXPORT_ACTION, words.EXPORT_PHRASE)
    @tool(response_format="content_and_artifact")
    def export_my_data(config: RunnableConfig) -> tuple[str, Any]:
        """Export everything stored for the user (account, resumes, job descriptions,
        gaps, roadmaps, progress, interviews, ratings, conversations, list of uploaded
        files) as one JSON file to download. Needs the user's confirmation: the first call
        returns a confirmation request; call again only after the user's own next message
        confirms."""
        user_id = user_id_of(config)
        try:
            document = export_account(services, user_id)
        except HireReadyError as error:
            return error_result(error)
        path = services.exports_dir / user_id / words.EXPORT_FILE.format(
            date=services.today().isoformat())
        _write_json(path, document)
        conversations = document["conversations"]
        return ok_result({
            "file": str(path),
            "tables": {name: len(rows) for name, rows in document["tables"].items()},
            "rows": 1 + sum(len(rows) for rows in document["tables"].values()),
            "files": len(document["files"]),
            "conversations": len(conversations),
            "messages": sum(len(c["messages"]) for c in conversations)}, path)

    @destructive(words.DELETE_ACTION, words.DELETE_PHRASE)
    @tool(response_format="content_and_artifact")
    def delete_my_account(config: RunnableConfig) -> tuple[str, Any]:
        """Delete the user's account and everything stored for them: rows, uploaded files,
        exports and conversations. Irreversible. Needs the user's confirmation: the first
        call returns a confirmation request; call again only after the user's own next
        message confirms."""
        user_id = user_id_of(config)
        try:
            report = delete_account(services, user_id)
        except HireReadyError as error:
            return error_result(error)
        return ok_result({DELETED_KEY: True, "rows": report.rows, "tables": report.tables,
                          "files": report.files, "exports": report.exports,
                          "conversations": report.conversations}, report)

    return [export_my_data, delete_my_account]


def account_deleted(tool: str, output: str) -> bool:
    """True when a tool result says the account was deleted (the runtime then clears the
    checkpoints the rest of that turn wrote)."""
    if tool != DELETE_ACCOUNT_TOOL:
        return False
    try:
        data = json.loads(output)
    except ValueError:
        return False
    return isinstance(data, dict) and data.get(DELETED_KEY) is True


def _file_entry(upload_id: str, path: Path) -> dict[str, Any]:
    content = path.read_bytes()
    return {"upload_id": upload_id, "filename": path.name, "bytes": len(content),
            "sha256": hashlib.sha256(content).hexdigest()}


def _write_json(path: Path, document: dict[str, Any]) -> None:
    """Write atomically (temporary file, then rename), readable by the owner only."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".part-")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=2, default=str)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
