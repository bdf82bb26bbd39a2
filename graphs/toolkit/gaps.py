"""Skill-gap tools for the model: gaps for a job or role, role suggestions, comparison of
several jobs, and resume advice. Every number comes from :mod:`tools.gaps`."""

from __future__ import annotations

from typing import Any

from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool, tool
from sqlalchemy.orm import Session

import storage.repositories.jobs as job_repo
import storage.repositories.users as user_repo
from graphs.services import Services
from graphs.toolkit.common import active_job, active_profile, error_result, ok_result, user_id_of
from graphs.toolkit.jobs import pick_job
from prompts import errors as msg
from storage.repositories import active
from storage.repositories.preferences import PreferenceUpdate, set_preferences
from tools.errors import HireReadyError, NotFound
from tools.gaps.advice import advise_resume
from tools.gaps.analysis import analyze_gaps
from tools.gaps.compare import compare_jobs
from tools.gaps.models import Role
from tools.gaps.protocols import SkillCatalog
from tools.gaps.roles import infer_roles, role_to_job
from tools.jobs.models import JobDescription

MAX_COMPARED_JOBS = 10
"""Most job descriptions compared at once (the newest)."""


def gap_tools(services: Services) -> list[BaseTool]:
    """The gap tools bound to ``services``."""

    def _job_for(session: Session, user_id: str, job: str, role: str) -> JobDescription:
        if role:
            found = find_role(services.roles(), role)
            if found is None:
                raise NotFound(msg.UNKNOWN_ROLE.format(role=role), msg.UNKNOWN_ROLE_NEXT)
            remember_target_role(session, user_id, found.title)
            return role_to_job(found, services.taxonomy())
        if job:
            chosen = pick_job(job_repo.list_jobs(session, user_id), job)
            if chosen is None:
                raise NotFound(msg.NO_SUCH_JOB.format(which=job), msg.NO_SUCH_JOB_NEXT)
            active.set_active_job(session, user_id, chosen.id)
            return job_repo.get_job(session, user_id, chosen.id)
        return active_job(session, user_id)[1]

    @tool(response_format="content_and_artifact")
    def find_skill_gaps(config: RunnableConfig, job: str = "", role: str = ""
                        ) -> tuple[str, Any]:
        """Compare the user's resume with a job: match percentage, covered skills, skill gaps
        by priority with explanations, and other gaps (experience, degree).

        Args:
            job: Which stored job description ("latest", a number, or words of its title or
                company, e.g. "Acme"); empty for the active one.
            role: A role title instead of a job description, e.g. "data analyst".
        """
        user_id = user_id_of(config)
        try:
            with services.sessions.begin() as session:
                profile = active_profile(session, user_id)[1]
                target = _job_for(session, user_id, job, role)
            report = analyze_gaps(profile, target, services.skill_index(), services.taxonomy(),
                                  today=services.today())
        except HireReadyError as error:
            return error_result(error)
        return ok_result({"report": report.model_dump()}, report)

    @tool(response_format="content_and_artifact")
    def suggest_roles(config: RunnableConfig) -> tuple[str, Any]:
        """Suggest the 3 roles that fit the user's resume best, with fit scores (0-100) and
        the top missing skills of each."""
        user_id = user_id_of(config)
        try:
            with services.sessions() as session:
                profile = active_profile(session, user_id)[1]
            fits = infer_roles(profile, services.roles(), services.skill_index(),
                               services.taxonomy(), today=services.today())
        except HireReadyError as error:
            return error_result(error)
        return ok_result({"roles": [f.model_dump() for f in fits]}, fits)

    @tool(response_format="content_and_artifact")
    def compare_job_descriptions(config: RunnableConfig) -> tuple[str, Any]:
        """Rank the user's stored job descriptions by match with their resume, with the top
        gaps of each."""
        user_id = user_id_of(config)
        try:
            with services.sessions() as session:
                profile = active_profile(session, user_id)[1]
                stored = job_repo.list_jobs(session, user_id)[:MAX_COMPARED_JOBS]
                jobs = [job_repo.get_job(session, user_id, j.id) for j in stored]
            rows = compare_jobs(profile, jobs, services.skill_index(), services.taxonomy(),
                                today=services.today())
        except HireReadyError as error:
            return error_result(error)
        return ok_result({"rows": [r.model_dump() for r in rows]}, rows)

    @tool(response_format="content_and_artifact")
    def review_resume(config: RunnableConfig) -> tuple[str, Any]:
        """Concrete advice on what to change in the resume, for the active job description
        when there is one (skills to show, wording, sections, dates, numbers in bullets)."""
        user_id = user_id_of(config)
        try:
            with services.sessions() as session:
                profile = active_profile(session, user_id)[1]
                job_id = active.active_job_id(session, user_id)
                job = job_repo.get_job(session, user_id, job_id) if job_id else None
            report = (analyze_gaps(profile, job, services.skill_index(), services.taxonomy(),
                                   today=services.today()) if job and job.skills else None)
            advice = advise_resume(profile, job or JobDescription(), report=report,
                                   catalog=services.taxonomy())
        except HireReadyError as error:
            return error_result(error)
        return ok_result({"job_title": job.title if job else None,
                          "advice": [a.model_dump() for a in advice]}, advice)

    return [find_skill_gaps, suggest_roles, compare_job_descriptions, review_resume]


def remember_target_role(session: Session, user_id: str, title: str) -> None:
    """Keep a role the user asked about as their target role when they have none yet, so
    "build me a roadmap" and readiness can use it without a job description."""
    account = user_repo.get_user(session, user_id)
    if account is not None and not account.target_role:
        set_preferences(session, user_id, PreferenceUpdate(target_role=title))


def gaps_target(session: Session, user_id: str, roles: list[Role],
                taxonomy: SkillCatalog) -> JobDescription:
    """What "my skill gaps" are measured against: the active job description, else the
    user's target role.

    Raises:
        NotFound: Neither exists (the next step says to paste a job or name a role).
    """
    try:
        return active_job(session, user_id)[1]
    except NotFound:
        account = user_repo.get_user(session, user_id)
        found = find_role(roles, account.target_role) if account and account.target_role \
            else None
        if found is None:
            raise
        return role_to_job(found, taxonomy)


def find_role(roles: list[Role], name: str) -> Role | None:
    """The catalogue role whose title or alias equals ``name`` (ignoring case), else the
    first whose title contains it or is contained in it."""
    wanted = " ".join(name.lower().replace(" role", "").split())
    for role in roles:
        if wanted in (role.title.lower(), *(a.lower() for a in role.aliases)):
            return role
    return next((r for r in roles if wanted and (wanted in r.title.lower()
                                                 or r.title.lower() in wanted)), None)
