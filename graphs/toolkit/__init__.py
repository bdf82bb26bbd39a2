"""LLM-facing tools: thin wrappers that inject the user and services around domain tools."""

from __future__ import annotations

from langchain_core.tools import BaseTool

from graphs.services import Services
from graphs.toolkit.resume import resume_tools


def make_tools(services: Services) -> list[BaseTool]:
    """Every LLM-facing tool, bound to the given services."""
    return [*resume_tools(services)]
