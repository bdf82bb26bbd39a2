"""Resume file -> :class:`ResumeProfile`: the ``parse_resume`` tool.

Steps: validate and extract text (:mod:`tools.resume.extract`, Property 1), refuse resumes
not in English, split into sections, then read contact fields, skills, education and
experience. A file that cannot be read raises :class:`~tools.errors.UnsupportedFile`; no
profile is ever invented for it.
"""

from __future__ import annotations

from prompts import errors as msg
from prompts.resume import LANGUAGE_NAMES
from tools.documents import Document, resume_format
from tools.errors import UnsupportedFile
from tools.resume.education import parse_education
from tools.resume.experience import parse_experience
from tools.resume.extract import extract_text
from tools.resume.fields import find_email, find_links, find_name, find_phone
from tools.resume.jsonresume import load_json_resume, profile_from_json_resume
from tools.resume.language import detect_language
from tools.resume.models import Education, Experience, ResumeProfile
from tools.resume.sections import Section, split_sections
from tools.resume.skills import drop_employers, extract_skills
from tools.skill_matcher import SkillMatcher


def parse_resume(document: Document, matcher: SkillMatcher) -> ResumeProfile:
    """Read a resume file into a profile.

    Args:
        document: The uploaded file (PDF, DOCX, TXT or JSON Resume, at most 5 MB).
        matcher: Skill matcher built over the taxonomy.

    Returns:
        The profile: name, e-mail, phone, links, skills (with source section and level),
        education and experience (dates ``YYYY-MM``, ``YYYY`` or ``present``).

    Raises:
        UnsupportedFile: Per Property 1 — another file type, an empty file, one over 5 MB,
            a damaged or password-protected file, one with no readable text (a scan), a
            resume not written in English, or JSON that is not JSON Resume.
    """
    fmt = resume_format(document)
    if fmt == "jsonresume":
        data = load_json_resume(document.content, document.filename)
        return profile_from_json_resume(data, matcher)
    text = extract_text(document)
    language = detect_language(text)
    if language != "en":
        name = LANGUAGE_NAMES.get(language, language)
        raise UnsupportedFile(
            msg.NOT_ENGLISH.format(name=document.filename, language=name), msg.NOT_ENGLISH_NEXT
        )
    sections = split_sections(text)
    lines = [line for line in text.split("\n") if line.strip()]
    header = sections[0].text if sections and sections[0].kind == "header" else ""
    header_lines = [line for line in header.split("\n") if line.strip()]
    experience = _experience(sections)
    skills = drop_employers(extract_skills(sections, matcher),
                            [role.company or "" for role in experience])
    profile = ResumeProfile(
        name=find_name(header_lines) if header_lines else find_name(lines),
        email=find_email(header) or find_email(text),
        phone=find_phone(header) or find_phone(text),
        links=find_links(text),
        skills=skills,
        education=_education(sections),
        experience=experience,
        source_format=fmt,
        text_chars=len(text),
    )
    _check_is_resume(profile, document.filename)
    return profile


def _check_is_resume(profile: ResumeProfile, filename: str) -> None:
    """Refuse a document with no contact details, no education and no experience: it is not
    a resume, and storing it would replace the user's real profile with an empty one."""
    if profile.email or profile.phone or profile.links or profile.education or (
            profile.experience):
        return
    raise UnsupportedFile(msg.NOT_A_RESUME.format(name=filename), msg.NOT_A_RESUME_NEXT)


def _education(sections: list[Section]) -> list[Education]:
    entries: list[Education] = []
    for section in sections:
        if section.kind == "education":
            entries.extend(parse_education(section.lines))
    return entries


def _experience(sections: list[Section]) -> list[Experience]:
    roles: list[Experience] = []
    for section in sections:
        if section.kind == "experience":
            roles.extend(parse_experience(section.lines))
    return roles
