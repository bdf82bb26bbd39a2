"""Profile corrections from chat: add a skill, remove a skill, set when a role ended."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from tools.errors import InvalidInput, NotFound
from tools.resume.corrections import add_skill, remove_skill, set_experience_end
from tools.resume.models import Experience, ResumeProfile, ResumeSkill
from tools.skill_matcher import SkillMatcher


@pytest.fixture
def profile() -> ResumeProfile:
    return ResumeProfile(
        name="Sam Lee",
        skills=[ResumeSkill(name="Java", taxonomy_id="java", source="skills"),
                ResumeSkill(name="Kubernetes", taxonomy_id="kubernetes", source="experience")],
        experience=[
            Experience(title="Engineer", company="Acme Corp.", start="2021-01", end="present"),
            Experience(title="Intern", company="Acme Corp.", start="2019-06", end="2019-09"),
            Experience(title="Analyst", company="Globex", start="2018", end=None),
        ],
    )


def test_add_skill_maps_to_the_taxonomy(profile: ResumeProfile, matcher: SkillMatcher) -> None:
    updated = add_skill(profile, "nodejs", matcher, level="advanced")
    assert updated.skills[-1] == ResumeSkill(name="Node.js", taxonomy_id="node.js",
                                             source="other", level="advanced")
    assert [s.name for s in profile.skills] == ["Java", "Kubernetes"]  # input unchanged


def test_add_unknown_skill_is_kept_as_free_text(profile: ResumeProfile,
                                                matcher: SkillMatcher) -> None:
    updated = add_skill(profile, " Terraform ", matcher)
    assert (updated.skills[-1].name, updated.skills[-1].taxonomy_id) == ("Terraform", None)


def test_add_existing_skill_changes_nothing_but_a_missing_level(
        profile: ResumeProfile, matcher: SkillMatcher) -> None:
    updated = add_skill(profile, "K8s", matcher, level="certified")
    assert [s.name for s in updated.skills] == ["Java", "Kubernetes"]
    assert updated.skills[1].level == "certified"


@dataclass
class _Hit:
    skill_id: str
    name: str
    score: float = 1.0


class _Canonicalizer:
    def canonicalize_many(self, names: Sequence[str]) -> list[_Hit | None]:
        return [_Hit("terraform", "Terraform") if n.lower() == "tf" else None for n in names]


def test_add_skill_with_a_canonicalizer(profile: ResumeProfile) -> None:
    updated = add_skill(profile, "tf", _Canonicalizer())
    assert (updated.skills[-1].name, updated.skills[-1].taxonomy_id) == ("Terraform", "terraform")


def test_add_blank_skill_is_refused(profile: ResumeProfile, matcher: SkillMatcher) -> None:
    with pytest.raises(InvalidInput):
        add_skill(profile, "  ", matcher)


def test_remove_skill(profile: ResumeProfile, matcher: SkillMatcher) -> None:
    assert [s.name for s in remove_skill(profile, "java").skills] == ["Kubernetes"]
    assert [s.name for s in remove_skill(profile, "k8s", matcher).skills] == ["Java"]
    with pytest.raises(NotFound) as caught:
        remove_skill(profile, "Rust")
    assert caught.value.guidance


def test_set_experience_end_closes_the_open_role(profile: ResumeProfile) -> None:
    updated = set_experience_end(profile, "acme", "2023")
    assert [(r.company, r.end) for r in updated.experience] == [
        ("Acme Corp.", "2023"), ("Acme Corp.", "2019-09"), ("Globex", None)]
    assert profile.experience[0].end == "present"


@pytest.mark.parametrize(("date", "end"), [("Jan 2023", "2023-01"), ("03/2022", "2022-03"),
                                           ("present", "present")])
def test_set_experience_end_date_forms(profile: ResumeProfile, date: str, end: str) -> None:
    assert set_experience_end(profile, "Globex Inc", date).experience[2].end == end


def test_set_experience_end_errors(profile: ResumeProfile) -> None:
    with pytest.raises(NotFound):
        set_experience_end(profile, "Initech", "2023")
    with pytest.raises(InvalidInput):
        set_experience_end(profile, "Acme", "last summer-ish")
