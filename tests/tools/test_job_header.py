"""The job title and the company from a posting's first lines (tools.jobs.header): the title
without the company or place beside it, the company when it is named beside the title or on
a line of its own with a legal form, and never a place, a work arrangement or a skill."""

from __future__ import annotations

import pytest

from tools.jobs.header import company_name, find_company, find_title, split_title_line

BODY = ["", "Requirements:", "- Docker", "- Kubernetes"]


@pytest.mark.parametrize(("head", "title", "company"), [
    (["Junior DevOps Engineer", "CloudWorks Inc.", "Remote"], "Junior DevOps Engineer",
     "CloudWorks Inc."),
    (["Junior DevOps Engineer - CloudWorks Inc."], "Junior DevOps Engineer", "CloudWorks Inc."),
    (["CloudWorks Inc. is hiring a Junior DevOps Engineer"], "Junior DevOps Engineer",
     "CloudWorks Inc."),
    (["Job: Junior DevOps Engineer at CloudWorks Inc."], "Junior DevOps Engineer",
     "CloudWorks Inc."),
    (["Junior DevOps Engineer at CloudWorks Inc. (Remote)"], "Junior DevOps Engineer",
     "CloudWorks Inc."),
    (["Backend Engineer @ Stripe"], "Backend Engineer", "Stripe"),
    (["Acme GmbH – Data Analyst"], "Data Analyst", "Acme GmbH"),
    (["Backend Engineer (Python) - Harbor Freight Systems"], "Backend Engineer (Python)",
     "Harbor Freight Systems"),
    (["Acme Corp. is hiring a Senior Data Analyst in Berlin"], "Senior Data Analyst",
     "Acme Corp."),
    (["We're hiring! Junior Data Analyst @ Hooli"], "Junior Data Analyst", "Hooli"),
    (["SENIOR DATA ANALYST – ACME CORP"], "SENIOR DATA ANALYST", "ACME CORP"),
    (["Data Analyst - Remote"], "Data Analyst", None),
    (["Data Analyst - Health"], "Data Analyst", None),
    (["Data Analyst | Python, SQL"], "Data Analyst", None),
    (["Senior Data Analyst - London, UK"], "Senior Data Analyst", None),
])
def test_title_and_company_from_the_heading(head: list[str], title: str,
                                            company: str | None) -> None:
    lines = [*head, *BODY]
    assert find_title(lines) == title
    assert find_company(lines, []) == company


def test_a_sentence_is_not_a_title() -> None:
    lines = ["We are looking for a Staff Data Engineer to own our platform.", *BODY]
    assert find_title(lines) == "Staff Data Engineer"  # read after "looking for a"


@pytest.mark.parametrize(("line", "expected"), [
    ("Data Analyst", ("Data Analyst", None)),
    ("Data Analyst at Acme", ("Data Analyst", "Acme")),
    ("Data Analyst at remote-first startups", ("Data Analyst", None)),
    ("Analytics team - Data Analyst", ("Data Analyst", None)),
])
def test_split_title_line(line: str, expected: tuple[str, str | None]) -> None:
    assert split_title_line(line) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("CloudWorks Inc.", "CloudWorks Inc."), ("Acme Corp.", "Acme Corp."),
    ("Acme.", "Acme"), ("our team", None), ("Data Engineer", None), (None, None),
])
def test_company_name_keeps_a_legal_forms_full_stop(name: str | None,
                                                    expected: str | None) -> None:
    assert company_name(name) == expected
