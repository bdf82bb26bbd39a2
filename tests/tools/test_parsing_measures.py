"""The measuring code: SkillSpan reading and partial-overlap scoring, resume-eval field
rules for redacted gold, the parse benchmark's skip, and the `hireready jd` command."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from fixtures.resumes import resume_builders as build
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/ and bench/ folders

from bench.parse_bench import run  # noqa: E402
from eval.jd_eval import evaluate, read_conll, score  # noqa: E402
from eval.resume_eval import _field_score  # noqa: E402
from tools.resume.models import ResumeProfile  # noqa: E402
from tools.skill_matcher import SkillMatcher  # noqa: E402
from ui.commands.parsing import export_jsonresume, register  # noqa: E402

CONLL = (
    "Experience\tO\tO\nwith\tO\tO\nApache\tO\tB\nKafka\tO\tI\nand\tO\tO\n"
    "communicating\tB\tO\nclearly\tI\tO\n.\tO\tO\n\nWe\tO\tO\nship\tO\tO\n"
)


def test_read_conll_joins_tokens_and_keeps_both_columns(tmp_path: Path) -> None:
    path = tmp_path / "tiny_dev.conll"
    path.write_text(CONLL, encoding="utf-8")
    (text, spans), (second, none) = read_conll(path)
    assert text == "Experience with Apache Kafka and communicating clearly ."
    assert sorted(text[a:b] for a, b in spans) == ["Apache Kafka", "communicating clearly"]
    assert second == "We ship" and none == []


def test_partial_overlap_scoring() -> None:
    sentences = [("Experience with Apache Kafka and Java", [(16, 28), (33, 37)])]
    result = score(sentences, lambda text: [(23, 28), (0, 10)])  # "Kafka", "Experience"
    assert (result["precision"], result["recall"], result["f1"]) == (0.5, 0.5, 0.5)


def test_jd_eval_skips_without_data(tmp_path: Path) -> None:
    assert "skipped" in evaluate(tmp_path / "absent")


def test_parse_bench_skips_without_data(tmp_path: Path) -> None:
    assert "skipped" in run(tmp_path / "absent")


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("Jo Doe", "Jo Doe", (True, None)),
        ("Jo Smith", "Jo Doe", (False, None)),
        (None, "[NAME]", (None, True)),
        ("[NAME]", "[NAME]", (None, True)),
        ("Invented Person", "[NAME]", (None, False)),
        (None, None, (None, True)),
    ],
)
def test_redacted_gold_is_not_scored_for_exactness(
        predicted: str | None, gold: str | None, expected: tuple[bool | None, bool | None]
) -> None:
    assert _field_score(predicted, gold) == expected


def _app() -> object:
    import typer

    app = typer.Typer()
    register(app)

    @app.command()
    def version() -> None:  # a second command so that "jd" stays a sub-command
        """Unused."""

    return app


def test_jd_command_json(tmp_path: Path) -> None:
    path = tmp_path / "job.PDF"
    path.write_bytes(build.job_pdf())
    result = CliRunner().invoke(_app(), ["jd", str(path), "--json"])  # type: ignore[arg-type]
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"title", "company", "skills", "years_experience", "education"} <= set(data)
    assert data["title"] == "Senior Data Engineer" and data["years_experience"] == 5
    assert all(s["priority"] in {"critical", "important", "nice-to-have"} and s["evidence"]
               for s in data["skills"])
    assert any(s["name"] == "Python" and s["priority"] == "critical" for s in data["skills"])


def test_jd_command_reads_stdin_and_prints_readably() -> None:
    result = CliRunner().invoke(_app(), ["jd", "-"],  # type: ignore[arg-type]
                                input=build.JOB_DESCRIPTION)
    assert result.exit_code == 0
    assert "Senior Data Engineer" in result.stdout and "Nice to have:" in result.stdout


@pytest.mark.parametrize(
    ("args", "stdin", "words"),
    [
        (["jd", "-"], "Buscamos un ingeniero con experiencia en Python y SQL para el equipo de "
         "la empresa, con conocimientos de la nube y de los datos en un entorno de los "
         "clientes y de las ventas.", "not supported yet"),
        (["jd", "-"], "", "empty"),
        (["jd", "no/such/file.txt"], "", "no file"),
    ],
)
def test_jd_command_refusals_exit_2(args: list[str], stdin: str, words: str) -> None:
    result = CliRunner().invoke(_app(), args, input=stdin)  # type: ignore[arg-type]
    assert result.exit_code == 2
    assert words in result.stderr and "Next step:" in result.stderr


def test_jd_command_refuses_other_file_types(tmp_path: Path) -> None:
    path = tmp_path / "job.exe"
    path.write_bytes(b"MZ")
    result = CliRunner().invoke(_app(), ["jd", str(path)])  # type: ignore[arg-type]
    assert result.exit_code == 2 and "Next step:" in result.stderr


def test_export_jsonresume_for_the_parse_command() -> None:
    data = export_jsonresume(ResumeProfile(name="Sam Lee", email="sam@example.com"))
    assert data["basics"] == {"name": "Sam Lee", "email": "sam@example.com"}


def test_combined_gold_skills_count_once() -> None:
    from eval.resume_eval import _skill_counts, canonical
    from tools.taxonomy import SkillEntry

    key = canonical(SkillMatcher([SkillEntry(id="html", name="HTML"),
                                  SkillEntry(id="css", name="CSS")]))
    assert key("HTML/CSS") == "html+css" and key("HTML") == "html"
    assert _skill_counts({"html", "css", "python"}, {"html+css", "go"}) == (1, 2)
    assert _skill_counts({"html"}, {"html+css"}) == (0, 1)
