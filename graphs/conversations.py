"""A user's conversations in the LangGraph checkpointer: list, export and delete them.

Threads are namespaced ``<user id>:<thread id>`` by :mod:`agent.runtime` and every
checkpoint's metadata carries ``user_id`` (LangGraph copies the run config's
``configurable`` values into it), so a user's threads are found by that metadata and
nothing of another user is read or deleted.
"""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, ToolMessage
from langgraph.checkpoint.base import BaseCheckpointSaver


def user_threads(saver: BaseCheckpointSaver[Any], user_id: str) -> list[str]:
    """Internal thread ids (``<user id>:<thread>``) with checkpoints of ``user_id``.

    Returns:
        Distinct thread ids, sorted.
    """
    found = {str(item.config["configurable"]["thread_id"])
             for item in saver.list(None, filter={"user_id": user_id})}
    prefix = f"{user_id}:"
    return sorted(thread for thread in found if thread.startswith(prefix))


def export_conversations(saver: BaseCheckpointSaver[Any], user_id: str
                         ) -> list[dict[str, Any]]:
    """The latest messages of every conversation of a user.

    Returns:
        ``[{"thread_id": face thread id, "messages": [{"role", "content", "name"?,
        "tool_calls"?}]}]``, one entry per thread, in thread-id order. ``role`` is ``human``,
        ``ai``, ``tool`` or ``system``.
    """
    conversations = []
    for thread in user_threads(saver, user_id):
        latest = saver.get_tuple({"configurable": {"thread_id": thread, "checkpoint_ns": ""}})
        values = latest.checkpoint["channel_values"] if latest else {}
        messages = values.get("messages", []) if isinstance(values, dict) else []
        conversations.append({"thread_id": thread.split(":", 1)[1],
                              "messages": [_message(m) for m in messages
                                           if isinstance(m, BaseMessage)]})
    return conversations


def delete_conversations(saver: BaseCheckpointSaver[Any], user_id: str) -> int:
    """Delete every checkpoint (all namespaces, pending writes included) of a user's threads.

    Returns:
        The number of threads deleted.
    """
    threads = user_threads(saver, user_id)
    for thread in threads:
        saver.delete_thread(thread)
    return len(threads)


def _message(message: BaseMessage) -> dict[str, Any]:
    entry: dict[str, Any] = {"role": message.type, "content": message.content}
    if message.name:
        entry["name"] = message.name
    if isinstance(message, AIMessage) and message.tool_calls:
        entry["tool_calls"] = [{"name": c["name"], "args": c["args"]}
                               for c in message.tool_calls]
    if isinstance(message, ToolMessage):
        entry["tool_call_id"] = message.tool_call_id
    return entry
