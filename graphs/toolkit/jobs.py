"""Job-description tools for the model: read one (pasted or attached), list, choose."""

from __future__ import annotations

from typing import Any

from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool, tool

import storage.repositories.jobs as job_repo
from graphs.services import Services
from graphs.toolkit.common import error_result, ok_result, user_id_of
from prompts import errors as msg
from prompts.chat import PASTED_JOB_TITLE
from storage.repositories import active
from tools.documents import Document
from tools.errors import HireReadyError, InvalidInput, NotFound
from tools.jobs.canonical import canonicalize_job_skills
from tools.jobs.models import JobDescription
from tools.jobs.parse import job_description_text, parse_job_description


def job_tools(services: Services) -> list[BaseTool]:
    """The job-description tools bound to ``services``."""

    @tool(response_format="content_and_artifact")
    def read_job_description(config: RunnableConfig, text: str = "",
                             upload_id: str = "") -> tuple[str, Any]:
        """Read a job description the user pasted (text) or attached (upload_id), store it
        and make it the active job for skill-gap analysis.

        Args:
            text: The pasted job description, verbatim.
            upload_id: The upload id from an "[attached file: …]" line, for a file.
        """
        user_id = user_id_of(config)
        try:
            source, body = _job_text(services, user_id, text, upload_id)
            job = canonicalize_job_skills(parse_job_description(body, services.skill_matcher()),
                                          services.skill_index())
            _check_is_job(job)
        except HireReadyError as error:
            return error_result(error)
        with services.sessions.begin() as session:
            job_id = job_repo.save_job(session, user_id, job, body, source=source,
                                       fallback_title=PASTED_JOB_TITLE)
            active.set_active_job(session, user_id, job_id)
        return ok_result({"job_id": job_id, "job": job.model_dump()}, job)

    @tool(response_format="content_and_artifact")
    def list_job_descriptions(config: RunnableConfig) -> tuple[str, Any]:
        """List the job descriptions the user has given, newest first, marking the active one."""
        user_id = user_id_of(config)
        with services.sessions() as session:
            stored = job_repo.list_jobs(session, user_id)
            current = active.active_job_id(session, user_id)
        rows = [{"title": j.title, "company": j.company, "skills": j.skill_count,
                 "active": j.id == current} for j in stored]
        return ok_result({"jobs": rows}, stored)

    return [read_job_description, list_job_descriptions]


def pick_job(stored: list[job_repo.StoredJob], which: str) -> job_repo.StoredJob | None:
    """A stored job by 'latest', a 1-based number, or words of its title or company."""
    wanted = which.strip().lower()
    if not stored:
        return None
    if not wanted or wanted in ("latest", "newest", "new", "last", "recent"):
        return stored[0]
    if wanted.isdigit() and 1 <= int(wanted) <= len(stored):
        return stored[len(stored) - int(wanted)]
    for job in stored:
        label = f"{job.title} {job.company or ''}".lower()
        if wanted in label or all(word in label for word in wanted.split()):
            return job
    return None


def _job_text(services: Services, user_id: str, text: str, upload_id: str) -> tuple[str, str]:
    if upload_id:
        filename, content = services.uploads.open(user_id, upload_id)
        return "file", job_description_text(Document(filename=filename, content=content))
    if not text.strip():
        raise InvalidInput(msg.NOT_A_JOB, msg.NOT_A_JOB_NEXT)
    return "pasted", text


def _check_is_job(job: JobDescription) -> None:
    if not (job.skills or job.years_experience or job.education):
        raise NotFound(msg.NOT_A_JOB, msg.NOT_A_JOB_NEXT)
