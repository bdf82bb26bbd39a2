"""Phrasing rules of the offline router: each rule is an intent, a pattern and an argument
extractor. Rules are tried in order; the first whose pattern matches and whose extractor
accepts the match decides. Patterns are written from common English phrasings of each
request (see tests/data for the labelled messages they are measured on)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

Args = dict[str, object]
Extractor = Callable[[re.Match[str]], Args | None]

_RESUME = r"(?:resume|résumé|resumé|cv|c\.v\.|curriculum vitae|resme)"
_SKILL_TAIL = (r"(?:\s+(?:to|on|in|from)\s+(?:my\s+)?(?:skills?(?: list)?|profile|resume|cv))?"
               r"(?:\s+(?:too|as well|also))?[\s.!]*$")
_NOT_A_NAME = {"these", "those", "all", "my", "the", "them", "every", "each", "other", "this",
               "that", "both", "it"}


@dataclass(frozen=True)
class Rule:
    """One phrasing rule: ``intent`` when ``pattern`` matches and ``extract`` accepts."""

    intent: str
    pattern: re.Pattern[str]
    extract: Extractor = lambda match: {}


def _group(name: str) -> Extractor:
    def extract(match: re.Match[str]) -> Args | None:
        value = _clean(match.group(name))
        return {name: value} if value else None
    return extract


def _clean(value: str | None) -> str:
    return (value or "").strip(" \t\"'“”‘’.,!?:;")


def _job_name(match: re.Match[str]) -> Args | None:
    name = _clean(match.group("job"))
    if not name or name.split()[0].lower() in _NOT_A_NAME and len(name.split()) == 1:
        return None
    return {"job": name}


def _role_end(match: re.Match[str]) -> Args | None:
    company, end = _clean(match.group("company")), _clean(match.group("end"))
    return {"company": company, "end": end} if company and end else None


def _which_resume(match: re.Match[str]) -> Args:
    return {"which": match.group("which").lower()}


def _gaps(match: re.Match[str]) -> Args:
    target = _clean(match.group("target"))
    if not target or target.lower() in ("this job", "this role", "this position", "it",
                                        "the job", "this one", "that job", "this"):
        return {}
    if re.search(r"\b(job|posting|position|opening)$", target, re.I):
        name = re.sub(r"^(the|my)\s+|\s+(job|posting|position|opening)$", "", target, flags=re.I)
        return {"job": name} if name else {}
    return {"role": re.sub(r"^(an?|the)\s+|\s+role$", "", target, flags=re.I)}


def _target_role(match: re.Match[str]) -> Args | None:
    role = re.sub(r"^(?:an?|the)\s+|\s+(?:role|position|job)$", "", _clean(match.group("role")),
                  flags=re.I)
    return {"role": role} if role and len(role.split()) <= 5 else None


RULES: list[Rule] = [
    Rule("find_skill_gaps", re.compile(
        r"^(?:i\s+(?:want|would like|'d like|hope|plan|am aiming|'m aiming|aim)\s+(?:to\s+)?"
        r"(?:become|be|work as|get a job as|land a job as|move into|switch to|for)|"
        r"my (?:target|dream|goal) (?:role|job) is|i'?m (?:targeting|aiming for|applying for)"
        r"(?: jobs as)?)\s+(?P<role>[^.?!,]+)", re.I), _target_role),
    Rule("set_role_end", re.compile(
        r"\b(?:i\s+)?(?:left|quit|stopped working (?:at|for)|finished (?:at|with)|"
        r"resigned from)\s+(?P<company>.+?)\s+(?:in|on|at the end of|back in)\s+"
        r"(?P<end>(?:[a-z]+\s+)?\d{4}|\d{1,2}/\d{4})\b", re.I), _role_end),
    Rule("set_role_end", re.compile(
        r"\bmy (?:job|role|time|position) (?:at|with) (?P<company>.+?) ended (?:in |on )?"
        r"(?P<end>(?:[a-z]+\s+)?\d{4}|\d{1,2}/\d{4})\b", re.I), _role_end),
    Rule("remove_skill", re.compile(
        r"^(?:please\s+)?(?:remove|delete|drop|take (?:out|off))\s+(?P<skill>.+?)" + _SKILL_TAIL,
        re.I), _group("skill")),
    Rule("remove_skill", re.compile(
        r"^i\s+(?:don'?t|do not|never)\s+(?:really\s+)?(?:know|use|used|have|work with)\s+"
        r"(?P<skill>.+?)" + _SKILL_TAIL, re.I), _group("skill")),
    Rule("add_skill", re.compile(
        r"^(?:oh,?\s+)?(?:i\s+(?:also\s+)?(?:know|have|use|can use|am good at|have experience "
        r"(?:with|in)|worked with)|(?:please\s+)?add)\s+(?P<skill>.+?)" + _SKILL_TAIL, re.I),
        _group("skill")),
    Rule("confirm_profile", re.compile(
        r"^(?:(?:yes|yep|yeah|ok)[,!.]?\s*)?(?:(?:that|it|this|the profile|my profile)(?:'s|"
        r"\s+is|\s+looks)|looks)\s+(?:all\s+)?(?:right|correct|good|fine|accurate)\b"
        r"|^confirm(?: my)? profile\b|\bmark (?:my )?profile (?:as )?verified\b", re.I)),
    Rule("use_resume", re.compile(
        r"\b(?:use|switch to|go back to|pick)\s+(?:my\s+|the\s+)?(?P<which>older|previous|"
        r"earlier|old|latest|newest|new|other|first)\s+" + _RESUME, re.I), _which_resume),
    Rule("list_jobs", re.compile(
        r"\b(?:list|show|see)\b.*\b(?:job descriptions|jobs|postings|jds)\b", re.I)),
    Rule("find_skill_gaps", re.compile(
        r"\b(?:compare|match|check)\b.*\bwith\s+(?:the\s+)?(?P<job>[\w&.' -]+?)\s+"
        r"(?:job|posting|position|one)\b", re.I), _job_name),
    Rule("compare_jobs", re.compile(
        r"\bcompare\b.*\b(?:jobs|job descriptions|postings|them|these|those|all)\b"
        r"|\brank\b.*\b(?:jobs|postings)\b|\bwhich (?:job|posting) (?:fits|suits|matches)\b",
        re.I)),
    Rule("suggest_roles", re.compile(
        r"\b(?:which|what) (?:roles?|jobs?|positions?|careers?|job titles?)\b.*\b(?:fit|fits|"
        r"suit|suits|match|should i|could i|can i|for me|am i suited)\b"
        r"|\bsuggest (?:some |a few )?(?:roles|jobs|careers)\b"
        r"|\broles? (?:that )?(?:fit|suit)s? me\b|\bwhat (?:can|should) i apply for\b", re.I)),
    Rule("find_skill_gaps", re.compile(
        r"\b(?:what am i missing|what (?:skills )?(?:do|am) i (?:lack|need|missing)|"
        r"skill gaps?|gap analysis|how (?:do|well do) i (?:match|fit|compare)|"
        r"am i (?:a )?(?:good )?(?:fit|match|ready)|what'?s missing|missing skills|"
        r"what do i need to learn)(?:\s+(?:for|to become|to be|with)\s+(?P<target>.+?))?"
        r"[\s?.!]*$", re.I), _gaps),
    Rule("review_resume", re.compile(
        r"\b(?:what should i (?:change|improve|fix|add)|improve|tips|advice|feedback|"
        r"suggestions?|make (?:it )?better|wrong with|critique|fix)\b.*\b" + _RESUME + r"\b"
        r"|\b" + _RESUME + r"\b.*\b(?:tips|advice|feedback|suggestions|improvements?)\b",
        re.I)),
]
"""Specific requests, tried before the general intents of the router."""

JOB_MARKERS = re.compile(
    r"\b(requirements|qualifications|responsibilities|we are looking|we're looking|you will|"
    r"must have|nice to have|preferred|years of experience|about the role|what you'll do|"
    r"job description|apply|benefits|salary|full[- ]time|who you are)\b", re.I)
MIN_JOB_WORDS = 40
MIN_JOB_MARKERS = 2


JOB_LABELS = re.compile(r"\b(requirements|qualifications|responsibilities|what you'll do|"
                        r"must have|nice to have|skills required)\s*:", re.I)
MIN_LABELLED_JOB_WORDS = 10


def looks_like_job_description(message: str) -> bool:
    """A long pasted text with the usual headings of a job posting, or a shorter one with a
    "Requirements:"-style label."""
    words = len(message.split())
    if words >= MIN_LABELLED_JOB_WORDS and JOB_LABELS.search(message):
        return True
    if words < MIN_JOB_WORDS:
        return False
    return len({m.lower() for m in JOB_MARKERS.findall(message)}) >= MIN_JOB_MARKERS


JOB_ATTACHMENT_WORDS = re.compile(
    r"\b(job|jd|posting|position|vacancy|opening|role description|advert|listing)\b", re.I)
"""Words in a message with an attachment that make it a job description, not a resume."""
