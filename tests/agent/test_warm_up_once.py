"""The router's one-time work is done once when many sessions start together: 50 browser
sessions each call the warm-up (and early turns predict) while the classifier is not fitted
yet; the examples are embedded and the regression fitted once, not once per caller (the
load benchmark's 22-second turns came from every session repeating it)."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

from fakes import BagOfWordsEmbedder

from agent.offline.classifier import IntentClassifier
from agent.offline.router import IntentRouter

EXAMPLES = {"greeting": ["hello", "hi there"], "help": ["help", "what can you do"],
            "show_log": ["show my log", "list my study entries"]}


class SlowCountingEmbedder(BagOfWordsEmbedder):
    """Counts the calls that embed the whole example bank, each taking a little while."""

    def __init__(self) -> None:
        self.bank_calls = 0

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if len(texts) > 1:
            self.bank_calls += 1
            time.sleep(0.05)
        return super().embed(texts)


def _together(target: object, count: int = 12) -> None:
    start = threading.Barrier(count)

    def run() -> None:
        start.wait()
        target()  # type: ignore[operator]

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def test_concurrent_warm_ups_fit_the_classifier_once() -> None:
    embedder = SlowCountingEmbedder()
    classifier = IntentClassifier(embedder, EXAMPLES)
    _together(classifier.warm_up)
    assert embedder.bank_calls == 1 and classifier.fitted


def test_turns_during_the_warm_up_wait_for_the_one_fit() -> None:
    embedder = SlowCountingEmbedder()
    router = IntentRouter(embedder, EXAMPLES)
    answers: list[str] = []
    _together(lambda: answers.append(router.route("could you pull up the stuff i wrote down before").intent))
    router.warm_up()
    assert embedder.bank_calls == 1 and router.warmed_up
    assert len(answers) == 12
