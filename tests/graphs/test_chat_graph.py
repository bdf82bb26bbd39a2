"""The chat graph with a scripted fake model: tool calls, checkpoints, fallback."""

from __future__ import annotations

import pytest
from fakes import scripted
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langchain_core.runnables import RunnableConfig
from langchain_core.tools import tool
from langgraph.checkpoint.memory import InMemorySaver

from graphs.chat import FALLBACK_FLAG, build_chat_graph

calls: list[tuple[str, str]] = []


@tool
def echo_skill(skill: str, config: RunnableConfig) -> str:
    """Echo a skill name back with the user id."""
    user = config["configurable"]["user_id"]
    calls.append((user, skill))
    return f'{{"skill": "{skill}", "user": "{user}"}}'


def _config(thread: str = "t1") -> RunnableConfig:
    return {"configurable": {"thread_id": thread, "user_id": "u1"}}


def test_model_calls_a_tool_then_answers_and_the_thread_is_checkpointed() -> None:
    calls.clear()
    model = scripted(
        AIMessage("", tool_calls=[{"name": "echo_skill", "args": {"skill": "Docker"},
                                   "id": "c1", "type": "tool_call"}]),
        AIMessage("You know Docker."),
        AIMessage("Still here."),
    )
    graph = build_chat_graph(model, [echo_skill], InMemorySaver())
    out = graph.invoke({"messages": [HumanMessage("docker?")]}, _config())
    tool_messages = [m for m in out["messages"] if isinstance(m, ToolMessage)]
    assert calls == [("u1", "Docker")]
    assert '"skill": "Docker"' in str(tool_messages[0].content)
    assert out["messages"][-1].content == "You know Docker."
    again = graph.invoke({"messages": [HumanMessage("and now?")]}, _config())
    assert [m.content for m in again["messages"] if isinstance(m, HumanMessage)] == [
        "docker?", "and now?"]


def test_threads_are_separate() -> None:
    model = scripted(AIMessage("one"), AIMessage("two"))
    graph = build_chat_graph(model, [echo_skill], InMemorySaver())
    graph.invoke({"messages": [HumanMessage("a")]}, _config("x"))
    out = graph.invoke({"messages": [HumanMessage("b")]}, _config("y"))
    assert len(out["messages"]) == 2


class _Broken(type(scripted())):  # type: ignore[misc]
    def invoke(self, *args: object, **kwargs: object) -> AIMessage:
        raise TimeoutError("LLM timed out")


def test_fallback_model_answers_when_the_primary_fails() -> None:
    broken = _Broken(messages=iter([]))
    graph = build_chat_graph(broken, [echo_skill], InMemorySaver(),
                             fallback=scripted(AIMessage("offline answer")))
    out = graph.invoke({"messages": [HumanMessage("hi")]}, _config())
    last = out["messages"][-1]
    assert last.content == "offline answer"
    assert last.additional_kwargs[FALLBACK_FLAG] is True


def test_without_fallback_the_error_propagates() -> None:
    graph = build_chat_graph(_Broken(messages=iter([])), [echo_skill], InMemorySaver())
    with pytest.raises(TimeoutError):
        graph.invoke({"messages": [HumanMessage("hi")]}, _config())
