"""A document with no contact details, education or experience is not taken as a resume."""

from __future__ import annotations

import pytest

from tools.documents import Document
from tools.errors import UnsupportedFile
from tools.resume.parse import parse_resume
from tools.skill_matcher import SkillMatcher


def test_random_words_are_refused_with_a_next_step(matcher: SkillMatcher) -> None:
    words = ("river lamp orange seventeen window quietly basket marble jump over the fence "
             "while purple clouds sing about yesterday and tomorrow ") * 6
    with pytest.raises(UnsupportedFile) as refused:
        parse_resume(Document(filename="notes.txt", content=words.encode()), matcher)
    assert "doesn't look like a resume" in refused.value.message
    assert "unchanged" in refused.value.guidance


def test_a_short_resume_with_contact_details_is_accepted(matcher: SkillMatcher) -> None:
    text = ("Ana Lima\nana.lima@example.org\n\nSKILLS\nPython, SQL\n\nEXPERIENCE\n"
            "Data Analyst, Contoso | 2021 - Present\n- Built dashboards in SQL\n")
    profile = parse_resume(Document(filename="ana.txt", content=text.encode()), matcher)
    assert profile.email == "ana.lima@example.org"
