"""Read a file of job postings: JSON (a list of objects) or CSV (header row, one posting a
row), each with title, company, url and description.

Whole-file problems (wrong type, not UTF-8, broken JSON or CSV, no header) raise
:class:`~tools.errors.InvalidInput` or :class:`~tools.errors.UnsupportedFile` with the line;
a bad posting is skipped with its line and reason, and the others are kept.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import PurePath
from typing import Any

from prompts import postings as words
from tools.errors import InvalidInput, UnsupportedFile
from tools.postings.models import PostingRow, PostingsFile, RowProblem

MAX_FILE_BYTES = 5 * 1024 * 1024
"""Largest file of postings, the same 5 MB as any other upload."""
MAX_POSTINGS = 1000
"""Most postings imported from one file."""
MIN_DESCRIPTION_CHARS = 40
"""Fewer letters and digits than this is not a job description (as ``tools.jobs.parse``)."""
FIELD_LIMITS = {"title": 255, "company": 255, "url": 1000}
"""Longest title, company and url, in characters (the columns of ``hr_job_descriptions``)."""
FIELDS = ("title", "company", "url", "description")
CSV_DELIMITERS = ",;\t"
_CSV_FIELD_LIMIT = 1_000_000


def read_postings(filename: str, content: bytes) -> PostingsFile:
    """Read and check a file of postings.

    Args:
        filename: Its name; ``.json`` or ``.csv`` (a ``.txt`` is read as JSON when it starts
            with ``[``, else as CSV).
        content: Its bytes, UTF-8 (a byte-order mark is allowed), at most 5 MB.

    Returns:
        Usable rows and skipped rows (line and reason) in file order.

    Raises:
        UnsupportedFile: Another file type, an empty or oversized file, or not UTF-8.
        InvalidInput: Broken JSON or CSV, JSON that is not a list, a CSV without the title
            and description columns, no postings, or more than :data:`MAX_POSTINGS`.
    """
    name = PurePath(filename).name or filename
    text = _text(name, content)
    kind = _kind(name, text)
    items = list(_json_items(name, text) if kind == "json" else _csv_items(name, text))
    if not items:
        raise InvalidInput(words.NO_POSTINGS.format(name=name), words.NO_POSTINGS_NEXT)
    if len(items) > MAX_POSTINGS:
        raise InvalidInput(words.TOO_MANY.format(name=name, count=len(items),
                                                 limit=MAX_POSTINGS), words.TOO_MANY_NEXT)
    return _check_rows(items)


def _text(name: str, content: bytes) -> str:
    if not content:
        raise UnsupportedFile(words.EMPTY_FILE.format(name=name), words.EMPTY_FILE_NEXT)
    if len(content) > MAX_FILE_BYTES:
        raise UnsupportedFile(words.TOO_LARGE.format(name=name, mb=len(content) / 1024 / 1024),
                              words.TOO_LARGE_NEXT)
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnsupportedFile(words.NOT_TEXT.format(name=name), words.NOT_TEXT_NEXT) from None
    if not text.strip():
        raise UnsupportedFile(words.EMPTY_FILE.format(name=name), words.EMPTY_FILE_NEXT)
    return text


def _kind(name: str, text: str) -> str:
    suffix = PurePath(name).suffix.lower()
    if suffix in (".json", ".csv"):
        return suffix[1:]
    if suffix == ".txt":
        return "json" if text.lstrip().startswith("[") else "csv"
    raise UnsupportedFile(words.UNSUPPORTED_TYPE.format(name=name), words.UNSUPPORTED_TYPE_NEXT)


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def _json_items(name: str, text: str) -> Iterator[tuple[int, Any]]:
    """Each element of the top-level JSON list with the line where it starts."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInput(words.BAD_JSON.format(name=name, problem=error.msg,
                                                 line=error.lineno, column=error.colno),
                           words.BAD_JSON_NEXT) from None
    if not isinstance(data, list):
        raise InvalidInput(words.JSON_NOT_LIST.format(name=name), words.JSON_NOT_LIST_NEXT)
    decoder = json.JSONDecoder()
    index = text.index("[") + 1
    for _ in data:
        index = _skip(text, index, " \t\r\n,")
        item, end = decoder.raw_decode(text, index)
        yield _line_of(text, index), item
        index = end


def _skip(text: str, index: int, chars: str) -> int:
    while index < len(text) and text[index] in chars:
        index += 1
    return index


def _csv_items(name: str, text: str) -> Iterator[tuple[int, Any]]:
    """Each CSV row after the header as a dict of the known columns, with its first line."""
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = max(CSV_DELIMITERS, key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    start = 1
    try:
        for record in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header = [cell.strip().casefold() for cell in record]
                if not {"title", "description"} <= set(header):
                    raise InvalidInput(words.CSV_NO_HEADER.format(name=name),
                                       words.CSV_NO_HEADER_NEXT)
                continue
            yield line, {key: record[i] for i, key in enumerate(header)
                         if key in FIELDS and i < len(record)}
    except csv.Error as error:
        raise InvalidInput(words.BAD_CSV.format(name=name, problem=error, line=start),
                           words.BAD_CSV_NEXT) from None
    if header is None:
        raise InvalidInput(words.CSV_NO_HEADER.format(name=name), words.CSV_NO_HEADER_NEXT)


def _check_rows(items: list[tuple[int, Any]]) -> PostingsFile:
    rows: list[PostingRow] = []
    problems: list[RowProblem] = []
    seen: dict[tuple[str, ...], int] = {}
    for line, item in items:
        row_or_problem = check_row(line, item)
        if isinstance(row_or_problem, RowProblem):
            problems.append(row_or_problem)
            continue
        key = posting_key(row_or_problem)
        if key in seen:
            problems.append(RowProblem(line=line, title=row_or_problem.title,
                                       reason=words.ROW_DUPLICATE.format(line=seen[key])))
            continue
        seen[key] = line
        rows.append(row_or_problem)
    return PostingsFile(rows=rows, problems=problems, total=len(items))


def posting_key(row: PostingRow) -> tuple[str, ...]:
    """What makes two postings the same: the url when given, else title, company and text."""
    if row.url:
        return ("url", row.url.strip().rstrip("/").casefold())
    return ("text", row.title.casefold(), (row.company or "").casefold(),
            " ".join(row.description.split()).casefold())


def check_row(line: int, item: Any) -> PostingRow | RowProblem:
    """One posting, or why it cannot be imported."""
    if not isinstance(item, dict):
        return RowProblem(line=line, reason=words.ROW_NOT_OBJECT)
    values: dict[str, str | None] = {}
    for field in FIELDS:
        value = item.get(field)
        if value is not None and not isinstance(value, str):
            return RowProblem(line=line, reason=words.ROW_NOT_TEXT.format(field=field))
        values[field] = " ".join(value.split()) if value and field != "description" else value
    title = values["title"] or None
    problem = _field_problem(values)
    if problem:
        return RowProblem(line=line, title=title, reason=problem)
    return PostingRow(line=line, title=title or "", company=values["company"] or None,
                      url=values["url"] or None, description=(values["description"] or ""))


def _field_problem(values: dict[str, str | None]) -> str | None:
    description = (values["description"] or "").strip()
    if not values["title"]:
        return words.ROW_NO_TITLE
    if not description:
        return words.ROW_NO_DESCRIPTION
    if sum(ch.isalnum() for ch in description) < MIN_DESCRIPTION_CHARS:
        return words.ROW_SHORT_DESCRIPTION
    for field, limit in FIELD_LIMITS.items():
        if len(values[field] or "") > limit:
            return words.ROW_LONG_FIELD.format(field=field, limit=limit)
    url = values["url"]
    if url and not url.casefold().startswith(("http://", "https://")):
        return words.ROW_BAD_URL
    return None
