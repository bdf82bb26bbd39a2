"""Skill and role names found in a message, to tidy the subject arguments the rules read.

The phrasing rules read a subject as "the words after the verb", which drags in the words
around it: "courses for AWS for someone intermediate", "explain OAuth in simple words",
"entry 3 should be Python not Java". The taxonomy and the role catalogue know the names
people use, so a subject that is not itself a known name is cut down to the known name
inside it, and a missing subject ("I've been using Git for years, add it") is found in the
whole message. The names come from the bundled taxonomy (``storage/seed``) and role
catalogue, matched with :class:`tools.skill_matcher.SkillMatcher` (case rules and all).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache

from tools.gaps.models import Role
from tools.skill_matcher import SkillMatcher
from tools.taxonomy import SkillEntry

REQUEST_WORDS = frozenset({
    "roadmap", "road map", "resume", "cv", "interview", "interviews", "mock interview",
    "progress", "plan", "planning", "reminder", "reminders", "log", "logging", "goal", "goals",
    "profile", "skills", "skill", "job", "jobs", "readiness", "help", "support", "learning",
    "study", "studying", "practice", "feedback", "summary", "export", "data", "account",
    "schedule", "calendar", "course", "courses", "resources", "streak", "score", "time",
    "research", "writing", "reading", "testing",
})
"""Taxonomy names that are also the words of a request to the coach ("show my roadmap",
"log progress"): never taken as the subject of a request on their own."""

SENIORITY = re.compile(r"(?:(?:junior|jr\.?|senior|sr\.?|entry[- ]level|graduate|grad|"
                       r"trainee|intern|lead|principal|staff|mid[- ]level)\s+)+$", re.I)
"""Seniority words written before a role's name: kept with it ("junior frontend dev")."""

_NOISE = re.compile(
    r"^(?:(?:in|simple|plain|english|words?|terms|like|i'?m|im|\d+|five|what|how|does|do|"
    r"works?|is|are|the|a|an|for|someone|me|to|please|pls|plz|exactly|btw|then|again|"
    r"basically|briefly|quickly|actually|really|now|anyway|though|eli5|skill|skills|topic|"
    r"concept|thing|stuff|course|tutorial|level|beginner|intermediate|advanced|"
    r"new|my|at|it|of|on|about|take|off|drop|remove|delete|lol|lmao|haha|tbh|too|also|and|"
    r"used|meant|by|meaning)\s*)*$",
    re.I)
"""Words that may surround a topic's name without belonging to it."""
_CONTRAST = re.compile(r"\s+(?:not|instead of|rather than|but not)\s+.*$", re.I)
_HOW_IT_WORKS = re.compile(r"^(?:how|why)\s+(?:do\s+|does\s+)?(?P<x>.+?)\s+(?:works?|"
                           r"function|is used|are used)$", re.I)


class SubjectFinder:
    """Finds taxonomy skills and catalogue roles as written in a message.

    Args:
        skills: Taxonomy entries (the bundled taxonomy has about 4,600).
        roles: The role catalogue (about 125 roles, titles and aliases).
    """

    def __init__(self, skills: Sequence[SkillEntry], roles: Sequence[Role]) -> None:
        self._skills = SkillMatcher(skills)
        self._roles = SkillMatcher([SkillEntry(id=r.id, name=r.title, aliases=r.aliases)
                                    for r in roles])

    def skills_in(self, text: str) -> list[str]:
        """Skill names as written in ``text``, in order, request words left out."""
        return [text[start:end] for _, start, end in self._skills.find(text, plurals=False)
                if text[start:end].lower() not in REQUEST_WORDS]

    def is_skill(self, text: str) -> bool:
        """True when ``text`` is exactly a skill name (any case the taxonomy allows)."""
        found = self._skills.find(text, plurals=False)
        return len(found) == 1 and found[0][1] == 0 and found[0][2] == len(text)

    def role_in(self, text: str) -> str | None:
        """The first role named in ``text``, as written, with the seniority words before
        it ("a junior frontend dev position" → "junior frontend dev") and without a plural
        "s" ("devops engineers" → "devops engineer"); ``None`` if none."""
        found = self._roles.find(text, plurals=True)
        if not found:
            return None
        entry, start, end = found[0]
        if text[end - 1:end].lower() == "s" and not any(
                form.lower().endswith("s") for form in entry.surface_forms()):
            end -= 1
        before = SENIORITY.search(text[:start])
        return text[before.start() if before else start:end]

    def skill(self, value: object, message: str) -> str | None:
        """A skill argument tidied: kept when it is a known name; cut to the known name
        inside it when the other words are filler ("AWS for someone intermediate" → "AWS",
        "Python not Java" → "Python"); found in the whole message when missing."""
        text = _CONTRAST.sub("", str(value or "").strip())
        if not text:
            found = self.skills_in(message)
            return found[0] if found else None
        return self._known_inside(text) or text

    def _known_inside(self, text: str) -> str | None:
        """The one known name in ``text`` when every other word is filler, else ``None``."""
        if self.is_skill(text):
            return text
        inside = self.skills_in(text)
        if len(inside) != 1:
            return None
        rest = " ".join(text.replace(inside[0], " ", 1).split())
        return inside[0] if _NOISE.match(rest) else None

    def topic(self, value: object, message: str) -> str | None:
        """A topic argument tidied: "how hash tables work" → "hash tables", "OAuth in simple
        words" → "OAuth"; found in the message when missing and it names one known skill."""
        text = str(value or "").strip()
        if text:
            shape = _HOW_IT_WORKS.match(text)
            text = shape["x"] if shape else text
            return self._known_inside(text) or text
        found = self.skills_in(message)
        return found[0] if len(found) == 1 else None


_SUBJECTS_LOCK = threading.Lock()


def default_subjects() -> SubjectFinder:
    """The finder over the bundled taxonomy and role catalogue (built once, about 1 s, by
    the first caller; callers at the same time wait for it)."""
    with _SUBJECTS_LOCK:
        return _build_default_subjects()


@lru_cache(maxsize=1)
def _build_default_subjects() -> SubjectFinder:
    from storage.roles import load_roles
    from storage.taxonomy import load_taxonomy

    return SubjectFinder(load_taxonomy(), load_roles())


_PRONOUN = re.compile(r"^(?:(?:it|that|this|them|those|these|on|in|one|ones|too|also|as well|"
                      r"please|pls|to|my|the|a|some)\s*)+$", re.I)
_ROLE_TAIL = re.compile(r"\s+and\s+.*$|(?:\s+(?:roles?|positions?|jobs?|then|now|again|instead|"
                        r"too|please|"
                        r"pls|plz|percentage|interview|openings?))+$", re.I)
_JOB_NAME = re.compile(r"^(?:the\s+|my\s+)?(?P<name>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*)\s+"
                       r"(?:one|job|posting|position|jd|ad|vacancy|opening)$")
_SKILL_INTENTS = {"add_skill", "remove_skill", "find_resources"}
_ROLE_INTENTS = {"find_skill_gaps", "start_interview"}


_GOAL_LEAD = re.compile(r"^(?:i(?:'ve| have)?\s+(?:just\s+)?)?(?:(?:mark|tick off|check off|"
                        r"cross off|finished|completed|done with)\s+)?(?:the\s+|my\s+)?"
                        r"(?:goal\s+)?", re.I)
_ROLE_LEAD = re.compile(r"^(?:the\s+)?(?:post|position|role|job|title)\s+of\s+(?:an?\s+)?", re.I)
_GOAL_TAIL = re.compile(r"(?:\s+(?:please|pls|plz|now|too|as well|goal|complete|completed|done|"
                        r"as done|as complete|asap|urgently|quickly|fast|on (?:my|the) (?:roadmap|"
                        r"plan|list)))+$|\s+(?:in|within|over|"
                        r"for)\s+\S+\s+(?:weeks?|wks?|months?|days?)\b.*$", re.I)
_APPLYING = re.compile(r"\bapplying (?:to|at|for|with) "
                       r"(?P<x>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*)")
_THIS_ONE = re.compile(r"\b(?:this|that|the same|my)\s+(?:job|posting|position|role|one|"
                       r"opening|jd|vacancy)\b", re.I)
_FOR_POSITION = re.compile(r"\bfor\s+(?:an?\s+|the\s+)?(?P<x>[\w/+#.-]+(?:\s+[\w/+#.-]+){0,3}?)"
                           r"\s+(?:position|role|job|interview|opening)s?\b", re.I)


def _goal_name(value: str) -> str:
    name = _GOAL_TAIL.sub("", _GOAL_LEAD.sub("", value)).strip() or value
    return "today" if re.fullmatch(r"today(?:['’]?s)?", name, re.I) else name


def tidy_arguments(intent: str, args: dict[str, object], message: str,
                   finder: SubjectFinder) -> dict[str, object]:
    """``args`` of ``intent`` with their subject tidied by the names ``finder`` knows.

    Skills (add, remove, resources, a log entry's skill) and topics are cut to the known
    name inside them or found in the message when missing; roles lose trailing words ("cloud
    engineer role then" → "cloud engineer") or are found in the message; a gap analysis
    "for the Spotify one" is for the saved job "Spotify". Other arguments are kept as read.
    """
    tidied = quoted_name(intent, dict(args), message)
    if intent == "find_resources" and "stage" in tidied:
        return tidied  # "resources for the Docker stage": a stage of the roadmap
    if intent in _SKILL_INTENTS or (intent == "edit_activity" and "entry" in args):
        value = tidied.get("skill")
        skill = finder.skill(None if value is None or _PRONOUN.match(str(value)) else value,
                             message)
        if skill:
            tidied["skill"] = skill
    elif intent == "explain_topic":
        topic = finder.topic(tidied.get("topic"), message)
        if topic:
            tidied["topic"] = topic
    elif intent in _ROLE_INTENTS:
        tidied = _tidy_role(tidied, message, finder, intent == "find_skill_gaps")
    elif intent == "create_roadmap" and "goal" not in tidied:
        found = finder.role_in(message) or next(iter(finder.skills_in(message)), None)
        if found:
            tidied["goal"] = found
    elif intent in ("create_roadmap", "mark_goal_done") and isinstance(tidied.get("goal"), str):
        tidied["goal"] = _goal_name(str(tidied["goal"]))
    return tidied


_JOB_NUMBER = re.compile(r"\b(?:job|posting|jd|job description)\s*(?:#|no\.?|number\s+)?"
                         r"(?P<n>\d{1,2})\b", re.I)
"""A saved job by its number in the list ("job 3", "posting #2")."""
_JOB_AT = re.compile(r"\b(?P<title>[A-Za-z][\w&.+/' -]{1,40}?)\s+(?:job|posting|position|role|"
                     r"opening|vacancy)\s+(?:at|with|from)\s+(?P<company>[A-Z][\w&.'-]*"
                     r"(?:\s+[A-Z][\w&.'-]*){0,3})")
"""A saved job by title and company ("the ML Engineer job at Foo Labs")."""


def _saved_job(message: str) -> str | None:
    """A saved job the message names by number or by company, else None."""
    numbered = _JOB_NUMBER.search(message)
    if numbered:
        return numbered["n"]
    at = _JOB_AT.search(message)
    return at["company"] if at else None


def _tidy_role(args: dict[str, object], message: str, finder: SubjectFinder,
               jobs: bool) -> dict[str, object]:
    saved = _saved_job(message) if jobs else None
    if saved:
        return {k: v for k, v in args.items() if k not in ("role", "job")} | {"job": saved}
    role, job = str(args.get("role") or ""), str(args.get("job") or "")
    job = re.sub(r"^.*\b(?:the|my)\s+(?=\S)", "", job) if len(job.split()) > 2 else job
    role = _ROLE_LEAD.sub("", role)
    if _PRONOUN.match(role):
        role = ""
        args = {k: v for k, v in args.items() if k != "role"}
    if role:
        named = _JOB_NAME.match(role)
        if jobs and named and not finder.role_in(role):
            return {k: v for k, v in args.items() if k != "role"} | {"job": named["name"]}
        return args | {"role": _ROLE_TAIL.sub("", role) or role}
    if not role and not job and _THIS_ONE.search(message):
        return args  # "for this job": the active job description
    if job and jobs:
        known = finder.role_in(job)
        if known and not job[:1].isupper():
            return {k: v for k, v in args.items() if k != "job"} | {"role": known}
        return args | {"job": job}
    applying = _APPLYING.search(message)
    if jobs and applying:
        return args | {"job": applying["x"]}
    found = finder.role_in(message)
    if found:
        return args | {"role": found}
    position = _FOR_POSITION.search(message)
    return args | {"role": position["x"]} if position else args


_QUOTED = re.compile(r"[\"“'‘](?P<name>[^\"”'’]{2,60})[\"”'’]")
_NAMED_BY_QUOTES = {"mark_goal_done": "goal", "rate_resource": "resource"}


def quoted_name(intent: str, args: dict[str, object], message: str) -> dict[str, object]:
    """A goal or resource written in quotes ("finished 'Intro to pandas'") is its name."""
    key = _NAMED_BY_QUOTES.get(intent)
    found = _QUOTED.search(message) if key else None
    return args | {key: found["name"].strip()} if key and found else args
