"""Browser chat history: threads with their steps and element names, per user.

Rows are ``hr_chat_threads``, ``hr_chat_steps`` and ``hr_chat_elements``. Functions take a
``Session`` first and never commit (the caller owns the transaction). Every read and write
names the acting user and only touches that user's threads: a thread of someone else is
treated as absent (reads give ``None``/nothing, writes are refused with ``False``), so its
existence is not revealed. Writes made with no known user (``user_id=None``) go to the
thread's owner and never create a thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, exists, func, or_, select
from sqlalchemy.orm import Session

from storage.orm.base import as_utc
from storage.orm.chat_history import ChatElement, ChatStep, ChatThread
from storage.orm.users import User

MAX_PAGE = 100
"""Most threads one :func:`list_threads` call returns."""


@dataclass(frozen=True)
class ThreadRecord:
    """A conversation as stored.

    Attributes:
        id: The web app's thread id.
        user_id: Owner's id.
        username: Owner's login name.
        name: First thing the user wrote, if any yet.
        tags: Free tags, if any.
        metadata: The web session's saved state, if any.
        created_at: When it was first stored (aware, UTC).
        updated_at: When a step was last added or changed (aware, UTC).
    """

    id: str
    user_id: str
    username: str
    name: str | None
    tags: list[str] | None
    metadata: dict[str, Any] | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class StepRecord:
    """A message or tool call; ``None`` fields are "not given" when saving.

    Attributes:
        id: Step id.
        thread_id: Thread it belongs to.
        step_type: ``user_message``, ``assistant_message``, ``tool``, … (required to create).
        name: Author or tool name.
        parent_id: Enclosing step, if any.
        input: Tool input (text), if any.
        output: Message text or tool output, if any.
        is_error: True when the step reported an error.
        language: Language used to show the output (``json``, …).
        show_input: How to show the input (``"true"``, ``"false"``, ``"json"``, …).
        metadata: Free JSON.
        tags: Free tags.
        created_at: When the step was made (aware; default now).
        started_at: When it started (aware), if known.
        ended_at: When it ended (aware), if known.
        feedback_value: 1 helpful, 0 not helpful, ``None`` unrated (read only here).
        feedback_comment: The user's comment on the rating (read only here).
    """

    id: str
    thread_id: str
    step_type: str | None = None
    name: str | None = None
    parent_id: str | None = None
    input: str | None = None
    output: str | None = None
    is_error: bool | None = None
    language: str | None = None
    show_input: str | None = None
    metadata: dict[str, Any] | None = None
    tags: list[str] | None = None
    created_at: datetime | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    feedback_value: int | None = None
    feedback_comment: str | None = None


@dataclass(frozen=True)
class ElementRecord:
    """A file, chart or other attachment shown in a thread: name and display only.

    Attributes:
        id: Element id.
        thread_id: Thread it belongs to.
        element_type: ``file``, ``pdf``, ``plotly``, ``image``, …
        name: Its name (a file name for files).
        for_id: The step it is attached to, if any.
        mime: MIME type, if known.
        display: ``inline``, ``side`` or ``page``, if given.
        size: ``small``, ``medium`` or ``large``, if given.
        language: Language of a text element, if given.
    """

    id: str
    thread_id: str
    element_type: str
    name: str
    for_id: str | None = None
    mime: str | None = None
    display: str | None = None
    size: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class ThreadView:
    """A thread with its steps (in order) and elements, for redrawing it."""

    thread: ThreadRecord
    steps: list[StepRecord] = field(default_factory=list)
    elements: list[ElementRecord] = field(default_factory=list)


@dataclass(frozen=True)
class ThreadPage:
    """One page of a user's threads, most recently updated first.

    Attributes:
        threads: The threads on this page.
        has_next: True when more threads follow.
        next_cursor: Pass as ``cursor`` for the next page (the last thread's id), if any.
    """

    threads: list[ThreadRecord]
    has_next: bool

    @property
    def next_cursor(self) -> str | None:
        """Id of the last thread on the page, or ``None`` when the page is empty."""
        return self.threads[-1].id if self.threads else None


# -- threads --------------------------------------------------------------------------------
def save_thread(session: Session, thread_id: str, user_id: str | None, *,
                name: str | None = None, tags: list[str] | None = None,
                metadata: dict[str, Any] | None = None,
                now: datetime | None = None) -> bool:
    """Create the thread for ``user_id`` or update the given fields of the user's thread.

    Args:
        session: Open session; the caller commits.
        thread_id: The web app's thread id.
        user_id: Acting user; ``None`` updates an existing thread only.
        name: New name (cut to 255 characters); ``None`` keeps it.
        tags: New tags; ``None`` keeps them.
        metadata: New saved session state; ``None`` keeps it.
        now: Time of the change (aware; default now).

    Returns:
        True when stored; False when the thread belongs to another user, or does not exist
        and no user was given.
    """
    row = session.get(ChatThread, thread_id)
    if row is None:
        if user_id is None or session.get(User, user_id) is None:
            return False
        moment = as_utc(now)
        row = ChatThread(id=thread_id, user_id=user_id, created_at=moment, updated_at=moment)
        session.add(row)
    elif user_id is not None and row.user_id != user_id:
        return False
    if name is not None:
        row.name = name[:255]
    if tags is not None:
        row.tags = list(tags)
    if metadata is not None:
        row.meta = dict(metadata)
    session.flush()
    return True


def thread_owner(session: Session, thread_id: str) -> tuple[str, str] | None:
    """``(user id, username)`` of the thread's owner, or ``None`` for an unknown thread."""
    row = session.execute(
        select(User.id, User.username).join(ChatThread, ChatThread.user_id == User.id)
        .where(ChatThread.id == thread_id)).first()
    return (row[0], row[1]) if row is not None else None


def get_thread(session: Session, thread_id: str, user_id: str) -> ThreadView | None:
    """The user's thread with its steps and elements, or ``None``.

    Steps come in the order they were made (``created_at``, then arrival): the web app holds
    back a greeting until the user's first message, so arrival order alone would put the
    greeting after it. ``None`` also for a thread of another user.
    """
    found = session.execute(
        select(ChatThread, User.username).join(User, User.id == ChatThread.user_id)
        .where(ChatThread.id == thread_id, ChatThread.user_id == user_id)).first()
    if found is None:
        return None
    steps = session.scalars(select(ChatStep).where(ChatStep.thread_id == thread_id)
                            .order_by(ChatStep.created_at, ChatStep.seq)).all()
    elements = session.scalars(select(ChatElement).where(ChatElement.thread_id == thread_id)
                               .order_by(ChatElement.created_at, ChatElement.id)).all()
    return ThreadView(_thread(found[0], found[1]), [_step(s) for s in steps],
                      [_element(e) for e in elements])


def list_threads(session: Session, user_id: str, *, limit: int = 20,
                 cursor: str | None = None, search: str | None = None,
                 feedback: int | None = None) -> ThreadPage:
    """One page of the user's threads, most recently updated first.

    Args:
        session: Open session.
        user_id: Owner whose threads are listed (nobody else's ever are).
        limit: Page size, clamped to 1–:data:`MAX_PAGE`.
        cursor: ``next_cursor`` of the previous page; unknown or foreign ids start over.
        search: Only threads whose name or any message contains this text (any case).
        feedback: Only threads with a message rated this value (1 or 0).

    Returns:
        The page and whether more follow.
    """
    size = max(1, min(limit, MAX_PAGE))
    query = (select(ChatThread, User.username).join(User, User.id == ChatThread.user_id)
             .where(ChatThread.user_id == user_id))
    query = _after_cursor(session, query, user_id, cursor)
    if search and search.strip():
        pattern = f"%{search.strip().lower()}%"
        in_steps = exists().where(ChatStep.thread_id == ChatThread.id,
                                  func.lower(ChatStep.output).like(pattern))
        query = query.where(or_(func.lower(ChatThread.name).like(pattern), in_steps))
    if feedback is not None:
        query = query.where(exists().where(ChatStep.thread_id == ChatThread.id,
                                           ChatStep.feedback_value == feedback))
    rows = session.execute(
        query.order_by(ChatThread.updated_at.desc(), ChatThread.id.desc()).limit(size + 1)
    ).all()
    threads = [_thread(row[0], row[1]) for row in rows[:size]]
    return ThreadPage(threads, has_next=len(rows) > size)


def delete_thread(session: Session, thread_id: str, user_id: str) -> bool:
    """Delete the user's thread with its steps and elements.

    Returns:
        True when deleted; False when there is no such thread of this user.
    """
    result = session.execute(delete(ChatThread).where(ChatThread.id == thread_id,
                                                      ChatThread.user_id == user_id))
    session.expunge_all()
    return bool(getattr(result, "rowcount", 0))


# -- steps ----------------------------------------------------------------------------------
def save_step(session: Session, user_id: str | None, step: StepRecord,
              now: datetime | None = None) -> bool:
    """Create or update a step of the user's thread (creating the thread when missing).

    Fields of ``step`` left ``None`` keep their stored value (or a default on creation).
    The thread's ``updated_at`` moves to ``now``.

    Args:
        session: Open session; the caller commits.
        user_id: Acting user; ``None`` writes only into an existing thread.
        step: The step; ``step_type`` is required to create one.
        now: Time of the change (aware; default now).

    Returns:
        True when stored; False when the thread (or the step) belongs to another user, or
        the thread is unknown and no user was given.

    Raises:
        ValueError: When a new step has no ``step_type``, or a datetime is naive.
    """
    moment = as_utc(now)
    owner = _writable_thread(session, step.thread_id, user_id, moment)
    if owner is None:
        return False
    row = session.get(ChatStep, step.id)
    if row is not None and (row.user_id != owner or row.thread_id != step.thread_id):
        return False
    if row is None:
        if not step.step_type:
            raise ValueError(f"step {step.id!r} has no type")
        row = ChatStep(id=step.id, thread_id=step.thread_id, user_id=owner,
                       seq=_next_seq(session, step.thread_id), name="", step_type=step.step_type,
                       is_error=False, created_at=as_utc(step.created_at or moment))
        session.add(row)
    _copy_step(row, step)
    session.flush()
    return True


def delete_step(session: Session, step_id: str, user_id: str | None) -> bool:
    """Delete a step (of ``user_id`` when given). True when one was deleted."""
    query = delete(ChatStep).where(ChatStep.id == step_id)
    if user_id is not None:
        query = query.where(ChatStep.user_id == user_id)
    result = session.execute(query)
    session.expunge_all()
    return bool(getattr(result, "rowcount", 0))


def rate_step(session: Session, step_id: str, user_id: str | None, value: int | None,
              comment: str | None = None) -> bool:
    """Record (or with ``value=None`` clear) the user's rating of a step.

    Args:
        session: Open session; the caller commits.
        step_id: The rated message.
        user_id: Acting user; ``None`` trusts the caller.
        value: 1 helpful, 0 not helpful, ``None`` to clear.
        comment: Optional comment (cleared with the rating).

    Returns:
        True when stored; False for an unknown or foreign step.

    Raises:
        ValueError: When ``value`` is not 0, 1 or ``None``.
    """
    if value not in (0, 1, None):
        raise ValueError(f"feedback value must be 0 or 1, got {value!r}")
    row = session.get(ChatStep, step_id)
    if row is None or (user_id is not None and row.user_id != user_id):
        return False
    row.feedback_value = value
    row.feedback_comment = comment if value is not None else None
    session.flush()
    return True


# -- elements -------------------------------------------------------------------------------
def save_element(session: Session, user_id: str | None, element: ElementRecord,
                 now: datetime | None = None) -> bool:
    """Record an element's name and display details in the user's thread (no content).

    Returns:
        True when stored; False when the thread or element belongs to another user, or
        the thread is unknown and no user was given.
    """
    moment = as_utc(now)
    owner = _writable_thread(session, element.thread_id, user_id, moment)
    if owner is None:
        return False
    row = session.get(ChatElement, element.id)
    if row is not None and (row.user_id != owner or row.thread_id != element.thread_id):
        return False
    if row is None:
        row = ChatElement(id=element.id, thread_id=element.thread_id, user_id=owner,
                          element_type=element.element_type, name="", created_at=moment)
        session.add(row)
    row.element_type = element.element_type[:32]
    row.name = element.name[:255]
    row.for_id, row.mime, row.display = element.for_id, element.mime, element.display
    row.size, row.language = element.size, element.language
    session.flush()
    return True


def get_element(session: Session, thread_id: str, element_id: str,
                user_id: str) -> ElementRecord | None:
    """An element of the user's thread, or ``None``."""
    row = session.scalars(select(ChatElement).where(
        ChatElement.id == element_id, ChatElement.thread_id == thread_id,
        ChatElement.user_id == user_id)).one_or_none()
    return _element(row) if row is not None else None


def delete_element(session: Session, element_id: str, user_id: str | None) -> bool:
    """Delete an element (of ``user_id`` when given). True when one was deleted."""
    query = delete(ChatElement).where(ChatElement.id == element_id)
    if user_id is not None:
        query = query.where(ChatElement.user_id == user_id)
    result = session.execute(query)
    session.expunge_all()
    return bool(getattr(result, "rowcount", 0))


def count_rows(session: Session, user_id: str) -> dict[str, int]:
    """How many threads, steps and elements the user has (for data-rights checks)."""
    return {
        table.__tablename__: int(session.scalar(
            select(func.count()).select_from(table).where(table.user_id == user_id)) or 0)
        for table in (ChatThread, ChatStep, ChatElement)
    }


# -- helpers --------------------------------------------------------------------------------
def _writable_thread(session: Session, thread_id: str, user_id: str | None,
                     now: datetime) -> str | None:
    """The owner's id when ``user_id`` may write to the thread (created if missing)."""
    row = session.get(ChatThread, thread_id)
    if row is None:
        if not save_thread(session, thread_id, user_id, now=now):
            return None
        row = session.get(ChatThread, thread_id)
        if row is None:
            return None
    elif user_id is not None and row.user_id != user_id:
        return None
    row.updated_at = max(as_utc(row.updated_at), now)
    return row.user_id


def _next_seq(session: Session, thread_id: str) -> int:
    last = session.scalar(select(func.max(ChatStep.seq)).where(ChatStep.thread_id == thread_id))
    return int(last or 0) + 1


def _after_cursor(session: Session, query: Any, user_id: str, cursor: str | None) -> Any:
    """Restrict ``query`` to threads listed after ``cursor`` (keyset pagination)."""
    if not cursor:
        return query
    anchor = session.execute(select(ChatThread.updated_at, ChatThread.id).where(
        ChatThread.id == cursor, ChatThread.user_id == user_id)).first()
    if anchor is None:
        return query
    stamp, anchor_id = anchor
    return query.where(or_(ChatThread.updated_at < stamp,
                           and_(ChatThread.updated_at == stamp, ChatThread.id < anchor_id)))


def _copy_step(row: ChatStep, step: StepRecord) -> None:
    """Copy the given (non-``None``) fields of ``step`` onto ``row``."""
    if step.step_type:
        row.step_type = step.step_type[:32]
    if step.name is not None:
        row.name = step.name[:255]
    for attribute in ("parent_id", "input", "output", "language", "show_input", "tags"):
        value = getattr(step, attribute)
        if value is not None:
            setattr(row, attribute, value)
    if step.is_error is not None:
        row.is_error = step.is_error
    if step.metadata is not None:
        row.meta = dict(step.metadata)
    if step.started_at is not None:
        row.started_at = as_utc(step.started_at)
    if step.ended_at is not None:
        row.ended_at = as_utc(step.ended_at)


def _thread(row: ChatThread, username: str) -> ThreadRecord:
    return ThreadRecord(id=row.id, user_id=row.user_id, username=username, name=row.name,
                        tags=row.tags, metadata=row.meta, created_at=row.created_at,
                        updated_at=row.updated_at)


def _step(row: ChatStep) -> StepRecord:
    return StepRecord(
        id=row.id, thread_id=row.thread_id, step_type=row.step_type, name=row.name,
        parent_id=row.parent_id, input=row.input, output=row.output, is_error=row.is_error,
        language=row.language, show_input=row.show_input, metadata=row.meta, tags=row.tags,
        created_at=row.created_at, started_at=row.started_at, ended_at=row.ended_at,
        feedback_value=row.feedback_value, feedback_comment=row.feedback_comment)


def _element(row: ChatElement) -> ElementRecord:
    return ElementRecord(id=row.id, thread_id=row.thread_id, element_type=row.element_type,
                         name=row.name, for_id=row.for_id, mime=row.mime, display=row.display,
                         size=row.size, language=row.language)


__all__ = ["ElementRecord", "StepRecord", "ThreadPage", "ThreadRecord", "ThreadView",
           "count_rows", "delete_element", "delete_step", "delete_thread", "get_element",
           "get_thread", "list_threads", "rate_step", "save_element", "save_step",
           "save_thread", "thread_owner"]
