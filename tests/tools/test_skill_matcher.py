"""SkillMatcher: tricky skill names, false hits and build time."""

from __future__ import annotations

import time

import pytest

from tools.skill_matcher import SkillMatcher
from tools.taxonomy import SkillEntry


def _ids(matcher: SkillMatcher, text: str) -> list[str]:
    return [entry.id for entry, _, _ in matcher.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C++, C#, .NET and Node.js", ["c++", "c#", ".net", "node.js"]),
        ("Built CI/CD pipelines", ["ci/cd"]),
        ("Services in Go and R", ["go", "r"]),
        ("Ran A/B testing weekly", ["a/b-testing"]),
        ("C/C++ on embedded boards", ["c", "c++"]),
        ("React.js-based front ends", ["react"]),
        ("Languages: C, Java", ["c", "java"]),
        ("Statistics in Python or R.", ["python", "r"]),
    ],
)
def test_recognises_tricky_names(matcher: SkillMatcher, text: str, expected: list[str]) -> None:
    assert _ids(matcher, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Led R&D for the C-suite",
        "We had a Plan B",
        "Our go to market plan and Go-to-market strategy",
        "the rest of the team",
        "a clean design of the office",
        "I/O bound work",
        "Signed by John R. Smith",
    ],
)
def test_no_false_hits(matcher: SkillMatcher, text: str) -> None:
    assert _ids(matcher, text) == []


def test_offsets_point_at_the_mention(matcher: SkillMatcher) -> None:
    text = "Expert in K8s and Amazon Web Services"
    found = [(entry.id, text[start:end]) for entry, start, end in matcher.find(text)]
    assert found == [("kubernetes", "K8s"), ("aws", "Amazon Web Services")]


def test_case_sensitive_entries_need_exact_casing(matcher: SkillMatcher) -> None:
    assert _ids(matcher, "go and r") == []
    assert _ids(matcher, "GOLANG and python") == ["python"]  # Go is case-sensitive


def test_longest_match_wins(matcher: SkillMatcher) -> None:
    assert _ids(matcher, "A/B testing and testing") == ["a/b-testing", "testing"]


def test_builds_ten_thousand_forms_quickly() -> None:
    entries = [
        SkillEntry(id=f"s{i}", name=f"Skill {i} tool", aliases=[f"alias{i}x", f"alt {i} y"])
        for i in range(3400)
    ]
    started = time.perf_counter()
    matcher = SkillMatcher(entries)
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0
    assert _ids(matcher, "uses alias17x daily") == ["s17"]


def test_a_plural_of_a_multiword_skill_is_the_same_skill() -> None:
    matcher = SkillMatcher([SkillEntry(id="product-strategy", name="Product strategy"),
                            SkillEntry(id="design-patterns", name="Design pattern"),
                            SkillEntry(id="unit-testing", name="Unit testing"),
                            SkillEntry(id="docker", name="Docker")])
    found = _ids(matcher, "Developing product strategies with design patterns and Docker")
    assert found == ["product-strategy", "design-patterns", "docker"]
    assert _ids(matcher, "unit testings") == []  # a gerund takes no plural
    assert _ids(matcher, "Dockers") == []  # one-word names keep their exact form


def test_a_plural_that_is_another_skills_form_stays_that_skill() -> None:
    matcher = SkillMatcher([SkillEntry(id="web-service", name="Web service"),
                            SkillEntry(id="web-services-suite", name="Web services")])
    assert _ids(matcher, "web services") == ["web-services-suite"]
