"""`hireready interview` in-process: scoring one answer (given key points, a bank question
by nearly the same text, STAR for a behavioural question, refusals with a next step), the
several-valued options, and the mock interview in the terminal, paused by end of input and
finished in a second run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from cli_app import command_app
from typer.testing import CliRunner

from storage.questions import default_question_bank
from tools.errors import InvalidInput
from ui.commands.interview import bank_match, list_options, register

KEY_POINTS = ["A list comprehension builds a new list in one expression",
              "It loops over an iterable with a for clause",
              "An optional if clause filters the items"]


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    return command_app(register)


def _score(app: typer.Typer, *args: str) -> tuple[int, dict[str, object] | None, str]:
    result = CliRunner().invoke(app, ["interview", "score", *args, "--json"])
    data = json.loads(result.stdout) if result.exit_code == 0 else None
    return result.exit_code, data, result.stderr


def test_given_key_points_score_with_the_documented_shape(app: typer.Typer,
                                                          data_dir: Path) -> None:
    code, data, err = _score(
        app, "--question", "What is a Python list comprehension?", "--answer",
        "It builds a new list in a single expression by looping over an iterable with a for "
        "clause, and an optional if clause filters which items are kept.",
        "--key-points", *KEY_POINTS, "--misconceptions", "It changes the list in place")
    assert code == 0, err
    assert data is not None
    assert {"score", "feedback", "covered", "missed", "flags", "parts"} <= set(data)
    assert data["source"] == "given" and data["type"] == "technical"
    assert set(data["covered"]) | set(data["missed"]) == set(KEY_POINTS)  # type: ignore[arg-type]
    assert data["score"] >= 70 and data["feedback"]  # type: ignore[operator]
    code, junk, _ = _score(app, "--question", "What is a Python list comprehension?",
                           "--answer", "fine", "--key-points", *KEY_POINTS)
    assert junk is not None and junk["score"] <= 15 and junk["flags"]  # type: ignore[operator]


def test_a_bank_question_nearly_as_written_uses_its_key_points(app: typer.Typer,
                                                               data_dir: Path) -> None:
    bank = default_question_bank().all()
    question = next(q for q in bank if q.type == "technical")
    typed = question.text.lower().rstrip("?") + " ?"
    assert bank_match(typed, bank) == question
    assert bank_match(typed.replace(" ", "  ", 1)[:-6], bank) == question  # a word short
    assert bank_match("Who won the football world cup in 1998?", bank) is None
    code, data, err = _score(app, "--question", typed, "--answer", " ".join(question.key_points))
    assert code == 0, err
    assert data is not None and data["source"] == "bank" and data["question_id"] == question.id
    assert set(data["covered"]) | set(data["missed"]) == set(question.key_points)  # type: ignore[arg-type]


def test_a_behavioural_question_without_key_points_is_scored_on_star(app: typer.Typer,
                                                                     data_dir: Path) -> None:
    code, data, err = _score(
        app, "--type", "behavioral", "--question", "Tell me about a time you fixed an outage.",
        "--answer", "Last spring at my previous job our checkout service went down. I was the "
        "on-call engineer, so I owned the fix. I rolled back the release, profiled the slow "
        "query and added an index. Checkout recovered within 20 minutes and errors dropped "
        "by 90%.")
    assert code == 0, err
    assert data is not None and data["source"] == "star" and data["type"] == "behavioral"
    labels = [str(p).split(":")[0] for p in [*data["covered"], *data["missed"]]]  # type: ignore[misc]
    assert sorted(labels) == ["Action", "Result", "Situation", "Task"]
    assert data["score"] >= 60  # type: ignore[operator]


@pytest.mark.parametrize("args", [
    ["--question", "What is the airspeed of an unladen swallow in a vacuum?", "--answer", "x y"],
    ["--question", "What is a list comprehension?", "--answer", "a", "--key-points", "one",
     "two"],
    ["--question", "What is a list comprehension?", "--answer", "a", "--type", "trivia"],
    ["--question", "What is a list comprehension?", "--answer", "a", "--keypoints", "one"],
    ["--answer", "only an answer"],
])
def test_what_cannot_be_scored_exits_2_with_a_next_step(app: typer.Typer, data_dir: Path,
                                                         args: list[str]) -> None:
    result = CliRunner().invoke(app, ["interview", "score", *args])
    assert result.exit_code == 2
    assert "Next step:" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_list_options_read_several_values_repeats_and_equals() -> None:
    assert list_options(["--key-points", "a b", "c", "--misconceptions", "m",
                         "--key-points=d", "--misconception", "n"]) == {
        "key_points": ["a b", "c", "d"], "misconceptions": ["m", "n"]}
    assert list_options([]) == {"key_points": [], "misconceptions": []}
    with pytest.raises(InvalidInput):
        list_options(["stray", "--key-points", "a"])
    with pytest.raises(InvalidInput):
        list_options(["--points", "a"])


def test_interview_for_an_unknown_user_exits_2(app: typer.Typer,
                                               fresh_prepared_dir: Path) -> None:
    result = CliRunner().invoke(app, ["interview", "--user", "nobody"], input="")
    assert result.exit_code == 2
    assert "nobody" in result.stderr and "Next step:" in result.stderr


def test_terminal_interview_pauses_at_end_of_input_and_finishes_later(
        app: typer.Typer, fresh_prepared_dir: Path) -> None:
    if len(default_question_bank()) < 50:
        pytest.skip("the question bank is still being written")
    import storage.repositories.interviews as repo
    from agent.runtime import Runtime
    from agent.settings import Settings

    runtime = Runtime(Settings(data_dir=fresh_prepared_dir))
    try:
        user = runtime.ensure_user("maya")[0].id
    finally:
        runtime.close()
    first = CliRunner().invoke(app, ["interview", "--user", "maya", "--role", "backend"],
                               input="give me a hint\nI don't know\n")
    assert first.exit_code == 0, first.stderr
    assert "**Question 1 of" in first.stdout and "**Hint:**" in first.stdout
    assert "Question 2 of" in first.stdout and "Paused after 1 of" in first.stdout
    assert "hireready interview --user maya" in first.stderr

    second = CliRunner().invoke(app, ["interview", "run", "--user", "maya"],
                                input="skip\nend the interview\nthis line is never read\n")
    assert second.exit_code == 0, second.stderr
    assert "Welcome back" in second.stdout and "Mock interview summary" in second.stdout
    assert second.stdout.count("coach>") == 3
    runtime = Runtime(Settings(data_dir=fresh_prepared_dir))
    try:
        with runtime.sessions() as session:
            record = repo.latest_interview(session, user)
    finally:
        runtime.close()
    assert record is not None and record.status == "completed"
    assert [i.status for i in record.items][:2] == ["answered", "skipped"]
