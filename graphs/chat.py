"""The chat graph: a model node that may call tools, and a ``ToolNode`` that runs them.

``model -> (tools -> model)* -> END``; when a tool opens a mock interview
(``start_interview``/``resume_interview`` answering ``"awaiting_answer": true``) the turn goes
``tools -> interview -> END`` instead: the interview subgraph (:mod:`graphs.interview`) asks
its questions and waits for each answer with ``interrupt``, whatever the model. When the
primary model raises (an LLM that errors or times out), the fallback model answers that turn
and the reply says so (Property 36). Tools marked destructive run only after the user's own
confirmation (:mod:`graphs.confirmation`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, SystemMessage
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.prebuilt import ToolNode, tools_condition

from graphs.confirmation import ConfirmationGate
from graphs.interview import opens_interview
from graphs.state import ChatState
from prompts.system import SYSTEM_PROMPT

log = logging.getLogger(__name__)

FALLBACK_FLAG = "hireready_fallback"
"""``additional_kwargs`` key set on replies written by the fallback model."""


def build_chat_graph(
    model: BaseChatModel,
    tools: Sequence[BaseTool],
    checkpointer: BaseCheckpointSaver[Any] | None = None,
    fallback: BaseChatModel | None = None,
    gate: ConfirmationGate | None = None,
    interview: CompiledStateGraph[Any, Any, Any, Any] | None = None,
) -> CompiledStateGraph[Any, Any, Any, Any]:
    """Compile the chat graph.

    Args:
        model: The chat model (offline, ``ChatOpenAI`` or a scripted fake in tests).
        tools: LLM-facing tools (see :func:`graphs.toolkit.make_tools`).
        checkpointer: Persists each thread's messages; ``None`` keeps nothing.
        fallback: Model used for a turn when ``model`` raises; ``None`` re-raises.
        gate: Confirmation gate for destructive tools (default: a new one for this graph).
        interview: The mock-interview subgraph (:func:`graphs.interview.build_interview_graph`);
            ``None`` leaves interview tool results to the model.

    Returns:
        The compiled graph; invoke it with ``{"messages": [...]}`` and a config whose
        ``configurable`` holds ``thread_id`` and ``user_id``.
    """
    primary = model.bind_tools(list(tools))
    backup = fallback.bind_tools(list(tools)) if fallback is not None else None

    def call_model(state: ChatState) -> dict[str, list[BaseMessage]]:
        messages = [SystemMessage(SYSTEM_PROMPT), *state["messages"]]
        return {"messages": [_invoke(primary, backup, messages)]}

    graph = StateGraph(ChatState)
    graph.add_node("model", call_model)
    graph.add_node("tools", ToolNode(list(tools), wrap_tool_call=gate or ConfirmationGate()))
    graph.add_edge(START, "model")
    graph.add_conditional_edges("model", tools_condition, {"tools": "tools", END: END})
    if interview is None:
        graph.add_edge("tools", "model")
    else:
        graph.add_node("interview", interview)
        graph.add_conditional_edges("tools", _after_tools,
                                    {"interview": "interview", "model": "model"})
        graph.add_edge("interview", END)
    return graph.compile(checkpointer=checkpointer)


def _after_tools(state: ChatState) -> str:
    return "interview" if opens_interview(state["messages"]) else "model"


def _invoke(primary: Runnable[Any, BaseMessage], backup: Runnable[Any, BaseMessage] | None,
            messages: Sequence[BaseMessage]) -> BaseMessage:
    try:
        return primary.invoke(messages)
    except Exception as error:
        if backup is None:
            raise
        log.warning("chat model failed (%s); answering with the offline model",
                    type(error).__name__)
        log.debug("chat model failure", exc_info=True)
    reply = backup.invoke(messages)
    if isinstance(reply, AIMessage):
        reply.additional_kwargs[FALLBACK_FLAG] = True
    return reply
