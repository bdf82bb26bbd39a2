"""The interview summary (overall score over the questions asked, skipped = 0, what to
practise next), the follow-up rule and the Markdown the dialogue shows."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from tools.interview.dialogue import follow_up_question, keeps_first, needs_follow_up
from tools.interview.display import question_block, summary_block
from tools.interview.models import AnswerScore, Question
from tools.interview.records import InterviewItem, InterviewRecord
from tools.interview.summary import PRACTISE_BELOW, overall_score, summarise

NOW = datetime(2026, 11, 29, tzinfo=UTC)
STAR = ["Situation: the project.", "Task: the goal.", "Action: what I did.",
        "Result: the outcome."]


def item(number: int, status: str, score: float | None, kind: str = "technical",
         skill: str | None = "SQL") -> InterviewItem:
    return InterviewItem(number=number, text=f"Question {number}?", type=kind,  # type: ignore[arg-type]
                         skill=skill, status=status, score=score,  # type: ignore[arg-type]
                         answer=None if status != "answered" else "an answer")


items = st.lists(st.tuples(st.sampled_from(["answered", "skipped", "pending"]),
                           st.integers(0, 100)), min_size=1, max_size=10)


@given(items)
def test_overall_is_the_average_of_questions_asked_with_skips_as_zero(
        drawn: list[tuple[str, int]]) -> None:
    rows = [item(n, status, 0 if status == "skipped" else (score if status == "answered"
                                                           else None))
            for n, (status, score) in enumerate(drawn, start=1)]
    asked = [r.score or 0 for r in rows if r.status != "pending"]
    result = overall_score(rows)
    if not asked:
        assert result is None
    else:
        assert result == round(sum(asked) / len(asked), 1)
        assert result is not None and 0 <= result <= 100


def test_practise_lists_weak_topics_lowest_first_with_missed_points() -> None:
    record = InterviewRecord(id="i", status="completed", started_at=NOW, overall_score=40.0,
                             items=[item(1, "answered", 80, skill="Git"),
                                    item(2, "answered", 30, skill="SQL"),
                                    item(3, "skipped", 0, kind="behavioral", skill=None)])
    summary = summarise(record, {1: "Git", 2: "SQL", 3: "teamwork story"},
                        {2: ["Joins.", "Indexes.", "Views."], 3: STAR})
    assert [p.topic for p in summary.practise] == ["teamwork story", "SQL"]
    assert summary.practise[1].points == ["Joins.", "Indexes."]
    assert all(p.score < PRACTISE_BELOW for p in summary.practise)
    assert (summary.answered, summary.skipped, summary.overall_score) == (2, 1, 40.0)
    text = summary_block(summary)
    assert "| 3 | Question 3? | behavioural · teamwork story | skipped (0) |" in text
    assert "**Overall: 40/100** (2 answered, 1 skipped of 3)." in text
    assert "- **SQL** (30/100): Joins; Indexes" in text


def test_heading_names_number_total_type_and_topic() -> None:
    assert question_block(2, 6, "technical", "Docker", "What is an image?") == (
        "**Question 2 of 6** (technical · Docker)\n\nWhat is an image?")


def _score(**fields: object) -> AnswerScore:
    return AnswerScore(score=20, feedback="Thin.", **fields)  # type: ignore[arg-type]


def test_one_follow_up_only_for_thin_unflagged_answers() -> None:
    assert needs_follow_up(_score(thin=True), already_asked=False)
    assert not needs_follow_up(_score(thin=True), already_asked=True)
    assert not needs_follow_up(_score(thin=True, flags=["dont_know"]), already_asked=False)
    assert not needs_follow_up(_score(thin=False), already_asked=False)
    assert keeps_first(40, _score()) and not keeps_first(10, _score())


def test_follow_up_asks_for_the_missing_star_part_or_nudges_with_the_hint() -> None:
    story = Question(id="b", text="Tell me about a conflict.", type="behavioral",
                     key_points=STAR, competency="conflict")
    assert "number on the result" in follow_up_question(
        story, _score(thin=True, missed=["Result: the outcome."]))
    assert "personally do" in follow_up_question(
        story, _score(thin=True, missed=["Action: what I did."]))
    tech = Question(id="t", text="What is an index for?", type="technical", skill_id="sql",
                    key_points=["a", "b", "c"], hint="Think of a book's index.")
    assert "Think of a book's index." in follow_up_question(tech, _score(thin=True))
