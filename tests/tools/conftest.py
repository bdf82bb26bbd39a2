"""Fixtures of the tools tests: a small hand-written taxonomy and its matcher."""

from __future__ import annotations

import pytest

from tools.skill_matcher import SkillMatcher
from tools.taxonomy import SkillEntry


def _entry(name: str, *aliases: str, case_sensitive: bool = False) -> SkillEntry:
    skill_id = name.lower().replace(" ", "-")
    return SkillEntry(id=skill_id, name=name, aliases=list(aliases), case_sensitive=case_sensitive)


SKILLS: list[SkillEntry] = [
    _entry("Python"),
    _entry("Java"),
    _entry("JavaScript", "JS"),
    _entry("SQL"),
    _entry("C", case_sensitive=True),
    _entry("C++", "CPP"),
    _entry("C#"),
    _entry(".NET"),
    _entry("Node.js", "NodeJS", "Node"),
    _entry("React", "React.js", "ReactJS"),
    _entry("CI/CD"),
    _entry("Go", "Golang", case_sensitive=True),
    _entry("R", case_sensitive=True),
    _entry("A/B testing"),
    _entry("Testing"),
    _entry("REST APIs", "REST"),
    _entry("Docker"),
    _entry("Kubernetes", "K8s"),
    _entry("AWS", "Amazon Web Services"),
    _entry("Kafka"),
    _entry("Django"),
    _entry("Tableau"),
    _entry("Power BI"),
    _entry("Excel", "Microsoft Excel"),
    _entry("SolidWorks"),
    _entry("AutoCAD"),
    _entry("MATLAB"),
    _entry("Design"),
    _entry("Machine learning", "ML"),
    _entry("GitHub"),
]


@pytest.fixture(scope="session")
def skills() -> list[SkillEntry]:
    """The hand-written taxonomy."""
    return SKILLS


@pytest.fixture(scope="session")
def matcher() -> SkillMatcher:
    """A matcher over :data:`SKILLS`."""
    return SkillMatcher(SKILLS)
