"""An experience header "Title, Organisation" gives the title and the company apart."""

from __future__ import annotations

import pytest

from tools.resume.experience import parse_experience, split_title_and_org


@pytest.mark.parametrize(("header", "title", "company", "location"), [
    ("Research Assistant, Portland State University", "Research Assistant",
     "Portland State University", None),
    ("Research Assistant, Portland State University, Portland, OR | 2021 - 2023",
     "Research Assistant", "Portland State University", "Portland, OR"),
    ("Data Analyst, Acme Inc. | 2020 - 2022", "Data Analyst", "Acme Inc.", None),
    ("Software Engineer, Acme, Inc. | 2020 - 2022", "Software Engineer", "Acme, Inc.", None),
    ("Teaching Assistant, University of California, Berkeley | 2019 - 2020",
     "Teaching Assistant", "University of California, Berkeley", None),
    ("Nurse Intern, Providence Hospital | 2018", "Nurse Intern", "Providence Hospital", None),
    ("Acme, Inc. | Data Analyst | 2020 - 2022", "Data Analyst", "Acme, Inc.", None),
])
def test_title_and_organisation_are_split(header: str, title: str, company: str,
                                          location: str | None) -> None:
    [role] = parse_experience([header, "Sep 2021 - Jun 2023", "• Ran the lab's experiments."])
    assert (role.title, role.company, role.location) == (title, company, location)


@pytest.mark.parametrize("part", [
    "Acme, Inc.",
    "Software Engineer, Google",
    "University of California, Berkeley",
    "Research Assistant",
])
def test_parts_not_shaped_title_comma_organisation_stay_whole(part: str) -> None:
    assert split_title_and_org(part) == [part]
