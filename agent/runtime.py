"""The composition root's façade: the one object the faces (web, CLI, terminal) talk to.

It builds the real dependencies from :class:`~agent.settings.Settings` (engine, uploads,
embedder, skill matcher, chat model, checkpointer), compiles the chat graph and runs turns.
Conversation threads are namespaced by user id, so no user can reach another's thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.runnables import RunnableConfig
from langgraph.types import Command
from sqlalchemy.exc import SQLAlchemyError

import storage.repositories.users as user_repo
from agent.checkpoint import Checkpointer
from agent.llm_cache import TimedLlmCache, cache_user
from agent.models import make_chat_model, make_offline_model
from agent.offline.model import OfflineChatModel
from agent.onboarding import Onboarding, may_ask_after
from agent.rate_limit import MessageRateLimiter
from agent.scheduler import ReminderScheduler
from agent.settings import Settings
from agent.warm_up import warm_up_seconds
from graphs.chat import FALLBACK_FLAG, build_chat_graph
from graphs.conversations import delete_conversations
from graphs.interview import build_interview_graph
from graphs.services import Services
from graphs.toolkit import make_tools
from graphs.toolkit.account import account_deleted
from prompts import chat as words
from prompts import errors as msg
from storage.db import make_engine, make_read_session_factory, make_session_factory
from storage.embedder import FastEmbedder
from storage.files import UploadStore
from storage.linkcheck import LinkCheckConfig, LinkChecker, start_link_checker
from storage.roles import load_roles
from storage.taxonomy import default_taxonomy, load_taxonomy
from storage.vectors import SkillIndex, ensure_vector_file
from tools.accounts import UserAccount
from tools.documents import Document, check_upload
from tools.errors import NotFound
from tools.skill_matcher import SkillMatcher

log = logging.getLogger(__name__)


@dataclass
class ToolCallRecord:
    """One tool call made during a chat turn.

    Attributes:
        tool: Tool name.
        args: Arguments exactly as passed to the tool.
        output: The tool's JSON content (a string), as the model saw it.
        error: True when the tool reported an error.
    """

    tool: str
    args: dict[str, Any]
    output: str = ""
    error: bool = False


@dataclass
class ChatTurn:
    """The result of one user message.

    Attributes:
        reply: The coach's answer, Markdown.
        tool_calls: Tool calls made while answering, in order.
        fallback: True when the configured LLM failed and the offline model answered.
        followup: An onboarding question to show after the reply (its own message), or "".
        rate_limited: True when the message was refused by the per-user message limit
            (Property 38); nothing ran for it.
    """

    reply: str
    tool_calls: list[ToolCallRecord] = field(default_factory=list)
    fallback: bool = False
    followup: str = ""
    rate_limited: bool = False


class Runtime:
    """Everything a face needs, built once per process.

    Args:
        settings: Configuration (default: read from the environment).
        chat_model: Override of the chat model (tests inject scripted fakes).
        limiter: Override of the per-user message limit (tests pass one with a fake clock);
            default ``HIREREADY_RATE_LIMIT`` messages per 60 seconds.
    """

    def __init__(self, settings: Settings | None = None, chat_model: Any = None,
                 limiter: MessageRateLimiter | None = None) -> None:
        self.settings = settings or Settings()
        self.limiter = limiter or MessageRateLimiter(self.settings.rate_limit)
        self._load_lock = threading.RLock()
        self._embedder: FastEmbedder | None = None
        self._matcher: SkillMatcher | None = None
        self._index: SkillIndex | None = None
        self._link_checker: LinkChecker | None = None
        self.engine = make_engine(self.settings.sqlalchemy_url)
        self.sessions = make_session_factory(self.engine)
        self.read_sessions = make_read_session_factory(self.engine)
        self.uploads = UploadStore(self.settings.uploads_dir)
        self._checkpointer = Checkpointer(self.settings)
        self.reminders = ReminderScheduler(make_engine(self.settings.sqlalchemy_url),
                                           self.sessions)
        lazy = _LazyEmbedder(self)
        services = Services(self.sessions, self.uploads, self.skill_matcher, self.skill_index,
                            default_taxonomy, load_roles, _utc_today, _utc_now,
                            self.settings.resolved_data_dir / "exports",
                            checkpoints=self._checkpointer.saver, reminders=self.reminders,
                            embedder=lambda: lazy)
        model = chat_model or make_chat_model(self.settings, lazy, self._llm_cache())
        fallback = make_offline_model(lazy) if self.settings.llm_configured else None
        self._routers = [m.router for m in (model, fallback) if isinstance(m, OfflineChatModel)]
        self.onboarding = Onboarding(self.sessions, self.reminders, load_roles)
        self.graph = build_chat_graph(model, make_tools(services), self._checkpointer.saver,
                                      fallback=fallback,
                                      interview=build_interview_graph(services))

    def _llm_cache(self) -> TimedLlmCache | None:
        """The language-model answer cache, unless ``HIREREADY_LLM_CACHE_TTL`` is 0."""
        ttl = self.settings.llm_cache_ttl_s
        return TimedLlmCache(self.sessions, ttl) if ttl > 0 else None

    @property
    def embedder(self) -> FastEmbedder:
        """The local embedding model, loaded on first use."""
        with self._load_lock:
            if self._embedder is None:
                self._embedder = FastEmbedder(self.settings.models_dir)
            return self._embedder

    def skill_matcher(self) -> SkillMatcher:
        """The skill matcher over the taxonomy, built on first use."""
        with self._load_lock:
            if self._matcher is None:
                self._matcher = SkillMatcher(load_taxonomy())
            return self._matcher

    def skill_index(self) -> SkillIndex:
        """The skills collection: a Qdrant server when configured, else an in-memory
        collection loaded from the vector file in the data directory (loaded on first use)."""
        with self._load_lock:
            if self._index is None:
                self._index = self._load_index()
            return self._index

    def _load_index(self) -> SkillIndex:
        vector_file = ensure_vector_file(self.settings.vectors_dir, self.embedder,
                                         progress=False)
        if self.settings.qdrant_url:
            return SkillIndex.server(self.settings.qdrant_url, self.settings.qdrant_api_key,
                                     vector_file, self.embedder)
        return SkillIndex.local(vector_file, self.embedder)

    def warm_up(self) -> None:
        """Load the embedder, skill matcher and skill index, and fit the offline router's
        classifier, now rather than on first use."""
        self.skill_matcher()
        self.skill_index()
        for router in self._routers:
            router.warm_up()

    @property
    def warmed_up(self) -> bool:
        """True once the skill matcher and skill index are loaded."""
        return (self._matcher is not None and self._index is not None
                and all(router.warmed_up for router in self._routers))

    def warm_up_estimate_s(self) -> int:
        """Whole seconds :meth:`warm_up` will still take: 0 when done, else an estimate
        (:func:`agent.warm_up.warm_up_seconds`; Property 29)."""
        return 0 if self.warmed_up else warm_up_seconds(self.settings.vectors_dir)

    # -- accounts -------------------------------------------------------------------------
    def authenticate(self, username: str, password: str) -> UserAccount | None:
        """The account when the password is right, else ``None``.

        The argon2 check (about half a second) runs outside any transaction, so many logins
        at once never queue behind each other for the database's write lock; only a re-hash
        with newer parameters writes, in its own short transaction."""
        with self.read_sessions.begin() as session:
            found = user_repo.find_login(session, username)
        if found is None:
            user_repo.password_matches(None, password)
            return None
        user_id, password_hash = found
        if password_hash is None or not user_repo.password_matches(password_hash, password):
            return None
        if user_repo.hash_is_outdated(password_hash):
            with self.sessions.begin() as session:
                user_repo.refresh_hash(session, user_id, password_hash, password)
        with self.read_sessions.begin() as session:
            return user_repo.get_user(session, user_id)

    def create_user(self, username: str, password: str | None) -> UserAccount:
        """Create an account. Raises ``InvalidInput`` when the name is taken."""
        with self.sessions.begin() as session:
            return user_repo.create_user(session, username, password)

    def set_password(self, username: str, password: str) -> None:
        """Set the password of an existing account.

        Raises:
            NotFound: No such user. InvalidInput: The password is too short or long.
        """
        with self.sessions.begin() as session:
            account = user_repo.require_user_by_name(session, username)
            user_repo.set_password(session, account.id, password)

    def ensure_user(self, username: str) -> tuple[UserAccount, bool]:
        """The account of ``username``, created without a password if unknown."""
        with self.sessions.begin() as session:
            return user_repo.ensure_user(session, username)

    # -- files ----------------------------------------------------------------------------
    def save_upload(self, user_id: str, filename: str, content: bytes) -> str:
        """Store an attached file (resume, job description, job-posting list) and return
        its upload id; the tool that reads it later checks its own formats.

        Raises:
            UnsupportedFile: Unknown type, empty or over 5 MB (checked before storing, so
                such a file is never parsed).
        """
        check_upload(Document(filename=filename, content=content))
        return self.uploads.save(user_id, filename, content)

    # -- conversation ---------------------------------------------------------------------
    def chat(self, user_id: str, thread_id: str, text: str,
             attachments: list[str] | None = None) -> ChatTurn:
        """Run one turn of the conversation ``thread_id`` for ``user_id``.

        Args:
            user_id: The signed-in user.
            thread_id: The face's conversation id (namespaced by user internally).
            text: What the user typed (may be empty when files are attached).
            attachments: Upload ids from :meth:`save_upload`.

        Returns:
            The turn; a message over the user's limit (Property 38) gets a refusal with
            the wait in seconds and ``rate_limited`` set, and runs nothing. Every other
            message first records the user's last activity (``hr_users.last_active``).
        """
        if not self.limiter.allow(user_id):
            return self._rate_limited(user_id)
        self._mark_active(user_id)
        with cache_user(user_id):
            return self._chat(user_id, thread_id, text, attachments)

    def _chat(self, user_id: str, thread_id: str, text: str,
              attachments: list[str] | None) -> ChatTurn:
        content = self._with_attachments(user_id, text.strip(), attachments or [])
        if not content:
            return ChatTurn(reply=words.TOOL_ERROR.format(
                message=msg.EMPTY_MESSAGE, guidance=msg.EMPTY_MESSAGE_NEXT))
        config = self._config(user_id, thread_id)
        state = self.graph.get_state(config)
        before = len(state.values.get("messages", []))
        if not state.interrupts and not attachments:  # an answer to an onboarding question?
            answered = self.onboarding.reply_to(user_id, content)
            if answered is not None:
                return ChatTurn(reply=answered)
        if state.interrupts:  # a mock-interview question waits: the message answers it
            result = self.graph.invoke(Command(resume=content), config)
            turn = _turn_from(result["messages"][before:])
        else:
            result = self.graph.invoke({"messages": [HumanMessage(content)]}, config)
            turn = _turn_from(result["messages"][before + 1:])
        asked = _waiting_text(result)
        if asked is not None:
            turn.reply = asked
        if any(account_deleted(call.tool, call.output) for call in turn.tool_calls):
            delete_conversations(self._checkpointer.saver, user_id)  # what the turn wrote
        turn.followup = self.onboarding.follow_up(user_id, may_ask=may_ask_after(
            turn.reply, [c.output for c in turn.tool_calls], waiting=asked is not None))
        return turn

    def _mark_active(self, user_id: str) -> None:
        """Record the turn as the user's last activity (``hr_users.last_active``, counted by
        ``hireready stats``): the one place for every face, web and terminal alike. A failed
        write is logged and never costs the user the turn."""
        try:
            with self.sessions.begin() as session:
                user_repo.mark_active(session, user_id, _utc_now())
        except (NotFound, SQLAlchemyError):
            log.warning("could not record activity: user=%s", user_id, exc_info=True)

    def _rate_limited(self, user_id: str) -> ChatTurn:
        seconds = self.limiter.retry_after(user_id)
        log.info("message refused by the rate limit: user=%s retry in %s s", user_id, seconds)
        return ChatTurn(reply=words.TOOL_ERROR.format(
            message=msg.RATE_LIMITED.format(limit=self.limiter.limit),
            guidance=msg.RATE_LIMITED_NEXT.format(seconds=seconds)), rate_limited=True)

    def history(self, user_id: str, thread_id: str) -> list[BaseMessage]:
        """Messages of a thread of this user (empty for an unknown thread)."""
        state = self.graph.get_state(self._config(user_id, thread_id))
        return list(state.values.get("messages", []))

    def latest_thread(self, user_id: str) -> str | None:
        """The user's most recently updated thread id, or ``None``."""
        saver = self._checkpointer.saver
        for checkpoint in saver.list(None, filter={"user_id": user_id}, limit=1):
            return _face_thread_id(user_id, checkpoint.config["configurable"]["thread_id"])
        return None

    def _config(self, user_id: str, thread_id: str) -> RunnableConfig:
        return {"configurable": {"thread_id": f"{user_id}:{thread_id}", "user_id": user_id}}

    def _with_attachments(self, user_id: str, text: str, uploads: Iterable[str]) -> str:
        lines = [text] if text else []
        for upload_id in uploads:
            filename = self.uploads.filename(user_id, upload_id)
            lines.append(words.ATTACHMENT_LINE.format(filename=filename, upload_id=upload_id))
        return "\n".join(lines)

    # -- lifecycle ------------------------------------------------------------------------
    def start_background(self) -> None:
        """Start background work: warm-up, and the link checker when switched on."""
        threading.Thread(target=self.warm_up, name="hireready-warm-up", daemon=True).start()
        self._link_checker = start_link_checker(
            self.sessions, LinkCheckConfig(enabled=self.settings.link_check))

    def stop_background(self) -> None:
        """Stop background work."""
        if self._link_checker is not None:
            self._link_checker.stop()
            self._link_checker = None

    def close(self) -> None:
        """Release connections (and stop the check-in scheduler if it runs)."""
        self.reminders.shutdown()
        self._checkpointer.close()
        self.engine.dispose()


def _utc_today() -> date:
    return datetime.now(UTC).date()


def _utc_now() -> datetime:
    return datetime.now(UTC)


class _LazyEmbedder:
    """An :class:`~tools.protocols.Embedder` that loads the model on first use."""

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return self._runtime.embedder.embed(texts)


def _waiting_text(result: dict[str, Any]) -> str | None:
    """The text of a question the graph stopped to wait for (its interrupt), if any."""
    for pending in result.get("__interrupt__") or ():
        value = getattr(pending, "value", None)
        if isinstance(value, dict) and value.get("text"):
            return str(value["text"])
    return None


def _face_thread_id(user_id: str, internal: str) -> str:
    prefix = f"{user_id}:"
    return internal[len(prefix):] if internal.startswith(prefix) else internal


def _turn_from(messages: list[BaseMessage]) -> ChatTurn:
    calls: dict[str, ToolCallRecord] = {}
    reply, fallback = "", False
    for message in messages:
        if isinstance(message, AIMessage):
            for call in message.tool_calls:
                calls[call["id"] or call["name"]] = ToolCallRecord(call["name"], call["args"])
            if message.content:
                reply = str(message.content)
            fallback = fallback or bool(message.additional_kwargs.get(FALLBACK_FLAG))
        elif isinstance(message, ToolMessage) and message.tool_call_id in calls:
            record = calls[message.tool_call_id]
            record.output = str(message.content)
            record.error = message.status == "error" or '"error":' in record.output[:20]
    if fallback:
        reply = f"{reply}\n\n{words.FALLBACK_NOTE}"
    return ChatTurn(reply=reply, tool_calls=list(calls.values()), fallback=fallback)


_lock = threading.Lock()
_runtime: Runtime | None = None


def get_runtime() -> Runtime:
    """The process-wide :class:`Runtime`, built on first call from the environment."""
    global _runtime
    with _lock:
        if _runtime is None:
            _runtime = Runtime()
        return _runtime
