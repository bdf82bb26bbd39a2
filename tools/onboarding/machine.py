"""The onboarding state machine: which question to ask a new user, and when.

A new user is asked, one at a time and skippably, for the five preferences of
:data:`QUESTIONS_ORDER`. The first question comes after their first request has been served
(never before it). A message right after a question is read as its answer when it is one
(stored, then the next question), "skip" skips that question, "skip all"/"later" stops
onboarding; any other message is an ordinary request: it is served and onboarding waits
:data:`REASK_AFTER` served turns before asking again. A question passed over
:data:`MAX_IGNORED` times counts as skipped. Preferences already set (e.g. from the chat
settings) are not asked. Everything here is pure: the caller loads and stores the state.

States: ``active`` (questions remain) → ``done`` (every question answered or skipped) or
``stopped`` ("later"). Within ``active``, ``asking`` is the open question and
``just_asked`` is True while it was the coach's last words.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict

from tools.errors import InvalidInput
from tools.onboarding.answers import (
    read_control,
    read_hours,
    read_level,
    read_pace,
    read_role,
    read_timezone,
)

Field = Literal["target_role", "experience_level", "learning_pace", "hours_per_day",
                "timezone"]
Status = Literal["active", "done", "stopped"]

QUESTIONS_ORDER: tuple[Field, ...] = ("target_role", "experience_level", "learning_pace",
                                      "hours_per_day", "timezone")
"""The order of the questions: the role first, since gaps and roadmaps need it most."""
REASK_AFTER = 3
"""Served turns to wait before asking again after a question was passed over."""
MAX_IGNORED = 2
"""Times a question may be passed over before it counts as skipped."""


class OnboardingState(BaseModel):
    """Where a user is in onboarding (stored per user).

    Attributes:
        status: ``active``, ``done`` or ``stopped``.
        asking: The open question, if any.
        just_asked: True while the open question was the coach's last message.
        answered: Questions answered in onboarding.
        skipped: Questions skipped (or passed over :data:`MAX_IGNORED` times).
        ignored: Times the open question was passed over.
        wait: Served turns still to wait before the next question.
        asked_any: True once a question has been asked (the intro is said once).
    """

    model_config = ConfigDict(frozen=True)

    status: Status = "active"
    asking: Field | None = None
    just_asked: bool = False
    answered: tuple[Field, ...] = ()
    skipped: tuple[Field, ...] = ()
    ignored: int = 0
    wait: int = 0
    asked_any: bool = False


@dataclass(frozen=True)
class Reading:
    """What a message right after a question means for onboarding.

    Attributes:
        kind: ``answer`` (``value`` to store for ``field``), ``skip``, ``stop``, ``invalid``
            (an attempt to answer that cannot be used; ``error`` says why) or ``other``
            (an ordinary request).
        field: The question the message was read against.
        value: The answer to store, for ``answer``.
        error: (message, guidance) for ``invalid``.
    """

    kind: Literal["answer", "skip", "stop", "invalid", "other"]
    field: Field | None = None
    value: str | float | None = None
    error: tuple[str, str] | None = None


@dataclass(frozen=True)
class Step:
    """A transition's result: the new state and the question to ask now, if any.

    Attributes:
        state: State to store.
        question: The question to ask with this reply, or None.
        intro: True when this is the first question (say the short introduction first).
    """

    state: OnboardingState
    question: Field | None = None
    intro: bool = False


def read_message(state: OnboardingState, text: str, titles: Mapping[str, str]) -> Reading:
    """Read a message against the open question.

    Args:
        state: The user's onboarding state.
        text: The message as typed.
        titles: Lower-case role title or alias → display title (for the role question).

    Returns:
        ``other`` unless onboarding is active and a question was the coach's last words.
    """
    field = state.asking
    if state.status != "active" or field is None or not state.just_asked:
        return Reading("other")
    control = read_control(text)
    if control is not None:
        return Reading(control, field)
    try:
        value = _read(field, text, titles)
    except InvalidInput as error:
        return Reading("invalid", field, error=(error.message, error.guidance))
    return Reading("other", field) if value is None else Reading("answer", field, value)


def _read(field: Field, text: str, titles: Mapping[str, str]) -> str | float | None:
    if field == "target_role":
        return read_role(text, titles)
    if field == "experience_level":
        return read_level(text)
    if field == "learning_pace":
        return read_pace(text)
    if field == "hours_per_day":
        return read_hours(text)
    return read_timezone(text)


def next_question(state: OnboardingState, filled: Collection[Field]) -> Field | None:
    """The first question neither answered, skipped nor already filled in."""
    done = {*state.answered, *state.skipped, *filled}
    return next((field for field in QUESTIONS_ORDER if field not in done), None)


def ask(state: OnboardingState, filled: Collection[Field]) -> Step:
    """Ask the open question again, or the next one; ``done`` when none is left."""
    field = state.asking if state.asking not in (None, *filled) else next_question(
        state.model_copy(update={"asking": None}), filled)
    if field is None:
        return Step(state.model_copy(update={"status": "done", "asking": None,
                                             "just_asked": False}))
    updated = state.model_copy(update={"asking": field, "just_asked": True, "wait": 0,
                                       "asked_any": True})
    return Step(updated, field, intro=not state.asked_any)


def answered(state: OnboardingState, field: Field, filled: Collection[Field]) -> Step:
    """The user answered ``field`` (stored by the caller): ask the next question."""
    update = {"answered": (*state.answered, field), "asking": None, "ignored": 0}
    return ask(state.model_copy(update=update), filled)


def skipped(state: OnboardingState, field: Field, filled: Collection[Field]) -> Step:
    """The user said "skip": ask the next question."""
    update = {"skipped": (*state.skipped, field), "asking": None, "ignored": 0}
    return ask(state.model_copy(update=update), filled)


def stopped(state: OnboardingState) -> Step:
    """The user said "skip all" or "later": no more questions."""
    return Step(state.model_copy(update={"status": "stopped", "asking": None,
                                         "just_asked": False}))


def served(state: OnboardingState, filled: Collection[Field], *, may_ask: bool) -> Step:
    """A request was served; ask a question now if it is time.

    Args:
        state: The user's state before the request.
        filled: Preferences already set in the user's row.
        may_ask: False when the reply itself asks or waits for something (a clarifying
            question, an interview question, a confirmation): then no question is added.

    Returns:
        The new state and the question to add after the reply, if any.
    """
    if state.status != "active":
        return Step(state)
    if state.just_asked:
        state = _passed_over(state)
    elif state.wait > 0:
        state = state.model_copy(update={"wait": state.wait - 1})
    if not may_ask or state.wait > 0:
        return Step(state)
    return ask(state, filled)


def _passed_over(state: OnboardingState) -> OnboardingState:
    """The open question was answered by another request instead."""
    ignored = state.ignored + 1
    update: dict[str, object] = {"just_asked": False, "ignored": ignored, "wait": REASK_AFTER}
    if ignored >= MAX_IGNORED and state.asking is not None:
        update.update(skipped=(*state.skipped, state.asking), asking=None, ignored=0)
    return state.model_copy(update=update)
