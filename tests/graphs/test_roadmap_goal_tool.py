"""create_roadmap with a goal, invoked directly: the active resume's skills are not planned
again and are named; without a resume every skill of the role is planned."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from service_helpers import one_hot_services
from sqlalchemy.orm import Session, sessionmaker

import storage.repositories.resumes as resume_repo
from graphs.services import Services
from graphs.toolkit.roadmap import roadmap_tools
from storage.repositories.users import create_user
from storage.taxonomy import load_taxonomy
from tools.resume.models import ResumeProfile, ResumeSkill
from tools.skill_matcher import SkillMatcher

NOW = datetime(2026, 3, 2, 12, tzinfo=UTC)
KNOWN = {"sql": "SQL", "excel": "Microsoft Excel", "python": "Python", "tableau": "Tableau"}


@pytest.fixture(scope="module")
def matcher() -> SkillMatcher:
    return SkillMatcher(load_taxonomy())


@pytest.fixture
def services(tmp_path: Path, matcher: SkillMatcher) -> Iterator[Services]:
    with one_hot_services(tmp_path, matcher, NOW) as built:
        yield built


def _user(sessions: sessionmaker[Session], name: str) -> str:
    with sessions.begin() as session:
        return create_user(session, name, None).id


def _create(services: Services, user_id: str, **args: Any) -> dict[str, Any]:
    tool = next(t for t in roadmap_tools(services) if t.name == "create_roadmap")
    return dict(json.loads(tool.invoke(args, config={"configurable": {"user_id": user_id}})))


def _skills(roadmap: dict[str, Any]) -> set[str]:
    return {s for stage in roadmap["stages"] for s in stage["skills"]}


def test_a_goal_roadmap_leaves_out_what_the_resume_shows(services: Services) -> None:
    without = _create(services, _user(services.sessions, "new"), goal="data analyst")["roadmap"]
    ann = _user(services.sessions, "ann")
    with services.sessions.begin() as session:
        resume_repo.save_resume(session, ann, "cv.pdf", 1, "pdf", None, ResumeProfile(
            skills=[ResumeSkill(name=n, taxonomy_id=i, source="skills")
                    for i, n in KNOWN.items()]))
    with_resume = _create(services, ann, goal="data analyst")["roadmap"]
    assert set(KNOWN.values()) <= _skills(without)
    assert not set(KNOWN.values()) & _skills(with_resume)
    assert set(KNOWN.values()) <= set(with_resume["known"])
    assert any("already shows" in w for w in with_resume["warnings"])
    assert without["known"] == [] and with_resume["estimated_days"] < without["estimated_days"]
