"""Resume tools for the model: read an uploaded resume, show the stored profile."""

from __future__ import annotations

from typing import Any

from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool, tool

import storage.repositories.resumes as resume_repo
from graphs.services import Services
from graphs.toolkit.common import active_profile, error_result, ok_result, user_id_of
from storage.repositories import active
from tools.documents import Document, resume_format
from tools.errors import HireReadyError
from tools.resume.canonical import canonicalize_skills
from tools.resume.parse import parse_resume as parse_document


def resume_tools(services: Services) -> list[BaseTool]:
    """The resume tools bound to ``services``."""

    @tool(response_format="content_and_artifact")
    def parse_resume(upload_id: str, config: RunnableConfig) -> tuple[str, Any]:
        """Read the resume the user attached and save it as their profile.

        Args:
            upload_id: The upload id from the "[attached file: NAME (upload id: ID)]" line.

        Returns the extracted name, contact, skills (with the section each was found in),
        education and experience, or an error with a next step.
        """
        user_id = user_id_of(config)
        try:
            filename, content = services.uploads.open(user_id, upload_id)
            document = Document(filename=filename, content=content)
            fmt = resume_format(document)
            profile = parse_document(document, services.skill_matcher())
            profile = canonicalize_skills(profile, services.skill_index())
        except HireReadyError as error:
            return error_result(error)
        with services.sessions.begin() as session:
            resume_repo.save_resume(session, user_id, filename, document.size, fmt,
                                    upload_id, profile)
            active.set_active_resume(session, user_id, None)
        return ok_result({"filename": filename, "profile": profile.model_dump()}, profile)

    @tool(response_format="content_and_artifact")
    def show_profile(config: RunnableConfig) -> tuple[str, Any]:
        """Show the profile of the user's active resume (the latest unless they chose one)."""
        try:
            with services.sessions() as session:
                resume_id, profile = active_profile(session, user_id_of(config))
                verified = resume_repo.is_verified(session, user_id_of(config), resume_id)
        except HireReadyError as error:
            return error_result(error)
        return ok_result({"profile": profile.model_dump(), "verified": verified}, profile)

    return [parse_resume, show_profile]
