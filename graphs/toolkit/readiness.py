"""Readiness tools for the model: the readiness score with its parts, trend and next steps;
job recommendations; importing a file of job postings. Every number comes from
:mod:`tools.readiness` and :mod:`tools.gaps`."""

from __future__ import annotations

from typing import Any

from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool, tool
from sqlalchemy.orm import Session

import storage.repositories.interviews as interview_repo
import storage.repositories.jobs as job_repo
import storage.repositories.readiness as readiness_repo
import storage.repositories.resumes as resume_repo
import storage.repositories.roadmaps as roadmap_repo
import storage.repositories.users as user_repo
from graphs.services import Services
from graphs.toolkit.common import error_result, ok_result, user_id_of
from graphs.toolkit.gaps import find_role
from prompts import readiness as words
from storage.repositories import active
from tools.errors import HireReadyError, InvalidInput
from tools.gaps.analysis import analyze_gaps
from tools.gaps.compare import job_label
from tools.gaps.models import GapReport
from tools.gaps.roles import role_to_job
from tools.jobs.models import JobDescription
from tools.postings import prepare_postings, read_postings
from tools.postings.models import ImportSummary
from tools.readiness import (
    interview_part,
    match_postings,
    practice_part,
    readiness_score,
    readiness_trend,
    skill_part,
)
from tools.readiness import recommend_jobs as recommend_openings
from tools.readiness.inputs import roadmap_learned_skills
from tools.readiness.models import (
    JOB_SEARCH_THRESHOLD,
    JobRecommendations,
    Posting,
    Readiness,
)
from tools.resume.models import ResumeProfile


def readiness_tools(services: Services) -> list[BaseTool]:
    """The readiness, job-recommendation and posting-import tools bound to ``services``."""

    @tool(response_format="content_and_artifact")
    def show_readiness(config: RunnableConfig) -> tuple[str, Any]:
        """How ready the user is for the job search: a readiness score 0-100 = 0.4 x skill
        acquisition + 0.3 x practice completion + 0.3 x interview performance, each part with
        its details, the trend over time with the weekly improvement rate, and concrete next
        steps. Use for "how ready am I?", "my readiness score", "am I job ready?"."""
        try:
            readiness = compute_readiness(services, user_id_of(config))
        except HireReadyError as error:
            return error_result(error)
        return ok_result(readiness_payload(readiness), readiness)

    @tool(response_format="content_and_artifact")
    def recommend_jobs(config: RunnableConfig) -> tuple[str, Any]:
        """Recommend job openings from the postings the user saved or imported, best match
        first (top 5), once their readiness score is above 75; below that, say what to do
        first. Use for "which jobs should I apply to?", "recommend jobs"."""
        user_id = user_id_of(config)
        try:
            readiness = compute_readiness(services, user_id)
            result = recommendations(services, user_id, readiness)
        except HireReadyError as error:
            return error_result(error)
        return ok_result(recommendations_payload(result), result)

    @tool(response_format="content_and_artifact")
    def import_job_postings(config: RunnableConfig, upload_id: str) -> tuple[str, Any]:
        """Import a file of job postings the user attached (JSON list or CSV with title,
        company, url, description) so they can be matched and recommended.

        Args:
            upload_id: The upload id from the "[attached file: NAME (upload id: ID)]" line.
        """
        user_id = user_id_of(config)
        try:
            filename, content = services.uploads.open(user_id, upload_id)
            summary = import_postings(services, user_id, filename, content)
        except HireReadyError as error:
            return error_result(error)
        return ok_result({"filename": filename, **summary.model_dump()}, summary)

    return [show_readiness, recommend_jobs, import_job_postings]


def import_postings(services: Services, user_id: str, filename: str,
                    content: bytes) -> ImportSummary:
    """Read, parse and store a file of postings for a user (the CLI uses it too).

    Raises:
        UnsupportedFile: Wrong type, empty, too large or not UTF-8.
        InvalidInput: Broken JSON/CSV, no postings, too many.
    """
    postings_file = read_postings(filename, content)
    parsed, problems = prepare_postings(postings_file.rows, services.skill_matcher(),
                                        services.skill_index())
    with services.sessions.begin() as session:
        return job_repo.save_postings(session, user_id, parsed,
                                      [*postings_file.problems, *problems],
                                      total=postings_file.total, now=services.now())


def compute_readiness(services: Services, user_id: str) -> Readiness:
    """The user's readiness now, with its trend; records a snapshot for the history.

    Skills come from the active job description, else the user's target role, else the
    active roadmap's target role; practice from the active roadmap's goals; interviews from
    the completed mock interviews (the last 3). Reads in one session, computes outside any
    transaction, then writes the snapshot in a short one.
    """
    with services.sessions() as session:
        profile = _profile(session, user_id)
        found = roadmap_repo.get_active_roadmap(session, user_id)
        roadmap = found[1] if found else None
        target, job = _target(services, session, user_id,
                              roadmap.target_role if roadmap else None)
        done = interview_repo.completed_interviews(session, user_id)
        history = readiness_repo.readiness_history(session, user_id)
    report = _report(services, profile, job) if job is not None else None
    skills = skill_part(report, roadmap_learned_skills(roadmap), target,
                        has_resume=profile is not None)
    readiness = readiness_score(skills, practice_part(roadmap, services.today()),
                                interview_part(done))
    now = services.now()
    trend = readiness_trend(history, readiness.score, now)
    with services.sessions.begin() as session:
        readiness_repo.record_readiness(session, user_id, readiness, now)
    return readiness.model_copy(update={"trend": trend})


def recommendations(services: Services, user_id: str,
                    readiness: Readiness) -> JobRecommendations:
    """Openings to recommend at ``readiness``: postings are matched only when it is above 75."""
    with services.sessions() as session:
        stored = job_repo.list_postings(session, user_id)
        profile = _profile(session, user_id)
    if not readiness.ready_for_job_search:
        return recommend_openings(readiness, [], known=len(stored))
    postings = [(Posting(id=s.id, title=s.title, company=s.company, url=s.url,
                         source=s.source), job) for s, job in stored]
    matches = match_postings(profile or ResumeProfile(), postings, services.skill_index(),
                             services.taxonomy(), today=services.today())
    return recommend_openings(readiness, matches)


def _profile(session: Session, user_id: str) -> ResumeProfile | None:
    resume_id = active.active_resume_id(session, user_id)
    return resume_repo.get_profile(session, user_id, resume_id) if resume_id else None


def _target(services: Services, session: Session, user_id: str,
            roadmap_role: str | None) -> tuple[str | None, JobDescription | None]:
    job_id = active.active_job_id(session, user_id)
    if job_id is not None:
        job = job_repo.get_job(session, user_id, job_id)
        return job_label(job, 0), job
    account = user_repo.get_user(session, user_id)
    for name in (account.target_role if account else None, roadmap_role):
        role = find_role(services.roles(), name) if name else None
        if role is not None:
            return role.title, role_to_job(role, services.taxonomy())
    return None, None


def _report(services: Services, profile: ResumeProfile | None,
            job: JobDescription) -> GapReport | None:
    try:
        return analyze_gaps(profile or ResumeProfile(), job, services.skill_index(),
                            services.taxonomy(), today=services.today())
    except InvalidInput:
        return None


def readiness_payload(readiness: Readiness) -> dict[str, Any]:
    """The JSON the model (and the gauge chart) sees: ``score``, ``breakdown`` by part,
    ``improvements``, ``trend`` and a ``gauge`` with its bands."""
    trend = readiness.trend
    return {
        "score": readiness.score,
        "ready_for_job_search": readiness.ready_for_job_search,
        "threshold": JOB_SEARCH_THRESHOLD,
        "breakdown": {p.name: {"label": words.PART_LABELS[p.name], "score": p.score,
                               "weight": p.weight, "detail": p.detail,
                               "has_data": p.has_data, "figures": p.figures}
                      for p in readiness.parts},
        "improvements": [s.model_dump() for s in readiness.improvements],
        "trend": None if trend is None else {
            "weekly_rate": trend.weekly_rate, "direction": trend.direction,
            "days": trend.days, "first_score": trend.first_score,
            "points": [{"at": p.taken_at.isoformat(), "score": p.score}
                       for p in trend.points]},
        "gauge": {"value": readiness.score, "min": 0, "max": 100,
                  "threshold": JOB_SEARCH_THRESHOLD,
                  "bands": [{"from": low, "to": high, "label": label}
                            for low, high, label in words.GAUGE_BANDS]},
    }


def recommendations_payload(result: JobRecommendations) -> dict[str, Any]:
    """The JSON of :func:`recommend_jobs`: ``jobs`` ranked with their match, and a ``note``."""
    return {
        "readiness": result.readiness, "threshold": result.threshold,
        "eligible": result.eligible, "known": result.known, "note": result.note,
        "jobs": [{"rank": rank, "title": m.posting.title, "company": m.posting.company,
                  "url": m.posting.url, "source": m.posting.source,
                  "match_percentage": m.match_percentage, "critical_gaps": m.critical_gaps,
                  "top_gaps": m.top_gaps} for rank, m in enumerate(result.jobs, start=1)],
        "first_steps": [s.model_dump() for s in result.first_steps],
    }
