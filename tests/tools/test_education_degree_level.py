"""Education lines with the field written straight after the degree, and the degree level
gap analysis reads from abbreviations with or without full stops."""

from __future__ import annotations

import pytest

from tools.gaps.requirements import degree_level, resume_degree_level
from tools.resume.education import parse_education
from tools.resume.models import Education


def test_field_right_after_a_dotted_degree_is_the_field_not_the_school() -> None:
    [entry] = parse_education(
        ["B.S. Computer Science, University of California, Davis — 2018 – 2022"])
    assert (entry.degree, entry.field, entry.institution, entry.start, entry.end) == (
        "B.S.", "Computer Science", "University of California, Davis", "2018", "2022")


@pytest.mark.parametrize(("line", "expected"), [
    ("BSc Computer Science, University of Leeds, 2018 - 2021",
     ("BSc", "Computer Science", "University of Leeds")),
    ("B.A. Economics and Philosophy, Boston College, 2015",
     ("B.A.", "Economics and Philosophy", "Boston College")),
    ("M.S. Data Science, 2020", ("M.S.", "Data Science", None)),
    # no school word after it and no subject word in it: the words are the school
    ("B.Tech IIT Bombay, 2018", ("B.Tech", None, "IIT Bombay")),
    ("M.S. Georgia Tech, 2020", ("M.S.", None, "Georgia Tech")),
    ("MBA, Harvard Business School, 2019", ("MBA", None, "Harvard Business School")),
    ("BS Stanford University, 2019", ("BS", None, "Stanford University")),
])
def test_bare_field_only_when_the_line_names_a_school_or_a_subject(
        line: str, expected: tuple[str, str | None, str | None]) -> None:
    [entry] = parse_education([line])
    assert (entry.degree, entry.field, entry.institution) == expected


@pytest.mark.parametrize(("degree", "level"), [
    *[(d, 2) for d in ("B.S.", "BS", "BSc", "B.Sc.", "BA", "B.A.", "BEng", "B.Tech", "BE",
                       "B.E.", "Bachelor of Science")],
    *[(d, 3) for d in ("M.S.", "MS", "MSc", "M.Sc.", "MA", "M.A.", "MBA", "M.Tech", "MEng",
                       "Master of Arts")],
    ("PhD", 4), ("Ph.D.", 4), ("Doctorate", 4), ("Diploma", 1),
])
def test_degree_abbreviations_read_as_their_level(degree: str, level: int) -> None:
    assert degree_level(degree) == level


def test_two_letter_abbreviations_count_only_in_capitals() -> None:
    assert degree_level("you must be able to travel") == 0
    assert degree_level("me and my team") == 0


def test_the_dotted_bachelors_on_a_resume_is_a_bachelors() -> None:
    [entry] = parse_education(
        ["B.S. Computer Science, University of California, Davis — 2018 – 2022"])
    assert resume_degree_level([entry]) == 2
    assert resume_degree_level([Education(degree="M.S.", institution="MIT")]) == 3
