"""The OpenAI-compatible path end to end against a fake server on 127.0.0.1."""

from __future__ import annotations

from fake_openai import completion, fake_openai
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langchain_core.runnables import RunnableConfig
from langchain_core.tools import tool
from langchain_openai import ChatOpenAI
from langgraph.checkpoint.memory import InMemorySaver

from agent.models import make_chat_model, make_offline_model
from agent.offline.model import OfflineChatModel
from agent.settings import Settings
from graphs.chat import FALLBACK_FLAG, build_chat_graph


@tool
def show_profile(config: RunnableConfig) -> str:
    """Show the user's profile."""
    return '{"profile": {"name": "Ada", "skills": [{"name": "Python"}]}}'


CONFIG: RunnableConfig = {"configurable": {"thread_id": "t", "user_id": "u"}}


def test_no_llm_variables_give_the_offline_model(data_dir: object) -> None:
    assert isinstance(make_chat_model(Settings(), None), OfflineChatModel)


def test_chat_openai_calls_the_tool_the_server_asks_for(data_dir: object) -> None:
    replies = [completion(tool_call=("show_profile", {})),
               completion(content="Your profile lists Python.")]
    with fake_openai(replies) as (url, received):
        model = make_chat_model(Settings(openai_base_url=url, openai_api_key="k"), None)
        assert isinstance(model, ChatOpenAI)
        graph = build_chat_graph(model, [show_profile], InMemorySaver())
        out = graph.invoke({"messages": [HumanMessage("show my profile")]}, CONFIG)
    assert [m.name for m in out["messages"] if isinstance(m, ToolMessage)] == ["show_profile"]
    assert out["messages"][-1].content == "Your profile lists Python."
    assert received[0]["tools"][0]["function"]["name"] == "show_profile"
    assert received[0]["messages"][0]["role"] == "system"


def test_server_error_falls_back_to_the_offline_model(data_dir: object) -> None:
    with fake_openai([], status=500) as (url, _):
        model = make_chat_model(Settings(openai_base_url=url, openai_api_key="k"), None)
        graph = build_chat_graph(model, [show_profile], InMemorySaver(),
                                 fallback=make_offline_model(None))
        out = graph.invoke({"messages": [HumanMessage("show my profile")]}, CONFIG)
    last = out["messages"][-1]
    assert isinstance(last, AIMessage)
    assert last.additional_kwargs.get(FALLBACK_FLAG) is True
    assert "Python" in str(last.content)
