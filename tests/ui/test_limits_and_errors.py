"""Uploads over 5 MB are refused before anything reads them, in every face; .csv/.json job
postings get through to storage; every error a face shows has a next step and no traceback
(Properties 1, 29, 31; issue 8, point 8)."""

from __future__ import annotations

import asyncio
import io
import os
import tempfile
import tomllib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from typer.testing import CliRunner

os.environ.setdefault("CHAINLIT_APP_ROOT", tempfile.mkdtemp(prefix="hireready-chainlit-"))

from agent.runtime import ChatTurn, Runtime  # noqa: E402
from agent.settings import Settings  # noqa: E402
from prompts import errors as msg  # noqa: E402
from tools.documents import (  # noqa: E402
    MAX_RESUME_BYTES,
    UPLOAD_EXTENSIONS,
    Document,
    check_upload,
    resume_format,
)
from tools.errors import NotFound, UnsupportedFile  # noqa: E402
from ui import cli, terminal  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
TOO_BIG = b"%PDF-1.4\n" + b"x" * MAX_RESUME_BYTES


# -- the shared check ------------------------------------------------------------------------
def test_check_upload_lets_every_known_type_through_up_to_5_mb() -> None:
    for ext in (".pdf", ".docx", ".txt", ".json", ".csv"):
        assert check_upload(Document(filename=f"f{ext.upper()}", content=b"a")) == ext
    assert check_upload(Document(filename="cv.pdf", content=b"a" * MAX_RESUME_BYTES)) == ".pdf"


@pytest.mark.parametrize(("name", "content", "words"), [
    ("cv.pdf", TOO_BIG, "at most 5 MB"),
    ("jobs.csv", b"a" * (MAX_RESUME_BYTES + 1), "at most 5 MB"),
    ("cv.exe", b"MZ", "I can't use 'cv.exe'"),
    ("jobs.csv", b"", "is empty"),
])
def test_check_upload_refuses_with_a_message_and_next_step(name: str, content: bytes,
                                                           words: str) -> None:
    with pytest.raises(UnsupportedFile) as caught:
        check_upload(Document(filename=name, content=content))
    assert words in caught.value.message
    assert caught.value.guidance.strip()


def test_resume_parsing_still_refuses_a_csv_clearly() -> None:
    with pytest.raises(UnsupportedFile) as caught:
        resume_format(Document(filename="jobs.csv", content=b"title,description\n"))
    assert "jobs.csv" in caught.value.message and "PDF" in caught.value.guidance


def test_chainlit_limit_and_types_match_our_own() -> None:
    config = tomllib.loads((REPO / ".chainlit" / "config.toml").read_text())
    upload = config["features"]["spontaneous_file_upload"]
    assert upload["max_size_mb"] * 1024 * 1024 == MAX_RESUME_BYTES
    accepted = {ext for exts in upload["accept"].values() for ext in exts}
    assert accepted == UPLOAD_EXTENSIONS


# -- the runtime (web and terminal store files through it) ----------------------------------
@pytest.fixture
def runtime(data_dir: Path) -> Any:
    rt = Runtime(Settings())
    yield rt
    rt.close()


def test_runtime_stores_postings_files_and_never_stores_an_oversized_one(
        runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    upload = runtime.save_upload("u1", "jobs.csv", b"title,description\nA,B\n")
    assert runtime.uploads.filename("u1", upload) == "jobs.csv"
    assert runtime.save_upload("u1", "jobs.json", b"[]")
    with pytest.raises(UnsupportedFile, match="at most 5 MB"):
        runtime.save_upload("u1", "big.pdf", TOO_BIG)
    stored = sorted(p.name for p in runtime.settings.uploads_dir.rglob("*") if p.is_file())
    assert not any("big" in name for name in stored)


# -- the terminal --------------------------------------------------------------------------
class _Runtime:
    """A runtime stand-in whose turns fail or answer as the test says."""

    def __init__(self, failure: Exception | None = None) -> None:
        self.failure = failure
        self.saved: list[str] = []
        self.asked: list[str] = []

    def save_upload(self, user_id: str, filename: str, content: bytes) -> str:
        check_upload(Document(filename=filename, content=content))
        self.saved.append(filename)
        return "up1"

    def chat(self, user_id: str, thread_id: str, text: str,
             attachments: list[str] | None = None) -> ChatTurn:
        self.asked.append(text)
        if self.failure is not None:
            raise self.failure
        return ChatTurn(reply=f"ok: {text}")


def _terminal(runtime: Any, lines: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    monkeypatch.setattr(terminal, "pending_text", lambda rt, user: None)
    out, err = io.StringIO(), io.StringIO()
    assert terminal.run_chat(runtime, "u", "t", False, io.StringIO(lines), out, err) == 0
    return out.getvalue(), err.getvalue()


def test_terminal_refuses_an_oversized_upload_before_any_turn(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.pdf"
    big.write_bytes(TOO_BIG)
    fake = _Runtime()
    out, err = _terminal(fake, f"/upload {big}\nhello\n", monkeypatch)
    assert "at most 5 MB" in err and "Next step:" in err
    assert fake.saved == [] and fake.asked == ["hello"]


def test_terminal_attaches_a_postings_csv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    jobs = tmp_path / "jobs.csv"
    jobs.write_text("title,description\nData analyst,SQL\n")
    fake = _Runtime()
    _terminal(fake, f"/upload {jobs}\n", monkeypatch)
    assert fake.saved == ["jobs.csv"]
    assert terminal.upload_problem(f"/upload {jobs}") is None


@pytest.mark.parametrize("failure", [RuntimeError("secret internals"),
                                     NotFound("No such thing.", "Try another.")])
def test_terminal_shows_a_failed_turn_with_a_next_step_and_goes_on(
        failure: Exception, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _Runtime(failure)
    out, err = _terminal(fake, "first\nsecond\n", monkeypatch)
    assert fake.asked == ["first", "second"]  # the chat went on after the failure
    assert out.count("**Next step:**") == 2
    assert "Traceback" not in out + err and "secret internals" not in out + err


# -- the web handler ---------------------------------------------------------------------
def _web(monkeypatch: pytest.MonkeyPatch, failure: Exception) -> list[str]:
    from ui import chainlit_app as app

    shown: list[str] = []

    async def say(content: str) -> None:
        shown.append(content)

    async def answer(*args: Any) -> None:
        raise failure

    session = SimpleNamespace(thread_id="t", user=None, id="s")
    monkeypatch.setattr(app, "cl", SimpleNamespace(context=SimpleNamespace(session=session)))
    monkeypatch.setattr(app, "_user_id", lambda: "u")
    monkeypatch.setattr(app, "_say", say)
    monkeypatch.setattr(app, "_answer", answer)
    asyncio.run(app.on_message(SimpleNamespace(content="hello", elements=[])))  # type: ignore[arg-type]
    return shown


@pytest.mark.parametrize("failure", [RuntimeError("secret internals"),
                                     UnsupportedFile("'cv.pdf' is too big.", "Shrink it.")])
def test_web_handler_shows_message_and_next_step_never_a_traceback(
        failure: Exception, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _web(monkeypatch, failure)
    assert len(shown) == 1
    assert "**Next step:**" in shown[0]
    assert "Traceback" not in shown[0] and "secret internals" not in shown[0]
    if isinstance(failure, RuntimeError):
        assert msg.INTERNAL in shown[0]


def test_web_working_text_estimates_from_the_page_count(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    from ui import web_waiting

    writer = PdfWriter()
    for _ in range(40):
        writer.add_blank_page(612, 792)
    pdf = tmp_path / "long.pdf"
    with pdf.open("wb") as handle:
        writer.write(handle)
    text = web_waiting.working_text([("long.pdf", pdf)])
    assert "long.pdf (40 pages)" in text and "about 3 s" in text  # 1 + 40 x 0.05
    other = tmp_path / "cv.docx"
    other.write_bytes(b"PK")
    assert "about 2 s" in web_waiting.working_text([("cv.docx", other)])
    assert web_waiting.working_text([])  # a text-only turn still says it is working


# -- the CLI -------------------------------------------------------------------------------
def test_cli_parse_refuses_an_oversized_file_before_reading_its_text(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tools.resume.parse as parse

    def never(*args: Any) -> str:
        raise AssertionError("the oversized file was parsed")

    monkeypatch.setattr(parse, "extract_text", never)
    big = tmp_path / "big.pdf"
    big.write_bytes(TOO_BIG)
    result = CliRunner().invoke(cli.app, ["parse", str(big)])
    assert result.exit_code == 2
    assert "at most 5 MB" in result.output and "Next step:" in result.output
    assert "Traceback" not in result.output
