"""STAR evidence in a behavioural answer: situation, task, action and a measurable result.

The STAR method (Situation, Task, Action, Result) is how interviewers grade behavioural
answers: a specific past situation, the candidate's own responsibility, what *they* did, and
an outcome, ideally measured. Each part gets a credit in [0, 1] from surface evidence:

* **situation**: a past, specific context: a time or place anchor ("last spring", "at my
  previous job", "in 2022", "two weeks before …") or a past-tense narrative opening;
* **task**: the candidate's own responsibility ("I owned", "I was responsible for",
  "my goal was", "I had to");
* **action**: first-person past-tense actions ("I profiled", "I wrote", "I asked"); more
  distinct actions, more credit; "we" actions count half;
* **result**: an outcome verb ("shipped", "dropped", "rose", "delivered") and numbers
  (%, durations, counts); a lesson ("I learned", "since then") adds a little.

Answers that only describe the candidate in the present tense ("I always…", "I'm a…",
"I believe…") give no evidence; :func:`star_evidence` reports how much of the answer is such
self-description so scoring can discount it. All rules are regular expressions over the
text: the same answer always gets the same credits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.interview.text import sentences, words

STAR_PARTS = ("situation", "task", "action", "result")
"""The four STAR parts, in the order behavioural key points list them."""

_IRREGULAR_PAST: list[str] = re.findall(
    r"\w+",
    "wrote built ran led set sat met told gave went found brought spent did got put kept chose "
    "began thought saw knew caught held took made paid sent split cut shut rewrote rebuilt "
    "broke drove fought taught sold understood read won lost left stood spoke felt became "
    "undertook oversaw withdrew overcame",
)
_PAST_VERB = rf"(?:\w+ed|{'|'.join(_IRREGULAR_PAST)})"
_ADVERB = r"(?:\w+ly\s+|then\s+|also\s+|first\s+|still\s+|personally\s+|immediately\s+)?"
_STATE_VERBS = {"was", "had", "thought", "felt", "believed", "liked", "loved", "wanted",
                "hoped", "seemed", "needed", "used", "tended", "noticed", "realized",
                "realised", "learned", "learnt", "knew", "saw"}
_I_PAST = re.compile(rf"\bI\s+{_ADVERB}({_PAST_VERB})\b")
_ANY_PAST = re.compile(rf"\b({_PAST_VERB})\b")
_WE_PAST = re.compile(rf"\b[Ww]e\s+{_ADVERB}({_PAST_VERB})\b")
_SITUATION = re.compile(
    r"\b(last|previous|past|former)\s+(year|spring|summer|autumn|fall|winter|quarter|month|"
    r"week|job|company|team|role|employer|project|internship)\b|\bin\s+(19|20)\d\d\b|"
    r"\b(at|in|on)\s+(my|our|a|the)\s+(last|previous|first|old|current|former)?\s*"
    r"(job|company|team|startup|internship|employer|project|university|hackathon)\b|"
    r"\b(once|when I|while I|two|three|four|five|six|\d+)\b.{0,30}\b(weeks?|months?|days?|"
    r"years?)\b.{0,12}\b(before|after|ago|into|notice)\b|\bonce\b|\bone time\b|"
    r"\bI joined\b|\bwe (had|were|needed|inherited|adopted|tried|launched|got)\b|"
    r"\bour\s+\w+(\s+\w+)?\s+(was|were|had|kept|took|announced)\b",
    re.IGNORECASE,
)
_TASK = re.compile(
    r"\bI\s+(was|am)\s+(responsible|in charge|the (only|one|owner|lead|tech lead|person)|"
    r"tasked|asked to|supposed to)|\bI\s+(owned|had to|needed to|volunteered|took (on|the "
    r"initiative|ownership)|was given)\b|\bmy\s+(task|job|goal|role|responsibility|part|"
    r"mandate|aim)\s+(was|is)\b|\bI\s+led\b|\bI\s+was\s+the\b",
    re.IGNORECASE,
)
_OUTCOME = re.compile(
    r"\b(shipped|delivered|launched|finished|completed|released|resolved|fixed|reduced|cut|"
    r"dropped|fell|rose|increased|improved|grew|doubled|halved|saved|won|came (first|second|"
    r"third)|signed|passed|adopted|approved|on time|early|ahead of|to spare|zero|no (downtime|"
    r"complaints|incidents|errors|breakages)|went from|down to|up to|since then|since|"
    r"afterwards|from then on|stayed|became|succeeded|recovered|restored|merged|promoted|"
    r"used it|has since|after that|within|by the end)\b",
    re.IGNORECASE,
)
_LESSON = re.compile(
    r"\b(I|we)\s+(learned|learnt|realised|realized)\b|\blesson\b|"
    r"\b(now I|now we|I now|we now|since then|from then on|next time|ever since)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    "ninety|hundreds?|thousands?|millions?|dozens?|half|double|doubled|twice|triple|tripled|"
    "halved|quadrupled|tenfold"
)
_NUMBER = re.compile(
    r"\b\d+([.,]\d+)?\s*(%|x\b|percent|per cent|ms|s\b|seconds?|minutes?|hours?|days?|"
    r"weeks?|months?|years?|k\b|m\b)?|"
    rf"\b({_NUMBER_WORDS})\b(\s*(percent|per cent))?",
    re.IGNORECASE,
)
"""A measured amount: digits (40%, 3 hours, 1,200, 10x) or a number in words (two weeks,
forty percent, a dozen, halved, doubled)."""
_SELF_DESCRIPTION = re.compile(
    r"^\s*(I\s+(always|usually|often|generally|tend|believe|think|try|strive|love|like|thrive|"
    r"am|'m|truly|really|just|naturally|never)|I'm|I am|For me|In my (view|opinion)|"
    r"(Teamwork|Leadership|Failure|Conflict|Communication|Learning|Everyone|Every|A great|"
    r"Great|Good|It's important|It is important|Honestly))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class StarEvidence:
    """Credits in [0, 1] for each STAR part plus the share of generic self-description.

    Attributes:
        credits: ``{"situation": …, "task": …, "action": …, "result": …}``, each 0–1.
        specificity: 0–1, from numbers and concrete named things in the answer.
        self_description: Share (0–1) of sentences that describe the candidate in general
            rather than tell what happened.
        actions: How many distinct first-person past actions the answer names.
        measured_result: Whether the second half of the answer, where the result is told,
            names an amount (digits, a percentage or a number in words; see ``_NUMBER``).
    """

    credits: dict[str, float]
    specificity: float
    self_description: float
    actions: int
    measured_result: bool = False


def _actions(text: str) -> tuple[int, int]:
    """Distinct past-tense verbs in sentences with "I …" (mine) or only "we …" (ours).

    Verbs coordinated after the subject ("I profiled it, proposed sharding and paired …")
    count, because the whole sentence is told in the first person.
    """
    mine: set[str] = set()
    ours: set[str] = set()
    for sentence in sentences(text):
        verbs = {v.lower() for v in _ANY_PAST.findall(sentence)} - _STATE_VERBS
        if _I_PAST.search(sentence):
            mine |= verbs
        elif _WE_PAST.search(sentence):
            ours |= verbs
    return len(mine), len(ours - mine)


def _numbers(text: str) -> int:
    return sum(1 for m in _NUMBER.finditer(text) if m.group(0).strip())


def _named_things(text: str) -> int:
    """Capitalised words that do not start a sentence (products, tools, teams, places)."""
    count = 0
    for sentence in sentences(text):
        tokens = sentence.split()[1:]
        count += sum(1 for t in tokens if t[:1].isupper() and t.strip(".,;:!?'\"()") != "I")
    return count


def star_evidence(answer: str) -> StarEvidence:
    """Credits for situation, task, action and result found in ``answer``.

    Args:
        answer: The candidate's answer, any length.

    Returns:
        :class:`StarEvidence` with every credit in [0, 1].
    """
    parts = sentences(answer)
    if not parts:
        return StarEvidence(dict.fromkeys(STAR_PARTS, 0.0), 0.0, 0.0, 0, False)
    generic = sum(1 for s in parts if _SELF_DESCRIPTION.search(s)) / len(parts)
    mine, ours = _actions(answer)
    action_units = mine + 0.5 * ours
    tail = " ".join(parts[len(parts) // 2:]) if len(parts) > 1 else answer
    outcome = len(_OUTCOME.findall(tail))
    numbers, named = _numbers(answer), _named_things(answer)
    tail_numbers = _numbers(tail)
    credits = {
        "situation": min(1.0, 0.6 * bool(_SITUATION.search(answer)) + 0.2 * min(named, 2)
                         + 0.2 * bool(_I_PAST.search(answer) or _WE_PAST.search(answer))),
        "task": min(1.0, 0.7 * bool(_TASK.search(answer)) + 0.3 * (mine >= 2)),
        "action": min(1.0, action_units / 3.0),
        "result": min(1.0, 0.4 * min(outcome, 2) / 2 + 0.4 * min(tail_numbers, 2) / 2
                      + 0.2 * bool(_LESSON.search(answer)) + 0.1 * (outcome > 0)),
    }
    specificity = min(1.0, (numbers + named) / 6.0)
    return StarEvidence(credits, specificity, generic, mine, measured_result=tail_numbers > 0)


def word_count(answer: str) -> int:
    """Number of word tokens in ``answer`` (see :func:`tools.interview.text.words`)."""
    return len(words(answer))
