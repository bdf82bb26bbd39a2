"""Skills a job-description requirement accepts instead of each other ("Python or Go")."""

from __future__ import annotations

import pytest

from tools.jobs.alternatives import alternative_groups
from tools.jobs.mentions import find_mentions
from tools.jobs.models import JobDescription
from tools.jobs.parse import parse_job_description
from tools.skill_matcher import SkillMatcher

_HEAD = "Backend Engineer\n\nRequirements\n"


def _groups(sentence: str, matcher: SkillMatcher) -> list[list[str]]:
    mentions = find_mentions(sentence, matcher, free_text=False)
    return [[mentions[i].name for i in group]
            for group in alternative_groups(sentence, mentions)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("2+ years of experience with Python or Go.", [["Python", "Go"]]),
    ("Experience with Django or Kafka.", [["Django", "Kafka"]]),
    ("Python, Java or Go.", [["Python", "Java", "Go"]]),
    ("Python, Java, and/or Go.", [["Python", "Java", "Go"]]),
    ("Python (or Go) in production.", [["Python", "Go"]]),
    ("SQL and Python or R.", [["Python", "R"]]),
    ("Python and Go.", []),
    ("Python, Java, Go.", []),
    ("Docker/Kubernetes in production.", []),
    ("Docker/Kubernetes or similar.", [["Docker", "Kubernetes"]]),
    ("Either Docker/Kubernetes, plus SQL.", [["Docker", "Kubernetes"]]),
    ("At least one of Python, Java, Go.", [["Python", "Java", "Go"]]),
    ("Experience with Python, SQL and Tableau or Excel.", [["Tableau", "Excel"]]),
    ("Must have: Go or Java, PostgreSQL, REST APIs, Docker.", [["Go", "Java"]]),
    ("Go or Java, Docker or Kubernetes.", [["Go", "Java"], ["Docker", "Kubernetes"]]),
    ("Python, Java or Go, SQL.", [["Python", "Java", "Go"]]),
])
def test_or_lists_are_groups_and_lists_are_not(
        matcher: SkillMatcher, sentence: str, expected: list[list[str]]) -> None:
    assert _groups(sentence, matcher) == expected


def _alternatives(job: JobDescription) -> dict[str, tuple[str, list[str]]]:
    return {s.name: (s.priority, s.alternatives) for s in job.skills}


def test_parsed_job_skills_name_their_alternatives(matcher: SkillMatcher) -> None:
    job = parse_job_description(
        _HEAD + "- 2+ years of experience with Python or Go\n"
        "- Experience with Django, Java or Node.js frameworks\n- Solid SQL skills\n",
        matcher)
    found = _alternatives(job)
    assert found["Python"] == ("critical", ["Go"])
    assert found["Go"] == ("critical", ["Python"])
    assert found["Django"][1] == ["Java", "Node.js"]
    assert found["Node.js"][1] == ["Django", "Java"]
    assert found["SQL"][1] == []


def test_a_skill_also_asked_for_on_its_own_has_no_alternatives(matcher: SkillMatcher) -> None:
    job = parse_job_description(
        _HEAD + "- Experience with Python or Go\n- Strong Python skills\n", matcher)
    found = _alternatives(job)
    assert found["Python"][1] == []
    assert found["Go"][1] == ["Python"]  # Go still only stands in for Python


def test_a_higher_priority_sentence_decides_the_alternatives(matcher: SkillMatcher) -> None:
    job = parse_job_description(
        "Data Analyst\n\nNice to have\n- Tableau\n\nRequirements\n"
        "- Tableau or Power BI dashboards\n", matcher)
    found = _alternatives(job)
    assert found["Tableau"] == ("critical", ["Power BI"])
    assert found["Power BI"] == ("critical", ["Tableau"])
