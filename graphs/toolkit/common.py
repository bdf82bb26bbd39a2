"""Helpers shared by the tool wrappers: the user id from the run config, error results."""

from __future__ import annotations

import json
from typing import Any

from langchain_core.runnables import RunnableConfig

from tools.errors import HireReadyError


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
