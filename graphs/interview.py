"""The mock-interview subgraph: one question at a time, waiting for each answer with
``interrupt`` (issue 7 point 2).

``enter -> (wait -> turn)* -> END``:

* **enter** runs right after ``start_interview`` or ``resume_interview``: it reads the
  interview id from that tool's JSON, and asks the current question (the first one not yet
  answered or skipped in ``hr_interview_questions``).
* **wait** calls :func:`langgraph.types.interrupt` with the text to show. The whole chat
  graph stops there and is checkpointed; the next user message comes back as the resume
  value (``Command(resume=message)``, see ``agent.runtime``), in this process or another one
  days later.
* **turn** reads the message with :func:`~tools.interview.commands.interview_command`:
  an answer is scored by :func:`~tools.interview.scoring.score_answer` and stored, with at
  most one follow-up question for a thin answer (rules in :mod:`tools.interview.dialogue`);
  ``skip`` stores 0 and moves on; ``repeat`` and ``hint`` show the question or its hint;
  ``summary`` shows the scores so far; ``pause`` leaves the interview in progress; ``end``,
  or the last answer, completes it with its summary (:mod:`tools.interview.summary`).

The database is the interview's source of truth (questions, answers, scores); the graph
state only remembers which question the user was shown and a pending follow-up. A message
that reaches a stale wait (the interview moved on in another conversation, or was closed)
is not scored against the wrong question. When the subgraph ends, the ``awaiting_answer``
flag of the tool result that opened it is cleared, so the conversation no longer reads as
waiting for an answer.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, NotRequired, TypedDict

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.runnables import RunnableConfig
from langgraph.graph import END, START, MessagesState, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import interrupt

import storage.repositories.interviews as repo
from graphs.interview_data import bank_question, item_topic, scoring_embedder, summary_of
from graphs.services import Services
from prompts import interview_replies as words
from tools.interview import display
from tools.interview.commands import interview_command
from tools.interview.dialogue import (
    combined_answer,
    follow_up_question,
    keeps_first,
    needs_follow_up,
)
from tools.interview.records import InterviewItem, InterviewRecord
from tools.interview.scoring import score_answer

AWAITING_ANSWER = "awaiting_answer"
"""Key of the interview tools' JSON: true while a question waits for the user's answer."""
INTERVIEW_TOOLS = frozenset({"start_interview", "resume_interview"})
"""Tools whose result, when it says ``awaiting_answer``, hands the turn to this subgraph."""


class FollowUp(TypedDict):
    """A follow-up question waiting for its answer: the question number, the first answer
    and its score, and the follow-up's text (for "repeat")."""

    number: int
    answer: str
    score: int
    text: str


class InterviewState(MessagesState):
    """The chat messages plus the subgraph's own keys (kept in its checkpoint only).

    Attributes:
        interview_id: The running interview.
        reply: The user's last message, to handle.
        shown: Number of the question the user was last shown.
        follow_up: A pending follow-up question, if any.
        prompt: The text shown while waiting (the interrupt's payload).
        finished: The subgraph is done (paused, completed or nothing to run).
    """

    interview_id: NotRequired[str]
    reply: NotRequired[str]
    shown: NotRequired[int]
    follow_up: NotRequired[FollowUp | None]
    prompt: NotRequired[str]
    finished: NotRequired[bool]


Update = dict[str, Any]


def build_interview_graph(services: Services) -> CompiledStateGraph[Any, Any, Any, Any]:
    """Compile the interview subgraph (it uses the parent graph's checkpointer).

    Args:
        services: Sessions, clock, embedder and question bank.

    Returns:
        A graph to add as the chat graph's ``interview`` node.
    """
    dialogue = _Dialogue(services)
    graph = StateGraph(InterviewState)
    graph.add_node("enter", dialogue.enter)
    graph.add_node("wait", wait_for_answer)
    graph.add_node("turn", dialogue.turn)
    graph.add_edge(START, "enter")
    graph.add_conditional_edges("enter", _next, {"wait": "wait", END: END})
    graph.add_edge("wait", "turn")
    graph.add_conditional_edges("turn", _next, {"wait": "wait", END: END})
    return graph.compile()


def wait_for_answer(state: InterviewState) -> Update:
    """Stop the graph until the user's next message, then hand it to ``turn``."""
    message = interrupt({"text": state.get("prompt", ""), AWAITING_ANSWER: True,
                         "interview_id": state.get("interview_id"),
                         "question_number": state.get("shown")})
    text = str(message)
    return {"messages": [HumanMessage(text)], "reply": text}


def opens_interview(messages: Sequence[BaseMessage]) -> bool:
    """True when the last tool results include an interview tool waiting for an answer."""
    return _opening_payload(messages) is not None


def _next(state: InterviewState) -> str:
    return END if state.get("finished") else "wait"


class _Dialogue:
    """The nodes that read and write the interview (one short transaction per step)."""

    def __init__(self, services: Services) -> None:
        self.services = services

    # -- nodes ----------------------------------------------------------------------------
    def enter(self, state: InterviewState, config: RunnableConfig) -> Update:
        payload = _opening_payload(state["messages"]) or {}
        interview_id = str(payload.get("interview_id", ""))
        record = self._load(config, interview_id)
        if record is None or record.status != "in_progress":
            return self._finish(state, words.NOT_RUNNING)
        current = record.current()
        base = {"interview_id": interview_id, "follow_up": None}
        if current is None:
            return {**base, **self._complete(state, config, record.id, "")}
        return {**base, **self._ask(config, record, current, _opening(payload, record))}

    def turn(self, state: InterviewState, config: RunnableConfig) -> Update:
        record = self._load(config, state.get("interview_id", ""))
        if record is None or record.status != "in_progress":
            return self._finish(state, words.NOT_RUNNING)
        reply = state.get("reply", "")
        command = interview_command(reply)
        follow = _live_follow_up(record, state.get("follow_up"))
        if follow is not None:
            asked = record.items[follow["number"] - 1]
            if command is None:
                return self._answer(state, config, record, asked, reply, follow)
            return self._control(state, config, record, asked, command, follow)
        current = record.current()
        if current is None:
            return self._complete(state, config, record.id, "")
        if state.get("shown") != current.number and command in (None, "skip"):
            return {**self._ask(config, record, current, words.MOVED_ON), "follow_up": None}
        if command is None:
            return self._answer(state, config, record, current, reply, None)
        return self._control(state, config, record, current, command, None)

    # -- answers and controls ---------------------------------------------------------------
    def _answer(self, state: InterviewState, config: RunnableConfig, record: InterviewRecord,
                current: InterviewItem, reply: str, follow: FollowUp | None) -> Update:
        question = bank_question(self.services, current)
        if question is None:  # the bank changed since the plan: nothing to score against
            self._store(config, record.id, current.number, None, 0.0, words.SKIPPED_FEEDBACK)
            return self._advance(state, config, record.id, words.SKIPPED)
        embedder = scoring_embedder(self.services)
        if follow is not None:
            combined = combined_answer(follow["answer"], reply)
            score = score_answer(question, combined, embedder)
            if keeps_first(follow["score"], score):
                text = (f"{words.FOLLOW_UP_NO_GAIN.format(score=follow['score'])} "
                        f"{score.feedback}")
            else:
                self._store(config, record.id, current.number, combined, score.score,
                            score.feedback)
                text = words.FOLLOW_UP_SCORE.format(score=score.score, feedback=score.feedback)
            return self._advance(state, config, record.id, text)
        score = score_answer(question, reply, embedder)
        self._store(config, record.id, current.number, reply, score.score, score.feedback)
        text = display.score_line(score.score, score.feedback)
        if not needs_follow_up(score, already_asked=False):
            return self._advance(state, config, record.id, text)
        ask = follow_up_question(question, score)
        text = f"{text}\n\n{words.FOLLOW_UP_HEADING.format(text=ask)}"
        return {**_say(text), "shown": current.number,
                "follow_up": FollowUp(number=current.number, answer=reply, score=score.score,
                                      text=ask)}

    def _control(self, state: InterviewState, config: RunnableConfig, record: InterviewRecord,
                 current: InterviewItem, command: str, follow: FollowUp | None) -> Update:
        total = len(record.items)
        if command == "pause":
            done = len(record.done())
            return self._finish(state, words.PAUSED.format(done=done, total=total))
        if command == "end":
            return self._complete(state, config, record.id, "")
        if command == "skip":
            if follow is not None:
                text = words.SKIPPED_FOLLOW_UP.format(score=follow["score"])
                return self._advance(state, config, record.id, text)
            self._store(config, record.id, current.number, None, 0.0, words.SKIPPED_FEEDBACK)
            return self._advance(state, config, record.id, words.SKIPPED)
        block = (words.FOLLOW_UP_HEADING.format(text=follow["text"]) if follow is not None
                 else self._question_block(current, total))
        if command == "hint":
            question = bank_question(self.services, current)
            hint = display.hint_line(question) if question else words.HINT_GENERIC
            return {**_say(hint), "follow_up": follow}
        if command == "summary":
            progress = display.summary_block(summary_of(self.services, record), final=False)
            return {**_say(f"{progress}\n\n{block}"), "follow_up": follow}
        return {**_say(f"{words.REPEAT}\n\n{block}"), "follow_up": follow}  # repeat

    # -- steps ----------------------------------------------------------------------------
    def _advance(self, state: InterviewState, config: RunnableConfig, interview_id: str,
                 text: str) -> Update:
        record = self._load(config, interview_id)
        current = record.current() if record is not None else None
        if record is None or current is None:
            return self._complete(state, config, interview_id, text)
        return {**self._ask(config, record, current, text), "follow_up": None}

    def _ask(self, config: RunnableConfig, record: InterviewRecord, current: InterviewItem,
             before: str) -> Update:
        with self.services.sessions.begin() as session:
            repo.mark_asked(session, _user(config), record.id, current.number,
                            self.services.now())
        block = self._question_block(current, len(record.items))
        return {**_say(f"{before}\n\n{block}" if before else block), "shown": current.number}

    def _complete(self, state: InterviewState, config: RunnableConfig, interview_id: str,
                  before: str) -> Update:
        with self.services.sessions.begin() as session:
            record = repo.finish_interview(session, _user(config), interview_id,
                                           self.services.now())
        if record is None or record.status != "completed":
            summary = words.ENDED_EMPTY
        else:
            summary = display.summary_block(summary_of(self.services, record))
        return self._finish(state, f"{before}\n\n{summary}" if before else summary)

    def _finish(self, state: InterviewState, text: str) -> Update:
        update = _say(text)
        update["messages"] = [*_settled(state["messages"]), *update["messages"]]
        return {**update, "finished": True, "follow_up": None}

    def _question_block(self, item: InterviewItem, total: int) -> str:
        return display.question_block(item.number, total, item.type,
                                      item_topic(self.services, item), item.text)

    def _load(self, config: RunnableConfig, interview_id: str) -> InterviewRecord | None:
        if not interview_id:
            return None
        with self.services.sessions() as session:
            return repo.get_interview(session, _user(config), interview_id)

    def _store(self, config: RunnableConfig, interview_id: str, number: int,
               answer: str | None, score: float, feedback: str) -> None:
        with self.services.sessions.begin() as session:
            repo.record_answer(session, _user(config), interview_id, number,
                               answer=answer, score=score, feedback=feedback,
                               now=self.services.now())


def _user(config: RunnableConfig) -> str:
    """The user id the runtime put in ``configurable.user_id``."""
    return str(config["configurable"]["user_id"])


def _live_follow_up(record: InterviewRecord, follow: FollowUp | None) -> FollowUp | None:
    """The pending follow-up if it still applies: its question is answered and the next
    one not yet reached (else the interview moved on elsewhere)."""
    if follow is None or not 1 <= follow["number"] <= len(record.items):
        return None
    current = record.current()
    answered = record.items[follow["number"] - 1].status == "answered"
    at_next = current is None or current.number == follow["number"] + 1
    return follow if answered and at_next else None


def _say(text: str) -> Update:
    return {"messages": [AIMessage(text)], "prompt": text, "finished": False}


def _opening(payload: dict[str, Any], record: InterviewRecord) -> str:
    parts = [str(payload[key]) for key in ("replaced_note", "role_note") if payload.get(key)]
    total = len(record.items)
    if payload.get("resumed"):
        parts.append(display.resumed(record.target_role, len(record.done()), total))
    else:
        technical = sum(item.type == "technical" for item in record.items)
        parts.append(display.intro(record.target_role, total, technical))
    return "\n\n".join(parts)


def _opening_payload(messages: Sequence[BaseMessage]) -> dict[str, Any] | None:
    """The JSON of the newest interview tool result that waits for an answer, among the tool
    results after the last AI message."""
    for message in reversed(messages):
        if not isinstance(message, ToolMessage):
            return None
        if message.name in INTERVIEW_TOOLS:
            data = _json(message)
            if data is not None and data.get(AWAITING_ANSWER) is True:
                return data
    return None


def _settled(messages: Sequence[BaseMessage]) -> list[BaseMessage]:
    """Copies of the interview tool results still saying ``awaiting_answer: true``, with it
    false (same message ids, so they replace the originals)."""
    settled: list[BaseMessage] = []
    for message in messages:
        if isinstance(message, ToolMessage) and message.name in INTERVIEW_TOOLS:
            data = _json(message)
            if data is not None and data.get(AWAITING_ANSWER) is True:
                data[AWAITING_ANSWER] = False
                settled.append(message.model_copy(
                    update={"content": json.dumps(data, ensure_ascii=False)}))
    return settled


def _json(message: ToolMessage) -> dict[str, Any] | None:
    try:
        data = json.loads(str(message.content))
    except (TypeError, ValueError):
        return None
    return data if isinstance(data, dict) else None
