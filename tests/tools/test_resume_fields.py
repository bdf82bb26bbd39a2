"""Contact fields: name, e-mail, phone (international forms), links."""

from __future__ import annotations

import pytest

from tools.resume.fields import find_email, find_links, find_name, find_phone


@pytest.mark.parametrize(
    "phone",
    [
        "+91 98765 43210",
        "+44 20 7946 0958",
        "0049 30 123456",
        "(415) 555-0142",
        "+1 (415) 555-0142",
        "615-123-4567",
    ],
)
def test_international_phones(phone: str) -> None:
    assert find_phone(f"Call me: {phone} | me@example.com") == phone


@pytest.mark.parametrize(
    "text", ["Worked 2019 - 2021 there", "2018.10–2024.09", "Reduced cost by 30% in 2020 2021"]
)
def test_years_and_ranges_are_not_phones(text: str) -> None:
    assert find_phone(text) is None


def test_email_and_links() -> None:
    text = "jo.lee+jobs@mail.example.co.uk | linkedin.com/in/jolee | https://jolee.dev/work."
    assert find_email(text) == "jo.lee+jobs@mail.example.co.uk"
    assert find_links(text) == ["linkedin.com/in/jolee", "https://jolee.dev/work"]


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["JOHN DOE", "Senior Software Engineer"], "John Doe"),
        (["123 Main St", "Bruce Wayne | (123) 456-7890"], "Bruce Wayne"),
        (["Senior Software Engineer", "Nguyễn Thị Minh Khai"], "Nguyễn Thị Minh Khai"),
        (["MADONNA", "Singer"], "Madonna"),
        (["Curriculum Vitae", "Ana María de la Cruz"], "Ana María de la Cruz"),
    ],
)
def test_names(lines: list[str], name: str) -> None:
    assert find_name(lines) == name


def test_no_name_in_contact_only_lines() -> None:
    assert find_name(["[NAME] | [EMAIL]", "me@example.com"]) is None
