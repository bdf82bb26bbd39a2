"""Shared set-up of the interview graph tests: a migrated SQLite database, a small question
bank, the hashing embedder, and one chat turn the way ``agent.runtime`` runs it."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fakes import BagOfWordsEmbedder, OneHotSkillIndex
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.types import Command

from graphs.chat import build_chat_graph
from graphs.interview import build_interview_graph
from graphs.services import Services
from graphs.toolkit.interview import interview_tools
from storage.db import make_engine, make_session_factory
from storage.files import UploadStore
from storage.migrate import upgrade
from storage.questions import QuestionBank
from storage.roles import load_roles
from storage.taxonomy import default_taxonomy
from tools.interview.models import Question

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


def tech(qid: str, skill: str, text: str, points: list[str], hint: str = "") -> Question:
    return Question(id=qid, text=text, type="technical", skill_id=skill, key_points=points,
                    misconceptions=[], hint=hint)


def beh(qid: str, competency: str, text: str) -> Question:
    return Question(id=qid, text=text, type="behavioral", competency=competency, key_points=[
        "Situation: the project and what was at stake.",
        "Task: what the candidate was responsible for.",
        "Action: the steps the candidate personally took.",
        "Result: the outcome with a number."], hint="Tell one real story.")


SMALL_BANK = QuestionBank([
    tech("sql-join", "sql", "What is the difference between an inner join and a left join?", [
        "An inner join returns only rows that match in both tables.",
        "A left join returns every row of the left table with matches or nulls.",
        "Unmatched right-side columns are filled with null values.",
        "Use a left join to keep rows that have no match."], hint="Think of unmatched rows."),
    tech("sql-index", "sql", "What does a database index do and what does it cost?", [
        "An index speeds up lookups by avoiding a full table scan.",
        "Indexes are usually B-tree structures kept sorted.",
        "Every insert and update must also maintain the index.",
        "Indexes take extra storage space."]),
    tech("git-rebase", "git", "What is the difference between git merge and git rebase?", [
        "Merge joins two histories with a merge commit.",
        "Rebase replays commits on top of another branch.",
        "Rebase rewrites commit history so it looks linear.",
        "Never rebase commits that others have already pulled."]),
    tech("rest-verbs", "rest-api", "Which HTTP methods does a REST API use, and for what?", [
        "GET reads a resource without changing it.",
        "POST creates a new resource.",
        "PUT replaces a resource and DELETE removes it.",
        "Responses use status codes such as 200, 201 and 404."]),
    tech("docker-image", "docker", "How does a Docker image differ from a container?", [
        "An image is a read-only template built from a Dockerfile.",
        "A container is a running instance of an image.",
        "Many containers can start from the same image.",
        "Container changes are lost unless stored in a volume."]),
    beh("beh-team", "teamwork", "Tell me about a time you helped a teammate who was stuck."),
    beh("beh-conflict", "conflict", "Tell me about a disagreement with a colleague."),
    beh("beh-failure", "failure", "Tell me about a project that failed."),
])




def make_services(folder: Path, bank: QuestionBank = SMALL_BANK,
                  embedder: Any = None) -> Services:
    """Services over a migrated SQLite database in ``folder`` (created on first use)."""
    url = f"sqlite:///{folder / 'hr.sqlite3'}"
    upgrade(url)
    fake = embedder or BagOfWordsEmbedder()
    return Services(make_session_factory(make_engine(url)), UploadStore(folder / "uploads"),
                    lambda: None, OneHotSkillIndex, default_taxonomy,  # type: ignore[arg-type,return-value]
                    load_roles, lambda: NOW.date(), lambda: NOW, folder / "exports",
                    embedder=lambda: fake, question_bank=lambda: bank)


class Chat:
    """The chat graph with the interview subgraph over a SQLite checkpoint file; ``say``
    runs one turn as the runtime does (resuming a waiting interview)."""

    def __init__(self, services: Services, model: Any, folder: Path, user_id: str) -> None:
        self.conn = sqlite3.connect(str(folder / "checkpoints.sqlite3"), check_same_thread=False)
        saver = SqliteSaver(self.conn)
        saver.setup()
        self.graph = build_chat_graph(model, interview_tools(services), saver,
                                      interview=build_interview_graph(services))
        self.config: RunnableConfig = {"configurable": {"thread_id": f"{user_id}:t1",
                                                        "user_id": user_id}}

    def waiting(self) -> bool:
        return bool(self.graph.get_state(self.config).interrupts)

    def say(self, text: str) -> str:
        if self.waiting():
            result = self.graph.invoke(Command(resume=text), self.config)
        else:
            result = self.graph.invoke({"messages": [HumanMessage(text)]}, self.config)
        for pending in result.get("__interrupt__") or ():
            return str(pending.value["text"])
        return str(_last_ai(result["messages"]).content)

    def messages(self) -> list[BaseMessage]:
        return list(self.graph.get_state(self.config).values.get("messages", []))

    def close(self) -> None:
        self.conn.close()


def _last_ai(messages: Sequence[BaseMessage]) -> AIMessage:
    return next(m for m in reversed(messages) if isinstance(m, AIMessage))


def call(name: str, n: int, **args: Any) -> AIMessage:
    """A scripted model message calling one tool."""
    return AIMessage("", tool_calls=[{"name": name, "args": args, "id": f"c{n}",
                                      "type": "tool_call"}])
