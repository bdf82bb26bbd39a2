"""Normalisation of extracted text: characters, bullets, letter spacing, page numbers."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tools.resume.normalize import close_letter_spacing, normalize_line, normalize_text


def test_ligatures_hyphens_and_spaces() -> None:
    raw = (
        "Arti\ufb01cial e\ufb00ort \ufb02ow, co\u00adoperate, real\u2010time, "
        "end\u2011to\u2011end,\u00a0ok"
    )
    assert normalize_line(raw) == "Artificial effort flow, cooperate, real-time, end-to-end, ok"


def test_letter_spaced_headings() -> None:
    assert close_letter_spacing("R ESEARCH E XPERIENCE") == "RESEARCH EXPERIENCE"
    assert close_letter_spacing("CO N TAC T D E TA I L S") == "CONTACT DETAILS"
    assert close_letter_spacing("E X P E R I E N C E") == "EXPERIENCE"
    assert close_letter_spacing("S K I L L S  A N D  T O O L S") == "SKILLS AND TOOLS"
    assert close_letter_spacing("Go and R") == "Go and R"


def test_bullets_of_every_kind() -> None:
    for bullet in "•◦▪■●○◆⋄➢►✓*-–":
        assert normalize_line(f"{bullet} Shipped the app") == "• Shipped the app"
    assert normalize_line("Java ⋄ Shell · Python") == "Java • Shell • Python"


def test_page_numbers_dropped_but_years_kept() -> None:
    text = "Skills\nPython\n2\nPage 2 of 3\n- 3 -\n2014\nAwards"
    assert normalize_text(text) == "Skills\nPython\n2014\nAwards"


_texts = st.text(
    alphabet=st.sampled_from(list("abcXYZ 019.,-•\n\t\u00ad\ufb01\u00a0\u2010|RES")),
    max_size=80,
)


@given(_texts)
@settings(max_examples=200, deadline=None)
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(st.lists(st.from_regex(r"[A-Za-z][a-z]{2,9}", fullmatch=True), min_size=1, max_size=12))
@settings(max_examples=150, deadline=None)
def test_no_words_lost(words: list[str]) -> None:
    text = " ".join(words)
    assert re.findall(r"\w+", normalize_text(text)) == words
