"""Skill matcher rules added for real documents, PDF word gaps without space glyphs, the
date forms of issue 3 in a whole resume, and entries without dates."""

from __future__ import annotations

import pytest
from fixtures.resumes import resume_builders as build

from tools.documents import Document
from tools.resume.extract import extract_text
from tools.resume.parse import parse_resume
from tools.skill_matcher import SkillMatcher
from tools.taxonomy import SkillEntry


@pytest.fixture(scope="module")
def rich() -> SkillMatcher:
    return SkillMatcher([
        SkillEntry(id="csharp", name="C#", case_sensitive=True),
        SkillEntry(id="dotnet", name=".NET", aliases=["dotnet"], case_sensitive=True),
        SkillEntry(id="node", name="Node.js"),
        SkillEntry(id="react", name="React"),
        SkillEntry(id="go", name="Go", aliases=["Golang", "Go language"], case_sensitive=True),
        SkillEntry(id="oracle-reports", name="Oracle Reports", aliases=["Reports"],
                   onet_code="43232305"),
        SkillEntry(id="atd", name="After the Deadline", onet_code="43232202"),
        SkillEntry(id="sql", name="SQL"),
        SkillEntry(id="kafka", name="Apache Kafka", aliases=["Kafka"], difficulty="advanced",
                   onet_code="43232100"),
    ])


def _names(matcher: SkillMatcher, text: str) -> list[str]:
    return [text[s:e] for _, s, e in matcher.find(text)]


def test_slash_joined_names_are_two_skills(rich: SkillMatcher) -> None:
    assert _names(rich, "Deep C#/.NET and Node.js/React") == ["C#", ".NET", "Node.js", "React"]


def test_case_rule_applies_to_one_word_forms_only(rich: SkillMatcher) -> None:
    """Like storage.taxonomy: "Go language" matches in any casing, "go" does not."""
    assert _names(rich, "GO LANGUAGE, go language, golang") == ["GO LANGUAGE", "go language"]
    assert _names(rich, "we go there") == []


def test_product_names_in_lower_case_are_words(rich: SkillMatcher) -> None:
    assert _names(rich, "Maintained SQL reports after the deadline") == ["SQL"]
    assert _names(rich, "Oracle Reports and Reports, After the Deadline") == [
        "Oracle Reports", "Reports", "After the Deadline"]
    assert _names(rich, "kafka streams") == ["kafka"]  # curated entries match any casing


def test_pdf_word_gaps_without_space_glyphs_become_spaces() -> None:
    words = ["Designed", "Terraform", "modules", "to", "manage", "infrastructure", "across",
             "dozens", "of", "accounts"]
    pdf = build.tj_gap_pdf([["DEVOPS", "ENGINEER"], words, words[::-1], words])
    text = extract_text(Document(filename="glued.pdf", content=pdf))
    assert "Designed Terraform modules to manage infrastructure across dozens of accounts" in text


DATED_RESUME = """Mina Park
mina.park@example.com

Experience
Software Engineer | Acme Ltd. | Jan 2020 – Present
• Built Python services.
Data Engineer | Globex | JAN 2018 – DEC 2019
Analyst | Initech | Sep 2016 – current
Developer | Umbrella Corp | 01/2015 – Now
Research Assistant | Cornell Lab | 2013 – 2014
Intern | Hooli | Summer 2011, 2012
Tutor | Learning Center | March 2010 — June 2010
Consultant | Vandelay Industries | Feb 2009 to Jan 2010
Volunteer | Food Bank
• Sorted donations.
"""


def test_every_date_form_and_undated_entries(rich: SkillMatcher) -> None:
    profile = parse_resume(Document(filename="mina.txt", content=DATED_RESUME.encode()), rich)
    assert [(r.company, r.start, r.end) for r in profile.experience] == [
        ("Acme Ltd.", "2020-01", "present"),
        ("Globex", "2018-01", "2019-12"),
        ("Initech", "2016-09", "present"),
        ("Umbrella Corp", "2015-01", "present"),
        ("Cornell Lab", "2013", "2014"),
        ("Hooli", "2011", "2012"),
        ("Learning Center", "2010-03", "2010-06"),
        ("Vandelay Industries", "2009-02", "2010-01"),
        ("Food Bank", None, None),
    ]
    assert profile.experience[-1].bullets == ["Sorted donations."]


def test_education_layouts() -> None:
    from tools.resume.education import parse_education

    wrapped = parse_education([
        "1997 – 1999 Master of Science in Physics, Massachusetts Institute of Technology,",
        "Cambridge, MA, USA",
        "1994 – 1997 Bachelor of Arts in History, Reed College,",
        "Portland, OR, USA",
    ])
    assert [(e.degree, e.institution, e.location, e.end) for e in wrapped] == [
        ("Master of Science", "Massachusetts Institute of Technology", "Cambridge, MA, USA",
         "1999"),
        ("Bachelor of Arts", "Reed College", "Portland, OR, USA", "1997"),
    ]
    capitals = parse_education([
        "STATE UNIVERSITY OF OREGON", "BS IN MATHEMATICS", "May 2014 | Albany, NY",
        "College of Arts and Sciences", "Cum. GPA: 3.6 / 4.0",
        "ST XAVIERS HIGH", "Grad. May 2010 | Mumbai, India",
    ])
    assert [(e.degree, e.institution, e.end, e.gpa) for e in capitals] == [
        ("BS", "State University of Oregon", "2014-05", "3.6/4.0"),
        (None, "ST Xaviers High", "2010-05", None),
    ]
    side = parse_education([
        "Green Valley School (2020) Hill Top School (2018)",
        "Intermediate; Percentage: 91.0 High School; Percentage: 93.5",
    ])
    assert [(e.degree, e.institution, e.end, e.gpa) for e in side] == [
        ("Intermediate", "Green Valley School", "2020", "91.0"),
        ("High School", "Hill Top School", "2018", "93.5"),
    ]


def test_skills_across_line_breaks_hyphens_and_employers(matcher: SkillMatcher) -> None:
    text = ("Sam Okoro\nsam@example.com\nSkills\nPython, Machine\nlearning, Design-Ops, "
            "Docker\nExperience\nEngineer | Tableau | 2020 - 2022\n"
            "• Built Tableau connectors and Kubernetes jobs.\n")
    profile = parse_resume(Document(filename="s.txt", content=text.encode()), matcher)
    names = profile.skill_names()
    assert "Machine learning" in names  # "Machine" + "learning" on the next line
    assert "Tableau" not in names  # the employer, named in its own bullets
    assert "Kubernetes" in names


def test_hyphenated_skills_section_items(matcher: SkillMatcher) -> None:
    text = "Ana Lima\nana@example.com\nSkills\nAmazon-Web-Services, Power-BI, Quux-Tool\n"
    profile = parse_resume(Document(filename="a.txt", content=text.encode()), matcher)
    assert [(s.name, s.taxonomy_id) for s in profile.skills] == [
        ("AWS", "aws"), ("Power BI", "power-bi"), ("Quux-Tool", None)]
