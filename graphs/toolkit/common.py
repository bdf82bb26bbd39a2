"""Helpers shared by the tool wrappers: the user id from the run config, results, and the
user's active resume and job description."""

from __future__ import annotations

import json
from typing import Any

from langchain_core.runnables import RunnableConfig
from sqlalchemy.orm import Session

import storage.repositories.jobs as job_repo
import storage.repositories.resumes as resume_repo
from prompts import errors as msg
from storage.repositories import active
from tools.errors import HireReadyError, NotFound
from tools.jobs.models import JobDescription
from tools.resume.models import ResumeProfile


def user_id_of(config: RunnableConfig) -> str:
    """The user id the composition root put in ``configurable.user_id``.

    Raises:
        KeyError: When the run has no user (a wiring bug, never user input).
    """
    return str(config["configurable"]["user_id"])


def error_result(error: HireReadyError) -> tuple[str, None]:
    """Tool content for a typed error: ``{"error": message, "guidance": next step}``."""
    return json.dumps({"error": error.message, "guidance": error.guidance}), None


def ok_result(payload: dict[str, Any], artifact: Any) -> tuple[str, Any]:
    """Tool content as JSON plus the typed artifact."""
    return json.dumps(payload, ensure_ascii=False), artifact


def active_profile(session: Session, user_id: str) -> tuple[str, ResumeProfile]:
    """The active resume's id and profile.

    Raises:
        NotFound: The user has no resume yet.
    """
    resume_id = active.active_resume_id(session, user_id)
    if resume_id is None:
        raise NotFound(msg.NO_RESUME, msg.NO_RESUME_NEXT)
    return resume_id, resume_repo.get_profile(session, user_id, resume_id)


def active_job(session: Session, user_id: str) -> tuple[str, JobDescription]:
    """The active job description's id and parsed form.

    Raises:
        NotFound: The user has no job description yet.
    """
    job_id = active.active_job_id(session, user_id)
    if job_id is None:
        raise NotFound(msg.NO_ACTIVE_JOB, msg.NO_ACTIVE_JOB_NEXT)
    return job_id, job_repo.get_job(session, user_id, job_id)
