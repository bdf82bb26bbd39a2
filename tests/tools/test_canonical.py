"""Free-text resume skills are mapped to the taxonomy where possible, never dropped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tools.resume.canonical import canonicalize_skills
from tools.resume.models import ResumeProfile, ResumeSkill


@dataclass
class Hit:
    skill_id: str
    name: str
    score: float = 0.9


class FakeCanonicalizer:
    def __init__(self, table: dict[str, Hit]) -> None:
        self.table = table
        self.asked: list[str] = []

    def canonicalize_many(self, names: Sequence[str]) -> list[Hit | None]:
        self.asked.extend(names)
        return [self.table.get(n.lower()) for n in names]


def _profile(*skills: ResumeSkill) -> ResumeProfile:
    return ResumeProfile(skills=list(skills))


def test_free_text_skill_is_mapped_and_known_ones_are_not_asked_about() -> None:
    fake = FakeCanonicalizer({"postgre sql": Hit("postgresql", "PostgreSQL")})
    profile = _profile(ResumeSkill(name="Python", source="skills", taxonomy_id="python"),
                       ResumeSkill(name="Postgre SQL", source="skills", level="advanced"))
    out = canonicalize_skills(profile, fake)
    assert fake.asked == ["Postgre SQL"]
    assert [(s.name, s.taxonomy_id, s.level) for s in out.skills] == [
        ("Python", "python", None), ("PostgreSQL", "postgresql", "advanced")]


def test_unknown_skill_stays_as_free_text() -> None:
    out = canonicalize_skills(_profile(ResumeSkill(name="Zephyr RTOS", source="skills")),
                              FakeCanonicalizer({}))
    assert [(s.name, s.taxonomy_id) for s in out.skills] == [("Zephyr RTOS", None)]


def test_mapping_onto_a_skill_already_present_merges_them_keeping_the_level() -> None:
    fake = FakeCanonicalizer({"reactjs framework": Hit("react", "React")})
    profile = _profile(ResumeSkill(name="React", source="experience", taxonomy_id="react"),
                       ResumeSkill(name="ReactJS framework", source="skills", level="expert"))
    out = canonicalize_skills(profile, fake)
    assert [(s.name, s.source, s.level) for s in out.skills] == [
        ("React", "experience", "expert")]


def test_profile_without_free_text_is_returned_unchanged() -> None:
    profile = _profile(ResumeSkill(name="Go", taxonomy_id="go"))
    fake = FakeCanonicalizer({})
    assert canonicalize_skills(profile, fake) is profile
    assert fake.asked == []
