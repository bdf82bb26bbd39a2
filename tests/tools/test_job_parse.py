"""Job descriptions: priorities from wording, evidence, years, degree, responsibilities,
title and company, figurative phrases, non-English text, and the three file formats."""

from __future__ import annotations

import pytest
from fixtures.resumes import resume_builders as build
from hypothesis import given, settings
from hypothesis import strategies as st

from tools.documents import Document
from tools.errors import HireReadyError, InvalidInput, UnsupportedFile
from tools.jobs.mentions import find_mentions, phrase_mentions
from tools.jobs.models import JobDescription
from tools.jobs.parse import (
    job_description_text,
    parse_job_description,
    requirement_years,
)
from tools.jobs.sections import sentence_priority
from tools.skill_matcher import SkillMatcher
from tools.taxonomy import SkillEntry


@pytest.fixture(scope="module")
def jd_matcher() -> SkillMatcher:
    names = ["Python", "SQL", "Kafka", "Docker", "Kubernetes", "Tableau", "Scala", "Java",
             "Design", "Data engineering", "Computer science", "Picture editing",
             "Hat making", "Go"]
    return SkillMatcher([SkillEntry(id=n.lower().replace(" ", "-"), name=n,
                                    case_sensitive=(n == "Go")) for n in names])


@pytest.fixture(scope="module")
def job(jd_matcher: SkillMatcher) -> JobDescription:
    return parse_job_description(build.JOB_DESCRIPTION, jd_matcher)


def _skill(job: JobDescription, name: str) -> tuple[str, str]:
    found = [s for s in job.skills if s.name == name]
    assert found, f"{name} not found in {[s.name for s in job.skills]}"
    return found[0].priority, found[0].evidence


def test_title_company_years_degree(job: JobDescription) -> None:
    assert job.title == "Senior Data Engineer"
    assert job.company == "Northwind Analytics"
    assert job.years_experience == 5
    assert job.education == ["Bachelor's degree in Computer Science or a related field"]
    assert job.responsibilities == ["Build batch and streaming pipelines.",
                                    "Own data quality for the analytics warehouse."]


def test_priorities_follow_the_wording(job: JobDescription) -> None:
    assert _skill(job, "Python") == ("critical", "Must have strong Python and SQL skills.")
    assert _skill(job, "Kafka") == ("critical", "Experience with Kafka is required.")
    assert _skill(job, "Docker")[0] == "important"  # "a strong plus"
    assert _skill(job, "Kubernetes") == (
        "important", "Docker and Kubernetes experience is a strong plus.")
    assert _skill(job, "Tableau") == ("nice-to-have", "Familiarity with Tableau.")
    assert _skill(job, "Data engineering") == (
        "critical", "5+ years of experience in data engineering.")
    assert [s.years for s in job.skills if s.name == "Data engineering"] == [5]


def test_company_and_benefit_sections_ask_nothing(job: JobDescription) -> None:
    names = {s.name for s in job.skills}
    assert "Scala" not in names  # "We use Scala internally" (About)
    assert "Java" not in names and "Design" not in names  # Benefits


def test_figurative_phrases_are_not_skills(job: JobDescription, jd_matcher: SkillMatcher) -> None:
    names = {s.name for s in job.skills}
    assert not names & {"Picture editing", "Hat making"}
    for text in ["You see the bigger picture.", "Able to paint a clear picture for execs.",
                 "Happy to wear many hats and think outside the box."]:
        assert find_mentions(text, jd_matcher) == [], text


def test_single_skill_is_listed_once_with_its_highest_priority(jd_matcher: SkillMatcher) -> None:
    text = ("Backend Engineer\n\nResponsibilities\n• Write Python services.\n\n"
            "Requirements\n• Python is required.\n• Familiarity with Python 3.12 internals.")
    job = parse_job_description(text, jd_matcher)
    assert [(s.name, s.priority, s.evidence) for s in job.skills] == [
        ("Python", "critical", "Python is required.")]


@pytest.mark.parametrize(
    ("sentence", "priority"),
    [
        ("Python is required.", "critical"),
        ("You must have 3 years of SQL.", "critical"),
        ("Kafka experience preferred.", "important"),
        ("Docker is a strong plus.", "important"),
        ("Bonus: Rust.", "nice-to-have"),
        ("Familiarity with Tableau.", "nice-to-have"),
        ("Nice to have: Go.", "nice-to-have"),
        ("Exposure to Airflow is an advantage.", "nice-to-have"),
        ("We ship weekly.", None),
    ],
)
def test_sentence_priority(sentence: str, priority: str | None) -> None:
    assert sentence_priority(sentence) == priority


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("5+ years of experience in web development.", 5),
        ("6 - 10 years of IT experience, with 5+ years on ServiceNow experience", 6),
        ("At least three years of professional experience", 3),
        ("Minimum 2 yrs experience with Java", 2),
        ("We have 20 years of history", None),
        ("Experience with Docker", None),
    ],
)
def test_requirement_years(sentence: str, years: float | None) -> None:
    assert requirement_years(sentence) == years


def test_inline_headings_and_semicolons(jd_matcher: SkillMatcher) -> None:
    text = ("We are looking for a Staff Data Engineer to own our platform.\n\n"
            "Requirements: 4+ years of Python experience; familiarity with Kafka; "
            "Docker is a plus.")
    job = parse_job_description(text, jd_matcher)
    assert job.title == "Staff Data Engineer"
    assert job.years_experience == 4
    assert [(s.name, s.priority) for s in job.skills] == [
        ("Python", "critical"), ("Kafka", "nice-to-have"), ("Docker", "important")]


def test_free_text_skills_only_when_precise(jd_matcher: SkillMatcher) -> None:
    text = ("Platform Engineer\n\nRequirements\n• Experience with Pulumi is required.\n"
            "• Experience with the following areas is required.")
    names = [s.name for s in parse_job_description(text, jd_matcher).skills]
    assert names == []  # "Pulumi" is one capitalised word without a technical mark
    text = "Platform Engineer\n\nRequirements\n• Experience with OpenTofu is required."
    skills = parse_job_description(text, jd_matcher).skills
    assert [(s.name, s.taxonomy_id) for s in skills] == [("OpenTofu", None)]


def test_phrase_mentions() -> None:
    texts = [m.text for m in phrase_mentions(
        "Strong analytical skills and experience with payment systems, ideally in fintech.")]
    assert texts == ["analytical", "payment systems"]


@pytest.mark.parametrize(
    "text",
    [
        "Buscamos un ingeniero de datos con experiencia en Python y SQL para el equipo de la "
        "empresa. Los candidatos deben tener conocimientos de la nube y de los procesos de "
        "datos, y se valorará la experiencia con Kafka en un entorno ágil con los clientes.",
        "Wir suchen eine Data Engineerin mit Erfahrung in Python und SQL für das Team. Die "
        "Stelle ist in Berlin und die Arbeit mit Kafka ist ein Plus für den Bereich der "
        "Daten und für die Entwicklung von den Systemen mit dem Team im Büro.",
    ],
)
def test_non_english_is_not_supported_yet(jd_matcher: SkillMatcher, text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_job_description(text, jd_matcher)
    assert "not supported yet" in caught.value.message and caught.value.guidance


@pytest.mark.parametrize("text", ["", "   \n ", "Python!"])
def test_empty_text_is_refused(jd_matcher: SkillMatcher, text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_job_description(text, jd_matcher)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("job.txt", build.JOB_DESCRIPTION.encode("utf-8")),
        ("job.TXT", build.JOB_DESCRIPTION.encode("utf-16")),
        ("senior.data.engineer.PDF", build.job_pdf()),
        ("job.docx", build.job_docx()),
    ],
)
def test_files_give_the_same_job(jd_matcher: SkillMatcher, name: str, content: bytes) -> None:
    text = job_description_text(Document(filename=name, content=content))
    job = parse_job_description(text, jd_matcher)
    assert (job.title, job.company, job.years_experience) == (
        "Senior Data Engineer", "Northwind Analytics", 5)
    assert _skill(job, "Kafka")[0] == "critical" and _skill(job, "Tableau")[0] == "nice-to-have"


@pytest.mark.parametrize(("name", "content"), [("job.json", b"{}"), ("job.exe", b"MZ"),
                                               ("job.pdf", b""), ("job.docx", b"PK\x03\x04")])
def test_bad_job_files_are_refused(name: str, content: bytes) -> None:
    with pytest.raises(UnsupportedFile) as caught:
        job_description_text(Document(filename=name, content=content))
    assert caught.value.message and caught.value.guidance


@given(text=st.text(max_size=600))
@settings(max_examples=100, deadline=2000)
def test_any_text_gives_a_job_or_a_typed_error(jd_matcher: SkillMatcher, text: str) -> None:
    """Bounded fuzz: any pasted text gives a job description or a typed error."""
    try:
        job = parse_job_description(text, jd_matcher)
    except HireReadyError as error:
        assert error.message and error.guidance
    else:
        priorities = {s.priority for s in job.skills}
        assert priorities <= {"critical", "important", "nice-to-have"}
        assert all(s.evidence for s in job.skills)


def test_a_labelled_line_after_a_long_bullet_is_not_joined_to_it(
        jd_matcher: SkillMatcher) -> None:
    text = ("Requirements:\n"
            "- Must have hands-on experience with Docker and Kubernetes in production\n"
            "Nice to have: experience with Kafka is a bonus.\n")
    from tools.jobs.parse import parse_job_description

    priorities = {s.name: s.priority for s in parse_job_description(text, jd_matcher).skills}
    assert priorities["Kubernetes"] == "critical"
    assert priorities["Kafka"] == "nice-to-have"


def test_stack_sentences_are_asked_but_other_employer_sentences_are_not(
        jd_matcher: SkillMatcher) -> None:
    text = ("Senior Data Engineer\n\nOur stack runs on Kafka and Docker, and you will own "
            "its pipelines. We sell Python books in Europe. Requirements: SQL.")
    names = [s.name for s in parse_job_description(text, jd_matcher).skills]
    assert names == ["Kafka", "Docker", "SQL"]


def test_stack_sentences_give_no_spans_for_span_measures(jd_matcher: SkillMatcher) -> None:
    sentence = "Our stack runs on Kafka and Docker."
    assert find_mentions(sentence, jd_matcher) == []
    assert [m.text for m in find_mentions(sentence, jd_matcher, stack=True)] == ["Kafka",
                                                                                  "Docker"]


def test_each_skill_keeps_the_jobs_own_wording(jd_matcher: SkillMatcher) -> None:
    job = parse_job_description(
        "Requirements\n- 3+ years of data engineering with Kubernetes\n", jd_matcher)
    wording = {skill.name: skill.wording for skill in job.skills}
    assert wording["Data engineering"] == "data engineering"
    assert wording["Kubernetes"] == "Kubernetes"
