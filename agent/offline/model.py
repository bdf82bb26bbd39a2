"""The offline rule-based chat model: picks tools and writes replies with no network.

It is a LangChain ``BaseChatModel`` with ``bind_tools`` so it drives the same LangGraph graph
as ``ChatOpenAI``: on a user message it emits an ``AIMessage`` with tool calls chosen by the
:class:`~agent.offline.router.IntentRouter`; after the tools have answered it writes the
reply from the templates in :mod:`prompts.chat`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from pydantic import ConfigDict

from agent.offline.arguments import ALTERNATIVES, REQUIRED
from agent.offline.context import RouteContext
from agent.offline.replies import render_tool_result
from agent.offline.router import IntentRouter, Route
from graphs.confirmation import awaiting_confirmation
from prompts import chat as words
from tools.confirmation import MAX_CONFIRMATION_CHARS

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
    "edit_activity": "edit_activity",
    "delete_activity": "delete_activity",
    "show_achievements": "show_achievements",
    "set_reminder": "set_reminders",
    "show_reminders": "show_reminders",
    "stop_reminders": "stop_reminders",
    "readiness": "show_readiness",
    "recommend_jobs": "recommend_jobs",
    "import_jobs": "import_job_postings",
    "export_data": "export_my_data",
    "delete_account": "delete_my_account",
    "start_interview": "start_interview",
    "resume_interview": "resume_interview",
    "interview_summary": "interview_summary",
    "show_preferences": "show_preferences",
    "set_preferences": "update_preferences",
}
"""Intent of the router -> tool the offline model calls."""


def tool_for(intent: str, args: dict[str, object]) -> str:
    """What the offline model does for an intent: a tool name, or ``reply:<intent>``."""
    if intent == "parse_resume" and "upload_id" not in args:
        return "review_resume"  # "analyse my resume" with no file: the stored one
    if intent == "find_resources" and "stage" in args and "skill" not in args:
        return "show_stage_resources"  # "resources for stage 2"
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
        pending = awaiting_confirmation(messages)
        if pending and may_confirm(str(human.content)):
            name, args = pending
            return AIMessage(content="", tool_calls=[{
                "name": name, "args": args, "id": f"call_{len(messages)}_confirm_{name}",
                "type": "tool_call"}])
        route = self.router.route(str(human.content), conversation_context(messages))
        return self._act(route, len(messages))

    def _act(self, route: Route, turn: int) -> AIMessage:
        tool = tool_for(route.intent, route.args)
        needed = REQUIRED.get(route.intent)
        if tool in self.tool_names and needed and not _has_any(route.args, needed):
            return AIMessage(content=words.ASK_FOR.get(needed, words.CLARIFY))
        if tool in self.tool_names:
            calls = [{"name": tool, "args": dict(args), "id": f"call_{turn}_{n}_{tool}",
                      "type": "tool_call"}
                     for n, args in enumerate([*route.also, route.args])]
            return AIMessage(content="", tool_calls=calls)
        return AIMessage(content=_PLAIN_REPLIES.get(route.intent, words.CLARIFY))


def _has_any(args: dict[str, object], needed: str) -> bool:
    """Whether ``args`` hold the required argument, or one of its alternatives."""
    return any(name in args for name in (needed, *ALTERNATIVES.get(needed, ())))


_INTENT_FOR_TOOL = {tool: intent for intent, tool in _TOOL_FOR_INTENT.items()} | {
    "show_stage_resources": "find_resources"}
_MAY_CONFIRM = re.compile(r"^\W*(?:yes|yep|yeah|yup|y|ok(?:ay)?|sure|confirm(?:ed)?|go ahead|"
                          r"do it|please do|i confirm|absolutely|correct)\b", re.I)
_CODE = re.compile(r"\b(?=[A-Z0-9]*\d)[A-Z0-9]{6}\b|\b[A-Z]{6}\b")
"""A one-time code as shown: six capitals or digits ("K7QF2M"), never an ordinary word in
lower case ("resume")."""


def may_confirm(text: str) -> bool:
    """A short reply that may confirm the pending destructive action ("yes, delete my
    account", "confirm K7QF2M"); the confirmation gate decides whether it really does."""
    return len(text) <= MAX_CONFIRMATION_CHARS and bool(_MAY_CONFIRM.search(text)
                                                        or _CODE.search(text))
AWAITING_ANSWER = "awaiting_answer"
"""Key of a tool's JSON output that is true while an interview question waits for the
user's answer (the next message is then an answer or an interview control)."""


def conversation_context(messages: Sequence[BaseMessage]) -> RouteContext:
    """The last request before the newest user message: its intent and arguments (from the
    last tool call) and whether an interview question is waiting for an answer (from the
    last tool result)."""
    intent: str | None = None
    args: dict[str, object] = {}
    waiting = False
    for message in reversed(messages[:-1]):
        if isinstance(message, ToolMessage) and intent is None and not waiting:
            waiting = _awaits_answer(message)
        if isinstance(message, AIMessage) and message.tool_calls:
            call = message.tool_calls[-1]
            intent = _INTENT_FOR_TOOL.get(call["name"])
            args = dict(call["args"])
            break
    return RouteContext(intent=intent, args=args, interview_active=waiting)


def _awaits_answer(message: ToolMessage) -> bool:
    try:
        data = json.loads(str(message.content))
    except (TypeError, ValueError):
        return False
    return isinstance(data, dict) and data.get(AWAITING_ANSWER) is True


def _trailing_tool_results(messages: list[BaseMessage]) -> list[ToolMessage]:
    """Tool messages after the last AI message, i.e. results still to be answered."""
    results: list[ToolMessage] = []
    for message in reversed(messages):
        if not isinstance(message, ToolMessage):
            break
        results.append(message)
    return list(reversed(results))
