"""The words of the request ("roadmap", "study plan", "course", ...) are not extra skills of a
goal; named as a skill ("learn product roadmapping", "product roadmap") they still are."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from roadmap_fakes import matcher, roles, taxonomy

from tools.roadmap.goal import GoalResolver, goal_targets
from tools.taxonomy import SkillEntry


def _resolver() -> GoalResolver:
    return GoalResolver(roles(), matcher(), taxonomy())


@pytest.mark.parametrize(("goal", "role", "skills"), [
    ("build me a roadmap for the data analyst role", "data-analyst", []),
    ("Roadmap for a data analyst", "data-analyst", []),
    ("data analyst roadmap please", "data-analyst", []),
    ("make me a learning roadmap to become a data engineer", "data-engineer", []),
    ("a roadmap to become a data analyst who knows product roadmaps", "data-analyst",
     ["product-roadmap"]),
])
def test_a_request_for_a_roles_roadmap_adds_no_skill(goal: str, role: str,
                                                     skills: list[str]) -> None:
    resolution = _resolver().resolve(goal)
    assert resolution.kind == "role" and resolution.role is not None
    assert resolution.role.id == role and resolution.skill_ids == skills


def test_the_role_roadmap_has_no_product_roadmap_stage() -> None:
    resolution = _resolver().resolve("build me a roadmap for the data analyst role")
    assert "product-roadmap" not in {s for s, _ in goal_targets(resolution, taxonomy())}


@pytest.mark.parametrize(("goal", "skills"), [
    ("create a roadmap to learn Kubernetes", ["kubernetes"]),
    ("study plan for SQL", ["sql"]),
    ("roadmap for product roadmap and SQL", ["product-roadmap", "sql"]),
    ("learn product roadmapping", ["product-roadmap"]),
    ("product roadmap", ["product-roadmap"]),
    ("I want to learn roadmaps", ["product-roadmap"]),
    ("learn roadmap planning", ["product-roadmap"]),
])
def test_skills_named_beside_or_as_the_request_are_kept(goal: str,
                                                        skills: list[str]) -> None:
    resolution = _resolver().resolve(goal)
    assert resolution.kind == "skills" and resolution.skill_ids == skills


@pytest.mark.parametrize("goal", ["roadmap", "make me a roadmap", "a learning roadmap"])
def test_a_request_alone_gets_the_clarifying_question(goal: str) -> None:
    resolution = _resolver().resolve(goal)
    assert resolution.kind == "clarify" and resolution.question


class WordFinder:
    """Finds every listed word as a skill (id = the word, spaces as hyphens) wherever it is
    written, the longest where two overlap (as ``SkillMatcher`` does)."""

    def __init__(self, *names: str) -> None:
        self.entries = {n: SkillEntry(id=n.replace(" ", "-"), name=n, type="hard")
                        for n in names}

    def find(self, text: str) -> Sequence[tuple[SkillEntry, int, int]]:
        hits = [(self.entries[n], m.start(), m.end()) for n in self.entries
                for m in re.finditer(rf"\b{re.escape(n)}\b", text, re.IGNORECASE)]
        kept = [h for h in hits if not any(o[1] <= h[1] and h[2] <= o[2] and o != h
                                           for o in hits)]
        return sorted(kept, key=lambda h: h[1])


@pytest.mark.parametrize(("goal", "skills"), [
    ("a study plan and a schedule for statistics", ["statistics"]),
    ("courses and resources for statistics", ["statistics"]),
    ("a Learning-Plan for statistics", ["statistics"]),
    ("learn scheduling and statistics", ["scheduling", "statistics"]),
    ("master course design", ["course design"]),
    ("I want to practice plan", ["plan"]),
])
def test_every_request_word_is_left_out_when_it_is_the_request(goal: str,
                                                               skills: list[str]) -> None:
    finder = WordFinder("statistics", "plan", "learning plan", "study plan", "schedule",
                        "scheduling", "course", "courses", "resources", "course design")
    resolution = GoalResolver([], finder).resolve(goal)
    assert [s.replace("-", " ") for s in resolution.skill_ids] == skills
