"""Onboarding in the conversation: the state machine of :mod:`tools.onboarding.machine`,
stored per user, driven by :meth:`agent.runtime.Runtime.chat` (so the web and the terminal
chat share it).

Before a turn, :meth:`Onboarding.reply_to` reads a message that directly follows an
onboarding question: an answer is stored (through :func:`agent.preferences.save_preferences`)
and answered with the next question; "skip" and "skip all"/"later" are handled; anything
else returns ``None`` and the turn runs as usual. After a served turn,
:meth:`Onboarding.follow_up` gives the question to add after the reply, if it is time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence

from sqlalchemy.orm import Session, sessionmaker

import storage.repositories.users as user_repo
from graphs.confirmation import NEEDED_KEY
from graphs.preferences import role_titles, save_preferences
from graphs.services import ReminderJobs
from prompts import chat as chat_words
from prompts import onboarding as words
from storage.repositories import onboarding as onboarding_repo
from storage.repositories.preferences import PreferenceUpdate
from tools.accounts import UserAccount
from tools.errors import HireReadyError
from tools.gaps.models import Role
from tools.onboarding import machine
from tools.onboarding.machine import Field, OnboardingState, Step

log = logging.getLogger(__name__)

_ASKING = (chat_words.CLARIFY, *chat_words.ASK_FOR.values())
"""The offline model's clarifying questions: the user's next message answers them."""


class Onboarding:
    """Asks a new user for their preferences, one skippable question at a time.

    Args:
        sessions: Session factory.
        reminders: The check-in scheduler, told when the time zone changes (or ``None``).
        roles: The role catalogue (titles and aliases recognise a target role).
    """

    def __init__(self, sessions: sessionmaker[Session], reminders: ReminderJobs | None,
                 roles: Callable[[], Sequence[Role]]) -> None:
        self._sessions = sessions
        self._reminders = reminders
        self._roles = roles
        self._role_titles: dict[str, str] | None = None

    def reply_to(self, user_id: str, text: str) -> str | None:
        """The reply when ``text`` answers the open onboarding question, else ``None``.

        Args:
            user_id: The user.
            text: Their message (without attachments).

        Returns:
            Markdown: what was stored, skipped or wrong, and the next question; ``None``
            when the message is an ordinary request.
        """
        with self._sessions() as session:
            state = onboarding_repo.get_onboarding(session, user_id)
            account = user_repo.get_user(session, user_id)
        if state is None or account is None:
            return None
        reading = machine.read_message(state, text, self._titles())
        if reading.kind == "other" or reading.field is None:
            return None
        if reading.kind == "invalid" and reading.error:
            message, guidance = reading.error
            return words.ERROR.format(message=message, guidance=guidance + words.OR_SKIP)
        if reading.kind == "stop":
            self._save(user_id, machine.stopped(state).state)
            return words.STOPPED
        if reading.kind == "skip":
            step = machine.skipped(state, reading.field, _filled(account))
            return self._next(user_id, step, words.SKIPPED)
        try:
            account = save_preferences(self._sessions, self._reminders, user_id,
                                       PreferenceUpdate.model_validate(
                                           {reading.field: reading.value}))
        except HireReadyError as error:
            return words.ERROR.format(message=error.message,
                                      guidance=error.guidance + words.OR_SKIP)
        step = machine.answered(state, reading.field, _filled(account))
        saved = words.SAVED[reading.field].format(value=_shown(reading.value))
        return self._next(user_id, step, saved)

    def follow_up(self, user_id: str, *, may_ask: bool) -> str:
        """After a served request: the onboarding question to add, or ``""``.

        Args:
            user_id: The user.
            may_ask: False when the reply asks or waits for something itself.
        """
        with self._sessions() as session:
            account = user_repo.get_user(session, user_id)
            state = onboarding_repo.get_onboarding(session, user_id) or OnboardingState()
        if account is None:  # e.g. the account was just deleted
            return ""
        step = machine.served(state, _filled(account), may_ask=may_ask)
        if step.state != state:
            self._save(user_id, step.state)
        return _question(step) if step.question else ""

    def _next(self, user_id: str, step: Step, said: str) -> str:
        """Store the step and say ``said`` followed by the next question (or the end)."""
        self._save(user_id, step.state)
        if step.question is None:
            return f"{said} {words.ALL_DONE}"
        return words.NEXT.format(saved=said, question=words.QUESTIONS[step.question])

    def _save(self, user_id: str, state: OnboardingState) -> None:
        with self._sessions.begin() as session:
            if user_repo.get_user(session, user_id) is not None:
                onboarding_repo.save_onboarding(session, user_id, state)

    def _titles(self) -> Mapping[str, str]:
        if self._role_titles is None:
            self._role_titles = role_titles(self._roles())
        return self._role_titles


def may_ask_after(reply: str, outputs: Sequence[str], *, waiting: bool) -> bool:
    """True when an onboarding question may follow this reply.

    Not after a reply that asks something itself (ends with "?", or is one of the offline
    model's clarifying questions), an interview question
    waiting for its answer, or a request for confirmation. An error reply is an answer
    too (it names the next step), so a question may follow it.

    Args:
        reply: The coach's reply.
        outputs: The JSON outputs of the turn's tool calls.
        waiting: True when the graph waits for an answer (an interview question).
    """
    text = reply.rstrip(" *_\n")
    if waiting or not text or text.endswith("?") or any(q in text for q in _ASKING):
        return False
    return not any(f'"{NEEDED_KEY}"' in output for output in outputs)


def _question(step: Step) -> str:
    assert step.question is not None
    question = words.QUESTIONS[step.question]
    return f"{words.INTRO}\n\n{question}" if step.intro else question


def _filled(account: UserAccount) -> set[Field]:
    """Preferences already set in the user's row (the time zone always has a value, so it
    counts only once answered)."""
    values: dict[Field, object] = {
        "target_role": account.target_role, "experience_level": account.experience_level,
        "learning_pace": account.learning_pace, "hours_per_day": account.hours_per_day}
    return {field for field, value in values.items() if value is not None}


def _shown(value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


