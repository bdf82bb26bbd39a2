"""Browser chat history: threads, their steps (messages and tool calls) and element names.

These tables are the record the web app's sidebar lists and a resumed chat redraws; the
conversation state itself lives in the LangGraph checkpoints, keyed ``<user id>:<thread id>``
with the same thread id. Ids are the web app's own (UUID strings). Every row carries the
owning user's id and goes when the user is deleted (Property 28). Elements keep only names
and display details, never file contents: uploads live in the upload store.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.orm.base import Base, created_column, user_id_column

CHAT_ID_LENGTH = 64
"""Longest thread, step or element id accepted (the web app's ids are 36-character UUIDs)."""


def _thread_column() -> Mapped[str]:
    """The owning thread; the row goes with it."""
    return mapped_column(
        String(CHAT_ID_LENGTH), ForeignKey("hr_chat_threads.id", ondelete="CASCADE"), index=True
    )


class ChatThread(Base):
    """One conversation in the browser.

    ``name`` is the first thing the user wrote (shown in the sidebar); ``meta`` (column
    ``metadata``) is the web session's saved state; ``updated_at`` moves on each new step so
    the sidebar lists the latest conversations first.
    """

    __tablename__ = "hr_chat_threads"

    id: Mapped[str] = mapped_column(String(CHAT_ID_LENGTH), primary_key=True)
    user_id: Mapped[str] = user_id_column()
    name: Mapped[str | None] = mapped_column(String(255))
    tags: Mapped[list[str] | None] = mapped_column(JSON)
    meta: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSON)
    created_at: Mapped[datetime] = created_column()
    updated_at: Mapped[datetime] = mapped_column(index=True)


class ChatStep(Base):
    """A message or tool call shown in a thread.

    Shown in ``created_at`` order; ``seq`` (arrival order in the thread) breaks ties.

    ``step_type`` is the web app's kind (``user_message``, ``assistant_message``,
    ``system_message``, ``tool``, …). ``feedback_value`` is 1 (helpful) or 0 (not) when the
    user rated the message.
    """

    __tablename__ = "hr_chat_steps"

    id: Mapped[str] = mapped_column(String(CHAT_ID_LENGTH), primary_key=True)
    thread_id: Mapped[str] = _thread_column()
    user_id: Mapped[str] = user_id_column()
    seq: Mapped[int] = mapped_column(Integer)
    parent_id: Mapped[str | None] = mapped_column(String(CHAT_ID_LENGTH))
    name: Mapped[str] = mapped_column(String(255), default="")
    step_type: Mapped[str] = mapped_column(String(32))
    input: Mapped[str | None] = mapped_column(Text)
    output: Mapped[str | None] = mapped_column(Text)
    is_error: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str | None] = mapped_column(String(32))
    show_input: Mapped[str | None] = mapped_column(String(32))
    meta: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSON)
    tags: Mapped[list[str] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = created_column()
    started_at: Mapped[datetime | None] = mapped_column()
    ended_at: Mapped[datetime | None] = mapped_column()
    feedback_value: Mapped[int | None] = mapped_column(Integer)
    feedback_comment: Mapped[str | None] = mapped_column(Text)


class ChatElement(Base):
    """A file, chart or other attachment shown in a thread: its name and how it was shown.

    ``for_id`` is the step it belongs to (not a foreign key: an element can be recorded
    before its step). No content is stored.
    """

    __tablename__ = "hr_chat_elements"

    id: Mapped[str] = mapped_column(String(CHAT_ID_LENGTH), primary_key=True)
    thread_id: Mapped[str] = _thread_column()
    user_id: Mapped[str] = user_id_column()
    for_id: Mapped[str | None] = mapped_column(String(CHAT_ID_LENGTH))
    element_type: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str | None] = mapped_column(String(255))
    display: Mapped[str | None] = mapped_column(String(16))
    size: Mapped[str | None] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = created_column()


__all__ = ["CHAT_ID_LENGTH", "ChatElement", "ChatStep", "ChatThread"]
