"""The offline rule-based chat model: picks tools and writes replies with no network.

It is a LangChain ``BaseChatModel`` with ``bind_tools`` so it drives the same LangGraph graph
as ``ChatOpenAI``: on a user message it emits an ``AIMessage`` with tool calls chosen by the
:class:`~agent.offline.router.IntentRouter`; after the tools have answered it writes the
reply from the templates in :mod:`prompts.chat`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from pydantic import ConfigDict

from agent.offline.replies import render_tool_result
from agent.offline.router import IntentRouter, Route
from prompts import chat as words

_PLAIN_REPLIES = {
    "help": words.HELP,
    "greeting": words.GREETING,
    "thanks": words.THANKS,
    "out_of_scope": words.OUT_OF_SCOPE,
    "small_talk": words.SMALL_TALK,
    "unsure": words.CLARIFY,
}

_TOOL_FOR_INTENT = {
    "parse_resume": "parse_resume",
    "show_profile": "show_profile",
    "read_job_description": "read_job_description",
    "list_jobs": "list_job_descriptions",
    "find_skill_gaps": "find_skill_gaps",
    "suggest_roles": "suggest_roles",
    "compare_jobs": "compare_job_descriptions",
    "review_resume": "review_resume",
    "add_skill": "add_resume_skill",
    "remove_skill": "remove_resume_skill",
    "set_role_end": "set_role_end_date",
    "confirm_profile": "confirm_profile",
    "use_resume": "use_resume",
    "create_roadmap": "create_roadmap",
    "show_roadmap": "show_roadmap",
    "mark_goal_done": "mark_goal_done",
    "mark_stage_done": "mark_stage_done",
    "adjust_roadmap": "adjust_roadmap",
    "export_roadmap": "export_roadmap",
    "find_resources": "find_resources",
    "rate_resource": "rate_learning_resource",
    "explain_topic": "explain_topic",
    "log_activity": "log_activity",
    "correct_activity": "correct_last_activity",
    "undo_activity": "undo_last_activity",
    "show_log": "show_activity_log",
    "show_progress": "show_progress",
}
"""Intent of the router -> tool the offline model calls."""


def tool_for(intent: str, args: dict[str, object]) -> str:
    """What the offline model does for an intent: a tool name, or ``reply:<intent>``."""
    if intent == "parse_resume" and "upload_id" not in args:
        return "review_resume"  # "analyse my resume" with no file: the stored one
    return _TOOL_FOR_INTENT.get(intent) or f"reply:{intent}"


class OfflineChatModel(BaseChatModel):
    """Deterministic chat model over an intent router and reply templates.

    Attributes:
        router: The intent router (patterns + nearest example).
        tool_names: Names of the tools bound with :meth:`bind_tools`.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    router: IntentRouter
    tool_names: tuple[str, ...] = ()

    @property
    def _llm_type(self) -> str:
        return "hireready-offline"

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """Return a copy that may call the given tools (only their names matter)."""
        names = tuple(t.name if isinstance(t, BaseTool) else getattr(t, "__name__", str(t))
                      for t in tools)
        return self.model_copy(update={"tool_names": names})

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        message = self._respond(messages)
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _respond(self, messages: list[BaseMessage]) -> AIMessage:
        results = _trailing_tool_results(messages)
        if results:
            return AIMessage(content="\n\n".join(
                render_tool_result(m.name or "", str(m.content)) for m in results))
        human = next((m for m in reversed(messages) if isinstance(m, HumanMessage)), None)
        if human is None:
            return AIMessage(content=words.GREETING)
        return self._act(self.router.route(str(human.content)), len(messages))

    def _act(self, route: Route, turn: int) -> AIMessage:
        tool = tool_for(route.intent, route.args)
        if tool in self.tool_names:
            calls = [{"name": tool, "args": dict(args), "id": f"call_{turn}_{n}_{tool}",
                      "type": "tool_call"}
                     for n, args in enumerate([*route.also, route.args])]
            return AIMessage(content="", tool_calls=calls)
        return AIMessage(content=_PLAIN_REPLIES.get(route.intent, words.CLARIFY))


def _trailing_tool_results(messages: list[BaseMessage]) -> list[ToolMessage]:
    """Tool messages after the last AI message, i.e. results still to be answered."""
    results: list[ToolMessage] = []
    for message in reversed(messages):
        if not isinstance(message, ToolMessage):
            break
        results.append(message)
    return list(reversed(results))
