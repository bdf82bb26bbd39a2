"""The bank question's id on every interview question: ``hr_interview_questions.question_id``.

Until now a stored interview question found its bank question (``storage/seed/questions``)
by its text, so editing a question's wording in the bank cut the link: a paused interview
counted that question as skipped and could not score it. The new nullable column holds the
bank question's stable id (``Question.id``, e.g. ``sql-join``); the dialogue finds the
question by it and falls back to the text only for rows where it is NULL.

Data: existing rows are filled by matching their ``question_text`` exactly against the
bundled bank as shipped with this revision (only each item's ``id`` and ``text`` are read
from the YAML files, so a later change to the question model cannot break this step). Rows
whose text matches no bank question stay NULL. No index: no query filters on the column
(rows are found by interview and number; the id is looked up in the in-memory bank).

Downgrade drops the column (the ids are lost; the text is kept).

Revision ID: 0010
Revises: 0009
Created: 2026-12-01
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
import yaml
from alembic import op

from storage.questions import QUESTIONS_DIR

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_TABLE = "hr_interview_questions"
_ID_LENGTH = 128
"""Room for a bank id (the longest bundled one has 59 characters)."""


def upgrade() -> None:
    """Add ``question_id`` and fill it for rows whose text is in the bundled bank."""
    with op.batch_alter_table(_TABLE) as batch:
        batch.add_column(sa.Column("question_id", sa.String(_ID_LENGTH), nullable=True))
    fill_question_ids(op.get_bind(), bank_ids_by_text(QUESTIONS_DIR))


def downgrade() -> None:
    """Drop ``question_id``."""
    with op.batch_alter_table(_TABLE) as batch:
        batch.drop_column("question_id")


def bank_ids_by_text(directory: Path) -> dict[str, str]:
    """Map each question text of the YAML bank in ``directory`` to its id.

    Args:
        directory: Folder of ``*.yaml`` question files (a list of items, or a mapping with a
            ``questions:`` list), read in name order.

    Returns:
        ``{text: id}``; items without a string ``id`` and ``text`` are ignored, and when two
        items share a text the first one wins.
    """
    ids: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        for item in _items(yaml.safe_load(path.read_text(encoding="utf-8"))):
            text, question_id = item.get("text"), item.get("id")
            if isinstance(text, str) and isinstance(question_id, str):
                ids.setdefault(text, question_id)
    return ids


def fill_question_ids(connection: sa.Connection, ids_by_text: dict[str, str]) -> int:
    """Set ``question_id`` on rows where it is NULL and the text is in ``ids_by_text``.

    Args:
        connection: Connection inside the migration's transaction.
        ids_by_text: ``{question text: bank id}``.

    Returns:
        The number of distinct texts that matched a bank question.
    """
    table = sa.table(_TABLE, sa.column("question_id", sa.String()),
                     sa.column("question_text", sa.Text()))
    texts = connection.scalars(sa.select(table.c.question_text).distinct()
                               .where(table.c.question_id.is_(None))).all()
    matches = [{"wanted": text, "bank_id": ids_by_text[text]} for text in texts
               if text in ids_by_text]
    if matches:
        connection.execute(
            table.update()
            .where(table.c.question_id.is_(None), table.c.question_text == sa.bindparam("wanted"))
            .values(question_id=sa.bindparam("bank_id")),
            matches)
    return len(matches)


def _items(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict):
        data = data.get("questions")
    if not isinstance(data, list):
        return []
    return [item for item in data if isinstance(item, dict)]
