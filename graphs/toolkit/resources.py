"""Learning-resource tools for the model: resources for a skill, resources for a stage of
the active roadmap, and the user's ratings. Every score comes from :mod:`tools.resources`."""

from __future__ import annotations

from typing import Any

from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool, tool

import storage.repositories.roadmaps as roadmap_repo
import storage.repositories.users as user_repo
from graphs.services import Services
from graphs.toolkit.common import error_result, ok_result, user_id_of
from prompts import errors as msg
from prompts import resources as resource_words
from storage.repositories.resources import load_catalog, rate_resource
from tools.errors import HireReadyError, InvalidInput, NotFound
from tools.resources.catalog import ResourceCatalog
from tools.resources.mention import match_resource
from tools.resources.recommend import (
    MAX_LIMIT,
    Recommendation,
    fallback_fields,
    recommend_resources,
    recommend_with_fallback,
    shortfall_note,
)
from tools.roadmap.models import Roadmap, RoadmapStage
from tools.roadmap.progress import stage_at

STAGE_RESOURCES_PER_SKILL = 3
"""Resources shown for each skill of a stage (Property 10's minimum at the bar)."""


def resource_tools(services: Services) -> list[BaseTool]:
    """The resource tools bound to ``services``."""

    @tool(response_format="content_and_artifact")
    def find_resources(skill: str, config: RunnableConfig, level: str = ""
                       ) -> tuple[str, Any]:
        """Recommend learning resources (editorial score of 4.0 of 5 or more) for a skill.
        When fewer than 3 meet that bar at the level, ``note`` says so and ``below_bar``
        lists the next best, each marked (``reason``, ``mark``) and never meeting the bar.

        Args:
            skill: The skill, e.g. "Docker".
            level: beginner, intermediate or advanced; default the user's own level from
                their preferences, else beginner.
        """
        try:
            hit = services.skill_index().canonicalize(skill)
            if hit is None:
                raise NotFound(msg.UNKNOWN_SKILL.format(name=skill), msg.UNKNOWN_SKILL_NEXT)
            with services.sessions() as session:
                account = user_repo.get_user(session, user_id_of(config))
                wanted = level or (account.experience_level if account else None) or "beginner"
                found = recommend_with_fallback(hit.skill_id, wanted, load_catalog(session))
        except HireReadyError as error:
            return error_result(error)
        return ok_result(resources_result(hit.name, found), found)

    @tool(response_format="content_and_artifact")
    def show_stage_resources(stage: int | str, config: RunnableConfig, level: str = ""
                             ) -> tuple[str, Any]:
        """Resources for each skill of one stage of the active roadmap, at the stage's level
        ("resources for stage 2", "what about the second stage?").

        Args:
            stage: The stage's 1-based number, its title or one of its skills, or
                "current", "next", "previous" or "last".
            level: beginner, intermediate or advanced; default the stage's own level.
        """
        try:
            with services.sessions() as session:
                found = roadmap_repo.get_active_roadmap(session, user_id_of(config))
                if found is None:
                    raise NotFound(msg.NO_ROADMAP, msg.NO_ROADMAP_NEXT)
                data = stage_resources_result(found[1], stage_at(found[1], stage),
                                              load_catalog(session), level=level)
        except HireReadyError as error:
            return error_result(error)
        return ok_result(data, None)

    @tool(response_format="content_and_artifact")
    def rate_learning_resource(resource: str, stars: int, config: RunnableConfig
                               ) -> tuple[str, Any]:
        """Record the user's 1-5 star rating of a learning resource ("the Docker course")."""
        user_id = user_id_of(config)
        try:
            if not 1 <= stars <= 5:
                raise InvalidInput(msg.BAD_STARS.format(stars=stars), msg.BAD_STARS_NEXT)
            with services.sessions.begin() as session:
                found = match_resource(load_catalog(session), resource)
                if found is None:
                    raise NotFound(msg.UNKNOWN_RESOURCE.format(resource=resource),
                                   msg.UNKNOWN_RESOURCE_NEXT)
                summary = rate_resource(session, user_id, found.key, stars)
            with services.sessions() as session:
                rated = next(r for r in load_catalog(session).resources if r.key == found.key)
        except HireReadyError as error:
            return error_result(error)
        return ok_result({"title": found.title, "stars": stars, "score": rated.score,
                          "ratings": summary.count}, summary)

    return [find_resources, show_stage_resources, rate_learning_resource]


def resources_result(skill_name: str, found: Recommendation) -> dict[str, Any]:
    """The JSON of ``find_resources``.

    Returns:
        ``{"skill", "level", "resources": [resource], "meeting_bar": int, "wanted": int,
        "note": str | None, "below_bar": [resource + {"reason", "offered_level",
        "meets_bar": false, "mark"}]}``; ``resources`` holds only resources scored ≥ 4.0 at
        the level, ``below_bar`` the marked alternatives (empty unless fewer than
        ``wanted`` meet the bar).
    """
    return {"skill": skill_name, "level": found.level,
            "resources": [r.model_dump(mode="json") for r in found.resources],
            "meeting_bar": len(found.resources), "wanted": found.wanted,
            "note": shortfall_note(found, skill_name),
            "below_bar": [{**f.resource.model_dump(mode="json"),
                           **fallback_fields(f, found.level)} for f in found.fallbacks]}


def stage_resources_result(roadmap: Roadmap, stage: RoadmapStage, catalog: ResourceCatalog,
                           level: str = "") -> dict[str, Any]:
    """The JSON of ``show_stage_resources``: each of the stage's skills with the resources
    for it at the stage's level, leaving out any resource that also teaches a skill first
    met in a later stage (Property 12, as for the roadmap's own goals).

    Args:
        roadmap: The roadmap the stage belongs to.
        stage: The stage.
        catalog: The catalogue.
        level: Level to recommend at; default the stage's own.

    Returns:
        ``{"stage": {"number", "title", "level", "status"}, "skills": [find_resources JSON,
        at most 3 at the bar each, plus "held_back": resources at the bar left out because
        they also teach a later stage's skill], "not_in_catalogue": [skill name],
        "foundational": [resource]}``; a skill the taxonomy does not know is listed in
        ``not_in_catalogue``; ``foundational`` are the basics added when the stage ran slow
        (Property 9). A shortfall note says how many were held back.

    Raises:
        InvalidInput: An unknown level.
    """
    skills, unknown = [], []
    later = {s.taxonomy_id for other in roadmap.stages[stage.number:] for s in other.skills
             if s.taxonomy_id} - {s.taxonomy_id for s in stage.skills}
    for skill in stage.skills:
        if skill.taxonomy_id is None:
            unknown.append(skill.name)
            continue
        wanted = level or stage.difficulty
        found = recommend_with_fallback(skill.taxonomy_id, wanted, catalog,
                                        limit=STAGE_RESOURCES_PER_SKILL, exclude_skills=later)
        skills.append(_held_back(resources_result(skill.name, found), found, catalog,
                                 skill.taxonomy_id))
    return {"stage": {"number": stage.number, "title": stage.title,
                      "level": level or stage.difficulty, "status": stage.status},
            "skills": skills, "not_in_catalogue": unknown,
            "foundational": [r.model_dump(mode="json") for r in stage.foundational_resources]}


def _held_back(data: dict[str, Any], found: Recommendation, catalog: ResourceCatalog,
               skill_id: str) -> dict[str, Any]:
    """``data`` with ``held_back``: how many more resources meet the bar for the skill when
    later stages' skills are not left out; the note says so when the stage is short."""
    every = recommend_resources(skill_id, found.level, catalog, limit=MAX_LIMIT)
    held = max(len(every) - len(found.resources), 0)
    if held and data["note"]:
        data["note"] += resource_words.STAGE_HELD_BACK.format(held=held, skill=data["skill"])
    return {**data, "held_back": held}
