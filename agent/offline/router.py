"""Intent router of the offline chat model.

Rules catch the unambiguous phrasings cheaply and read their arguments; a follow-up is read
against the last request; anything else goes to the nearest-example classifier
(``intent_examples.yaml``), with its arguments read from the whole message. Below
:data:`MIN_SIMILARITY` the router is unsure and the model asks a clarifying question. Typos
are repaired first (:mod:`agent.offline.spelling`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from agent.offline.arguments import arguments_for
from agent.offline.classifier import IntentClassifier, load_examples
from agent.offline.context import (
    RouteContext,
    correction,
    export_follow_up,
    follow_up,
    interview_follow_up,
    level_follow_up,
    pronoun_subject,
    reminder_change,
    repeat_follow_up,
    roadmap_change,
)
from agent.offline.rules import JOB_ATTACHMENT_WORDS, looks_like_job_description
from agent.offline.ruleset import ORDERED_RULES
from agent.offline.spelling import Speller, taxonomy_words, words_of
from agent.offline.subjects import default_subjects, tidy_arguments
from prompts.chat import ATTACHMENT_PATTERN
from tools.interview.commands import interview_command
from tools.progress.parse import normalize
from tools.protocols import Embedder

MIN_SIMILARITY = 0.55
"""Cosine similarity below which the nearest example is not trusted..."""
TRUST_PROBABILITY = 0.9
"""...unless the classifier gives its intent at least this probability (chosen on the blind
set v4 and the development sets; v5 stayed out of the choice)."""

_POSTINGS_FILE = re.compile(r"\.(?:csv|json)$", re.I)
_POSTINGS_WORDS = re.compile(r"\b(?:import|postings|openings|vacancies|list of jobs|jobs file|"
                             r"these jobs)\b", re.I)
"""A file of job postings to import, not one resume or one job description."""

LONG_REST_WORDS = 4
"""A greeting or thanks followed by this many words or more is read for a request too."""
LEAD_CONFIDENCE = 0.7
"""After a greeting or thanks ("Hello! Career changer here"), the rest decides only when a
rule reads it or its nearest example is at least this similar; otherwise it is a greeting."""
MAX_GIBBERISH_WORDS = 3
"""Up to this many unknown words make a message keyboard noise, not a request."""

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
        r"^\s*(help|halp|\?|menu|commands|options)\b"
        r"|\bwhat (else )?(can|could) (you|u|this( bot| app| thing)?|hireready|it) (do|help)"
        r"|\bwhat are (you|u) (capable of|for|able to)|\bwhat (exactly )?are you for\b"
        r"|\bwhat (you are|you're|u r) (able to|capable of)|\bwhat you can (do|help)\b"
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
        r"|\b(on file|have me down)\b|\bwhat (you|u) (got|found|extracted|pulled)\b", re.I)),
    ("parse_resume", re.compile(
        rf"\b(parse|read|analy[sz]e|analysis|review|check|scan|look (at|over)|go (through|over)|"
        rf"evaluate|assess|critique|rate|feedback on|improve|upload(ed)?|attach(ed)?|wrong with)"
        rf"\b.*\b{_RESUME}\b|\b{_RESUME}\b.*\b(analysis|review|check|feedback|parse|"
        rf"analy[sz]e|scan)\b", re.I)),
    ("small_talk", re.compile(
        r"^\W*(?:(?:hi|hey|hello)\W+)?(?:how are (?:you|u)|how r u|how'?s it going|how have you "
        r"been|what'?s up|wassup|how'?s your day|how do you do)\W*$", re.I)),
    ("thanks", re.compile(
        r"^\W*((ok(ay)?|lovely|great|perfect|brilliant|awesome|cool|nice|super)[,!.]? )?"
        r"(thanks|thank (you|u)|thx|thnx|ty|tysm|cheers|many thanks|obrigad[oa]|gracias|merci|"
        r"danke|grazie|shukran|asante|dhanyavaad|dhanyavad|"
        r"much appreciated|appreciate (it|that|this)|that helped|you'?re a (lifesaver|star)|ta)\b"
        r"|^(?:\W*\w+){0,6}\W*\b(thanks|thank you|thx|ty|cheers)\W*$"
        r"|^\W*(nice|great|perfect|awesome|cool|brilliant|lovely|super|sweet|amazing)\W*"
        r"[👍🙏🙌😊🙂👌✨!\s]*$",
        re.I)),
    ("greeting", re.compile(
        r"^\W*(hi+|hello+|helo|hey+|hiya|yo|sup|howdy|namaste|greetings|g'?day|hola|bonjour|"
        r"hallo|ciao|salut|(?:as)?salam(?:u)? ?(?:alaikum|alaykum)?|good (morning|"
        r"afternoon|evening|day))\b(\s+(there|coach|hireready|team|all|everyone))?"
        r"[\s!.,:)🙏👋😊]*((hope|how)\b.*)?$|^[\s👋🙏😊🙂]+$", re.I)),
]

_COURTESY_LEAD = re.compile(
    r"^\W*(?:(?P<greeting>hi+|hello+|hey+|hiya|good (?:morning|afternoon|evening)|dear "
    r"hireready|namaste)|(?P<thanks>thanks|thank you|thx|cheers|ok(?:ay)? thanks?))\b"
    r"(?:\s+(?:there|coach|hireready|so much|a lot|again))?\s*[!.,:;]+\s*", re.I)
"""A greeting or thanks that opens a longer message: the rest is the request."""
_COURTESY_TAIL = re.compile(r"[\s,.!;:-]+(?:thanks|thank you|thx|ty|cheers|many thanks)"
                            r"(?:\s+(?:so much|a lot|in advance))?\W*$", re.I)
"""A thanks that closes a request ("show my roadmap pls, thanks"): the request is the point."""
_SECOND_REQUEST = re.compile(
    r"(?:(?:,\s*|\s+)(?:and(?: then)?|then|also|plus|&)\s+|(?<=[.!?])\s+(?:(?:and|also|then|plus|"
    r"oh and)\s+)?)(?=(?:please\s+|pls\s+|also\s+|can you\s+|could you\s+)?"
    r"(?:add|remove|delete|drop|mark|show|log|export|download|rate|remind|set|stop|explain|find|"
    r"give|make|build|create|undo|list|compare|start|tell|what(?:'s| is| are)?|whats|how|which|"
    r"when|where)\b)", re.I)
"""Where a second request starts in one message ("add Docker and remove COBOL")."""


@dataclass(frozen=True)
class Attachment:
    """A file referenced in a message by its marker line."""

    filename: str
    upload_id: str


@dataclass(frozen=True)
class Route:
    """The router's decision.

    Attributes:
        intent: Intent name (a key of ``intent_examples.yaml``) or ``"unsure"``.
        args: Tool arguments extracted from the message.
        confidence: 1.0 for a pattern, else the cosine similarity of the nearest example.
        also: Arguments of further calls of the same tool (one per other attached file).
        more: Further requests made in the same message ("add Docker and remove COBOL"), in
            the order written.
    """

    intent: str
    args: dict[str, object] = field(default_factory=dict)
    confidence: float = 1.0
    also: tuple[dict[str, object], ...] = ()
    more: tuple[Route, ...] = ()


def attachments_in(text: str) -> list[Attachment]:
    """Attachments named by marker lines in ``text``, in order."""
    return [Attachment(m["filename"], m["upload_id"]) for m in _ATTACHMENT.finditer(text)]


def strip_attachments(text: str) -> str:
    """The message without its attachment marker lines."""
    return _ATTACHMENT.sub("", text).strip()


_FUNCTION_WORDS = frozenset(re.findall(r"\S+",
    "a an the and or but so if it its it's this that these those them they you u me my i i'm "
    "we us our can could would should will do does did done is are was were be been am have "
    "has had to of in on at for with about what which who how why when where there here then "
    "now just really very ok okay okk yes no yeah yep nope hmm hmmm um uh so well oh ah thing "
    "things stuff one more again too also please pls plz other another before from earlier "
    "previous same whatever something anything last"))
"""Words that carry no request on their own: a message made only of them is too vague to act
on ("can you do it", "what about that one", "ok so um")."""


_NOT_A_REQUEST = frozenset({"unsure", "out_of_scope", "small_talk", "greeting", "thanks",
                            "read_job_description"})
"""Intents the classifier may not give the first of several requests: they are not requests
to act on, or (a posting) need the whole message."""


def _vague(message: str) -> bool:
    words = re.findall(r"[a-z']+", message.lower())
    return bool(words) and all(w in _FUNCTION_WORDS for w in words)


def _unmatched_intent(message: str) -> str:
    """``out_of_scope`` for a real request about something else, else ``unsure``."""
    words = _WORD.findall(message)
    if len(words) >= MIN_WORDS_OUT_OF_SCOPE and not _CAREER.search(message):
        return "out_of_scope"
    return "unsure"


class IntentRouter:
    """Maps a user message to an intent and tool arguments.

    Order: attachments, a pasted job description, an interview waiting for an answer, a
    follow-up of the last request (:mod:`agent.offline.context`), the phrasing rules, then
    the nearest examples (:mod:`agent.offline.classifier`) with arguments read from the
    whole message (:mod:`agent.offline.arguments`).

    Args:
        embedder: Embeds messages and examples; ``None`` limits the router to rules.
        examples: Intent -> example messages (default: ``intent_examples.yaml``).
    """

    def __init__(self, embedder: Embedder | None,
                 examples: Mapping[str, Sequence[str]] | None = None) -> None:
        self._classifier = IntentClassifier(embedder, examples) if embedder else None
        self._spelling: Speller | None = None
        self._lock = threading.RLock()

    def warm_up(self) -> None:
        """Build the typo repairer, the skill and role finder and the classifier now, so the
        first message that needs them is not the one that waits; callers at the same time
        wait for one build."""
        with self._lock:
            self._speller()
            default_subjects()
            if self._classifier is not None:
                self._classifier.warm_up()

    @property
    def warmed_up(self) -> bool:
        """True once :meth:`warm_up` has nothing left to do."""
        return self._classifier is None or self._classifier.fitted

    def route(self, text: str, context: RouteContext | None = None) -> Route:
        """Decide what a message asks for, given the conversation so far. Never raises on
        any string."""
        context = context or RouteContext()
        files = attachments_in(text)
        message = strip_attachments(text)
        if files:
            intent = ("import_jobs" if _POSTINGS_FILE.search(files[-1].filename)
                      or _POSTINGS_WORDS.search(message)
                      else "read_job_description" if JOB_ATTACHMENT_WORDS.search(message)
                      else "parse_resume")
            return Route(intent, {"upload_id": files[-1].upload_id},
                         also=tuple({"upload_id": f.upload_id} for f in files[:-1]))
        if not message:
            return Route("unsure", confidence=0.0)
        if context.interview_active:
            return _in_interview(message)
        if looks_like_job_description(message):
            return Route("read_job_description", {"text": message})
        message = self._speller().correct(message)
        lead = _COURTESY_LEAD.match(message)
        whole = self._by_patterns(message)
        rest_words = len(message[lead.end():].split()) if lead else 0
        tail = _COURTESY_TAIL.search(message)
        if whole in ("greeting", "thanks") and tail and tail.start() > 0 and not lead:
            found = self._one(message[:tail.start()], context)
            if found.intent not in ("unsure", "out_of_scope", "thanks", "greeting"):
                return self._tidy(found, message[:tail.start()], context)
        if whole in ("greeting", "thanks") and rest_words < LONG_REST_WORDS:
            return Route(whole)
        if lead and message[lead.end():].strip():
            found = self._one(message[lead.end():], context)
            if found.intent not in ("unsure", "out_of_scope") and (
                    found.confidence >= LEAD_CONFIDENCE):
                return self._tidy(found, message[lead.end():], context)
            return Route("greeting" if lead.group("greeting") else "thanks")
        return self._tidy(self._several(message, context) or self._one(message, context),
                          message, context)

    def _tidy(self, route: Route, message: str, context: RouteContext) -> Route:
        """The route with its subject arguments tidied (:mod:`agent.offline.subjects`) and a
        "for it" resolved against the conversation."""
        args = tidy_arguments(route.intent, route.args, message, default_subjects())
        args = pronoun_subject(route.intent, args, message, context)
        more = tuple(self._tidy(other, message, context) for other in route.more)
        return replace(route, args=args, more=more)

    def _one(self, message: str, context: RouteContext) -> Route:
        found = (correction(message, context) or interview_follow_up(message, context)
                 or level_follow_up(message, context) or roadmap_change(message, context)
                 or self._rule(message) or self._rule(normalize(message))
                 or follow_up(message, context) or reminder_change(message, context)
                 or repeat_follow_up(message, context)
                 or export_follow_up(message, context))
        if isinstance(found, Route):
            return found
        if found:
            return Route(*found)
        return self._nearest(message)

    def _several(self, message: str, context: RouteContext) -> Route | None:
        """Two or more requests joined by "and", each recognised by a rule."""
        parts = [p for p in _SECOND_REQUEST.split(message) if p and p.strip()]
        if len(parts) < 2:
            return None
        routes = [self._rule(part) or self._rule(normalize(part)) for part in parts]
        if routes[0] is None and self._classifier is not None:
            routes[0] = self._confident(parts[0])
        if any(route is None for route in routes):
            return None
        first, *rest = [r for r in routes if r is not None]
        while rest and rest[0].intent == first.intent and not set(rest[0].args) & set(first.args):
            first = replace(first, args={**first.args, **rest.pop(0).args})  # one request
        return Route(first.intent, first.args, first.confidence, first.also, tuple(rest))

    def _confident(self, part: str) -> Route | None:
        """The classifier's reading of the first of several requests, when it is sure."""
        if _vague(part):
            return None
        found = self._classifier.predict(part) if self._classifier else None
        if found is None or found.probability < TRUST_PROBABILITY or (
                found.confidence < MIN_SIMILARITY or found.intent in _NOT_A_REQUEST):
            return None
        return Route(found.intent, arguments_for(found.intent, part), found.confidence)

    def _rule(self, message: str) -> Route | None:
        return self._by_rules(message)

    def _gibberish(self, message: str) -> bool:
        """A short message none of whose words is English or known ("jfkdlsa", "asdf qwop")."""
        words = re.findall(r"[A-Za-z]{3,}", message)
        return 0 < len(words) <= MAX_GIBBERISH_WORDS and not any(
            self._speller().knows(word) for word in words)

    def _speller(self) -> Speller:
        if self._spelling is not None:
            return self._spelling
        with self._lock:
            if self._spelling is None:
                examples = load_examples()
                self._spelling = Speller(words_of(t for texts in examples.values()
                                                  for t in texts), taxonomy_words())
            return self._spelling

    def _by_rules(self, message: str) -> Route | None:
        for rule in ORDERED_RULES:
            match = rule.pattern.search(message)
            if match:
                args = rule.extract(match)
                if args is not None:
                    return Route(rule.intent, args)
        intent = self._by_patterns(message)
        return Route(intent) if intent else None

    @staticmethod
    def _by_patterns(message: str) -> str | None:
        for intent, pattern in _PATTERNS:
            if pattern.search(message):
                return intent
        return None

    def _nearest(self, message: str) -> Route:
        if _vague(message) or self._gibberish(message):
            return Route("unsure", confidence=0.0)
        if self._classifier is None:
            return Route(_unmatched_intent(message), confidence=0.0)
        found = self._classifier.predict(message)
        if found.confidence < MIN_SIMILARITY and found.probability < TRUST_PROBABILITY:
            return Route(_unmatched_intent(message), confidence=found.confidence)
        return Route(found.intent, arguments_for(found.intent, message), found.confidence)


_COMMAND_INTENTS = {"skip": "skip_question", "repeat": "repeat_question", "hint": "hint",
                    "pause": "pause_interview", "end": "end_interview",
                    "summary": "interview_summary"}


def _in_interview(message: str) -> Route:
    """Inside an interview a message is an answer unless it is a control."""
    command = interview_command(message)
    if command is None:
        return Route("interview_answer", {"answer": message})
    return Route(_COMMAND_INTENTS[command])
