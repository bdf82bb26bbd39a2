"""Profile tools for the model: corrections in chat, confirmation, choosing a resume."""

from __future__ import annotations

from typing import Any

from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool, tool

import storage.repositories.resumes as resume_repo
from graphs.services import Services
from graphs.toolkit.common import active_profile, error_result, ok_result, user_id_of
from prompts import errors as msg
from storage.repositories import active
from tools.errors import HireReadyError, NotFound
from tools.resume.corrections import add_skill, remove_skill, set_experience_end
from tools.resume.models import ResumeProfile

OLDER_WORDS = ("older", "previous", "earlier", "old", "last one", "other")


def profile_tools(services: Services) -> list[BaseTool]:
    """The profile-editing tools bound to ``services``."""

    def _edit(config: RunnableConfig, change: Any, verified: bool | None = None
              ) -> tuple[str, Any]:
        user_id = user_id_of(config)
        try:
            with services.sessions.begin() as session:
                resume_id, profile = active_profile(session, user_id)
                updated: ResumeProfile = change(profile)
                resume_repo.update_profile(session, user_id, resume_id, updated,
                                           verified=verified)
        except HireReadyError as error:
            return error_result(error)
        return ok_result({"profile": updated.model_dump(), "verified": bool(verified)}, updated)

    @tool(response_format="content_and_artifact")
    def add_resume_skill(skill: str, config: RunnableConfig, level: str = "") -> tuple[str, Any]:
        """Add a skill the user says they have but the resume did not show.

        Args:
            skill: The skill as the user wrote it, e.g. "Terraform".
            level: Optional level, e.g. "advanced".
        """
        return _edit(config, lambda p: add_skill(p, skill, services.skill_index(),
                                                 level=level or None))

    @tool(response_format="content_and_artifact")
    def remove_resume_skill(skill: str, config: RunnableConfig) -> tuple[str, Any]:
        """Remove a skill the user says they do not have, e.g. "Java"."""
        return _edit(config, lambda p: remove_skill(p, skill, services.skill_index()))

    @tool(response_format="content_and_artifact")
    def set_role_end_date(company: str, end: str, config: RunnableConfig) -> tuple[str, Any]:
        """Record when the user left an employer.

        Args:
            company: The employer, e.g. "Acme".
            end: When they left: "2023", "2023-03", "March 2023" or "present".
        """
        return _edit(config, lambda p: set_experience_end(p, company, end))

    @tool(response_format="content_and_artifact")
    def confirm_profile(config: RunnableConfig) -> tuple[str, Any]:
        """Mark the active profile as checked and confirmed by the user (verified)."""
        return _edit(config, lambda p: p, verified=True)

    @tool(response_format="content_and_artifact")
    def use_resume(which: str, config: RunnableConfig) -> tuple[str, Any]:
        """Choose which uploaded resume is active.

        Args:
            which: "latest", "older"/"previous", or part of the file name.
        """
        user_id = user_id_of(config)
        with services.sessions.begin() as session:
            stored = resume_repo.list_resumes(session, user_id)
            chosen = _pick_resume(stored, which)
            if chosen is None:
                return error_result(NotFound(msg.NO_SUCH_RESUME.format(which=which),
                                             msg.NO_SUCH_RESUME_NEXT))
            active.set_active_resume(session, user_id, chosen.id)
        return ok_result({"file_name": chosen.file_name, "uploaded_at":
                          chosen.uploaded_at.isoformat(), "skill_count": chosen.skill_count,
                          "resumes": len(stored)}, chosen)

    return [add_resume_skill, remove_resume_skill, set_role_end_date, confirm_profile,
            use_resume]


def _pick_resume(stored: list[Any], which: str) -> Any:
    """Newest first in ``stored``: 'latest' -> first, 'older' -> second, else by file name."""
    if not stored:
        return None
    wanted = which.strip().lower()
    if not wanted or wanted in ("latest", "newest", "new", "current", "recent"):
        return stored[0]
    if any(word in wanted for word in OLDER_WORDS):
        return stored[1] if len(stored) > 1 else None
    return next((r for r in stored if wanted in r.file_name.lower()), None)
