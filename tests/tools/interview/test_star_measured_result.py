"""A behavioural answer whose result already names an amount is not told to add one."""

from __future__ import annotations

import pytest
from interview_questions import MISSED_DEADLINE

from prompts.interview import STAR_NUMBERS
from storage.embedder import FastEmbedder
from tools.interview.scoring import score_answer
from tools.interview.star import star_evidence

OPENING = ("Last year our release process was too slow and I owned the fix. I profiled the "
           "pipeline, rewrote the slowest steps and set up caching for the test stage. ")
MEASURED = [
    "We cut load time by 40%.",
    "It saved 3 hours a week for the whole team.",
    "Lead time went from 12 to 4 days.",
    "We finished two weeks early.",
    "The build got forty percent faster.",
    "We halved the number of failed releases.",
    "Fifteen engineers adopted it within a month.",
]
UNMEASURED = ("We shipped it on time and the team adopted it. Since then I learned to profile "
              "every pipeline first.")
RESULT = "Result: the measurable outcome and what the candidate would repeat"


@pytest.mark.parametrize("result", MEASURED)
def test_a_result_with_an_amount_is_measured(result: str) -> None:
    assert star_evidence(OPENING + result).measured_result


def test_a_result_without_an_amount_is_not_measured() -> None:
    assert not star_evidence(OPENING + UNMEASURED).measured_result
    assert not star_evidence("").measured_result


@pytest.mark.parametrize("result", MEASURED[:4])
def test_feedback_does_not_ask_for_a_number_that_is_there(embedder: FastEmbedder,
                                                           result: str) -> None:
    scored = score_answer(MISSED_DEADLINE, OPENING + result, embedder)
    assert RESULT in scored.covered
    assert STAR_NUMBERS not in scored.feedback


def test_feedback_asks_for_a_number_when_the_result_has_none(embedder: FastEmbedder) -> None:
    scored = score_answer(MISSED_DEADLINE, OPENING + UNMEASURED, embedder)
    assert RESULT in scored.covered
    assert STAR_NUMBERS in scored.feedback
