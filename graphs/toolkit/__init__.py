"""LLM-facing tools: thin wrappers that inject the user and services around domain tools."""

from __future__ import annotations

from langchain_core.tools import BaseTool

from graphs.services import Services
from graphs.toolkit.account import account_tools
from graphs.toolkit.gaps import gap_tools
from graphs.toolkit.interview import interview_tools
from graphs.toolkit.jobs import job_tools
from graphs.toolkit.preferences import preference_tools
from graphs.toolkit.profile import profile_tools
from graphs.toolkit.progress import progress_tools
from graphs.toolkit.readiness import readiness_tools
from graphs.toolkit.reminders import reminder_tools
from graphs.toolkit.resources import resource_tools
from graphs.toolkit.resume import resume_tools
from graphs.toolkit.roadmap import roadmap_tools


def make_tools(services: Services) -> list[BaseTool]:
    """Every LLM-facing tool, bound to the given services."""
    return [*resume_tools(services), *profile_tools(services), *job_tools(services),
            *gap_tools(services), *roadmap_tools(services), *resource_tools(services),
            *progress_tools(services),
            *account_tools(services), *readiness_tools(services), *reminder_tools(services),
            *interview_tools(services), *preference_tools(services)]
