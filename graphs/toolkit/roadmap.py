"""Roadmap tools for the model: build one (from skill gaps or a plain goal), show it, mark
goals and stages done, adapt it to new preferences, export it; explanations. Resources and
ratings: :mod:`graphs.toolkit.resources`. Every number comes from :mod:`tools.roadmap`."""

from __future__ import annotations

from datetime import time
from typing import Any

from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool, tool
from sqlalchemy.orm import Session

import storage.repositories.roadmaps as roadmap_repo
import storage.repositories.users as user_repo
from graphs.services import Services
from graphs.toolkit.common import active_profile, error_result, ok_result, user_id_of
from graphs.toolkit.gaps import gaps_target
from prompts import errors as msg
from storage.repositories import active
from storage.repositories.resources import load_catalog
from tools.errors import HireReadyError, InvalidInput, NotFound
from tools.gaps.analysis import analyze_gaps
from tools.roadmap.adapt import regenerate_roadmap
from tools.roadmap.build import build_roadmap
from tools.roadmap.explain import explain_skill
from tools.roadmap.export import roadmap_summary, to_icalendar, to_markdown
from tools.roadmap.finder import CatalogFinder
from tools.roadmap.goal import GoalResolver, roadmap_for_goal
from tools.roadmap.known import ResumeCoverage
from tools.roadmap.models import LearningPlan, Roadmap
from tools.roadmap.progress import complete_goal, complete_stage, stage_number

DEFAULT_REMINDER = time(19, 0)
"""Reminder time of exported calendar events until the user chooses one (19:00 local)."""


def roadmap_tools(services: Services) -> list[BaseTool]:
    """The roadmap, resource and explanation tools bound to ``services``."""

    def _plan(session: Session, user_id: str, weeks: int, hours_per_day: float,
              minutes_per_day: int, level: str, base: LearningPlan | None = None
              ) -> LearningPlan:
        account = user_repo.get_user(session, user_id)
        hours = hours_per_day or (minutes_per_day / 60 if minutes_per_day else 0)
        plan = base or LearningPlan(hours=(account.hours_per_day if account and
                                           account.hours_per_day else 1.0))
        update: dict[str, Any] = {}
        if hours:
            update.update(pace="daily", hours=hours)
        if weeks:
            update["deadline_weeks"] = weeks
        if level:
            update["level"] = level
        try:
            return LearningPlan.model_validate({**plan.model_dump(), **update})
        except ValueError as error:
            raise InvalidInput(msg.BAD_PLAN.format(detail=_first_error(error)),
                               msg.BAD_PLAN_NEXT) from error

    def _finder(session: Session) -> CatalogFinder:
        return CatalogFinder(load_catalog(session))

    def _active(session: Session, user_id: str) -> tuple[str, Roadmap]:
        found = roadmap_repo.get_active_roadmap(session, user_id)
        if found is None:
            raise NotFound(msg.NO_ROADMAP, msg.NO_ROADMAP_NEXT)
        return found

    def _from_gaps(session: Session, user_id: str, plan: LearningPlan) -> Roadmap:
        profile = active_profile(session, user_id)[1]
        job = gaps_target(session, user_id, services.roles(), services.taxonomy())
        report = analyze_gaps(profile, job, services.skill_index(), services.taxonomy(),
                              today=services.today())
        if not report.gaps:
            raise NotFound(msg.NO_GAPS_TO_PLAN, msg.NO_GAPS_TO_PLAN_NEXT)
        return build_roadmap(report.gaps, plan, services.taxonomy(), _finder(session),
                             start=services.today(), target_role=job.title)

    def _resume(session: Session, user_id: str) -> ResumeCoverage | None:
        """The active resume's coverage, or None when the user has not attached one."""
        if active.active_resume_id(session, user_id) is None:
            return None
        return ResumeCoverage(active_profile(session, user_id)[1], services.skill_index(),
                              services.taxonomy())

    def _from_goal(session: Session, user_id: str, goal: str, plan: LearningPlan
                   ) -> Roadmap | str:
        resolver = GoalResolver(services.roles(), services.skill_matcher(), services.taxonomy())
        resolution, roadmap = roadmap_for_goal(goal, plan, resolver, services.taxonomy(),
                                               _finder(session), start=services.today(),
                                               resume=_resume(session, user_id))
        return roadmap if roadmap is not None else resolution.question or msg.NO_ROADMAP_NEXT

    @tool(response_format="content_and_artifact")
    def create_roadmap(config: RunnableConfig, goal: str = "", weeks: int = 0,
                       hours_per_day: float = 0, minutes_per_day: int = 0,
                       level: str = "") -> tuple[str, Any]:
        """Build a staged learning roadmap and make it the active one: from a plain goal
        ("become a data engineer", "learn Kubernetes"), else from the skill gaps between the
        active resume and job description. Skills of a goal that the active resume already
        shows are left out and listed in ``known``.

        Args:
            goal: The learner's goal in plain words; empty to plan the current skill gaps.
            weeks: Optional deadline in weeks.
            hours_per_day: Study hours a day (default: the user's preference, else 1).
            minutes_per_day: Study minutes a day ("45 minutes a day"); used when
                ``hours_per_day`` is not given.
            level: beginner, intermediate or advanced (default beginner).
        """
        user_id = user_id_of(config)
        try:
            with services.sessions.begin() as session:
                plan = _plan(session, user_id, weeks, hours_per_day, minutes_per_day,
                             level)
                built = _from_goal(session, user_id, goal, plan) if goal else _from_gaps(
                    session, user_id, plan)
                if isinstance(built, str):
                    return ok_result({"question": built}, None)
                roadmap_repo.save_roadmap(session, user_id, built)
        except HireReadyError as error:
            return error_result(error)
        return ok_result(_summary(built), built)

    @tool(response_format="content_and_artifact")
    def show_roadmap(config: RunnableConfig) -> tuple[str, Any]:
        """Show the active roadmap: stages, goals, resources, progress and warnings."""
        try:
            with services.sessions() as session:
                roadmap = _active(session, user_id_of(config))[1]
        except HireReadyError as error:
            return error_result(error)
        return ok_result(_summary(roadmap), roadmap)

    @tool(response_format="content_and_artifact")
    def mark_goal_done(goal: str, config: RunnableConfig) -> tuple[str, Any]:
        """Mark goals of the active roadmap done from the learner's words ("today's goal",
        "the Docker goal")."""
        return _change(config, lambda r: complete_goal(r, goal, services.today())[0])

    @tool(response_format="content_and_artifact")
    def mark_stage_done(stage: int | str, config: RunnableConfig) -> tuple[str, Any]:
        """Mark a stage of the active roadmap and all its goals done; ``stage`` is its 1-based
        number, its title or one of its skills ("AWS fundamentals")."""
        return _change(config, lambda r: complete_stage(r, stage_number(r, stage),
                                                        services.today()))

    @tool(response_format="content_and_artifact")
    def adjust_roadmap(config: RunnableConfig, weeks: int = 0, hours_per_day: float = 0,
                       minutes_per_day: int = 0, level: str = "") -> tuple[str, Any]:
        """Rebuild the active roadmap for new preferences, keeping completed stages and goals
        ("make it 12 weeks instead", "I can only do 30 minutes a day now")."""
        user_id = user_id_of(config)
        try:
            with services.sessions.begin() as session:
                roadmap_id, roadmap = _active(session, user_id)
                plan = _plan(session, user_id, weeks, hours_per_day, minutes_per_day, level,
                             base=roadmap.plan)
                updated = regenerate_roadmap(roadmap, plan, _finder(session), services.today())
                roadmap_repo.update_roadmap(session, user_id, roadmap_id, updated)
        except HireReadyError as error:
            return error_result(error)
        return ok_result(_summary(updated), updated)

    def _change(config: RunnableConfig, change: Any) -> tuple[str, Any]:
        user_id = user_id_of(config)
        try:
            with services.sessions.begin() as session:
                roadmap_id, roadmap = _active(session, user_id)
                updated: Roadmap = change(roadmap)
                roadmap_repo.update_roadmap(session, user_id, roadmap_id, updated)
        except HireReadyError as error:
            return error_result(error)
        return ok_result(_summary(updated), updated)

    @tool(response_format="content_and_artifact")
    def export_roadmap(config: RunnableConfig, format: str = "md") -> tuple[str, Any]:
        """Export the active roadmap as a Markdown file ("md") or a calendar file ("ics")
        with a reminder for each goal."""
        user_id = user_id_of(config)
        try:
            with services.sessions() as session:
                roadmap = _active(session, user_id)[1]
                account = user_repo.get_user(session, user_id)
            zone = account.timezone if account else "UTC"
            if format == "ics":
                content = to_icalendar(roadmap, reminder_at=DEFAULT_REMINDER, time_zone=zone,
                                       now=services.now(), start=services.today())
            else:
                format, content = "md", to_markdown(roadmap).encode()
        except HireReadyError as error:
            return error_result(error)
        path = services.exports_dir / user_id / f"roadmap.{format}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        return ok_result({"file": str(path), "format": format, "title": roadmap.title}, path)

    @tool(response_format="content_and_artifact")
    def explain_topic(topic: str, config: RunnableConfig) -> tuple[str, Any]:
        """Explain a skill or topic simply, with where to start ("explain Kubernetes")."""
        with services.sessions() as session:
            finder = _finder(session)
        explanation = explain_skill(topic, services.taxonomy(), finder)
        return ok_result(explanation.model_dump(mode="json"), explanation)

    return [create_roadmap, show_roadmap, mark_goal_done, mark_stage_done, adjust_roadmap,
            export_roadmap, explain_topic]


def _summary(roadmap: Roadmap) -> dict[str, Any]:
    return {"roadmap": roadmap_summary(roadmap)}


def _first_error(error: ValueError) -> str:
    text = str(error).splitlines()
    return text[-1].strip() if text else str(error)
