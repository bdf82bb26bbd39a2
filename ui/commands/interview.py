"""``hireready interview``: run a mock interview in the terminal, or score one answer.

* ``hireready interview --user NAME [--role ROLE]`` (or ``interview run …``) runs the same
  dialogue as the chat (:mod:`ui.interview_terminal`); an unknown user exits with status 2.
* ``hireready interview score --question Q --answer A [--type technical|behavioral]
  [--key-points KP [KP ...]] [--misconceptions M [M ...]] [--json]`` scores one answer with
  :func:`tools.interview.scoring.score_answer` and the local embedder. ``--json`` prints
  ``{"score", "feedback", "covered", "missed", "misconceptions", "flags", "parts", "type",
  "source", "question_id"}``; ``source`` says what the answer was scored against:
  ``given`` key points, a ``bank`` question (same or nearly the same text,
  :func:`bank_match`) or ``star`` (a behavioural question without key points). A technical
  question that is neither given key points nor in the bank exits with status 2 and a
  "Next step:" line.

``--key-points`` and ``--misconceptions`` take several values each, like argparse's
``nargs="+"``; click options take one value, so they are read from the extra arguments
(:func:`list_options`).
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from dataclasses import dataclass
from typing import Any

import typer
from pydantic import ValidationError

from prompts import interview_cli as words
from tools.errors import HireReadyError, InvalidInput
from tools.interview.models import Question, QuestionType

LIST_OPTIONS = {"--key-points": "key_points", "--key-point": "key_points",
                "--misconceptions": "misconceptions", "--misconception": "misconceptions"}
"""Options that take several values, and the list each one fills."""
NEAR_MATCH = 0.9
"""Similarity (difflib ratio of the normalised texts, 0–1) from which a question is taken
to be the bank's question: a typo or a missing word still matches, another question not."""


@dataclass(frozen=True)
class ScoringTarget:
    """The question an answer is scored against, and where its key points came from."""

    question: Question
    source: str
    question_id: str | None = None


def _fail(error: HireReadyError) -> None:
    typer.echo(words.UNKNOWN_USER_EXIT.format(message=error.message, guidance=error.guidance),
               err=True)
    raise typer.Exit(code=2)


def list_options(args: list[str]) -> dict[str, list[str]]:
    """Read ``--key-points A B C --misconceptions M`` (also ``--key-points=A``, repeated).

    Returns:
        ``{"key_points": [...], "misconceptions": [...]}``.

    Raises:
        InvalidInput: An unknown option, or text before any of these options.
    """
    found: dict[str, list[str]] = {"key_points": [], "misconceptions": []}
    current: str | None = None
    for token in args:
        if token.startswith("--"):
            name, equals, value = token.partition("=")
            if name not in LIST_OPTIONS:
                raise InvalidInput(words.UNKNOWN_OPTION.format(option=name),
                                   words.UNKNOWN_OPTION_NEXT)
            current = LIST_OPTIONS[name]
            if equals and value.strip():
                found[current].append(value.strip())
        elif current is None:
            raise InvalidInput(words.STRAY_TEXT.format(text=token), words.STRAY_TEXT_NEXT)
        elif token.strip():
            found[current].append(token.strip())
    return found


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9+#]+", " ", text.lower()).split())


def bank_match(text: str, bank: list[Question]) -> Question | None:
    """The bank question with the same text (case, spacing and punctuation aside) or, failing
    that, the closest one at difflib ratio ≥ :data:`NEAR_MATCH`; ``None`` otherwise."""
    plain = {_plain(q.text): q for q in reversed(bank)}
    wanted = _plain(text)
    if wanted in plain:
        return plain[wanted]
    close = difflib.get_close_matches(wanted, list(plain), n=1, cutoff=NEAR_MATCH)
    return plain[close[0]] if close else None


def scoring_target(text: str, kind: QuestionType | None, key_points: list[str],
                   misconceptions: list[str], bank: list[Question]) -> ScoringTarget:
    """The question to score against (rules in the module docstring).

    Raises:
        InvalidInput: A technical question without key points that is not in the bank, or a
            question the model refuses (under 10 characters, more than 6 key points, …).
    """
    try:
        if key_points:
            return ScoringTarget(_question(text, kind or "technical", key_points,
                                           misconceptions), "given")
        found = bank_match(text, bank)
        if found is not None and kind in (None, found.type):
            update: dict[str, Any] = ({"misconceptions": misconceptions}
                                      if misconceptions else {})
            chosen = found.model_copy(update={"text": text.strip(), **update})
            return ScoringTarget(chosen, "bank", found.id)
        if kind == "behavioral":
            return ScoringTarget(_question(text, "behavioral", list(words.STAR_KEY_POINTS),
                                          misconceptions), "star")
    except ValidationError as error:
        problem = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}"
                            for e in error.errors())
        raise InvalidInput(words.BAD_QUESTION.format(problem=problem),
                           words.BAD_QUESTION_NEXT) from None
    raise InvalidInput(words.NO_KEY_POINTS, words.NO_KEY_POINTS_NEXT)


def _question(text: str, kind: QuestionType, key_points: list[str],
              misconceptions: list[str]) -> Question:
    return Question(id="cli-question", text=text.strip(), type=kind, key_points=key_points,
                    misconceptions=misconceptions)


def score_payload(target: ScoringTarget, answer: str) -> dict[str, Any]:
    """Score ``answer`` with the local embedder; the ``--json`` object."""
    from agent.settings import Settings
    from storage.embedder import FastEmbedder
    from tools.interview.scoring import score_answer

    result = score_answer(target.question, answer, FastEmbedder(Settings().models_dir))
    return {**result.model_dump(), "type": target.question.type, "source": target.source,
            "question_id": target.question_id}


def _readable(data: dict[str, Any]) -> str:
    def items(values: list[str]) -> str:
        return "; ".join(values) or words.NONE

    source = words.SOURCES[data["source"]].format(question_id=data["question_id"])
    lines = [words.SCORE_LINE.format(score=data["score"]), data["feedback"],
             words.COVERED_LINE.format(items=items(data["covered"])),
             words.MISSED_LINE.format(items=items(data["missed"]))]
    if data["misconceptions"]:
        lines.append(words.MISCONCEPTIONS_LINE.format(items=items(data["misconceptions"])))
    if data["flags"]:
        lines.append(words.FLAGS_LINE.format(items=", ".join(data["flags"])))
    lines.append(words.SOURCE_LINE.format(source=source))
    return "\n".join(lines)


def score_command(
    ctx: typer.Context,
    question: str = typer.Option("", "--question", help="The interview question."),
    answer: str = typer.Option(None, "--answer", help="The answer to score."),
    kind: str = typer.Option(None, "--type", help="technical or behavioral."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Score one answer (exit status 2 with a next step when it cannot be scored)."""
    from storage.questions import default_question_bank

    try:
        if not question.strip() or answer is None:
            raise InvalidInput(words.NEED_QUESTION, words.NEED_QUESTION_NEXT)
        if kind is not None and kind not in ("technical", "behavioral"):
            raise InvalidInput(words.UNKNOWN_TYPE.format(value=kind), words.UNKNOWN_TYPE_NEXT)
        lists = list_options(list(ctx.args))
        target = scoring_target(question, kind, lists["key_points"],  # type: ignore[arg-type]
                                lists["misconceptions"], default_question_bank().all())
        data = score_payload(target, answer)
    except HireReadyError as error:
        _fail(error)
        return
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False) if as_json else _readable(data))


def run_command(user: str = typer.Option(..., "--user", help="User name."),
                role: str = typer.Option(None, "--role", help="Role to interview for.")
                ) -> None:
    """Run a mock interview for USER in the terminal."""
    _run(user, role)


def _run(user: str, role: str | None) -> None:
    import uuid

    from agent.runtime import Runtime
    from agent.settings import Settings
    from agent.setup import prepare
    from storage.repositories.users import require_user_by_name
    from ui.interview_terminal import run_interview

    settings = Settings()
    try:
        prepare(settings, progress=sys.stderr.isatty())
        runtime = Runtime(settings)
    except HireReadyError as error:
        _fail(error)
        return
    try:
        with runtime.sessions() as session:
            account = require_user_by_name(session, user)
        code = run_interview(runtime, account.id, f"interview-{uuid.uuid4().hex}", role,
                             username=account.username)
    except HireReadyError as error:
        _fail(error)
        return
    finally:
        runtime.close()
    raise typer.Exit(code)


def interview_default(ctx: typer.Context,
                      user: str = typer.Option(None, "--user", help="User name."),
                      role: str = typer.Option(None, "--role", help="Role to interview for.")
                      ) -> None:
    """Run a mock interview for USER (``--user``), or score an answer (``score``)."""
    if ctx.invoked_subcommand is not None:
        return
    if not user:
        typer.echo(ctx.get_help())
        raise typer.Exit(code=2)
    _run(user, role)


def register(app: typer.Typer) -> None:
    """Add the ``interview`` sub-app (default: run; ``run``; ``score``) to ``hireready``."""
    interview_app = typer.Typer(help=words.INTERVIEW_HELP)
    interview_app.callback(invoke_without_command=True)(interview_default)
    interview_app.command("run", help=words.RUN_HELP)(run_command)
    interview_app.command("score", help=words.SCORE_HELP, context_settings={
        "allow_extra_args": True, "ignore_unknown_options": True})(score_command)
    app.add_typer(interview_app, name="interview")
