"""parse_resume end to end, sections, experience and education entries, and Property 1."""

from __future__ import annotations

import pytest
from fixtures.resumes import resume_builders as build
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tools.documents import MAX_RESUME_BYTES, Document
from tools.errors import UnsupportedFile
from tools.resume.education import parse_education
from tools.resume.experience import parse_experience
from tools.resume.models import ResumeProfile
from tools.resume.parse import parse_resume
from tools.resume.sections import heading_kind, split_sections
from tools.skill_matcher import SkillMatcher


def _parse(name: str, content: bytes, matcher: SkillMatcher) -> ResumeProfile:
    return parse_resume(Document(filename=name, content=content), matcher)


def test_one_column_pdf_profile(matcher: SkillMatcher) -> None:
    profile = _parse("priya.pdf", build.one_column_pdf(), matcher)
    assert (profile.name, profile.email, profile.phone) == (
        "Priya Raman",
        "priya.raman@example.org",
        "+44 20 7946 0958",
    )
    assert profile.links == ["github.com/praman"]
    skills = {s.name: (s.source, s.level) for s in profile.skills}
    assert skills["Python"] == ("skills", "primary")
    assert skills["SQL"] == ("skills", "advanced")
    assert skills["AWS"] == ("skills", "certified")
    assert skills["Kafka"] == ("experience", None)
    roles = [(r.title, r.company, r.location, r.start, r.end) for r in profile.experience]
    assert roles == [
        ("Software Engineer", "Northwind Labs", "London, UK", "2021-01", "present"),
        ("Junior Developer", "Acme Ltd.", "Leeds, UK", "2019-06", "2020-12"),
    ]
    assert profile.experience[0].bullets[1] == "Moved reporting jobs from cron to Kafka consumers."
    [school] = profile.education
    assert (
        school.degree,
        school.field,
        school.institution,
        school.start,
        school.end,
        school.gpa,
    ) == ("BSc", "Computer Science", "University of Leeds", "2015", "2019", "3.7/4.0")


def test_two_column_pdf_profile(matcher: SkillMatcher) -> None:
    profile = _parse("jordan.pdf", build.two_column_pdf(), matcher)
    assert profile.name == "Jordan Doe"
    assert [r.company for r in profile.experience] == ["Contoso Retail", "Fabrikam Inc."]
    assert profile.experience[0].bullets == [
        "Wrote weekly sales dashboards in Tableau.",
        "Automated stock forecasts in Python.",
    ]
    sources = {s.name: s.source for s in profile.skills}
    assert sources["Power BI"] == "skills" and sources["Python"] == "experience"
    assert profile.education[0].institution == "University of Texas at Austin"


def test_docx_profile(matcher: SkillMatcher) -> None:
    profile = _parse("alex.docx", build.docx_with_table(), matcher)
    assert (profile.name, profile.phone) == ("Alex Morgan", "0049 30 123456")
    assert [(r.title, r.company, r.start, r.end) for r in profile.experience] == [
        ("Mechanical Engineer", "Bosch Rexroth", "2021-09", "present")
    ]
    assert {"SolidWorks", "AutoCAD", "MATLAB"} <= set(profile.skill_names())
    assert profile.education[0].institution == "University of Stuttgart"


def test_latin1_txt_profile(matcher: SkillMatcher) -> None:
    profile = _parse("jose.txt", build.latin1_txt(), matcher)
    assert profile.name == "José Müller"
    assert profile.phone == "+91 98765 43210"
    assert profile.experience[0].title == "SDE II"
    assert profile.experience[0].company == "Tata Consultancy Services"
    assert (profile.experience[0].start, profile.experience[0].end) == ("2020-01", "present")
    names = profile.skill_names()
    assert "C++" in names and "A/B testing" in names and "R" not in names and "C" not in names
    assert profile.education[0].gpa == "8.1/10"


def test_spanish_resume_is_refused(matcher: SkillMatcher) -> None:
    text = (
        "Experiencia\nDesarrollo de consultas y reportes para el área de ventas de la empresa.\n"
        "Soporte funcional al usuario en la gestión de los sistemas de la compañía.\n"
        "Educación\nIngeniería de software en la Universidad Nacional, con un promedio de 16.\n"
        "Diseño de páginas web para los clientes y la gestión de sus datos del sistema.\n"
    )
    with pytest.raises(UnsupportedFile) as caught:
        _parse("cv.txt", text.encode("utf-8"), matcher)
    assert "Spanish" in caught.value.message


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("EXPERIENCE", "experience"),
        ("Work History:", "experience"),
        ("Professional Background", "experience"),
        ("Employment", "experience"),
        ("Technical Proficiencies", "skills"),
        ("Tools & Technologies", "skills"),
        ("Academic Background", "education"),
        ("RESEARCH EXPERIENCE", "experience"),
        ("Professional Summary", "summary"),
        ("Functional Programming", None),
        ("Led a team of five", None),
    ],
)
def test_heading_kinds(heading: str, kind: str | None) -> None:
    assert heading_kind(heading) == kind


def test_inline_heading_and_no_headings() -> None:
    sections = split_sections("Ann Lee\nSkills: Python, SQL\n")
    assert [(s.kind, s.lines) for s in sections] == [
        ("header", ["Ann Lee"]),
        ("skills", ["Python, SQL"]),
    ]
    assert [s.kind for s in split_sections("Ann Lee\nann@example.com")] == ["header"]


def test_experience_layouts_and_undated_entries() -> None:
    lines = [
        "FACEBOOK | SOFTWARE ENGINEER",
        "Jan 2015 - Present | New York, NY",
        "June 2012 – Software Developer, Initech, Menlo Park, USA",
        "June 2015 Developed features for the web application.",
        "Volunteer Tutor | Code Club",
        "• Taught Python to 20 pupils.",
        "Teaching Assistant | Springfield College",
        "• Graded weekly labs",
        "and ran office hours.",
    ]
    roles = parse_experience(lines)
    assert [(r.title, r.company, r.start, r.end) for r in roles] == [
        ("Software Engineer", "Facebook", "2015-01", "present"),
        ("Software Developer", "Initech", "2012-06", "2015-06"),
        ("Volunteer Tutor", "Code Club", None, None),
        ("Teaching Assistant", "Springfield College", None, None),
    ]
    assert roles[1].location == "Menlo Park, USA"
    assert roles[3].bullets == ["Graded weekly labs and ran office hours."]


def test_education_entries() -> None:
    lines = [
        "CORNELL UNIVERSITY",
        "BS IN COMPUTER SCIENCE",
        "May 2014 | Ithaca, NY",
        "Cum. GPA: 3.83 / 4.0",
        "2007 – 2009 Master of Science in Physics, MIT, Cambridge, USA",
    ]
    entries = parse_education(lines)
    assert [(e.degree, e.field, e.institution, e.location, e.end, e.gpa) for e in entries] == [
        ("BS", "Computer Science", "Cornell University", "Ithaca, NY", "2014-05", "3.83/4.0"),
        ("Master of Science", "Physics", "MIT", "Cambridge, USA", "2009", None),
    ]


_VALID = {
    ".pdf": build.one_column_pdf(),
    ".docx": build.docx_with_table(),
    ".txt": build.latin1_txt(),
    ".json": build.json_resume(),
}
_OTHER_EXTENSIONS = st.sampled_from([".exe", ".jpg", ".doc", ".png", ".rtf", ".odt", ".xml", ""])


@given(
    stem=st.from_regex(r"[A-Za-z0-9_.-]{1,20}", fullmatch=True),
    extension=st.sampled_from(sorted(_VALID)),
    upper=st.booleans(),
    kind=st.sampled_from(["valid", "other-type", "empty", "too-large", "truncated"]),
    other=_OTHER_EXTENSIONS,
    cut=st.floats(min_value=0.05, max_value=0.6),
)
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_property_1_resume_file_validation(
    matcher: SkillMatcher,
    stem: str,
    extension: str,
    upper: bool,
    kind: str,
    other: str,
    cut: float,
) -> None:
    """Property 1 (resume file validation): PDF, DOCX, TXT and JSON Resume up to 5 MB are
    accepted; any other type, a larger file or an unreadable one is refused with a message and
    a next step, and never yields a profile."""
    suffix = extension.upper() if upper else extension
    content = _VALID[extension]
    if kind == "valid":
        profile = _parse(stem + suffix, content, matcher)
        assert profile.name and profile.experience
        return
    if kind == "other-type":
        name, data = stem + other, content
    elif kind == "empty":
        name, data = stem + suffix, b""
    elif kind == "too-large":
        name, data = stem + suffix, content + b" " * (MAX_RESUME_BYTES + 1 - len(content))
    else:
        if extension == ".txt":
            return  # any prefix of a text file is still a text file
        if extension == ".json" and cut * len(content) < 2:
            return
        name, data = stem + suffix, content[: int(len(content) * cut)]
    with pytest.raises(UnsupportedFile) as caught:
        _parse(name, data, matcher)
    assert caught.value.message.strip() and caught.value.guidance.strip()


@given(
    data=st.binary(min_size=1, max_size=2048),
    extension=st.sampled_from([".pdf", ".docx", ".txt", ".json"]),
)
@settings(max_examples=150, deadline=2000)
def test_random_bytes_give_a_typed_error_or_a_profile(
    matcher: SkillMatcher, data: bytes, extension: str
) -> None:
    """Bounded fuzz: random bytes never crash or hang the parser."""
    try:
        profile = _parse("fuzz" + extension, data, matcher)
    except UnsupportedFile as error:
        assert error.guidance
    else:
        assert extension == ".txt" and profile.text_chars > 0


@pytest.mark.parametrize(("abbreviation", "field"), [("B.S.", "Computer Science"),
                                                     ("M.A.", "Economics"),
                                                     ("BS", "Mathematics")])
def test_dotted_degree_abbreviations_keep_degree_and_field(
        matcher: SkillMatcher, abbreviation: str, field: str) -> None:
    text = (f"Jane Roe\njane@example.org\n\nEducation\n{abbreviation} in {field}, University of "
            "Texas at Austin, Austin, TX    2019 - 2023\n\nExperience\nSoftware Engineer, Acme "
            "Corp    2023 - present\n- Built APIs in Python\n\nSkills\nPython, SQL\n")
    profile = parse_resume(Document(filename="jane.txt", content=text.encode()), matcher)
    education = profile.education[0]
    assert (education.degree, education.field) == (abbreviation, field)
    assert education.institution == "University of Texas at Austin"
