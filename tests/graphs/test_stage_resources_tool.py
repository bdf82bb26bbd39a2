"""show_stage_resources, invoked directly: each skill of a stage of the active roadmap gets
its resources at the stage's level, only for that stage's skills (Property 12); a stage is
named by number, skill, "current" or "next"; a missing stage or roadmap is a clear error.
The offline router sends "resources for stage 2" and "what about the second stage?" here."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from service_helpers import one_hot_services

import storage.repositories.roadmaps as roadmap_repo
from agent.offline.context import RouteContext
from agent.offline.model import tool_for
from agent.offline.render_roadmap import render_stage_resources
from agent.offline.router import IntentRouter
from graphs.services import Services
from graphs.toolkit.resources import resource_tools
from graphs.toolkit.roadmap import roadmap_tools
from storage.repositories.resources import load_catalog
from storage.repositories.users import create_user
from tools.resources.recommend import recommend_resources
from tools.skill_matcher import SkillMatcher

NOW = datetime(2026, 3, 2, 12, tzinfo=UTC)


@pytest.fixture
def services(tmp_path: Path, matcher: SkillMatcher) -> Iterator[Services]:
    with one_hot_services(tmp_path, matcher, NOW) as built:
        yield built


def _call(tools: list[Any], name: str, user_id: str, **args: Any) -> dict[str, Any]:
    tool = next(t for t in tools if t.name == name)
    return dict(json.loads(tool.invoke(args, config={"configurable": {"user_id": user_id}})))


@pytest.fixture
def planned(services: Services) -> tuple[str, dict[str, Any]]:
    """A user with an active data-engineer roadmap, and that roadmap's JSON."""
    with services.sessions.begin() as session:
        user_id = create_user(session, "dee", None).id
    built = _call(roadmap_tools(services), "create_roadmap", user_id, goal="data engineer")
    return user_id, built["roadmap"]


def test_each_skill_of_the_stage_gets_its_own_resources(
        services: Services, planned: tuple[str, dict[str, Any]]) -> None:
    user_id, roadmap = planned
    data = _call(resource_tools(services), "show_stage_resources", user_id, stage=2)
    stage = roadmap["stages"][1]
    assert data["stage"]["number"] == 2 and data["stage"]["title"] == stage["title"]
    assert [s["skill"] for s in data["skills"]] + data["not_in_catalogue"] == stage["skills"]
    with services.sessions() as session:
        stored = roadmap_repo.get_active_roadmap(session, user_id)
    assert stored is not None
    later = {i for other in stored[1].stages[2:] for i in other.skill_ids}
    for skill in data["skills"]:
        assert skill["level"] == data["stage"]["level"]
        assert 1 <= len(skill["resources"]) + len(skill["below_bar"]) <= 3
        assert all(r["score"] >= 4.0 for r in skill["resources"])
        assert all(not r["meets_bar"] for r in skill["below_bar"])
        for resource in [*skill["resources"], *skill["below_bar"]]:
            assert not later & set(resource["skills"]), (resource["key"], later)
    reply = render_stage_resources(data)
    assert reply.startswith("**Stage 2: resources for ")
    assert all(f"Resources for **{s['skill']}**" in reply for s in data["skills"])
    assert all(r["url"] in reply for s in data["skills"] for r in s["resources"])


@pytest.mark.parametrize(("stage", "number"), [("current", 1), ("next", 2), ("3", 3),
                                              ("last", 5), ("previous", 0)])
def test_a_stage_is_named_by_number_or_position(
        services: Services, planned: tuple[str, dict[str, Any]], stage: str,
        number: int) -> None:
    data = _call(resource_tools(services), "show_stage_resources", planned[0], stage=stage)
    if number == 0:  # before the first stage
        assert data["error"].startswith("This roadmap has no stage 0")
        return
    assert data["stage"]["number"] == number


def test_a_stage_is_named_by_one_of_its_skills(
        services: Services, planned: tuple[str, dict[str, Any]]) -> None:
    user_id, roadmap = planned
    skill = roadmap["stages"][2]["skills"][0]
    data = _call(resource_tools(services), "show_stage_resources", user_id, stage=skill)
    assert data["stage"]["number"] == 3


def test_after_the_current_stage_is_done_current_moves_on(
        services: Services, planned: tuple[str, dict[str, Any]]) -> None:
    user_id = planned[0]
    _call(roadmap_tools(services), "mark_stage_done", user_id, stage=1)
    data = _call(resource_tools(services), "show_stage_resources", user_id, stage="current")
    assert data["stage"]["number"] == 2 and data["stage"]["status"] == "in_progress"


def test_no_such_stage_or_no_roadmap_is_a_clear_error(
        services: Services, planned: tuple[str, dict[str, Any]]) -> None:
    count = len(planned[1]["stages"])
    data = _call(resource_tools(services), "show_stage_resources", planned[0], stage=9)
    assert data["error"] == f"This roadmap has no stage 9; it has {count}."
    assert data["guidance"] == f"Give a stage number from 1 to {count}."
    with services.sessions.begin() as session:
        other = create_user(session, "new", None).id
    data = _call(resource_tools(services), "show_stage_resources", other, stage=1)
    assert data["error"] == "You don't have a learning roadmap yet."


@pytest.mark.parametrize(("message", "stage"), [
    ("resources for stage 3", 3),
    ("show me resources for the second stage", 2),
    ("any courses for stage two?", 2),
    ("resources for the current stage", "current"),
    ("got any tutorials for the next stage?", "next"),
    ("resources for the Docker stage", "Docker"),
    ("resources for the last stage", "last"),
    ("resources for stage 0", 0),
])
def test_the_router_sends_a_stage_to_this_tool(message: str, stage: int | str) -> None:
    route = IntentRouter(None).route(message)
    assert (route.intent, route.args) == ("find_resources", {"stage": stage})
    assert tool_for(route.intent, route.args) == "show_stage_resources"


def test_a_follow_up_after_a_roadmap_names_a_stage() -> None:
    context = RouteContext(intent="show_roadmap", args={})
    route = IntentRouter(None).route("what about the second stage?", context)
    assert tool_for(route.intent, route.args) == "show_stage_resources"
    after = RouteContext(intent="find_resources", args={"stage": 2})
    route = IntentRouter(None).route("and for Docker?", after)
    assert (route.intent, route.args) == ("find_resources", {"skill": "Docker"})


def test_a_level_can_be_asked_for(services: Services,
                                  planned: tuple[str, dict[str, Any]]) -> None:
    data = _call(resource_tools(services), "show_stage_resources", planned[0], stage=1,
                 level="advanced")
    assert data["stage"]["level"] == "advanced"
    assert all(s["level"] == "advanced" for s in data["skills"])
    route = IntentRouter(None).route("resources for stage 5 at advanced level")
    assert route.args == {"stage": 5, "level": "advanced"}


def test_a_shortfall_says_what_later_stages_hold_back(
        services: Services, planned: tuple[str, dict[str, Any]]) -> None:
    """A stage leaves out resources that also teach a later stage's skill (Property 12);
    the note must not claim that only those shown meet the bar."""
    user_id = planned[0]
    with services.sessions() as session:
        stored = roadmap_repo.get_active_roadmap(session, user_id)
        catalog = load_catalog(session)
    assert stored is not None
    held_somewhere = False
    for stage in stored[1].stages:
        data = _call(resource_tools(services), "show_stage_resources", user_id,
                     stage=stage.number)
        known = [s for s in stage.skills if s.taxonomy_id]
        for skill, shown in zip(known, data["skills"], strict=True):
            direct = recommend_resources(skill.taxonomy_id or "", shown["level"], catalog,
                                         limit=20)
            assert shown["meeting_bar"] + shown["held_back"] == len(direct)
            if shown["held_back"] and shown["note"]:
                held_somewhere = True
                assert "also teach a skill of a later stage" in shown["note"]
    assert held_somewhere  # the data-engineer plan has such a skill (data modeling)
