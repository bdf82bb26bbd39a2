"""Text extraction from PDF (column by column), DOCX (tables, headers) and TXT (encodings)."""

from __future__ import annotations

import pytest
from fixtures.resumes import resume_builders as build

from tools.documents import Document
from tools.errors import UnsupportedFile
from tools.resume.extract import extract_text


def _text(name: str, content: bytes) -> str:
    return extract_text(Document(filename=name, content=content))


def test_one_column_pdf_keeps_line_order() -> None:
    lines = _text("cv.pdf", build.one_column_pdf()).split("\n")
    expected = [t if k != "b" else f"• {t}" for k, t in build.ONE_COLUMN]
    assert lines == expected


def test_two_column_pdf_is_read_column_by_column() -> None:
    lines = _text("cv.pdf", build.two_column_pdf()).split("\n")
    assert lines[0] == "JORDAN DOE"
    left = [t.replace("- ", "• ", 1) if t.startswith("- ") else t for t in build.LEFT_COLUMN]
    start = lines.index(left[0])
    assert lines[start : start + len(left)] == left
    right_start = lines.index(build.RIGHT_COLUMN[0])
    assert right_start > start + len(left) - 1
    assert lines[right_start : right_start + len(build.RIGHT_COLUMN)] == build.RIGHT_COLUMN


def test_docx_reads_header_paragraphs_tabs_and_tables() -> None:
    lines = _text("cv.docx", build.docx_with_table()).split("\n")
    assert lines[0] == "Alex Morgan"
    assert "Mechanical Engineer | Sep 2021 – current" in lines
    assert "CAD | SolidWorks, AutoCAD" in lines
    assert "Programming | MATLAB, Python" in lines
    assert "• Designed hydraulic test rigs in SolidWorks." in lines or (
        "Designed hydraulic test rigs in SolidWorks." in lines
    )


def test_latin1_text_is_decoded() -> None:
    text = _text("cv.txt", build.latin1_txt())
    assert text.startswith("José Müller\n")
    assert "• Wrote C++ services" in text


def test_utf16_text_is_decoded() -> None:
    text = _text("cv.txt", build.LATIN1_TEXT.encode("utf-16"))
    assert "José Müller" in text and "Tata Consultancy Services" in text


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("cv.pdf", build.encrypted_pdf(), "password-protected"),
        ("cv.pdf", build.image_only_pdf(), "no readable text"),
        ("cv.pdf", b"%PDF-1.4\n garbage that is not a pdf", "damaged"),
        ("cv.docx", b"PK\x03\x04 not really a zip", "Word document"),
        ("cv.txt", bytes(range(256)) * 4, "not readable text"),
        ("cv.txt", b"hi", "no readable text"),
    ],
)
def test_bad_files_are_refused(name: str, content: bytes, words: str) -> None:
    with pytest.raises(UnsupportedFile) as caught:
        _text(name, content)
    assert words in caught.value.message
    assert caught.value.guidance.strip()


def test_upper_case_and_dotted_extensions_are_fine() -> None:
    assert "PRIYA RAMAN" in _text("jo.m.lee.resume.PDF", build.one_column_pdf())
