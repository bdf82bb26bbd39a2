"""Markdown of the interview dialogue: question headings, scores, hints and the summary
table. Pure functions; the words are in :mod:`prompts.interview_replies`.

The interview subgraph writes its messages with these, and the offline model's renderers
(``agent/offline/render_interview.py``) use them for the interview tools' JSON, so a
question or summary reads the same wherever it is shown.
"""

from __future__ import annotations

from prompts import interview_replies as words
from tools.interview.models import Question, QuestionType
from tools.interview.summary import InterviewSummary

QUESTION_CHARS = 70
"""Questions longer than this are shortened in the summary table."""


def topic_of(question: Question, skill_name: str | None = None) -> str:
    """What a question probes, for headings: the skill's name, or the behavioural competency."""
    if question.type == "technical":
        return skill_name or question.skill_id or words.KIND["technical"]
    if question.competency:
        return words.BEHAVIORAL_TOPIC.format(competency=question.competency.replace("-", " "))
    return words.BEHAVIORAL_TOPIC_GENERIC


def for_role(role: str | None) -> str:
    """`` for **Backend Developer**`` or an empty string."""
    return words.INTRO_FOR_ROLE.format(role=role) if role else ""


def question_block(number: int, total: int, kind: QuestionType, topic: str, text: str) -> str:
    """``**Question 2 of 6** (technical · Docker)`` and the question below it."""
    heading = words.QUESTION_HEADING.format(number=number, total=total,
                                            kind=words.KIND[kind], topic=topic)
    return f"{heading}\n\n{text}"


def intro(role: str | None, total: int, technical: int) -> str:
    """The opening lines of a new interview, with the controls."""
    opening = words.INTRO.format(for_role=for_role(role), total=total, technical=technical,
                                 behavioral=total - technical)
    return f"{opening}\n\n{words.CONTROLS}"


def resumed(role: str | None, done: int, total: int) -> str:
    """The opening line when a paused interview continues, with the controls."""
    return (f"{words.RESUMED.format(for_role=for_role(role), done=done, total=total)}\n\n"
            f"{words.CONTROLS}")


def score_line(score: int, feedback: str) -> str:
    """``**Score: 45/100.** <feedback naming covered and missed points>``."""
    return words.SCORE_LINE.format(score=score, feedback=feedback)


def hint_line(question: Question) -> str:
    """The question's hint, or a generic one for its type."""
    if question.hint.strip():
        return words.HINT.format(hint=question.hint.strip())
    return words.HINT_GENERIC if question.type == "technical" else words.HINT_BEHAVIORAL


def summary_block(summary: InterviewSummary, final: bool = True) -> str:
    """The summary table, the overall score and what to practise next (Markdown)."""
    title = words.SUMMARY_TITLE if final else words.SUMMARY_TITLE_PROGRESS
    lines = [title.format(for_role=for_role(summary.target_role)), "", words.SUMMARY_HEADER]
    lines += [words.SUMMARY_ROW.format(
        number=r.number, question=_short(r.text), kind=words.KIND[r.type],
        topic=r.topic, score=_score_cell(r.status, r.score)) for r in summary.results]
    lines.append("")
    if summary.overall_score is None:
        lines.append(words.SUMMARY_NO_SCORE)
    else:
        lines.append(words.SUMMARY_OVERALL.format(
            score=_number(summary.overall_score), answered=summary.answered,
            skipped=summary.skipped, planned=summary.planned))
    lines += ["", *_practise_lines(summary), "", _closing(summary)]
    return "\n".join(lines).rstrip()


def _practise_lines(summary: InterviewSummary) -> list[str]:
    if not summary.practise:
        return [words.SUMMARY_ALL_GOOD] if summary.overall_score is not None else []
    lines = [words.SUMMARY_PRACTISE]
    for item in summary.practise:
        joined = "; ".join(p.rstrip(". ") for p in item.points)
        points = (words.SUMMARY_PRACTISE_POINTS.format(points=joined)
                  if item.points else "")
        lines.append(words.SUMMARY_PRACTISE_ITEM.format(topic=item.topic, score=item.score,
                                                        points=points))
    return lines


def _closing(summary: InterviewSummary) -> str:
    if summary.status == "in_progress":
        return words.SUMMARY_PAUSED
    if summary.status == "abandoned":
        return words.SUMMARY_ABANDONED
    return words.SUMMARY_NEXT


def _score_cell(status: str, score: int | None) -> str:
    if status == "skipped":
        return words.SUMMARY_SKIPPED
    return words.SUMMARY_PENDING if score is None else str(score)


def _short(text: str) -> str:
    flat = " ".join(text.split()).replace("|", "/")
    return flat if len(flat) <= QUESTION_CHARS else flat[:QUESTION_CHARS - 1].rstrip() + "…"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
