"""What the mock-interview dialogue and its tools read from the services: the scoring
embedder, the bank question of a stored one (by its id; by its text only for old rows
stored without an id), topics and the summary of a stored interview.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from graphs.services import Services
from storage.questions import QuestionBank
from tools.interview.display import topic_of
from tools.interview.models import Question
from tools.interview.records import InterviewItem, InterviewRecord
from tools.interview.scoring import score_answer
from tools.interview.summary import InterviewSummary, summarise
from tools.protocols import Embedder


class _IndexEmbedder:
    """The skill index's embedder as an :class:`~tools.protocols.Embedder`."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return [list(map(float, row)) for row in self._services.skill_index().embed(texts)]


def scoring_embedder(services: Services) -> Embedder:
    """The embedder answers are scored with: ``services.embedder`` or the skill index's.

    Give the services an embedder that returns the same object every time, so question
    vectors stay cached between answers (the fallback embeds them again each time).
    """
    if services.embedder is not None:
        return services.embedder()
    return _IndexEmbedder(services)


@lru_cache(maxsize=4)
def _by_text(bank: QuestionBank) -> dict[str, Question]:
    return {q.text: q for q in reversed(bank.all())}


def bank_question(services: Services, item: InterviewItem) -> Question | None:
    """The bank question a stored interview question was asked from.

    Found by ``item.question_id``, so editing a question's wording in the bank keeps the
    link; only an item stored without an id (a row older than revision 0010 whose text
    matched no bank question then) is matched by its exact text.

    Returns:
        The question, or ``None`` when the bank no longer has it.
    """
    bank = services.question_bank()
    if item.question_id is not None:
        return bank.by_id(item.question_id)
    return _by_text(bank).get(item.text)


def item_topic(services: Services, item: InterviewItem) -> str:
    """Heading topic of a stored question: the skill's name, or the competency."""
    question = bank_question(services, item)
    if question is None:
        return item.skill or item.type
    return topic_of(question, item.skill)


def summary_of(services: Services, record: InterviewRecord) -> InterviewSummary:
    """The summary of a stored interview.

    Missed key points come from scoring each stored answer again — scoring is deterministic,
    so this gives the points behind the stored score; a skipped question missed them all.
    """
    topics = {item.number: item_topic(services, item) for item in record.items}
    missed: dict[int, list[str]] = {}
    for item in record.done():
        question = bank_question(services, item)
        if question is None:
            continue
        if item.status == "skipped" or not item.answer:
            missed[item.number] = list(question.key_points)
        else:
            missed[item.number] = score_answer(question, item.answer,
                                               scoring_embedder(services)).missed
    return summarise(record, topics, missed)
