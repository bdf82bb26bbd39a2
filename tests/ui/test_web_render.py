"""The web face's rendering helpers, and the resume PDF the browser test attaches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from prompts import chat as words
from tools.errors import UnsupportedFile
from ui import web_render as render

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_error_text_shows_message_then_next_step() -> None:
    text = render.error_text("The file is damaged.", "Export it again as PDF.")
    assert text.index("The file is damaged.") < text.index("Export it again as PDF.")
    assert "Next step" in text


@pytest.mark.parametrize(("message", "guidance"), [("", "Do this."), ("Broken.", "  ")])
def test_error_text_refuses_a_blank_part(message: str, guidance: str) -> None:
    with pytest.raises(ValueError):
        render.error_text(message, guidance)


def test_refusal_text_carries_the_errors_message_and_guidance() -> None:
    error = UnsupportedFile("'cv.png' is not a resume format.", "Attach a PDF instead.")
    text = render.refusal_text(error)
    assert "'cv.png' is not a resume format." in text
    assert "Attach a PDF instead." in text


@given(st.integers(min_value=0, max_value=20))
@settings(max_examples=100)
def test_property_29_working_text_says_it_is_working_and_how_long(count: int) -> None:
    """Property 29: a running turn tells the user it is working and about how long it takes."""
    text = render.working_text(count)
    assert "second" in text
    assert ("resume" in text) == (count > 0)


def test_step_input_is_indented_json_of_the_arguments_as_passed() -> None:
    args = {"upload_id": "u-1", "max_skills": 40, "ratio": 0.5, "names": ["é", "b"]}
    text = render.step_input(args)
    assert json.loads(text) == args
    assert "\n  " in text and "é" in text


def test_step_input_shows_values_json_cannot_encode_as_text() -> None:
    assert json.loads(render.step_input({"path": Path("/tmp/x.pdf")})) == {"path": "/tmp/x.pdf"}


def test_step_output_pretty_prints_json_and_names_the_language() -> None:
    text, language = render.step_output('{"skills":[{"name":"Python","source":"skills"}]}')
    assert language == "json"
    assert json.loads(text) == {"skills": [{"name": "Python", "source": "skills"}]}
    assert "\n" in text


def test_step_output_leaves_plain_text_alone() -> None:
    assert render.step_output("Error: no resume found") == ("Error: no resume found", None)


def test_long_step_text_is_cut_with_a_marker_saying_how_much_is_hidden() -> None:
    text, _ = render.step_output("x" * (render.MAX_STEP_TEXT_CHARS + 123))
    assert text.startswith("x" * render.MAX_STEP_TEXT_CHARS)
    assert "123 more characters" in text


def test_starters_are_distinct_and_non_empty() -> None:
    labels = [s.label for s in render.STARTERS]
    assert len(set(labels)) == len(labels) >= 2
    assert all(s.label.strip() and s.message.strip() for s in render.STARTERS)


def test_greeting_is_the_coachs_greeting() -> None:
    assert render.greeting() == words.GREETING


def test_resume_pdf_made_by_the_suite_reads_back_as_its_text(resume_pdf: Path) -> None:
    text = PdfReader(resume_pdf).pages[0].extract_text()
    source = (REPO_ROOT / "tests/fixtures/browser/resume.txt").read_text(encoding="utf-8")
    for line in filter(None, source.splitlines()):
        assert line in text


def test_upload_settings_match_the_resume_rules() -> None:
    """The browser refuses what the app refuses: 5 MB, resumes and job descriptions
    (PDF/DOCX/TXT) and files of job postings (CSV/JSON) (Property 1)."""
    import tomllib

    config = tomllib.loads((REPO_ROOT / ".chainlit" / "config.toml").read_text("utf-8"))
    upload = config["features"]["spontaneous_file_upload"]
    assert upload["enabled"] is True
    assert upload["max_size_mb"] == 5
    extensions = {ext for exts in upload["accept"].values() for ext in exts}
    assert extensions == {".pdf", ".docx", ".txt", ".csv", ".json"}
    theme = json.loads((REPO_ROOT / "public" / "theme.json").read_text("utf-8"))
    assert theme["custom_fonts"] == []
