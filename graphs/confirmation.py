"""The confirmation gate: destructive tools run only after the user's own confirmation.

Issue 8, point 3: text inside an uploaded resume or a job description is data; it must not
make a destructive tool (delete the account, export data, delete log entries, change or stop
reminders) run, even through a model that obeys an injected instruction. So a tool marked
with :func:`destructive` is never run on the model's word alone:

1. Called without a confirmation on record, the gate does not run it. It keeps a pending
   request server-side (user, thread, tool, arguments, a one-time code, the number of user
   messages so far) and returns a ``confirmation_needed`` result that the reply shows.
2. The tool runs when it is called again with the same arguments while answering the user's
   very next message, and that message — the user's own, never tool output or document text
   — confirms it (:func:`tools.confirmation.is_confirmation`: short, no negation, and the
   code, or "yes"/"confirm"/... with the words of the tool's phrase: "yes, delete my
   account", never a bare "yes"). Any other next message lets the request lapse; it also
   expires after :data:`CONFIRMATION_TTL_S`.

A second call in the same turn (a model that "confirms" on its own) is refused: no new user
message has arrived. The gate sits in the ``ToolNode`` (``wrap_tool_call``) so every tool is
covered by one flag, and the model needs no extra argument: the code is for the user to type
or a button to send. Pending requests are kept in this process (one web app per data
directory); after a restart the user is simply asked again.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.tools import BaseTool
from langgraph.prebuilt.tool_node import ToolCallRequest
from langgraph.types import Command

from prompts import confirmation as words
from tools.confirmation import is_confirmation

DESTRUCTIVE_KEY = "hireready_destructive"
"""Key in a tool's ``metadata`` holding ``{"action", "phrase"}`` for a destructive tool."""

CONFIRMATION_TTL_S = 600.0
"""Seconds a confirmation request stays valid (10 minutes)."""

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""Characters of a one-time code (no 0/O or 1/I to misread)."""
CODE_LENGTH = 6
"""Characters in a one-time code."""

NEEDED_KEY = "confirmation_needed"
"""Key that marks a tool result as a request for confirmation."""

ToolT = TypeVar("ToolT", bound=BaseTool)
Execute = Callable[[ToolCallRequest], "ToolMessage | Command[Any]"]


def destructive(action: str, phrase: str = words.DEFAULT_PHRASE) -> Callable[[ToolT], ToolT]:
    """Mark a tool as destructive: it runs only after the user confirms in their own words.

    Use above ``@tool``::

        @destructive(words.DELETE_ACTION, words.DELETE_PHRASE)
        @tool(response_format="content_and_artifact")
        def delete_my_account(config: RunnableConfig) -> tuple[str, Any]: ...

    Args:
        action: What the tool will do, as shown to the user ("delete your account ...").
        phrase: What the user may reply to confirm ("yes, delete my account").

    Returns:
        A decorator returning the same tool with :data:`DESTRUCTIVE_KEY` in its metadata.
    """
    def mark(tool: ToolT) -> ToolT:
        tool.metadata = {**(tool.metadata or {}),
                         DESTRUCTIVE_KEY: {"action": action, "phrase": phrase}}
        return tool
    return mark


def is_destructive(tool: BaseTool | None) -> bool:
    """True when ``tool`` was marked with :func:`destructive`."""
    return tool is not None and DESTRUCTIVE_KEY in (tool.metadata or {})


def new_code() -> str:
    """A random one-time code of :data:`CODE_LENGTH` characters from :data:`CODE_ALPHABET`."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


@dataclass
class PendingConfirmation:
    """A destructive call waiting for the user.

    Attributes:
        code: The one-time code shown to the user.
        user_turn: How many user messages the thread had when it was asked.
        expires_at: Clock reading (seconds) after which it lapses.
    """

    code: str
    user_turn: int
    expires_at: float


class ConfirmationGate:
    """``wrap_tool_call`` interceptor of the chat graph's ``ToolNode``.

    Args:
        ttl_s: Seconds a request stays valid.
        clock: Monotonic clock in seconds (tests pass a fake).
        codes: Makes one-time codes (tests pass a fixed one).
    """

    def __init__(self, ttl_s: float = CONFIRMATION_TTL_S,
                 clock: Callable[[], float] = time.monotonic,
                 codes: Callable[[], str] = new_code) -> None:
        self._ttl_s = ttl_s
        self._clock = clock
        self._codes = codes
        self._pending: dict[tuple[str, str, str, str], PendingConfirmation] = {}
        self._lock = threading.Lock()

    def __call__(self, request: ToolCallRequest, execute: Execute) -> ToolMessage | Command[Any]:
        """Run the call, unless it is destructive and not confirmed by the user."""
        tool = request.tool
        if tool is None or not is_destructive(tool):
            return execute(request)
        call = request.tool_call
        configurable = dict((request.runtime.config or {}).get("configurable", {}))
        key = (str(configurable.get("user_id", "")), str(configurable.get("thread_id", "")),
               call["name"], _args_key(call["args"]))
        users = _user_messages(request.state)
        phrase = str(dict((tool.metadata or {})[DESTRUCTIVE_KEY])["phrase"])
        pending = self._decide(key, users, phrase)
        if pending is None:
            return execute(request)
        return self._ask(tool, call, pending)

    def pending(self, user_id: str, thread_id: str) -> list[tuple[str, PendingConfirmation]]:
        """Requests still waiting in a thread, as ``(tool name, request)``."""
        with self._lock:
            self._prune()
            return [(key[2], item) for key, item in self._pending.items()
                    if key[:2] == (user_id, thread_id)]

    def _decide(self, key: tuple[str, str, str, str], users: Sequence[HumanMessage],
                phrase: str) -> PendingConfirmation | None:
        """``None`` when the call may run (the request is used up), else the request to show."""
        with self._lock:
            self._prune()
            pending = self._pending.get(key)
            if pending is not None and _confirms(pending, users, phrase):
                del self._pending[key]
                return None
            if pending is None or pending.user_turn != len(users):
                pending = PendingConfirmation(self._codes(), len(users),
                                              self._clock() + self._ttl_s)
                self._pending[key] = pending
            return pending

    def _prune(self) -> None:
        now = self._clock()
        for key in [k for k, v in self._pending.items() if v.expires_at <= now]:
            del self._pending[key]

    def _ask(self, tool: BaseTool, call: Mapping[str, Any],
             pending: PendingConfirmation) -> ToolMessage:
        marked = dict((tool.metadata or {})[DESTRUCTIVE_KEY])
        minutes = round(self._ttl_s / 60)
        payload = {
            NEEDED_KEY: True,
            "tool": call["name"],
            "action": marked["action"],
            "phrase": marked["phrase"],
            "code": pending.code,
            "expires_in_minutes": minutes,
            "message": " ".join((
                words.CONFIRMATION_NEEDED.format(action=marked["action"]),
                words.CONFIRM_HOW.format(phrase=marked["phrase"], code=pending.code,
                                         minutes=minutes))),
            "instructions": words.MODEL_NOTE,
        }
        return ToolMessage(content=json.dumps(payload, ensure_ascii=False), name=call["name"],
                           tool_call_id=str(call.get("id") or ""))


def awaiting_confirmation(messages: Sequence[BaseMessage]) -> tuple[str, dict[str, Any]] | None:
    """The destructive call the coach asked the user to confirm in its last turn.

    For a rule-based model: when the latest user message may be a confirmation ("yes", "yes,
    delete my account", "confirm K7QF2M"), make this call again; the gate runs it only when
    the message really confirms, and asks again otherwise.

    Args:
        messages: The thread's messages, ending with the user's latest message.

    Returns:
        ``(tool name, arguments)`` of the last ``confirmation_needed`` result between the two
        latest user messages, or ``None``.
    """
    humans = [i for i, m in enumerate(messages) if isinstance(m, HumanMessage)]
    if len(humans) < 2:
        return None
    window = messages[humans[-2] + 1:humans[-1]]
    calls = {c["id"]: c for m in window if isinstance(m, AIMessage) for c in m.tool_calls}
    for message in reversed(window):
        if isinstance(message, ToolMessage) and _asks(message):
            call = calls.get(message.tool_call_id)
            if call is not None:
                return call["name"], dict(call["args"])
    return None


def _asks(message: ToolMessage) -> bool:
    try:
        data = json.loads(str(message.content))
    except ValueError:
        return False
    return isinstance(data, dict) and data.get(NEEDED_KEY) is True


def _confirms(pending: PendingConfirmation, users: Sequence[HumanMessage], phrase: str) -> bool:
    """The user's next message after the request, and only that one, confirms it."""
    if len(users) != pending.user_turn + 1:
        return False
    return is_confirmation(_text(users[-1]), pending.code, phrase)


def _user_messages(state: Any) -> list[HumanMessage]:
    messages = state.get("messages", []) if isinstance(state, dict) else state
    return [m for m in messages or [] if isinstance(m, HumanMessage)]


def _text(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    return " ".join(str(part.get("text", "")) if isinstance(part, dict) else str(part)
                    for part in content)


def _args_key(args: Mapping[str, Any]) -> str:
    return json.dumps(dict(args), sort_keys=True, default=str)
