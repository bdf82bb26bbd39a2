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
from tools.resume.models import ResumeProfile, ResumeSkill
from tools.skill_matcher import SkillMatcher

NOW = datetime(2026, 3, 2, 12, tzinfo=UTC)
KNOWN = {"sql": "SQL", "excel": "Microsoft Excel", "python": "Python", "tableau": "Tableau"}


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


def test_minutes_per_day_sets_the_plan_time(services: Services) -> None:
    """"45 minutes a day for 8 weeks": the router sends minutes_per_day, never dropped."""
    built = _create(services, _user(services.sessions, "mia"), goal="data analyst",
                    weeks=8, minutes_per_day=45)["roadmap"]
    assert built["plan"]["hours"] == pytest.approx(0.75)
    assert built["plan"]["deadline_weeks"] == 8
    assert all(g["minutes"] == 45 for s in built["stages"] for g in s["goals"]
               if g["type"] == "daily")


@pytest.mark.parametrize("message", [
    "build me a roadmap, 45 minutes a day for 8 weeks",
    "I want to become a data engineer in 12 weeks, 30 minutes a day",
    "make me a study plan for SQL, 2 hours a day, intermediate",
    "build me a roadmap to become a data analyst, an hour a day over 12 weeks",
    "I want to learn Kubernetes in 2 months at 45 mins per day as an advanced",
])
def test_every_argument_the_router_sends_is_a_create_roadmap_parameter(
        services: Services, message: str) -> None:
    from agent.offline.router import IntentRouter

    route = IntentRouter(None).route(message)
    tool = next(t for t in roadmap_tools(services) if t.name == "create_roadmap")
    assert route.intent == "create_roadmap"
    assert set(route.args) <= set(tool.args), set(route.args) - set(tool.args)
