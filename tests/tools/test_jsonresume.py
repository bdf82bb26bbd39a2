"""JSON Resume: import as a profile, export for `hireready parse --format jsonresume`, and the
"unsupported format" answer for any other JSON."""

from __future__ import annotations

import json

import pytest
from fixtures.resumes import resume_builders as build

from tools.documents import Document
from tools.errors import UnsupportedFile
from tools.resume.jsonresume import is_json_resume, profile_from_json_resume, to_json_resume
from tools.resume.models import Education, Experience, ResumeProfile, ResumeSkill
from tools.resume.parse import parse_resume
from tools.skill_matcher import SkillMatcher


def _parse(name: str, content: bytes, matcher: SkillMatcher) -> ResumeProfile:
    return parse_resume(Document(filename=name, content=content), matcher)


def test_json_resume_is_imported_as_it_is(matcher: SkillMatcher) -> None:
    profile = _parse("ines.okafor.resume.JSON", build.json_resume(), matcher)
    assert (profile.name, profile.email, profile.phone) == (
        "Ines Okafor", "ines.okafor@example.org", "+44 20 7946 0958")
    assert profile.links == ["https://ines.example.org", "https://github.com/iokafor"]
    assert profile.source_format == "jsonresume"
    roles = [(r.title, r.company, r.location, r.start, r.end) for r in profile.experience]
    assert roles == [
        ("Data Engineer", "Lumen Analytics", "Leeds, UK", "2021-03", "present"),
        ("Junior Developer", "Acme Ltd.", None, "2019-06", "2021-02"),
    ]
    assert profile.experience[0].bullets == ["Built Kafka pipelines in Python."]
    school = profile.education[0]
    assert (school.degree, school.field, school.institution, school.start, school.end,
            school.gpa) == ("BSc", "Computer Science", "University of Leeds", "2015", "2019",
                            "3.7/4.0")
    skills = {s.name: (s.taxonomy_id, s.level, s.source) for s in profile.skills}
    assert skills["Python"] == ("python", "Advanced", "skills")
    assert skills["Kubernetes"] == ("kubernetes", "Advanced", "skills")  # alias K8s
    assert skills["Dagster"] == (None, "Intermediate", "skills")  # unknown: free text


@pytest.mark.parametrize(
    "data",
    [
        {"personalInfo": {"name": "Jane"}, "workExperience": [], "education": []},
        [{"basics": {"name": "Jane"}}],
        {"basics": "Jane"},
        {"basics": {"name": "Jane"}, "personalInfo": {}, "workExperience": [], "customX": 1},
        {"name": "Jane", "skills": ["Python"]},
    ],
)
def test_other_json_is_an_unsupported_format(matcher: SkillMatcher, data: object) -> None:
    with pytest.raises(UnsupportedFile) as caught:
        _parse("resume.json", json.dumps(data).encode(), matcher)
    assert "unsupported format" in caught.value.message
    assert "JSON Resume" in caught.value.guidance


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2"])
def test_broken_json_is_refused(matcher: SkillMatcher, content: bytes) -> None:
    with pytest.raises(UnsupportedFile) as caught:
        _parse("resume.json", content, matcher)
    assert "unsupported format" in caught.value.message and caught.value.guidance


def test_is_json_resume() -> None:
    assert is_json_resume({"basics": {}, "work": []})
    assert not is_json_resume({"basics": {}, "a": 1, "b": 2})


def test_export_has_the_schema_shape() -> None:
    profile = ResumeProfile(
        name="Sam Lee", email="sam@example.com", phone="+1 415 555 0142",
        links=["https://sam.dev", "https://www.linkedin.com/in/samlee"],
        skills=[ResumeSkill(name="Python", taxonomy_id="python", level="expert", source="skills"),
                ResumeSkill(name="Dagster")],
        education=[Education(degree="BS", field="Physics", institution="MIT", end="2019")],
        experience=[Experience(title="SDE II", company="Acme", start="2020-01", end="present",
                               bullets=["Shipped things."])],
    )
    data = to_json_resume(profile)
    assert data["$schema"].endswith("schema.json")
    assert data["basics"] == {"name": "Sam Lee", "email": "sam@example.com",
                              "phone": "+1 415 555 0142", "url": "https://sam.dev",
                              "profiles": [{"network": "LinkedIn",
                                            "url": "https://www.linkedin.com/in/samlee"}]}
    assert data["work"] == [{"name": "Acme", "position": "SDE II", "startDate": "2020-01",
                             "highlights": ["Shipped things."]}]
    assert data["education"] == [{"institution": "MIT", "area": "Physics", "studyType": "BS",
                                  "endDate": "2019"}]
    assert data["skills"] == [{"name": "Python", "level": "expert"}, {"name": "Dagster"}]
    json.dumps(data)  # JSON-ready


def test_round_trip_keeps_the_profile(matcher: SkillMatcher) -> None:
    """Import -> export -> import gives the same person, roles, schools and skills."""
    first = _parse("a.json", build.json_resume(), matcher)
    again = profile_from_json_resume(to_json_resume(first), matcher)
    assert again.model_dump(exclude={"text_chars"}) == first.model_dump(exclude={"text_chars"})


def test_round_trip_from_a_parsed_pdf(matcher: SkillMatcher) -> None:
    parsed = _parse("priya.pdf", build.one_column_pdf(), matcher)
    again = profile_from_json_resume(to_json_resume(parsed), matcher)
    assert (again.name, again.email, again.phone) == (parsed.name, parsed.email, parsed.phone)
    assert [(r.title, r.company, r.start, r.end) for r in again.experience] == [
        (r.title, r.company, r.start, r.end) for r in parsed.experience]
    assert [(e.institution, e.end) for e in again.education] == [
        (e.institution, e.end) for e in parsed.education]
    assert {s.taxonomy_id for s in again.skills} == {s.taxonomy_id for s in parsed.skills}
