"""Date forms of resumes, normalised to YYYY-MM, YYYY or present."""

from __future__ import annotations

import pytest

from tools.resume.dates import find_range, normalize_date


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Jan 2020 – Present", "2020-01", "present"),
        ("JAN 2020 – PRESENT", "2020-01", "present"),
        ("Sep 2021 – current", "2021-09", "present"),
        ("01/2020 – Now", "2020-01", "present"),
        ("2019 – 2021", "2019", "2021"),
        ("2019 - 2021", "2019", "2021"),
        ("Summer 2013, 2014", "2013", "2014"),
        ("March 2018 — June 2019", "2018-03", "2019-06"),
        ("Sept. 2017 to Aug. 2018", "2017-09", "2018-08"),
        ("2018.10–2024.09", "2018-10", "2024-09"),
        ("2025.02–pres.", "2025-02", "present"),
        ("Engineer | June 2014 – Sep 2014 | Mountain View", "2014-06", "2014-09"),
    ],
)
def test_ranges(line: str, start: str, end: str) -> None:
    found = find_range(line)
    assert found is not None
    assert (found.start, found.end) == (start, end)


def test_single_date_is_an_end_date() -> None:
    found = find_range("Class of May 2018")
    assert found is not None and (found.start, found.end) == (None, "2018-05")


def test_no_date() -> None:
    assert find_range("Led a team of 12 engineers") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("Dec 2014", "2014-12"), ("2020", "2020"), ("present", "present"), ("hello", None)],
)
def test_normalize_date(text: str, value: str | None) -> None:
    assert normalize_date(text) == value
