"""Reading files of job postings: JSON and CSV, line numbers of bad rows, whole-file errors."""

from __future__ import annotations

import json

import pytest

from tools.errors import InvalidInput, UnsupportedFile
from tools.postings.read import read_postings

DESCRIPTION = ("We need a data analyst with strong SQL and Excel skills, 2+ years of "
               "experience and a bachelor's degree.")


def test_json_rows_are_read_with_the_line_each_starts_on() -> None:
    text = json.dumps([
        {"title": "Data Analyst", "company": "Initech", "url": "https://jobs.example/1",
         "description": DESCRIPTION, "salary": 50000},
        {"title": "", "description": DESCRIPTION},
        {"title": "BI Analyst", "description": "too short"},
        {"title": "Analyst", "url": "ftp://x", "description": DESCRIPTION},
        "not an object",
        {"title": "Data Analyst II", "url": "https://jobs.example/1/", "description": DESCRIPTION},
        {"title": 7, "description": DESCRIPTION},
    ], indent=2)
    result = read_postings("jobs.json", text.encode())
    assert result.total == 7
    assert [(r.line, r.title, r.company) for r in result.rows] == [(2, "Data Analyst", "Initech")]
    problems = [(p.line, p.reason) for p in result.problems]
    assert problems == [
        (9, "no title"),
        (13, "the description is too short to be a job posting"),
        (17, "the url must start with http:// or https://"),
        (22, "not an object with title and description"),
        (23, "the same posting as line 2"),
        (28, "the title must be text"),
    ]


def test_csv_rows_keep_their_first_line_even_with_multi_line_descriptions() -> None:
    text = ("\ufefftitle,company,url,description\n"
            f'Data Analyst,Initech,https://a.example/1,"{DESCRIPTION}\nApply now."\n'
            "\n"
            f"Backend Engineer,,,{DESCRIPTION.replace(',', ';')}\n"
            ",Acme,,no title here at all but a long enough description of the job\n")
    result = read_postings("jobs.csv", text.encode())
    assert [(r.line, r.title, r.url) for r in result.rows] == [
        (2, "Data Analyst", "https://a.example/1"), (5, "Backend Engineer", None)]
    assert result.rows[0].description.endswith("Apply now.")
    assert [(p.line, p.reason) for p in result.problems] == [(6, "no title")]


def test_semicolon_csv_from_a_spreadsheet_is_read() -> None:
    text = f"Title;Description;Company\nData Analyst;{DESCRIPTION.replace(';', '')};Initech\n"
    result = read_postings("export.csv", text.encode())
    assert [(r.title, r.company) for r in result.rows] == [("Data Analyst", "Initech")]


@pytest.mark.parametrize(("name", "content", "error", "words"), [
    ("jobs.xlsx", b"x", UnsupportedFile, ".json or .csv"),
    ("jobs.json", b"", UnsupportedFile, "empty"),
    ("jobs.json", b"\xff\xfe\x00bad", UnsupportedFile, "UTF-8"),
    ("jobs.json", b'[{"title": "a",\n "description": }]', InvalidInput, "line 2"),
    ("jobs.json", b'{"title": "a"}', InvalidInput, "list of postings"),
    ("jobs.json", b"[]", InvalidInput, "no postings"),
    ("jobs.csv", b"name,text\nx,y\n", InvalidInput, "header row"),
])
def test_whole_file_problems_are_refused_with_a_next_step(
        name: str, content: bytes, error: type[Exception], words: str) -> None:
    with pytest.raises(error) as raised:
        read_postings(name, content)
    assert words in str(raised.value)
    assert raised.value.guidance  # type: ignore[attr-defined]


def test_too_many_postings_are_refused() -> None:
    rows = [{"title": f"Job {i}", "description": DESCRIPTION} for i in range(1001)]
    with pytest.raises(InvalidInput, match="at most 1000"):
        read_postings("many.json", json.dumps(rows).encode())
