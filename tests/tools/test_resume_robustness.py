"""Robustness of the resume parser on layouts seen in real exports: running footers,
job-board (Indeed-style) text exports, numbered lists, stray brackets, skills sub-headings
and split degree headings. Every fixture is built here; nothing is read from ../shared."""

from __future__ import annotations

from tools.documents import Document
from tools.resume.entries import clean_part
from tools.resume.experience import parse_experience
from tools.resume.models import ResumeProfile
from tools.resume.normalize import normalize_text
from tools.resume.parse import parse_resume
from tools.skill_matcher import SkillMatcher


def _txt(text: str, matcher: SkillMatcher) -> ResumeProfile:
    return parse_resume(Document(filename="resume.txt", content=text.encode()), matcher)


# 1. Running headers and footers -------------------------------------------------------

def test_page_label_footer_is_removed() -> None:
    text = "Acme Corp | Berlin\nEngineer | Jan 2020 - Mar 2021\nMarch 3, 2025 • Résumé 1\n• Built"
    assert "Résumé 1" not in normalize_text(text)
    assert "Acme Corp | Berlin" in normalize_text(text)


def test_footer_repeating_with_page_count_is_removed() -> None:
    text = "Kim Lee – resume – 1\nEXPERIENCE\nDev | 2019 - 2020\nKim Lee – resume – 2\n• Did"
    out = normalize_text(text)
    assert "Kim Lee" not in out and "Dev | 2019 - 2020" in out
    assert normalize_text(out) == out


def test_repeated_date_ranges_are_not_footers() -> None:
    text = "A | 2019 - 2020\n• x\nB | 2019 - 2020\n• y"
    assert normalize_text(text).count("2019 - 2020") == 2


def test_bare_date_title_is_never_an_entry() -> None:
    roles = parse_experience([
        "Site Reliability Engineer | Acme Inc. | Feb 2021 - Mar 2021",
        "• Ran the pager",
        "February 10 | Summary 4",
        "Data Engineer | Beta Labs | Jun 2018 - Jan 2021",
    ])
    assert [r.title for r in roles] == ["Site Reliability Engineer", "Data Engineer"]


# 2. and 3. Job-board text exports -------------------------------------------------------

_EXPORT = """Priya Raman
Warehouse Consultant - SAP

Pune, Maharashtra - Email me on Indeed: priya.raman@example.org

WORK EXPERIENCE

Warehouse Lead

Northwind Traders -

March 2019 to Present

CONTOSO]

Warehouse Analyst

Fabrikam - Pune, Maharashtra -

June 2016 to March 2019

Tailspin Toys]
Project 1: Rollout of the new picking flow
Project 2: Central depot - inventory support
• Configured storage types and
bin sequences for the depot.
• Trained users.

Junior Analyst

Litware -

[URL]

May 2014 to June 2016

1year 1month

Responsibilities :
1.Data entry for the payroll process
2.Vendor follow up
3. Litware Analyst September2014 -April

EDUCATION

Bachelor of Engineering in Mechanical Engineering
Savitribai Phule Pune University
2010 to 2014
"""


def test_export_roles_are_title_company_dates(matcher: SkillMatcher) -> None:
    roles = _txt(_EXPORT, matcher).experience
    assert [(r.title, r.company, r.start, r.end) for r in roles] == [
        ("Warehouse Lead", "Northwind Traders", "2019-03", "present"),
        ("Warehouse Analyst", "Fabrikam", "2016-06", "2019-03"),
        ("Junior Analyst", "Litware", "2014-05", "2016-06"),
    ]


def test_export_project_and_client_lines_are_bullets(matcher: SkillMatcher) -> None:
    analyst = _txt(_EXPORT, matcher).experience[1]
    assert "Project 1: Rollout of the new picking flow" in analyst.bullets
    assert any(b.startswith("Tailspin Toys") for b in analyst.bullets)
    assert "Configured storage types and bin sequences for the depot." in analyst.bullets


def test_numbered_items_and_durations_are_not_entries(matcher: SkillMatcher) -> None:
    junior = _txt(_EXPORT, matcher).experience[2]
    assert "Data entry for the payroll process" in junior.bullets
    assert "Vendor follow up" in junior.bullets
    assert not any("1year" in b for b in junior.bullets)
    assert any(b.startswith("Litware Analyst") for b in junior.bullets)


def test_stray_brackets_are_dropped_from_parts() -> None:
    assert clean_part("Caterpillar]") == "Caterpillar"
    assert clean_part("Indian Institute of Technology (Mumbai") == (
        "Indian Institute of Technology Mumbai")
    assert clean_part("Acme (Europe) Ltd") == "Acme (Europe) Ltd"


# 5. Real names and e-mails in TXT exports ------------------------------------------------

def test_txt_export_keeps_real_name_and_email(matcher: SkillMatcher) -> None:
    profile = _txt(_EXPORT, matcher)
    assert profile.name == "Priya Raman"
    assert profile.email == "priya.raman@example.org"


# 3. and 4. Skills-section free text ------------------------------------------------------

_SKILLS = """Sam Okafor
sam.okafor@example.org
EXPERIENCE
Lab Technician | Helix Labs | 2020 - 2023
• Ran assays.
SKILLS
PROGRAMMING
• Bash (intermediate: scripting, automation) • Zorblax (basic)
CELL AND MOLECULAR BIOLOGY (intermediate to advanced)
• Quenchplot, Flowmatic
IMAGING(advanced)
excel, formula, filters, paint
"""


def test_skills_free_text_keeps_names_only(matcher: SkillMatcher) -> None:
    names = {s.name for s in _txt(_SKILLS, matcher).skills}
    assert {"Zorblax", "Quenchplot", "Flowmatic"} <= names
    assert not any(")" in n or "(" in n for n in names)
    assert not names & {"CELL AND MOLECULAR BIOLOGY", "IMAGING", "PROGRAMMING", "automation"}
    assert not names & {"formula", "filters", "paint"}


# 4. Education headings run into the institution -------------------------------------------

def test_caps_degree_heading_split_from_wrapped_institution() -> None:
    from tools.resume.education import parse_education

    entries = parse_education([
        "DOCTORAL DEGREE IN CHEMISTRY Faculty of Chemistry. University",
        "of Lisbon. | 2016 –2021",
        "• Thesis title: Catalysts for greener synthesis.",
    ])
    assert len(entries) == 1
    entry = entries[0]
    assert entry.degree == "Doctoral Degree"
    assert entry.field == "Chemistry"
    assert entry.institution == "University of Lisbon"
    assert (entry.start, entry.end) == ("2016", "2021")
