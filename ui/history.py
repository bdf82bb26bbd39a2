"""Chainlit's data layer over HireReady's own database: the browser's chat history.

A thin adapter from Chainlit's :class:`~chainlit.data.base.BaseDataLayer` to
:mod:`storage.repositories.chat_history`, so past conversations are listed in the sidebar and
can be resumed, from SQLite or PostgreSQL, after a restart. Chainlit's users are HireReady's
accounts (``hr_users``): the persisted user's id is the account id and its identifier the
stored (lower-case) user name; no account is ever created here. Every write names the
signed-in user of the current Chainlit session when there is one, and the repository refuses
writes to someone else's thread. Elements keep names only (uploads stay in the upload
store). Each call runs one short transaction in a worker thread, never across an ``await``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar, cast

from chainlit.data.base import BaseDataLayer
from chainlit.data.utils import queue_until_user_message
from chainlit.types import (
    Feedback,
    PageInfo,
    PaginatedResponse,
    Pagination,
    ThreadDict,
    ThreadFilter,
)
from chainlit.user import PersistedUser, User
from sqlalchemy.orm import Session, sessionmaker

import storage.repositories.users as user_repo
from storage.repositories import chat_history as repo
from storage.repositories.chat_history import ElementRecord, StepRecord, ThreadRecord
from tools.accounts import UserAccount

if TYPE_CHECKING:
    from chainlit.element import Element, ElementDict
    from chainlit.step import StepDict

log = logging.getLogger(__name__)

_T = TypeVar("_T")
_F = TypeVar("_F", bound=Callable[..., Any])

_queued = cast(Callable[[_F], _F], queue_until_user_message())  # type: ignore[no-untyped-call]
"""Chainlit's own wrapper: hold writes until the user's first message (as the base class)."""


class HistoryDataLayer(BaseDataLayer):
    """Chainlit persistence backed by ``hr_chat_*`` tables.

    Args:
        sessions: Session factory of HireReady's database (``Runtime.sessions``).
    """

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    async def _run(self, work: Callable[[Session], _T]) -> _T:
        """Run ``work`` in one transaction on a worker thread."""
        def transaction() -> _T:
            with self._sessions.begin() as session:
                return work(session)
        return await asyncio.to_thread(transaction)

    # -- users ----------------------------------------------------------------------------
    async def get_user(self, identifier: str) -> PersistedUser | None:
        """The HireReady account called ``identifier`` (any case), or ``None``."""
        account = await self._run(lambda s: user_repo.get_user_by_name(s, identifier))
        return _persisted(account) if account is not None else None

    async def create_user(self, user: User) -> PersistedUser | None:
        """Accounts are made by sign-up or the CLI, never here: look the user up only."""
        return await self.get_user(user.identifier)

    # -- threads --------------------------------------------------------------------------
    async def get_thread_author(self, thread_id: str) -> str:
        """The owner's user name, or ``""`` for an unknown thread."""
        owner = await self._run(lambda s: repo.thread_owner(s, thread_id))
        return owner[1] if owner is not None else ""

    async def list_threads(self, pagination: Pagination,
                           filters: ThreadFilter) -> PaginatedResponse[ThreadDict]:
        """One page of the signed-in user's threads (``filters.userId``), newest first."""
        user_id = filters.userId
        if not user_id:
            return PaginatedResponse(pageInfo=PageInfo(False, None, None), data=[])
        page = await self._run(lambda s: repo.list_threads(
            s, user_id, limit=pagination.first, cursor=pagination.cursor,
            search=filters.search, feedback=filters.feedback))
        data = [_thread_dict(thread) for thread in page.threads]
        first = page.threads[0].id if page.threads else None
        return PaginatedResponse(pageInfo=PageInfo(page.has_next, first, page.next_cursor),
                                 data=data)

    async def get_thread(self, thread_id: str) -> ThreadDict | None:
        """The thread with its steps and elements; ``None`` when unknown or not the signed-in
        user's (Chainlit also checks the author before calling)."""
        acting = _session_user_id()

        def read(session: Session) -> repo.ThreadView | None:
            owner = repo.thread_owner(session, thread_id)
            if owner is None or (acting is not None and acting != owner[0]):
                return None
            return repo.get_thread(session, thread_id, owner[0])

        view = await self._run(read)
        if view is None:
            return None
        thread = _thread_dict(view.thread)
        thread["steps"] = [_step_dict(step) for step in view.steps]
        thread["elements"] = [_element_dict(element) for element in view.elements]
        return thread

    async def update_thread(self, thread_id: str, name: str | None = None,
                            user_id: str | None = None, metadata: dict[str, Any] | None = None,
                            tags: list[str] | None = None) -> None:
        """Create or update a thread (``user_id`` is the account id Chainlit persisted)."""
        owner = user_id or _session_user_id()
        stored = await self._run(lambda s: repo.save_thread(
            s, thread_id, owner, name=name, tags=tags, metadata=metadata))
        if not stored:
            log.warning("thread %s not saved: unknown or not owned by %s", thread_id, owner)

    async def delete_thread(self, thread_id: str) -> None:
        """Delete a thread of the signed-in user (Chainlit checks the author first)."""
        acting = _session_user_id()

        def remove(session: Session) -> bool:
            owner = repo.thread_owner(session, thread_id)
            if owner is None or (acting is not None and acting != owner[0]):
                return False
            return repo.delete_thread(session, thread_id, owner[0])

        await self._run(remove)

    # -- steps ----------------------------------------------------------------------------
    @_queued
    async def create_step(self, step_dict: StepDict) -> None:
        """Store a message or tool call."""
        await self._save_step(step_dict)

    @_queued
    async def update_step(self, step_dict: StepDict) -> None:
        """Store the new state of a message or tool call."""
        await self._save_step(step_dict)

    @_queued
    async def delete_step(self, step_id: str) -> None:
        """Delete a step of the signed-in user."""
        acting = _session_user_id()
        await self._run(lambda s: repo.delete_step(s, step_id, acting))

    async def _save_step(self, step_dict: StepDict) -> None:
        step = _step_record(step_dict)
        if step is None:
            return
        acting = _session_user_id()
        if not await self._run(lambda s: repo.save_step(s, acting, step)):
            log.warning("step %s not saved in thread %s (user %s)", step.id, step.thread_id,
                        acting)

    # -- elements -------------------------------------------------------------------------
    @_queued
    async def create_element(self, element: Element) -> None:
        """Record an element's name and display details (never its content)."""
        record = _element_record(element)
        if record is None:
            return
        acting = _session_user_id()
        if not await self._run(lambda s: repo.save_element(s, acting, record)):
            log.warning("element %s not saved in thread %s", record.id, record.thread_id)

    async def get_element(self, thread_id: str, element_id: str) -> ElementDict | None:
        """An element of a thread of the signed-in user, or ``None``."""
        acting = _session_user_id()

        def read(session: Session) -> ElementRecord | None:
            owner = repo.thread_owner(session, thread_id)
            if owner is None or (acting is not None and acting != owner[0]):
                return None
            return repo.get_element(session, thread_id, element_id, owner[0])

        record = await self._run(read)
        return _element_dict(record) if record is not None else None

    @_queued
    async def delete_element(self, element_id: str, thread_id: str | None = None) -> None:
        """Delete an element of the signed-in user."""
        acting = _session_user_id()
        await self._run(lambda s: repo.delete_element(s, element_id, acting))

    # -- feedback -------------------------------------------------------------------------
    async def upsert_feedback(self, feedback: Feedback) -> str:
        """Rate a message (1 helpful, 0 not); the rating's id is the message's id."""
        value = int(feedback.value)
        acting = _session_user_id()
        await self._run(lambda s: repo.rate_step(s, feedback.forId, acting, value,
                                                 feedback.comment))
        return feedback.forId

    async def delete_feedback(self, feedback_id: str) -> bool:
        """Clear the rating of the message ``feedback_id``."""
        acting = _session_user_id()
        return await self._run(lambda s: repo.rate_step(s, feedback_id, acting, None))

    # -- the rest -------------------------------------------------------------------------
    async def get_favorite_steps(self, user_id: str) -> list[StepDict]:
        """Favourites are switched off in ``.chainlit/config.toml``: none."""
        return []

    async def build_debug_url(self) -> str:
        """No external debugging service."""
        return ""

    async def close(self) -> None:
        """Nothing to release: the runtime owns the engine."""


# -- conversions ----------------------------------------------------------------------------
def _session_user_id() -> str | None:
    """The account id of the current Chainlit session's user, if there is one."""
    from chainlit.context import context

    try:
        user = context.session.user
    except Exception:  # no Chainlit context here (HTTP handler, test): nobody acting
        return None
    if user is None:
        return None
    if isinstance(user, PersistedUser):
        return user.id
    user_id = (user.metadata or {}).get("user_id")
    return str(user_id) if user_id else None


def _persisted(account: UserAccount) -> PersistedUser:
    return PersistedUser(id=account.id, identifier=account.username,
                         display_name=account.display_name,
                         metadata={"user_id": account.id},
                         createdAt=_iso(account.created_at) or "")


def _iso(moment: datetime | None) -> str | None:
    """``2026-11-29T09:00:00.000000Z``: Chainlit's timestamp form."""
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def _parse(value: Any) -> datetime | None:
    """An aware UTC datetime from Chainlit's ISO text (naive text is taken as UTC)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _thread_dict(thread: ThreadRecord) -> ThreadDict:
    return ThreadDict(id=thread.id, createdAt=_iso(thread.created_at) or "", name=thread.name,
                      userId=thread.user_id, userIdentifier=thread.username, tags=thread.tags,
                      metadata=thread.metadata or {}, steps=[], elements=[])


def _show_input(value: Any) -> str | None:
    if value is None:
        return None
    return str(value).lower() if isinstance(value, bool) else str(value)


def _step_record(step: StepDict) -> StepRecord | None:
    """The stored form of a Chainlit step; ``None`` when it lacks an id or thread."""
    step_id, thread_id = step.get("id"), step.get("threadId")
    if not step_id or not thread_id:
        return None
    return StepRecord(
        id=step_id, thread_id=thread_id, step_type=step.get("type"), name=step.get("name"),
        parent_id=step.get("parentId"), input=step.get("input"), output=step.get("output"),
        is_error=step.get("isError"), language=step.get("language"),
        show_input=_show_input(step.get("showInput")), metadata=step.get("metadata"),
        tags=step.get("tags"), created_at=_parse(step.get("createdAt")),
        started_at=_parse(step.get("start")), ended_at=_parse(step.get("end")))


def _step_dict(step: StepRecord) -> StepDict:
    shown: bool | str | None = step.show_input
    if shown in ("true", "false"):
        shown = shown == "true"
    result: StepDict = {
        "id": step.id, "threadId": step.thread_id, "parentId": step.parent_id,
        "name": step.name or "", "type": step.step_type or "undefined",  # type: ignore[typeddict-item]
        "input": step.input or "", "output": step.output or "",
        "isError": bool(step.is_error), "language": step.language, "showInput": shown,
        "metadata": step.metadata or {}, "tags": step.tags, "streaming": False,
        "waitForAnswer": False, "createdAt": _iso(step.created_at),
        "start": _iso(step.started_at), "end": _iso(step.ended_at),
    }
    if step.feedback_value is not None:
        result["feedback"] = {"id": step.id, "forId": step.id, "value": step.feedback_value,
                              "comment": step.feedback_comment}  # type: ignore[typeddict-item]
    return result


def _element_record(element: Element) -> ElementRecord | None:
    element_id, thread_id = getattr(element, "id", None), getattr(element, "thread_id", None)
    if not element_id or not thread_id:
        return None
    return ElementRecord(
        id=str(element_id), thread_id=str(thread_id),
        element_type=str(getattr(element, "type", "file")), name=str(element.name or ""),
        for_id=getattr(element, "for_id", None), mime=getattr(element, "mime", None),
        display=getattr(element, "display", None), size=getattr(element, "size", None),
        language=getattr(element, "language", None))


def _element_dict(element: ElementRecord) -> ElementDict:
    fields: dict[str, Any] = {
        "id": element.id, "threadId": element.thread_id, "type": element.element_type,
        "name": element.name, "forId": element.for_id, "mime": element.mime,
        "display": element.display or "inline", "size": element.size,
        "language": element.language, "url": None, "path": None, "chainlitKey": None,
        "objectKey": None, "props": {},
    }
    return cast("ElementDict", fields)
