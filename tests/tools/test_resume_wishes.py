"""Interests and wishes in a resume are not claimed skills."""

from __future__ import annotations

import pytest

from tools.documents import Document
from tools.resume.parse import parse_resume
from tools.resume.wishes import blank_wishes, wish_spans
from tools.skill_matcher import SkillMatcher

RESUME = """Sam Lee
sam.lee@example.org

SUMMARY
Junior analyst skilled in SQL and Excel, interested in machine learning and eager to learn
Kubernetes. Hoping to learn Docker; I built reports in Tableau.

EXPERIENCE
Data Intern | Acme Ltd. | Jun 2023 - Aug 2023
• Wrote Python scripts to clean survey data, keen to pick up React next.

SKILLS
SQL, Python, Excel, Tableau
"""


def _wishes(text: str) -> list[str]:
    return [text[start:end] for start, end in wish_spans(text)]


@pytest.mark.parametrize(("text", "wishes"), [
    ("Interested in data analysis.", ["Interested in data analysis"]),
    ("Skilled in SQL, eager to learn Kubernetes and Helm; built ETL jobs.",
     ["eager to learn Kubernetes and Helm"]),
    ("Hoping to learn Go but experienced in Java.", ["Hoping to learn Go"]),
    ("Aspiring data analyst with SQL and Tableau skills.", ["Aspiring data analyst"]),
    ("Strong interest in machine learning, and I have shipped Python services.",
     ["Strong interest in machine learning"]),
    ("Interested in working with Kubernetes and Terraform.",
     ["Interested in working with Kubernetes and Terraform"]),
    ("Eager to learn\nKubernetes\nBuilt dashboards", ["Eager to learn\nKubernetes"]),
    ("interested in Rust\nLanguages: Python", ["interested in Rust"]),
])
def test_a_wish_runs_from_its_cue_to_the_end_of_its_clause(text: str,
                                                          wishes: list[str]) -> None:
    assert _wishes(text) == wishes


@pytest.mark.parametrize("text", [
    "Eager to apply my Python skills to real problems.",
    "Passionate about writing clean SQL.",
    "Built a learning platform in Django.",
])
def test_claims_are_not_wishes(text: str) -> None:
    assert wish_spans(text) == []
    assert blank_wishes(text) == text


def test_blanking_keeps_offsets_and_line_breaks() -> None:
    text = "SQL, eager to learn\nDocker. Excel"
    blanked = blank_wishes(text)
    assert len(blanked) == len(text) and blanked.count("\n") == 1
    assert blanked.startswith("SQL,") and blanked.endswith(". Excel")
    assert "Docker" not in blanked


def test_parsed_resume_lists_claimed_skills_but_not_wishes(matcher: SkillMatcher) -> None:
    profile = parse_resume(Document(filename="sam.txt", content=RESUME.encode()), matcher)
    names = set(profile.skill_names())
    assert {"SQL", "Excel", "Python", "Tableau"} <= names
    assert not names & {"Machine learning", "Kubernetes", "Docker", "React"}


def test_a_skill_claimed_elsewhere_stays_when_it_is_also_wished(matcher: SkillMatcher) -> None:
    text = RESUME.replace("SQL, Python, Excel, Tableau", "SQL, Python, Excel, Tableau, Docker")
    profile = parse_resume(Document(filename="sam.txt", content=text.encode()), matcher)
    assert {s.name: s.source for s in profile.skills}["Docker"] == "skills"
