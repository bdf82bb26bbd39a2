"""State of the chat graph."""

from __future__ import annotations

from langgraph.graph import MessagesState


class ChatState(MessagesState):
    """Messages of one conversation (thread), appended by the ``add_messages`` reducer.

    The user id is not part of the state: it travels in the run config
    (``configurable.user_id``) so a checkpoint never decides whose data a tool reads.
    """
