"""Offline replies for the mock-interview tools. Scores and questions come from the tools'
JSON; the Markdown is :mod:`tools.interview.display`'s, the same the interview subgraph
writes.

While a question waits for an answer the interview subgraph writes the replies itself;
these render the tool results the model sees: a summary ("how did I do?"), or an opened
interview when the chat graph runs without the subgraph.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tools.interview import display
from tools.interview.summary import InterviewSummary


def render_opened(data: dict[str, Any]) -> str:
    """An interview that was started or resumed: the opening lines and the current question."""
    parts = [str(data[key]) for key in ("replaced_note", "role_note") if data.get(key)]
    total = int(data.get("questions", 0))
    if data.get("resumed"):
        parts.append(display.resumed(data.get("role"), int(data.get("done", 0)), total))
    else:
        parts.append(display.intro(data.get("role"), total, int(data.get("technical", 0))))
    question = data.get("question")
    if question:
        parts.append(display.question_block(question["number"], question["total"],
                                            question["type"], question["topic"],
                                            question["text"]))
    return "\n\n".join(parts)


def render_summary(data: dict[str, Any]) -> str:
    """The summary table, overall score and what to practise next."""
    summary = InterviewSummary.model_validate(data["summary"])
    return display.summary_block(summary, final=summary.status != "in_progress")


RENDERERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "start_interview": render_opened,
    "resume_interview": render_opened,
    "interview_summary": render_summary,
}
"""Tool name -> renderer of its JSON output."""
