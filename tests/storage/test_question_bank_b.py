"""Part B of the interview question bank, checked straight from the YAML files.

``technical_b.yaml`` (cloud and DevOps, CS fundamentals, security, testing, business and
entry-level roles) and ``behavioral.yaml`` (STAR questions) are validated item by item with
``Question.model_validate``, without the bank loader, against the taxonomy and role catalogue
in ``storage/seed``. Sizes come from issue 7, point 1.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.interview.models import Question

SEED = Path(__file__).resolve().parents[2] / "storage" / "seed"
QUESTIONS = SEED / "questions"
STAR = ("Situation: ", "Task: ", "Action: ", "Result: ")
COMPETENCIES = {
    "adaptability", "ambiguity", "attention-to-detail", "communication", "conflict",
    "customer-focus", "decision-making", "ethics", "failure", "feedback", "initiative",
    "leadership", "learning", "motivation", "pressure", "prioritisation", "problem-solving",
    "teamwork",
}


def _items(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = data.get("questions")
    assert isinstance(data, list), path.name
    return data


def _ids(path: Path) -> set[str]:
    return {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()}


def _words(text: str) -> int:
    return len(text.split())


@pytest.fixture(scope="module")
def technical() -> list[Question]:
    return [Question.model_validate(item) for item in _items(QUESTIONS / "technical_b.yaml")]


@pytest.fixture(scope="module")
def behavioral() -> list[Question]:
    return [Question.model_validate(item) for item in _items(QUESTIONS / "behavioral.yaml")]


@pytest.fixture(scope="module")
def whole_part_b(technical: list[Question], behavioral: list[Question]) -> list[Question]:
    return technical + behavioral


@pytest.fixture(scope="module")
def whole_bank() -> list[Question]:
    return [
        Question.model_validate(item)
        for path in sorted(QUESTIONS.glob("*.yaml"))
        for item in _items(path)
    ]


def test_ids_and_question_texts_are_unique_across_every_bank_file(
    whole_bank: list[Question],
) -> None:
    ids = Counter(q.id for q in whole_bank)
    assert [i for i, n in ids.items() if n > 1] == []
    texts = Counter(q.text.casefold() for q in whole_bank)
    assert [t for t, n in texts.items() if n > 1] == []


def test_at_least_160_technical_questions_on_30_taxonomy_skills(
    technical: list[Question],
) -> None:
    assert len(technical) >= 160
    assert all(q.type == "technical" and q.competency is None for q in technical)
    taxonomy = _ids(SEED / "skills.jsonl")
    assert [q.id for q in technical if q.skill_id not in taxonomy] == []
    assert [q.id for q in technical if not q.id.startswith(f"{q.skill_id}-")] == []
    own = Counter(q.skill_id for q in technical)
    assert sum(1 for n in own.values() if n >= 4) >= 30


def test_each_skill_has_4_to_7_questions_over_several_levels(
    technical: list[Question], whole_bank: list[Question]
) -> None:
    # Counted over the whole bank: a skill part A also covers (data visualisation) is topped up.
    for skill in {q.skill_id for q in technical}:
        on_skill = [q for q in whole_bank if q.type == "technical" and q.skill_id == skill]
        assert 4 <= len(on_skill) <= 7, skill
        assert len({q.level for q in on_skill}) >= 2, skill
    assert {q.level for q in technical} == {"beginner", "intermediate", "advanced"}


def test_technical_key_points_are_single_checkable_statements(
    technical: list[Question],
) -> None:
    for q in technical:
        assert 3 <= len(q.key_points) <= 6, q.id
        assert len(set(q.key_points)) == len(q.key_points), q.id
        for point in q.key_points:
            assert 8 <= _words(point) <= 25, (q.id, point)
        assert 1 <= len(q.misconceptions) <= 3, q.id
        assert not set(q.misconceptions) & set(q.key_points), q.id


def test_hints_are_present_and_give_no_key_point_away(whole_part_b: list[Question]) -> None:
    for q in whole_part_b:
        hint = q.hint.strip().casefold()
        assert hint, q.id
        for point in q.key_points:
            body = point.split(": ", 1)[1] if point.startswith(STAR) else point
            assert body.casefold().rstrip(".") not in hint, (q.id, point)


def test_at_least_70_behavioural_questions_over_the_competencies(
    behavioral: list[Question],
) -> None:
    assert len(behavioral) >= 70
    assert all(q.type == "behavioral" and q.skill_id is None for q in behavioral)
    assert all(re.fullmatch(r"beh-[a-z0-9-]+", q.id) for q in behavioral)
    competencies = Counter(q.competency for q in behavioral)
    assert set(competencies) <= COMPETENCIES
    assert len(competencies) >= 15
    core = {"teamwork", "conflict", "leadership", "failure", "pressure", "initiative",
            "learning", "communication", "customer-focus", "ethics", "prioritisation",
            "feedback", "adaptability", "motivation"}
    assert all(competencies[c] >= 3 for c in core), competencies


def test_behavioural_key_points_are_the_four_star_parts_in_order(
    behavioral: list[Question],
) -> None:
    for q in behavioral:
        assert len(q.key_points) == 4, q.id
        for prefix, point in zip(STAR, q.key_points, strict=True):
            assert point.startswith(prefix), (q.id, point)
            assert 8 <= _words(point) <= 25, (q.id, point)
        assert len(q.misconceptions) <= 2, q.id


def test_behavioural_roles_are_catalogue_ids_or_empty(behavioral: list[Question]) -> None:
    catalogue = _ids(SEED / "roles.jsonl")
    assert [(q.id, r) for q in behavioral for r in q.roles if r not in catalogue] == []
    assert sum(1 for q in behavioral if not q.roles) >= 50
    assert sum(1 for q in behavioral if q.roles) >= 5
