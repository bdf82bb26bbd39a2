"""The interview question bank: loading, integrity against the taxonomy, lookups, errors."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from storage.questions import (
    QUESTIONS_DIR,
    QuestionBank,
    QuestionBankError,
    default_question_bank,
    load_question_bank,
    load_questions,
)
from storage.taxonomy import default_taxonomy
from tools.interview.models import QuestionLevel

LEVELS: tuple[QuestionLevel, ...] = ("beginner", "intermediate", "advanced")

ONE_QUESTION = """\
- id: {id}
  type: technical
  skill_id: python
  level: beginner
  text: What is a Python list and how is it different from a tuple?
  key_points:
    - Lists are mutable and can change after they are created.
    - Tuples are immutable and cannot be changed after creation.
    - Tuples of hashable items can be used as dictionary keys.
  misconceptions:
    - Tuples are simply faster lists.
  hint: Think about changing one element.
"""


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return default_question_bank()


def test_the_bundled_bank_loads_with_unique_ids(bank: QuestionBank) -> None:
    questions = bank.all()
    assert len(questions) >= 190
    ids = [q.id for q in questions]
    assert len(ids) == len(set(ids))
    assert all(bank.by_id(i) is q for i, q in zip(ids, questions, strict=True))
    assert bank.by_id("no-such-question") is None
    assert default_question_bank() is bank


def test_every_technical_question_names_a_taxonomy_skill(bank: QuestionBank) -> None:
    taxonomy = default_taxonomy()
    technical = [q for q in bank.all() if q.type == "technical"]
    unknown = [q.id for q in technical if not q.skill_id or taxonomy.by_id(q.skill_id) is None]
    assert unknown == []
    # Ids follow the `<skill>-<slug>` convention, so the skill is readable from the id.
    assert [q.id for q in technical if not q.id.startswith(f"{q.skill_id}-")] == []


def test_every_question_has_3_to_6_key_points_and_a_hint(bank: QuestionBank) -> None:
    for question in bank.all():
        assert 3 <= len(question.key_points) <= 6, question.id
        assert len(set(question.key_points)) == len(question.key_points), question.id
        assert question.hint.strip(), question.id
        if question.type == "technical":
            assert 1 <= len(question.misconceptions) <= 3, question.id


def test_part_a_covers_32_skills_at_several_levels(bank: QuestionBank) -> None:
    part_a = load_questions(QUESTIONS_DIR / "technical_a.yaml")
    skills = Counter(q.skill_id for q in part_a)
    assert len(part_a) >= 190 and len(skills) >= 32
    for skill, count in skills.items():
        assert 4 <= count <= 9, skill
        levels = {q.level for q in part_a if q.skill_id == skill}
        assert len(levels) >= 2, skill


def test_issue_totals_400_questions_60_skills_60_behavioural(bank: QuestionBank) -> None:
    assert len(bank) >= 400
    assert len(bank.skills()) >= 60
    assert len(bank.behavioral()) >= 60


def test_for_skill_filters_by_skill_and_level(bank: QuestionBank) -> None:
    python = bank.for_skill("python")
    assert python and all(q.skill_id == "python" and q.type == "technical" for q in python)
    for level in LEVELS:
        assert bank.for_skill("python", level) == [q for q in python if q.level == level]
    assert {q.level for q in python} == set(LEVELS)
    assert bank.for_skill("no-such-skill") == []
    assert "python" in bank.skills() and bank.skills() == sorted(bank.skills())


def test_behavioral_filters_by_competency(tmp_path: Path) -> None:
    (tmp_path / "b.yaml").write_text(
        """\
questions:
  - id: beh-conflict
    type: behavioral
    competency: conflict
    text: Tell me about a time you disagreed with a teammate.
    key_points:
      - Situation that sets the scene of the disagreement.
      - Task that says what you were responsible for.
      - Action that says what you did yourself.
      - Result with a measurable outcome.
  - id: beh-teamwork
    type: behavioral
    competency: teamwork
    text: Tell me about a project you delivered with a team.
    key_points: [Situation of the project., Your task in it., Actions you took and the result.]
""",
        encoding="utf-8",
    )
    bank = load_question_bank(tmp_path)
    assert [q.id for q in bank.behavioral()] == ["beh-conflict", "beh-teamwork"]
    assert [q.id for q in bank.behavioral("conflict")] == ["beh-conflict"]
    assert bank.behavioral("leadership") == [] and bank.skills() == []


def test_a_duplicate_id_across_files_names_the_file_and_id(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(ONE_QUESTION.format(id="python-list"), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(ONE_QUESTION.format(id="python-list"), encoding="utf-8")
    with pytest.raises(QuestionBankError, match=r"b\.yaml.*duplicate.*'python-list'.*a\.yaml"):
        load_question_bank(tmp_path)


def test_a_duplicate_id_within_one_file_is_rejected(tmp_path: Path) -> None:
    text = ONE_QUESTION.format(id="python-dup") + ONE_QUESTION.format(id="python-dup")
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(QuestionBankError, match=r"a\.yaml.*'python-dup'"):
        load_question_bank(tmp_path)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("type: technical", "type: trivia"),
        ("level: beginner", "level: expert"),
        ("    - Tuples of hashable items can be used as dictionary keys.\n", ""),
        ("id: python-bad", "id: Python Bad"),
    ],
)
def test_an_invalid_item_names_the_file_and_id(tmp_path: Path, old: str, new: str) -> None:
    text = ONE_QUESTION.format(id="python-bad")
    assert old in text
    (tmp_path / "broken.yaml").write_text(text.replace(old, new), encoding="utf-8")
    pattern = r"broken\.yaml: question '(python-bad|Python Bad)' is invalid"
    with pytest.raises(QuestionBankError, match=pattern):
        load_question_bank(tmp_path)


def test_a_file_that_is_not_a_list_of_questions_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "odd.yaml").write_text("just a string\n", encoding="utf-8")
    with pytest.raises(QuestionBankError, match=r"odd\.yaml: expected a list"):
        load_question_bank(tmp_path)
    (tmp_path / "odd.yaml").write_text("- [unclosed\n", encoding="utf-8")
    with pytest.raises(QuestionBankError, match=r"odd\.yaml: not valid YAML"):
        load_question_bank(tmp_path)
    (tmp_path / "odd.yaml").write_text("- 42\n", encoding="utf-8")
    with pytest.raises(QuestionBankError, match=r"odd\.yaml: item #1"):
        load_question_bank(tmp_path)


def test_an_empty_directory_gives_an_empty_bank(tmp_path: Path) -> None:
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    bank = load_question_bank(tmp_path)
    assert len(bank) == 0 and bank.all() == [] and bank.skills() == []
