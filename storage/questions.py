"""The interview question bank seed: loading, validation and lookup.

Every ``*.yaml`` file in ``storage/seed/questions/`` holds hand-written
:class:`~tools.interview.models.Question` items, either as a top-level list or under a
``questions:`` key; ``storage/seed/README.md`` ("Interview questions") documents the fields.
Files are read in name order, so the bank's order is stable. Nothing here touches the network.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from tools.interview.models import Question, QuestionLevel

QUESTIONS_DIR = Path(__file__).with_name("seed") / "questions"
"""The bundled question bank: one or more YAML files of questions."""


class QuestionBankError(ValueError):
    """A question file is unreadable, or an item is invalid or reuses an id.

    The message names the file and, when known, the question id (or its position).
    """


class QuestionBank:
    """The questions of the bank, in file order, with lookups by id, skill and competency.

    Args:
        questions: Questions with unique ids.

    Raises:
        QuestionBankError: Two questions share an id.
    """

    def __init__(self, questions: Iterable[Question]) -> None:
        self._questions = tuple(questions)
        self._by_id: dict[str, Question] = {}
        for question in self._questions:
            if question.id in self._by_id:
                raise QuestionBankError(f"duplicate question id {question.id!r}")
            self._by_id[question.id] = question

    def __len__(self) -> int:
        return len(self._questions)

    def all(self) -> list[Question]:
        """Every question, technical and behavioural, in file order."""
        return list(self._questions)

    def by_id(self, question_id: str) -> Question | None:
        """The question with this id, or None."""
        return self._by_id.get(question_id)

    def for_skill(self, skill_id: str, level: QuestionLevel | None = None) -> list[Question]:
        """Technical questions on one taxonomy skill, optionally of one level only.

        Args:
            skill_id: Taxonomy id (``python``, ``sql``).
            level: ``beginner``, ``intermediate`` or ``advanced``; None for every level.

        Returns:
            The matching questions in file order; empty when the bank has none.
        """
        return [
            q
            for q in self._questions
            if q.type == "technical"
            and q.skill_id == skill_id
            and (level is None or q.level == level)
        ]

    def behavioral(self, competency: str | None = None) -> list[Question]:
        """Behavioural questions, optionally only those probing one competency (``teamwork``)."""
        return [
            q
            for q in self._questions
            if q.type == "behavioral" and (competency is None or q.competency == competency)
        ]

    def skills(self) -> list[str]:
        """Sorted taxonomy ids that have at least one technical question."""
        return sorted({q.skill_id for q in self._questions if q.type == "technical" and q.skill_id})


def _items(path: Path) -> list[Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise QuestionBankError(f"{path.name}: not valid YAML: {exc}") from exc
    if isinstance(data, dict):
        data = data.get("questions")
    if data is None:
        return []
    if not isinstance(data, list):
        raise QuestionBankError(f"{path.name}: expected a list of questions")
    return data


def _parse(path: Path, index: int, item: Any) -> Question:
    label = item.get("id") if isinstance(item, dict) else None
    where = f"{path.name}: question {label!r}" if label else f"{path.name}: item #{index + 1}"
    try:
        return Question.model_validate(item)
    except ValidationError as exc:
        raise QuestionBankError(f"{where} is invalid: {exc}") from exc


def load_questions(path: Path) -> list[Question]:
    """The questions of one YAML file, validated.

    Args:
        path: A ``.yaml`` file holding a list of questions (or ``questions: [...]``).

    Returns:
        The questions in file order (empty for an empty file).

    Raises:
        QuestionBankError: The file is not YAML, not a list, or an item is not a valid
            ``Question``; the message names the file and the id or position.
    """
    return [_parse(path, i, item) for i, item in enumerate(_items(path))]


def load_question_bank(directory: Path | None = None) -> QuestionBank:
    """Read every ``*.yaml`` file of a directory into one bank.

    Args:
        directory: Folder of question files; default :data:`QUESTIONS_DIR`.

    Returns:
        The bank, files read in name order.

    Raises:
        QuestionBankError: A file or item is invalid, or an id appears twice (the message
            names the file of the second occurrence and the id).
    """
    seen: dict[str, str] = {}
    questions: list[Question] = []
    for path in sorted((directory or QUESTIONS_DIR).glob("*.yaml")):
        for question in load_questions(path):
            if question.id in seen:
                raise QuestionBankError(
                    f"{path.name}: duplicate question id {question.id!r} "
                    f"(first in {seen[question.id]})"
                )
            seen[question.id] = path.name
            questions.append(question)
    return QuestionBank(questions)


@cache
def default_question_bank() -> QuestionBank:
    """The bundled bank, loaded once per process (see :func:`load_question_bank`)."""
    return load_question_bank()
