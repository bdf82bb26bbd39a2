"""Intent router of the offline chat model: patterns first, then nearest example.

Patterns catch the unambiguous phrasings cheaply; anything else is compared with the example
messages in :mod:`prompts.intents` by cosine similarity of their embeddings. Below
:data:`MIN_SIMILARITY` the router is unsure and the model asks a clarifying question.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from agent.offline.rules import (
    JOB_ATTACHMENT_WORDS,
    ORDERED_RULES,
    looks_like_job_description,
)
from prompts.chat import ATTACHMENT_PATTERN
from prompts.intents import INTENT_EXAMPLES
from tools.protocols import Embedder

MIN_SIMILARITY = 0.55
"""Cosine similarity below which the nearest example is not trusted."""

MIN_WORDS_OUT_OF_SCOPE = 3
"""A message this long that matches nothing and names nothing career-related is out of scope;
shorter ones ("hmm", "ok so") are too vague to judge and get a clarifying question."""

_CAREER = re.compile(
    r"\b(job|jobs|role|career|skill|skills|interview|roadmap|learn|learning|study|course|"
    r"resume|résumé|cv|hire|hiring|internship|salary|readiness|practice|profile|goal|stage|"
    r"streak|reminder|experience|education|degree|portfolio|project|recruiter|apply)\b", re.I)
_WORD = re.compile(r"[^\W\d_]{2,}")

_ATTACHMENT = re.compile(ATTACHMENT_PATTERN)

_RESUME = r"(resume|résumé|resumé|cv|c\.v\.|curriculum vitae|resme|cover letter)"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("help", re.compile(
        r"^\s*(help|\?|menu|commands|options)\b"
        r"|\bwhat (can|could) (you|u|this( bot| app| thing)?|hireready|it) (do|help)"
        r"|\bwhat are (you|u) (capable of|for|able to)|\bwhat (exactly )?are you for\b"
        r"|\b(show|list|give) me (the|your) (commands|features|options)\b"
        r"|\bhow (do|does|can|should) (i|this|it|you) (use|work|start|begin|get started)"
        r"|\b(get|getting) started\b|\bwhere (do|should|can) i (even )?(start|begin)\b"
        r"|\b(the )?first step\b|\bwhat (kind of|sort of )?(things|stuff) can i ask"
        r"|\bwhat (are )?my options\b|\bexplain what (hireready|this|you)\b"
        r"|\b(guide|tutorial|intro) (on|to|for) (using|use)\b|\bhow to use (this|you|it)\b"
        r"|\bwhat (does|is) hireready\b|\bwhat am i supposed to do\b", re.I)),
    ("show_profile", re.compile(
        r"\b(show|see|view|display|list|pull up|open)\b.*\b(profile|skills|education|"
        r"experience|details|extracted|data)\b"
        r"|\bmy (profile|skills)\b\??$"
        r"|\b(what|which)\b.*\b(did|have|has|do) (you|u)\b.*\b(find|found|extract(ed)?|"
        r"detect(ed)?|store(d)?|save(d)?|got|get|pick(ed)? up|have me|know)\b"
        r"|\b(on file|have me down)\b", re.I)),
    ("parse_resume", re.compile(
        rf"\b(parse|read|analy[sz]e|analysis|review|check|scan|look (at|over)|go (through|over)|"
        rf"evaluate|assess|critique|rate|feedback on|improve|upload(ed)?|attach(ed)?|wrong with)"
        rf"\b.*\b{_RESUME}\b|\b{_RESUME}\b.*\b(analysis|review|check|feedback|parse|"
        rf"analy[sz]e|scan)\b", re.I)),
    ("thanks", re.compile(
        r"^\W*(ok(ay)?,? )?(thanks|thank (you|u)|thx|thnx|ty|tysm|cheers|many thanks|"
        r"much appreciated|appreciate (it|that|this)|that helped|you'?re a (lifesaver|star)|ta)\b"
        r"|^(?:\W*\w+){0,6}\W*\b(thanks|thank you|thx|ty|cheers)\W*$",
        re.I)),
    ("greeting", re.compile(
        r"^\W*(hi+|hello+|helo|hey+|hiya|yo|sup|howdy|namaste|greetings|g'?day|good (morning|"
        r"afternoon|evening|day))\b(\s+(there|coach|hireready|team|all|everyone))?"
        r"[\s!.,:)🙏👋😊]*((hope|how)\b.*)?$", re.I)),
]


@dataclass(frozen=True)
class Attachment:
    """A file referenced in a message by its marker line."""

    filename: str
    upload_id: str


@dataclass(frozen=True)
class Route:
    """The router's decision.

    Attributes:
        intent: Intent name (a key of :data:`prompts.intents.INTENT_EXAMPLES`) or ``"unsure"``.
        args: Tool arguments extracted from the message.
        confidence: 1.0 for a pattern, else the cosine similarity of the nearest example.
        also: Arguments of further calls of the same tool (one per other attached file).
    """

    intent: str
    args: dict[str, object] = field(default_factory=dict)
    confidence: float = 1.0
    also: tuple[dict[str, object], ...] = ()


def attachments_in(text: str) -> list[Attachment]:
    """Attachments named by marker lines in ``text``, in order."""
    return [Attachment(m["filename"], m["upload_id"]) for m in _ATTACHMENT.finditer(text)]


def strip_attachments(text: str) -> str:
    """The message without its attachment marker lines."""
    return _ATTACHMENT.sub("", text).strip()


def _unmatched_intent(message: str) -> str:
    """``out_of_scope`` for a real request about something else, else ``unsure``."""
    words = _WORD.findall(message)
    if len(words) >= MIN_WORDS_OUT_OF_SCOPE and not _CAREER.search(message):
        return "out_of_scope"
    return "unsure"


class IntentRouter:
    """Maps a user message to an intent and tool arguments.

    Args:
        embedder: Embeds messages and examples; ``None`` limits the router to patterns.
        examples: Intent -> example messages (default :data:`prompts.intents.INTENT_EXAMPLES`).
    """

    def __init__(self, embedder: Embedder | None,
                 examples: Mapping[str, Sequence[str]] = INTENT_EXAMPLES) -> None:
        self._embedder = embedder
        self._labels = [intent for intent, texts in examples.items() for _ in texts]
        self._texts = [text for texts in examples.values() for text in texts]
        self._matrix: np.ndarray | None = None

    def route(self, text: str) -> Route:
        """Decide what a message asks for. Never raises on any string."""
        files = attachments_in(text)
        message = strip_attachments(text)
        if files:
            intent = ("read_job_description" if JOB_ATTACHMENT_WORDS.search(message)
                      else "parse_resume")
            return Route(intent, {"upload_id": files[-1].upload_id},
                         also=tuple({"upload_id": f.upload_id} for f in files[:-1]))
        if not message:
            return Route("unsure", confidence=0.0)
        if looks_like_job_description(message):
            return Route("read_job_description", {"text": message})
        return self._by_rules(message) or self._nearest(message)

    def _by_rules(self, message: str) -> Route | None:
        for rule in ORDERED_RULES:
            match = rule.pattern.search(message)
            if match:
                args = rule.extract(match)
                if args is not None:
                    return Route(rule.intent, args)
        for intent, pattern in _PATTERNS:
            if pattern.search(message):
                return Route(intent)
        return None

    def _nearest(self, message: str) -> Route:
        if self._embedder is None:
            return Route("unsure", confidence=0.0)
        if self._matrix is None:
            self._matrix = np.asarray(self._embedder.embed(self._texts), dtype=np.float32)
        query = np.asarray(self._embedder.embed([message.lower()])[0], dtype=np.float32)
        scores = self._matrix @ query
        best = int(np.argmax(scores))
        score = float(scores[best])
        if score < MIN_SIMILARITY:
            return Route(_unmatched_intent(message), confidence=score)
        return Route(self._labels[best], confidence=score)
