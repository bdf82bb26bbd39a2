"""Phrasing rules of the offline router: each rule is an intent, a pattern and an argument
extractor. Rules are tried in order; the first whose pattern matches and whose extractor
accepts the match decides. Patterns are written from common English phrasings of each
request; tests/data holds the labelled messages they are measured on (`make eval`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from tools.progress.parse import normalize

Args = dict[str, object]
Extractor = Callable[[re.Match[str]], Args | None]

_RESUME = r"(?:resume|résumé|resumé|reusme|cv|c\.v\.|curriculum vitae|resme)"
_JOBS = r"(?:job descriptions?|jds?|jobs|postings|job ads|ads|vacanc(?:y|ies)|openings|roles)"
_POSTINGS = r"(?:job descriptions?|jds?|jobs|postings|job ads|ads|vacanc(?:y|ies)|openings)"
"""Saved postings (not "roles", which are kinds of job)."""
END_DATE = (r"(?:(?:q[1-4]|[a-z]{3,9})\.?\s+)?\d{4}|\d{1,2}/(?:\d{1,2}/)?\d{2,4}"
         r"|\d{4}-\d{2}(?:-\d{2})?"
         r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+'\d{2}"
         r"|(?:last|this)\s+(?:summer|winter|spring|autumn|fall|month|year|week|"
         r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)"
         r"|(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|"
         r"a couple of)\s+(?:days?|weeks?|months?|years?)\s+ago")
"""An end date as people write it: "2023", "March 2023", "03/2023", "15/01/2024", "may '21",
"last June", "last summer", "two months ago"."""
_PLACE = r"(?:skills?(?: list| set)?|profile|resume|cv|list)"
_SKILL_TAIL = (rf"(?:\s+(?:to|on|in|into|from|off)\s+(?:my\s+|the\s+)?{_PLACE})?"
               r"(?:\s+(?:too|as well|also|daily|please|pls|plz|lol|haha|tbh|thx|thanks))*\W*")
_POLITE = r"(?:(?:pls|please|plz|kindly|can (?:you|u)|could (?:you|u)|would you)\s+)*"
_NOT_A_NAME = {"these", "those", "all", "my", "the", "them", "every", "each", "other", "this",
               "that", "both", "it", "one"}
_NOT_A_SKILL = re.compile(
    r"^(?:(?:my|the|all(?: of)?(?: my| the)?)\s+)?(?:account|data|profile|everything|it|that|"
    r"this|all|reminders?|check-?ins?|nudges?|notifications?|alerts?)$"
    r"|^(?:me|us)\b|^(?:for|from|to|with)\s|^what i (?:just )?(?:logged|added|entered)\b|^\d"
    r"|^(?:(?:my|the|that|this|last)\s+)?(?:log|entry|log entry|activity|session|record)\b"
    r"|\b(?:postings?|jobs?|job descriptions?|jds?|roadmap|plan|stage|goal|interview)\b"
    r"|^(?:one|another)\b",
    re.I)
"""Objects of "add"/"remove" that are not skills: the coach's own records ("delete my
reminders", "remove entry 2", "remove me from the system") and other requests' words."""
_TRAILING = re.compile(r"(?:,|\s+-|\s+—|\s+(?:i use it|i've used|since|because|as i|it's|"
                       r"i'm|im|i only|i am|please|pls|thanks)\b).*$", re.I)


@dataclass(frozen=True)
class Rule:
    """One phrasing rule: ``intent`` when ``pattern`` matches and ``extract`` accepts."""

    intent: str
    pattern: re.Pattern[str]
    extract: Extractor = lambda match: {}


def clean(value: str | None) -> str:
    """``value`` without emoji and surrounding quotes, spaces and punctuation."""
    text = re.sub(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]", "", value or "")
    return text.strip(" \t\"'“”‘’.,!?:;")


_SUBJECT_LEAD = re.compile(
    r"^(?:(?:skill|topic|goal|role)\s*:\s*|(?:me|us)\s+|(?:tell me|explain)\s+what\s+|"
    r"(?:meant by|(?:the )?meaning of)\s+|"
    r"(?:to\s+)?(?:learn(?:ing)?|becom(?:e|ing)|be|"
    r"get(?:ting)? into|master(?:ing)?|study(?:ing)?|work(?:ing)? as)\s+|(?:the|a|an|my|some)\s+|"
    r"i'?m (?:pretty |really |quite |very )?(?:good|great|decent|solid|ok|fluent|skilled) "
    r"(?:with|at|in)\s+|for\s+)+", re.I)
_SUBJECT_TAIL = re.compile(
    r"(?:\s+(?:as (?:a |an )?(?:new )?skills?|as done|as complete|from scratch|anymore|by (?:next|"
    r"this|the end of) \w+|in simple (?:words|terms)|in plain english|simply|for beginners?|"
    r"pls|please|plz|tbh|btw|exactly|then|again|anyway|material|materials|stuff|resources?|"
    r"links?|means?|mean|is|are|"
    r"deserves|stand for|stands for|used for|all about|for))+$", re.I)


def tidy_subject(text: str) -> str:
    """A skill, goal, topic or role without the words around it: "learning machine
    learning" → "machine learning", "React as a skill" → "React", "skill: SQL" → "SQL",
    "a data engineer" → "data engineer", "SQL from scratch" → "SQL"."""
    value = clean(" ".join(text.split()))
    for _ in range(3):
        value = clean(_SUBJECT_TAIL.sub("", _SUBJECT_LEAD.sub("", value)))
    return value


_PRONOUN_OBJECT = re.compile(r"^(?:it|that|this|them|those)\b", re.I)


def _skill(match: re.Match[str]) -> Args | None:
    if _PRONOUN_OBJECT.match(clean(match.group("skill"))):
        return _named_skill(match.string)
    return _skill_text(match.group("skill"))


def _named_skill(message: str) -> Args | None:
    """"jQuery is outdated, drop it": the one skill the message names, for a pronoun."""
    from agent.offline.subjects import default_subjects

    found = default_subjects().skills_in(message)
    return {"skill": found[0]} if len(found) == 1 else None


def _skill_text(text: str) -> Args | None:
    if _NOT_A_SKILL.search(clean(text)):
        return None
    value = tidy_subject(_TRAILING.sub("", clean(text)))
    value = re.sub(r"^(?:the|a|an|my|that)\s+|^i (?:know|use|have|can do)\s+|\s+skill$|"
                   r"\s+(?:too|as well|also|daily)$", "", value, flags=re.I)
    if not value or _NOT_A_SKILL.search(value) or len(value.split()) > 5:
        return None
    return {"skill": value}


def _skill_group(match: re.Match[str], *names: str) -> Args | None:
    """:func:`_skill` of the first of the named groups that matched."""
    for name in names:
        value = match.groupdict().get(name)
        if value:
            return _skill_text(value)
    return None


def _job_name(match: re.Match[str]) -> Args | None:
    raw = clean(match.group("job"))
    if re.match(r"(?:an?)\s", raw, re.I):  # "a cloud engineer position" is a role
        return {"role": tidy_subject(raw)}
    name = re.sub(r"^(?:the|my)\s+", "", raw, flags=re.I)
    if not name or name.lower() in _NOT_A_NAME:
        return None
    return {"job": name}


_NOT_A_COMPANY = re.compile(r"^(?:in|on|at|it|there|that|this|them|work|my job|the job|job)$",
                            re.I)


def _role_end(match: re.Match[str]) -> Args | None:
    company = re.sub(r"^(?:the|my)\s+|^(?:my\s+|the\s+)?(?:job|role|position|internship|"
                     r"contract|stint)\s+(?:at|with)\s+", "", clean(match.group("company")),
                     flags=re.I)
    end = clean(match.group("end"))
    if not company or not end or _NOT_A_COMPANY.match(company):
        return None
    return {"company": company, "end": end}


def _which_resume(match: re.Match[str]) -> Args:
    return {"which": " ".join(match.group("which").lower().split())}


def _gaps(match: re.Match[str]) -> Args:
    return gap_target(match.groupdict().get("target") or "")


def gap_target(text: str) -> Args:
    """``{"job": name}`` for "the Acme job", ``{"role": name}`` for "a data engineer role",
    ``{}`` for "this job" or nothing."""
    target = re.sub(r"^learn\s+(?:to (?:be|become)|for)\s+", "", clean(_GOAL_END.sub("", text)),
                    flags=re.I)
    if not target or re.fullmatch(r"(?:this|that|the|it|my)(?: (?:job|role|position|one))?"
                                  r"|(?:from |in |on )?(?:my |the )?(?:profile|resume|cv|skills)",
                                  target, re.I):
        return {}
    plural = re.fullmatch(r"(?:the |my )?(?P<name>.+?) (?:jobs|openings|roles|positions|"
                          r"vacancies)(?:\s+.*)?", target, re.I)
    if plural:  # "HR business partner openings" are a kind of job: a role
        return {"role": tidy_subject(plural.group("name"))}
    job = re.fullmatch(rf"(?:the |my )?(?P<name>.+?) (?:job|posting|position|opening|one|jd|"
                       rf"vacancy|{_JOBS})", target, re.I)
    if job and not re.match(r"(?:an?|the)\s", target, re.I) or (
            job and target.lower().startswith("the ")):
        return {"job": job.group("name")}
    role = tidy_subject(re.sub(r"^(?:an?|the)\s+|\s+(?:role|position|job)$", "", target,
                               flags=re.I))
    return {"role": role} if role and len(role.split()) <= 5 else {}


_WEEKS = re.compile(r"\b(?:in|within|over|for|by)?\s*(?P<n>\d{1,3}|" + "|".join(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve"]) + r")[\s-]*(?P<unit>weeks?|wks?|months?)\b", re.I)
_HOURS = re.compile(r"\b(?P<n>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|half an?|"
                    r"a couple of|couple of)\s*(?P<unit>hours?|hrs?|h|minutes?|mins?)\s*"
                    r"(?:(?:a|per|each|every)\s*day|daily|a night|per night|/\s*day)\b", re.I)
_WORD_NUMBERS = {"a couple of": 2, "couple of": 2,
                 "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1,
                 "half a": 0.5, "half an": 0.5}


def _number(text: str) -> float:
    key = text.lower()
    return float(_WORD_NUMBERS[key]) if key in _WORD_NUMBERS else float(text)


_LEVEL = re.compile(r"\b(?:(?:complete|total|absolute)\s+)?(?P<level>beginner|intermediate|"
                    r"advanced)s?\b", re.I)


_LEVEL_TO = re.compile(r"\b(?:to|at|into)\s+(?:an?\s+|the\s+)?(?P<level>beginner|intermediate|"
                       r"advanced)\b", re.I)
_NOT_LEVEL = re.compile(r"\bnot (?:an?\s+)?(?:complete\s+|total\s+)?(?:beginner|intermediate|"
                        r"advanced)s?\b", re.I)


_DAILY_TO = re.compile(r"\b(?:daily|per day|a day|each day)\b[^.?!]*?\bto\s+(?:only\s+|just\s+)?"
                       r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>hours?|hrs?|h|minutes?|mins?)\b", re.I)


def plan_args(message: str) -> Args:
    """Deadline, daily time and level named in a message: ``weeks``, ``hours_per_day`` or
    ``minutes_per_day``, and ``level`` (a month counts as 4.35 weeks: 30.4 days ÷ 7).
    Number words become digits first ("an hour and a half" is 1.5 hours:
    :func:`tools.progress.parse.normalize`)."""
    args: Args = {}
    level = _LEVEL_TO.search(message) or _LEVEL.search(_NOT_LEVEL.sub(" ", message))
    if level:
        args["level"] = level.group("level").lower()
    message = normalize(message)
    weeks = _WEEKS.search(message)
    if weeks:
        n = _number(weeks.group("n"))
        args["weeks"] = int(n if weeks.group("unit").lower().startswith("w") else
                            round(n * 4.35))
    hours = _HOURS.search(message) or _DAILY_TO.search(message)
    if hours:
        n = _number(hours.group("n"))
        if hours.group("unit").lower().startswith("m"):
            args["minutes_per_day"] = int(n)
        else:
            args["hours_per_day"] = int(n) if n == int(n) else n
    return args


def trim_goal(goal: str) -> str:
    """A goal without trailing connectors left by removing its time ("Kubernetes with") and
    without the words around it (:func:`tidy_subject`); empty when it is the skill gaps."""
    goal = tidy_subject(re.sub(r"(?:\s+(?:with|at|in|and|by|for|within|over|doing|of))+$", "",
                               goal, flags=re.I).strip())
    return "" if re.search(r"\b(?:gaps?|profile|resume|cv|missing skills|skills i'?m missing)\b",
                           goal, re.I) else goal


_GOAL_END = re.compile(r"[.,;!?].*$|\s+(?:and\s+)?(?:i'?m|i am|i can|can do|starting|as an?|"
                       r"from scratch|with)\b.*$", re.I)


_ASKS_FOR_MATERIAL = re.compile(r"\b(?:resources?|courses?|tutorials?|books?|materials?|links?|"
                                r"videos?)\b", re.I)


def _goal(match: re.Match[str]) -> Args | None:
    if re.search(rf"\b{_GAP_ASK}", match.string, re.I):
        return None  # "I want to become X, which skills do I still need?" is a gap analysis
    goal = clean(_GOAL_END.sub("", _WEEKS.sub("", _HOURS.sub("", match.group("goal")))))
    goal = trim_goal(_LEVEL.sub("", goal).strip())
    if not goal or _ASKS_FOR_MATERIAL.search(match.string):
        return None
    return {"goal": goal, **plan_args(match.string)}


def _roadmap_request(match: re.Match[str]) -> Args:
    goal = clean(_GOAL_END.sub("", _WEEKS.sub("", _HOURS.sub("", match.groupdict().get("goal")
                                                              or ""))))
    goal = trim_goal(re.sub(r"^(?:to\s+)?(?:become|be|learn|for)\s+(?:an?\s+)?", "", goal,
                            flags=re.I))
    goal = _LEVEL.sub("", goal).strip()
    if re.search(r"\b(?:gaps?|profile|resume|cv)\b|\d", goal, re.I):
        goal = ""
    return {**({"goal": goal} if goal and goal.lower() not in ("me", "it", "this") else {}),
            **plan_args(match.string)}


_NEW_PLAN = re.compile(
    r"\b(?:wanna|want to|would like to|'d like to|plan to|hope to)\s+(?:switch|move|transition|"
    r"get|change careers?) (?:in)?to\b|\b(?:roadmap|plan|path)\b[^.]*\bfor (?:becoming|learning|"
    r"getting into)\b|"
    r"\b(?:make|build|create|generate|draft|give|design|prepare)\s+(?:me\s+)?(?:an?)\s+"
    r"(?:new\s+|structured\s+|learning\s+)*(?:roadmap|"
    r"road map|plan|learning path|study plan)\b|"
    r"\b(?:roadmap|road map|plan|learning path|path)\s+(?:for me\s+)?(?:to|towards?)\s+"
    r"(?:become|be|learn|get into|master)\b|\bplan (?:out )?how to (?:learn|become|get)\b"
    r"|\b(?:build|make|create|give|generate|draft|prepare|want|need)\b.*\b(?:roadmap|road map|"
    r"plan|schedule)\b.*\b(?:to (?:become|be|learn|get into)|for (?:an?\s+)?[a-z]+ (?:engineer|"
    r"developer|analyst|designer|scientist|manager))|^\W*i (?:want|'d like|would like|plan|"
    r"hope) to (?:become|be|learn|get into)\b", re.I)
"""Wording of a new plan for a goal, which a time in the same message does not make an
adjustment ("build me a plan to become a data analyst, an hour a day over 12 weeks")."""


def _adjust(match: re.Match[str]) -> Args | None:
    if _NEW_PLAN.search(match.string):
        return None
    args = plan_args(match.string)
    return args or None


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "one": 1,
             "two": 2, "three": 3, "four": 4, "five": 5}


def _stage(match: re.Match[str]) -> Args | None:
    raw = (match.group("n") or match.group("n2") or "").lower()
    number = _ORDINALS.get(raw) or (int(raw) if raw.isdigit() else 0)
    return {"stage": number} if number else None


_STAGE_NAMED = re.compile(
    r"^(?:the\s+|my\s+)?(?:stage\s+(?P<n>\d+|one|two|three|four|five)|(?P<n2>first|second|"
    r"third|fourth|fifth|\d)(?:st|nd|rd|th)?\s+stage|(?P<which>current|this|next|last|final|"
    r"previous|prior)\s+stage|(?P<name>(?!stage\b)[\w/+#.-]+(?:\s+[\w/+#.-]+){0,2}?)\s+stage)"
    r"(?:'s)?(?:\s+of\s+(?:my|the)\s+(?:roadmap|plan))?"
    r"(?:\s+(?:at|for)\s+(?:an?\s+)?(?P<level>beginner|intermediate|advanced)(?:\s+level)?)?$",
    re.I)
"""A stage of the roadmap named where a skill was expected ("resources for stage 2", "the
Docker stage", "the last stage at advanced level")."""
_WHICH_STAGE = {"current": "current", "this": "current", "next": "next", "last": "last",
                "final": "last", "previous": "previous", "prior": "previous"}


def stage_named(text: str) -> Args | None:
    """``{"stage": number, "level"?}`` (or a position: ``"current"``, ``"next"``,
    ``"previous"``, ``"last"``, or the name of a skill of the stage) when ``text`` only
    names a stage ("stage 2", "the second stage", "this stage", "the Docker stage"), else
    None."""
    match = _STAGE_NAMED.match(clean(text))
    if match is None:
        return None
    level = {"level": match.group("level").lower()} if match.group("level") else {}
    which, name = (match.group("which") or "").lower(), match.group("name")
    if which:
        return {"stage": _WHICH_STAGE[which], **level}
    if name:
        return {"stage": name, **level}
    raw = (match.group("n") or match.group("n2") or "").lower()
    number = _ORDINALS.get(raw) or (int(raw) if raw.isdigit() else 0)
    return {"stage": number, **level}


def _resources(match: re.Match[str]) -> Args | None:
    named = match.group("skill") or ""
    if _PRONOUN_OBJECT.match(clean(named)):
        return None  # "resources for it": a follow-up, read against the conversation
    stage = stage_named(named)
    if stage:
        return stage
    skill = clean(match.group("skill") or match.group("skill2") or match.group("skill3")
                  or match.group("skill4"))
    if not skill:  # "Do you have any tutorials?": the skill is named earlier in the message
        return _named_skill(match.string)
    skill = tidy_subject(re.sub(r"\s+(?:for|as|at)\s+(?:an?\s+)?(?:complete\s+)?(?:beginners?|"
                                r"intermediate|advanced)\b.*$", "", skill, flags=re.I))
    level = re.search(r"\b(beginner|intermediate|advanced)", match.string, re.I)
    if not skill or len(skill.split()) > 4:
        return None
    return {"skill": skill, **({"level": level.group(1).lower()} if level else {})}


def _goal_name(match: re.Match[str]) -> Args:
    """The goal's name ("Docker", "today"), or the whole message when it names none."""
    name = re.sub(r"['’]s$", "", clean(match.group("goal") or ""))
    name = re.sub(r"^(?:the|my|this|that|a)\s+|^(?:the|my)$", "", name, flags=re.I).strip()
    if not name or name.lower() in {"week", "weekly", "daily"}:
        return {"goal": clean(match.string)}
    return {"goal": "this week" if name.lower() in {"this week", "this week's"} else name}


_FORMAT = re.compile(r"\b(?:(?P<md>md|markdown|text)|(?P<ics>ics|ical|icalendar|calendar|"
                     r"calender))\b", re.I)


def format_named(message: str) -> Args:
    """``{"format": "ics"}`` or ``{"format": "md"}`` for the first export format a message
    names ("as markdown and ics" is Markdown); ``{}`` when it names none."""
    found = _FORMAT.search(message)
    return {"format": "ics" if found.group("ics") else "md"} if found else {}


def export_format(match: re.Match[str]) -> Args:
    """:func:`format_named`, Markdown when the message names no format."""
    return format_named(match.string) or {"format": "md"}


_DONE_OBJECT = re.compile(r"\b(?:completed|finished|did|read|watched|took|tried|used)\s+"
                          r"(?:the\s+)?(?P<r>[^,.;!?]+)", re.I)


def _rating(match: re.Match[str]) -> Args | None:
    resource = re.sub(r"^(?:the|that|this|for)\s+|\s+(?:is|was|gets?|deserves)$", "",
                      clean(match.group("resource")), flags=re.I)
    if re.search(r"^\d|\bof$", resource):
        return None  # "give 3 out of 5": the number is not a resource
    if resource.lower() in {"it", "this", "that", "this one", "that one"}:
        named = _DONE_OBJECT.search(match.string[:match.start("resource")])
        resource = clean(named.group("r")) if named else ""
    return {"resource": resource, "stars": int(match.group("stars"))} if resource else None


_NOT_A_TOPIC = re.compile(
    r"^(?:the|your|you|u|my|me|on|this|that|these|it|its|it's|hireready|what|how|why|who|"
    r"when|where|which|first|us|our|there|here|in|up|going|happening|new|wrong|missing|"
    r"left|next|best|good)\b", re.I)


def _topic(match: re.Match[str]) -> Args | None:
    """A subject to explain: a few words, not a pronoun or a question about the coach."""
    topic = re.sub(r"\s+(?:simply|to me|in simple terms|like i'?m (?:five|5)|briefly|"
                   r"for (?:a )?beginners?)$", "", clean(match.group("topic")), flags=re.I)
    topic = re.sub(r"^(?:an?)\s+", "", topic, flags=re.I)
    if not topic or len(topic.split()) > 4 or _NOT_A_TOPIC.match(topic):
        return None
    return {"topic": topic}


_ROADMAP_WORDS = (r"(?:roadmap|road map|learning plan|study plan|plan|schedule|learning path|"
                  r"study path|learning journey)")

_DURATION = (r"(?:\d+\s*h\s*\d+\s*m(?:in)?s?\b|(?:an?|one) (?:full|whole|solid) hour\b|"
             r"(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|"
             r"six|ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|half an?|"
             r"a couple of|couple of)\s*(?:-\s*)?(?:h|hr|hrs|hours?|m|min|mins|minutes?)\b)")
_CORRECTION = re.compile(
    r"^\W*(?:no|nope|actually|sorry|oops|correction)?[,!.]?\s*(?:it\s+was|make\s+(?:it|that)|"
    r"that\s+(?:was|should be)|change\s+it\s+to)\s+(?:only\s+|just\s+)?(?P<n>\d+(?:\.\d+)?)"
    r"\s*(?P<unit>h|hr|hrs|hours?|m|min|mins|minutes?)\b"
    r"|^\W*(?:no|nope|wrong|actually|sorry|oops|correction|my bad|mistake)\W+(?:i\s+(?:only\s+)?"
    r"did|it\s+was|that\s+was)\s+(?:only\s+|just\s+)?(?P<w>[a-z]+(?:[- ][a-z]+)?|\d+(?:\.\d+)?)"
    r"\s*(?P<wunit>h|hr|hrs|hours?|m|min|mins|minutes?)\b", re.I)


def _log(match: re.Match[str]) -> Args:
    return {"text": match.string.strip()}


def _correction(match: re.Match[str]) -> Args | None:
    raw, unit = (match.group("n"), match.group("unit")) if match.group("n") else (
        normalize(match.group("w")), match.group("wunit"))
    try:
        value = float(raw)
    except ValueError:
        return None
    minutes = value * 60 if unit.lower().startswith("h") else value
    return {"minutes": int(round(minutes))}


_LAST_ENTRY = re.compile(
    r"\b(?:(?:the\s+)?last (?:entry|log|session|one)|what i (?:just )?logged|the time i (?:just )?"
    r"logged|my last log)\b.*?\b(?:to|was|is|it|make it|only|should be)\s+(?:only\s+|just\s+)?"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>h|hr|hrs|hours?|m|min|mins|minutes?)\b", re.I)


def _last_entry(match: re.Match[str]) -> Args | None:
    value = float(match.group("n"))
    unit = match.group("unit").lower()
    return {"minutes": int(round(value * 60 if unit.startswith("h") else value))}


FIRST_RULES: list[Rule] = [
    Rule("correct_activity", _LAST_ENTRY, _last_entry),
    Rule("create_roadmap", re.compile(
        rf"\b{_ROADMAP_WORDS}\s+(?:to|for|that)\s+(?:close|fill|fix|cover|tackle|address|work on|"
        r"bridge)\b.*\bgaps?\b|\bplan\b.*\b(?:so (?:that )?)?i (?:can )?(?:fix|close|fill|cover)\b"
        r".*\bgaps?\b|\b(?:make|build|create|generate|give|draft|need|want)\b.*\b"
        rf"{_ROADMAP_WORDS}\s+(?:for|from|based on|using|out of)\s+(?:my|the|those|these)\s+"
        r"(?:skill\s+)?gaps?\b",
        re.I), lambda m: plan_args(m.string)),
    Rule("remove_skill", re.compile(
        r"\btake\s+(?P<skill>[\w#+./ -]{1,30}?)\s+off\b(?!\s+(?:of|from)\b)", re.I), _skill),
    Rule("correct_activity", _CORRECTION, _correction),
    Rule("undo_activity", re.compile(
        r"^\W*(?:please\s+)?(?:undo(?: that| it| the last(?: one| entry)?)?|"
        r"(?:delete|remove) (?:that|the last) (?:entry|log|one|activity))\W*$"
        r"|\b(?:undo|remove|delete|scrap|cancel|take back)\s+(?:what|the (?:thing|entry|one))\s+"
        r"i\s+(?:just\s+)?(?:logged|added|entered|recorded)\b", re.I)),
    Rule("show_log", re.compile(
        r"\b(?:show|see|view|list|open)\b.*\b(?:my\s+)?(?:study\s+|activity\s+|time\s+)?"
        r"(?:log|logs|entries|activities|history)\b|\bwhat (?:have|did) i log(?:ged)?\b",
        re.I)),
    Rule("show_progress", re.compile(
        r"\bhow am i doing\b|\bhow'?s my progress\b|\b(?:show|see)\b.*\bmy (?:progress|"
        r"streak|stats|study time)\b|\bwhat'?s my streak\b|\bmy (?:progress|streak)\W*$",
        re.I)),
    Rule("log_activity", re.compile(
        r"\b(?:studied|learned|learnt|practi[cs]ed|worked on|spent|did|read|watched|coded|"
        r"revised|reviewed|went through|put in|logged|log|add|record|track)\b.*" + _DURATION
        + r"|^\W*(?:i\s+)?(?:just\s+)?" + _DURATION + r"(?:\s+and\s+a\s+half)?\s+"
        r"(?:of|on|doing|studying|learning)\b"
        r"|\b(?:finished|completed)\s+(?:the\s+|my\s+|a\s+)?[\w+#. -]+?\s+(?:course|"
        r"tutorial|book|chapter|module|video|lesson)\b"
        r"|\bdid\s+(?:\d+|one|two|three|four|five|a couple of)\s+[\w-]+\s+(?:problems|"
        r"exercises|katas|challenges|questions|labs)\b", re.I), _log),
    Rule("rate_resource", re.compile(
        r"\b(?:rate|give|rating)\s+(?P<resource>.+?)\s+(?:a\s+)?(?P<stars>[1-5])\s*(?:/\s*5|"
        r"out of 5|stars?|of 5|\W*$)", re.I), _rating),
    Rule("rate_resource", re.compile(
        r"^\W*i\s+(?:already\s+|just\s+)?(?:did|finished|completed|read|watched|took|tried)\s+"
        r"(?:the\s+)?(?P<resource>[^,.;!?]{3,60}?)\s*[,.;!–-]+\s*(?:i'?d give it\s+|so\s+)?"
        r"(?P<stars>[1-5])\s*(?:/\s*5|out of (?:5|five)|stars?)", re.I), _rating),
    Rule("rate_resource", re.compile(
        r"\b(?P<stars>[1-5])\s*(?:/\s*5|out of (?:5|five)|stars?)\s+(?:for|to)\s+(?:the\s+)?"
        r"(?P<resource>[^,.!?]{3,60})", re.I), _rating),
    Rule("rate_resource", re.compile(
        r"\b(?:give|rate|rating|giving)\s+(?P<resource>(?:the\s+|that\s+|this\s+)?[\w'’+#. -]+?"
        r"(?:course|tutorial|book|video|docs|documentation|sheet|guide|series|class|playlist|"
        r"bootcamp|track|path|lab|labs|article))\s+(?:a\s+)?(?P<stars>[1-5])\b"
        r"(?!\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b)", re.I), _rating),
    Rule("rate_resource", re.compile(
        r"^\W*(?:i\s+(?:completed|finished|did|read|watched|took)\s+)?(?P<resource>(?:the\s+)?"
        r"[\w'’+#. -]+?(?:course|tutorial|book|video|docs|documentation|sheet|guide|series|"
        r"class|playlist|bootcamp|track|path|lab|labs))\b.*?\b(?P<stars>[1-5])\s*(?:/\s*5|"
        r"out of (?:5|five)|stars?|of 5)", re.I), _rating),
    Rule("export_roadmap", re.compile(
        rf"\b(?:export|download|save|send)\b.*\b{_ROADMAP_WORDS}\b.*\b(?:calendar|ics|ical)\b"
        rf"|\b(?:add|put)\b.*\b(?:to|in(?:to)?) my calendar\b"
        rf"|\b{_ROADMAP_WORDS}\b.*\b(?:in|to|into|on) my (?:\w+ )?calendar\b", re.I),
        export_format),
    Rule("export_roadmap", re.compile(
        r"^\W*(?:export|download)\s+(?:it\s+)?(?:as\s+|to\s+|in\s+)?(?:an?\s+)?(?:md|markdown|ics|"
        r"ical|calendar)(?:\s+file)?\W*$"
        rf"|\b(?:export|download|save|send)\b.*\b{_ROADMAP_WORDS}\b"
        r"|\b(?:export|download|save|get)\b.*\b(?:as|in|to)\s+(?:an?\s+)?(?:md|markdown|ics|"
        r"ical|calendar|calender)\b(?:\s+(?:file|format|version))?"
        rf"|\bprint\b.*\b{_ROADMAP_WORDS}\b|\b(?:give|send|get)\s+me\s+(?:an?|the)\s+(?:md|"
        r"markdown|ics|ical|calendar)\s+(?:file|version|export)\b", re.I), export_format),
    Rule("mark_stage_done", re.compile(
        r"\b(?:finished|completed|done with|did|wrapped up|mark(?:ed)?)\s+(?:the\s+|my\s+)?"
        r"(?P<name>(?!stage\b)[\w/+#.-]+(?:\s+[\w/+#.-]+){0,3}?)\s+stage\b", re.I),
        lambda m: {"stage": int(m.group("name")[:-2]) if re.fullmatch(
            r"\d(?:st|nd|rd|th)", m.group("name"), re.I) else clean(m.group("name"))}
        if not re.fullmatch(r"(?:first|second|third|fourth|fifth|next|current|this|last|whole)",
                            m.group("name"), re.I) else None),
    Rule("mark_stage_done", re.compile(
        r"\b(?:finished|completed|done with|did|wrapped up|mark)\s+(?:the\s+)?(?:stage\s+"
        r"(?P<n>\d|one|two|three|four|five)|(?P<n2>first|second|third|fourth|fifth) stage)",
        re.I), _stage),
    Rule("mark_stage_done", re.compile(
        r"\b(?:(?P<n2>first|second|third|fourth|fifth) stage|stage (?P<n>\d))\b.*\b(?:finished|"
        r"completed|done|did)\b", re.I), _stage),
    Rule("mark_stage_done", re.compile(
        r"^\W*(?:the\s+)?(?:stage\s+(?P<n>\d|one|two|three|four|five)|(?P<n2>first|second|"
        r"third|fourth|fifth) stage)\s+(?:is\s+)?(?:done|complete|completed|finished|over)\b",
        re.I), _stage),
    Rule("mark_goal_done", re.compile(
        r"^\W*(?:please\s+|pls\s+)?(?:tick|check|cross)\s+off\s+(?:the\s+|my\s+)?"
        r"(?P<goal>[^,.!?]{2,40}?)(?:\s+goal)?\s*(?:[,.!?].*)?$"
        r"|^\W*(?:the\s+|my\s+)?(?P<goal2>[\w'’+#./ -]{2,40}?)\s+goal\s*[:\-–]?\s*(?:is\s+)?"
        r"(?:complete|completed|done|finished|✅)\W*$", re.I),
        lambda m: {"goal": clean(m.group("goal") or m.group("goal2"))}),
    Rule("mark_goal_done", re.compile(
        r"\b(?:finished|completed|done with|done|did|mark(?:ed)?|ticked off|tick off)\b.*?"
        r"(?:\b(?:the|my)\s+)?(?P<goal>[\w'’+#./-]+(?:\s+[\w'’+#./-]+){0,3}?)?\s+goals?\b",
        re.I), _goal_name),
    Rule("adjust_roadmap", re.compile(
        r"\badjust (?:it|my (?:plan|roadmap)|the (?:plan|roadmap))\b", re.I),
        lambda m: plan_args(m.string)),
    Rule("adjust_roadmap", re.compile(
        r"\bmake (?:the|my|it) (?:plan|roadmap|road map|schedule)?\s*(?:more |less |a bit )?"
        r"(?:advanced|beginner|intermediate)\b", re.I), lambda m: plan_args(m.string)),
    Rule("adjust_roadmap", re.compile(
        r"\b(?:make|change|set|switch|update|extend|shorten|stretch|move|bump|reduce|cut|lower|"
        r"increase|raise)\s+(?:the|my)\s+"
        r"(?:plan|roadmap|road map|schedule)\s+(?:to\s+|up to\s+|down to\s+)?(?:\d|an?\s|one|two|"
        r"three|four|five|six|eight|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|half|"
        r"beginner|intermediate|advanced)"
        r"|\b\d+\s*(?:weeks?|months?|hours?|minutes?|mins?|h)\b.*\binstead\b"
        r"|\btoo (?:hard|easy|difficult|advanced|basic|slow|fast|much|little)\b.*\b(?:make|bump|"
        r"change|switch|move|set|drop)\b.*\b(?:beginner|intermediate|advanced)\b"
        r"|\b(?:change|switch|set|move|bump|drop)\b.*\b(?:roadmap|plan|it)\b.*\bto\s+"
        r"(?:beginner|intermediate|advanced)\b", re.I), _adjust),
    Rule("adjust_roadmap", re.compile(
        r"\b(?:make it|change it to|instead|only (?:do|have)|can (?:only )?(?:do|manage|spare)|"
        r"switch to|now i have|i have only|i only have|extend|shorten|shorter|longer|slower|"
        r"faster)\b.*"
        r"(?:\d|weeks?|months?|hours?|minutes?|mins?)", re.I), _adjust),
]
"""Roadmap requests whose wording would otherwise look like another request ("add it to my
calendar" is not a skill to add)."""

LAST_RULES: list[Rule] = [
    Rule("create_roadmap", re.compile(
        rf"\b(?:build|make|create|give|generate|plan|draft|need|want|put together|design|prepare|"
        rf"set up|come up with|draw up|write)\b.*\b{_ROADMAP_WORDS}\b"
        r"(?:\s+(?:to|for)\s+(?P<goal>[^?!.]+))?", re.I), _roadmap_request),
    Rule("show_roadmap", re.compile(
        rf"\b(?:show|see|view|open|pull up|bring up|display|what'?s|what is|where am i (?:in|on))"
        rf"\b.*\b(?:my|the)\s+"
        rf"{_ROADMAP_WORDS}\b|\bwhat should i (?:do|study|learn) today\b|\btoday'?s goals?\b"
        rf"|^\W*(?:my|the)\s+{_ROADMAP_WORDS}\W*(?:pls|please|plz)?\W*$",
        re.I)),
    Rule("find_resources", re.compile(
        r"\b(?:resources?|courses?|tutorials?|books?|materials?|docs|videos?)\s+(?:for|on|to "
        r"learn|about)\s+(?P<skill>[^?!.,]+)"
        r"|\b(?:what|where) (?:should|can|do) i (?:read|watch|study|use)(?: or (?:read|watch|"
        r"study|use))? to (?:learn|get better "
        r"at|improve(?: my)?|practi[cs]e)\s+(?P<skill2>[^?!.,]+)"
        r"|\b(?:resources?|courses?|tutorials?|books?|materials?)\s+(?:where|to help)\s+(?:i|me)\s+"
        r"(?:can\s+)?(?:learn|study|practi[cs]e)\s+(?P<skill4>[^?!.,]+)"
        r"|\b(?:do you have|got|know|any)\s+(?:any\s+|some\s+|good\s+)*(?:resources?|tutorials?|"
        r"courses?|books?|materials?|videos?)\s*(?:for it|for that|for this)?\W*$"
        r"|\b(?:how|where) (?:should|can|do|would) i (?:learn|study|pick up|get started with)\s+"
        r"(?P<skill3>[^?!.,]+?)\s*[,?.!-]+\s*(?:any|some|good|recommended)\b.*\b(?:resources?|"
        r"courses?|tutorials?|books?|materials?|links?|videos?)\b", re.I), _resources),
    Rule("explain_topic", re.compile(
        r"^(?:can you |could you |please )?(?:explain|what(?:'s| is| are)|define|tell me about)"
        r"\s+(?P<topic>[^?!.]+)", re.I), _topic),
]
"""Roadmap, resource and explanation requests, tried after the specific ones."""




_GAP_ASK = (r"(?:what do i need to learn|what would i need|(?:what|wht|wat) am i missing|"
            r"what(?:'s| is) missing|(?:what|which) skills? (?:is|are|am i) missing|"
            r"which skills (?:do i|i) (?:still )?need|what (?:skills )?i (?:lack|am lacking|'m "
            r"lacking|am missing|'m missing)|(?:which|what) requirements (?:i|do i) (?:don'?t|do "
            r"not) (?:meet|have)|requirements i (?:don'?t|do not) meet|"
            r"which skills (?:am i|i'?m|i|do i) (?:missing|lacking|lack|need)|"
            r"skills i (?:don'?t|do not|dont) (?:have|know)|where do i stand|"
            r"what'?s (?:holding me back|stopping me)|how far (?:off|away) am i|"
            r"what (?:skills )?(?:do|am) i (?:lack|need|missing)|"
            r"skill gaps?|gap analysis|gaps|how (?:do|well do) i (?:match|fit|compare|stack up)|"
            r"am i (?:a )?(?:good )?(?:fit|match|ready|qualified(?: enough)?)|missing skills|"
            r"where do i fall short|how close am i|what(?:'s| is) lacking)")

RULES: list[Rule] = [
    # -- profile corrections ------------------------------------------------------------
    Rule("set_role_end", re.compile(
        r"\b(?:left|quit|resigned from|was made redundant (?:from|at|by)|stopped working (?:at|"
        rf"for)|finished (?:up )?(?:at|with))\s+(?P<company>.+?)\s+(?:(?:in|on|at the end of|"
        rf"back in|around)\s+)?(?P<end>{END_DATE})(?!\w)", re.I), _role_end),
    Rule("set_role_end", re.compile(
        r"\b(?:my\s+)?(?:job|role|time|position|contract|stint|internship)\s+(?:at|with)\s+"
        r"(?P<company>.+?)\s+(?:ended|finished|wrapped up|was over)(?:\s+(?:in|on))?\s+"
        rf"(?P<end>{END_DATE})(?!\w)", re.I), _role_end),
    Rule("set_role_end", re.compile(
        r"\b(?:[Tt]he\s+)?(?P<company>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*)\s+(?:role|job|position|"
        rf"contract|internship)\s+(?:ended|finished)(?:\s+(?:in|on))?\s+(?P<end>{END_DATE})(?!\w)"),
        _role_end),
    Rule("set_role_end", re.compile(
        rf"\b(?:worked|was|used to work)\s+(?:at|for)\s+(?P<company>.+?)\s+(?:until|till|to)\s+"
        rf"(?P<end>{END_DATE})(?!\w)", re.I), _role_end),
    Rule("set_role_end", re.compile(
        rf"^(?P<company>[\w&.' -]+?)\s+was\s+(?:till|until|up to)\s+(?P<end>{END_DATE})\b", re.I),
        _role_end),
    Rule("set_role_end", re.compile(
        r"\bend date\s+(?:at|for|with|on|to)\s+(?P<company>.+?)\s*(?:as|to|is|=|:)\s*"
        rf"(?P<end>{END_DATE})(?!\w)", re.I), _role_end),
    Rule("set_role_end", re.compile(
        r"\bno longer (?:at|with)\s+(?P<company>[^,;]+?)[,;]?\s+(?:i\s+)?left\s+(?:in\s+)?"
        rf"(?P<end>{END_DATE})\b", re.I), _role_end),
    Rule("remove_skill", re.compile(
        rf"\b{_POLITE}(?:remove|delete|drop|scrap|get rid of|take (?:out|off))\s+(?P<skill>.+?)"
        + _SKILL_TAIL + r"(?:[,.!?].*)?$", re.I), _skill),
    Rule("remove_skill", re.compile(
        rf"\b{_POLITE}take\s+(?P<skill>.+?)\s+(?:out|off)(?:\s+(?:of|from))?\s+(?:my\s+|the\s+)?"
        rf"{_PLACE}\b", re.I), _skill),
    Rule("remove_skill", re.compile(
        r"\bi\s+(?:don'?t|do not|never|dont)\s+(?:actually\s+|really\s+)?(?:know|use|used|have|"
        r"do|work with|speak)\s+(?P<skill>[^,.!?;]+)", re.I), _skill),
    Rule("remove_skill", re.compile(
        r"\bi(?:'m| am)\s+not\s+(?:actually\s+|really\s+)?(?:proficient|good|skilled|fluent|"
        r"experienced)\s+(?:in|at|with)\s+(?P<skill>[^,.!?;]+)", re.I), _skill),
    Rule("remove_skill", re.compile(
        r"^(?P<skill>[\w#+./ -]+?)\s+(?:shouldn'?t|should not)\s+be\s+(?:listed|there|on)",
        re.I), _skill),
    Rule("add_skill", re.compile(
        r"\b(?:forgot to (?:mention|add|include|list)|(?:please |pls |can you )?also (?:list|add|"
        r"include|put)|i(?:'ve| have) also (?:used|worked with|got)|i also have experience "
        r"(?:with|in))\s+(?P<skill>[^,.!?;]+)", re.I), _skill),
    Rule("add_skill", re.compile(
        r"^\W*(?P<skill>[\w#+./ -]{1,30}?)\s+(?:is|are)\s+missing\s+(?:from|in)\s+my\s+"
        r"(?:skills?|profile|skill list)", re.I), _skill),
    Rule("add_skill", re.compile(
        r"\b(?:you\s+(?:forgot|missed|left out)(?:\s+that\s+i\s+know)?|"
        rf"{_POLITE}(?:add|put|include))\s+(?P<skill>.+?)" + _SKILL_TAIL + r"(?:[,.!?].*)?$",
        re.I), _skill),
    Rule("add_skill", re.compile(
        r"\bi(?:'m| am)\s+(?:also\s+)?(?:good at|skilled (?:in|at)|proficient (?:in|with)|"
        r"fluent in|certified in|experienced (?:in|with)|an expert in)\s+(?P<skill>[^,.!?;]+)",
        re.I), _skill),
    Rule("add_skill", re.compile(
        r"(?:^|\band\s+|,\s*|\boh\s+|\balso\s+|\bbtw\s+)i\s+(?:also\s+)?(?:know|use|"
        r"can (?:also )?do|"
        r"can use|"
        r"have experience (?:with|in)|have worked with|worked with|did)\s+(?P<skill>[^,.!?;]+)",
        re.I), _skill),
    Rule("add_skill", re.compile(
        r"\bmy skills? (?:should|must) (?:include|have|list)\s+(?P<skill>[^,.!?;]+)"
        r"|\b(?:my\s+(?:profile|resume|cv|skills?(?: list)?)|profile|resume|cv)(?:'s| is)\s+"
        r"missing\s+"
        r"(?P<skill2>[^,.!?;]+)", re.I),
        lambda m: _skill_group(m, "skill", "skill2")),
    Rule("add_skill", re.compile(
        r"^\W*i(?:'ve| have)\s+(?:got|earned|obtained|completed|passed)\s+(?:an?\s+|my\s+)?"
        r"(?P<skill>[^,.!?;]+?)\s*[,.;!]?\s*(?:please\s+|pls\s+|can you\s+)?(?:add|put|"
        r"include|list)\s+(?:it|that|this)\b", re.I), _skill),
    Rule("confirm_profile", re.compile(
        r"\b(?:(?:all|everything|it|that|this|the (?:info|information|details|profile|data)|"
        r"(?:my|the) profile(?:'s)?|those (?:skills|details)(?: and dates)?|the extracted "
        r"details)(?:\s+you\s+(?:extracted|pulled|found|have))?\s*(?:'s|is|are|looks?|seem)\s+"
        r"(?:all\s+)?(?:right|correct|good|fine|accurate|spot on|good to go)"
        r"|^\W*(?:(?:yes|yep|yeah|ok)\W+)?looks?\s+(?:all\s+)?(?:right|correct|good|fine|accurate)"
        r"|spot on|nothing to change|no changes needed|good to go|that'?s me|"
        r"confirm(?:ed)?\s+(?:my\s+|the\s+|it|that)|all (?:good|accurate|correct)|"
        r"mark (?:my )?profile (?:as )?verified|(?:yes|yep|yup),? (?:that'?s |it'?s )?"
        r"(?:right|correct|accurate))\b", re.I)),
    Rule("use_resume", re.compile(
        r"\b(?:use|switch(?: back| over)? to|go (?:back )?(?:with|to)|pick|work with|"
        r"change (?:the )?active (?:resume|cv) to)\s+(?:my\s+|the\s+)?(?P<which>older|previous|"
        r"earlier|old|original|latest|newest|new|most recent|updated|other|first|second|last)"
        rf"\b[\w ]*?\b(?:{_RESUME}|one)", re.I), _which_resume),
    Rule("use_resume", re.compile(
        r"\b(?:use|switch(?: back| over)? to|go (?:back )?(?:with|to)|pick|work with)\s+"
        rf"(?:my|the)\s+(?P<which>[\w ]+?)\s+(?:{_RESUME}|one)\b", re.I), _which_resume),
    # -- jobs -------------------------------------------------------------------------------
    Rule("compare_jobs", re.compile(
        rf"\bcompare\b.*\b(?:{_JOBS}|them|these|those|all)\b(?!.*\bwith the\b)"
        rf"|\b(?:both|each of (?:the|my|these)) {_JOBS}\b"
        rf"|\brank\b.*\b{_JOBS}\b|\brank them\b|\bwhich (?:job|posting|one|of (?:these|them|my|"
        rf"the) {_JOBS}?)\b.*\b(?:fits?|suits?|matches?|prioriti[sz]e|best)\b"
        rf"|\b(?:across|against) (?:every|all|each)\b|\bside by side\b"
        rf"|\bout of (?:the|my|all the) {_JOBS}\b", re.I)),
    Rule("find_skill_gaps", re.compile(
        r"\b(?:check|compare|match|measure|stack)\b.*\b(?:resume|cv|profile|me|my skills)\b.*"
        r"\b(?:against|with|to)\s+(?:the|this|that)\s+(?:job|posting|jd|one)\b", re.I)),
    Rule("find_skill_gaps", re.compile(
        r"\b(?:compare|match|check|measure|stack)\b.*\b(?:with|against|to)\s+(?:the\s+)?"
        r"(?P<job>[\w&.' -]+?)\s+(?:job|posting|position|one|jd|vacancy|opening|ad)\b", re.I),
        _job_name),
    Rule("find_skill_gaps", re.compile(
        r"\b(?:requirements?|skills?)\s+(?:in|of|for)\s+(?:the\s+)?(?P<job>[\w&.' -]+?)\s+"
        r"(?:job|posting|position|vacancy|opening|jd|ad)\b.*\b(?:don'?t|do not|miss|lack|meet)",
        re.I), _job_name),
    Rule("find_skill_gaps", re.compile(
        r"\bhow close am i to what\s+(?P<job>[\w&.' -]+?)\s+(?:are|is)\s+(?:asking|looking)",
        re.I), _job_name),
    Rule("list_jobs", re.compile(
        rf"\b(?:which|what|list|show|display|see|pull up|remind me|how many)\b.*\b{_POSTINGS}\b.*"
        r"\b(?:i'?ve|i have|have i|did i|i (?:sent|gave|shared|uploaded|pasted|added|imported)|"
        r"(?:you|u) have|do (?:you|u) have|on my list|on file|stored|saved|uploaded|shared|sent|"
        r"gave (?:you|u)|given (?:you|u)|added|pasted|imported|so far|again)\b"
        rf"|^(?:my|list(?: my)?|show(?: me)?(?: all)?(?: my| the)?)(?: saved| stored| imported)? "
        rf"{_JOBS}\W*$"
        rf"|\b(?:list|display|show)\b.*\ball (?:the|my) {_JOBS}\b"
        r"|\b(?:list|show|pull up|see|display)\b.*\broles (?:i(?:'ve| have)? )?(?:sent|gave|shared|"
        r"uploaded|pasted|added|saved)\b", re.I)),
    Rule("suggest_roles", re.compile(
        r"\b(?:which|what) (?:\w+ ){0,2}(?:roles?|jobs?|positions?|careers?|job titles?|"
        r"profiles?)\b.*"
        r"\b(?:fit|fits|suit|suits|match|should i|could i|can i|for me|am i suited)\b"
        r"|\b(?:suggest|recommend|pick)\b.*\b(?:roles|jobs|careers|job titles|profiles)\b"
        r"|\broles? (?:that )?(?:fit|suit)s? me\b|\bwhat (?:can|should) i apply for\b"
        r"|\b(?:top|best)\s+(?:\d+\s+|three\s+|few\s+)?(?:roles|jobs|careers|job titles)\b"
        r"|\bwhere should i (?:be )?apply(?:ing)?\b|\bwhat (?:to|should i) apply\b"
        r"|\bwhat (?:job|role|career|kind of (?:job|role))s? (?:to|should i) (?:go for|aim for|"
        r"target|look (?:at|for)|pursue)\b|\b(?:jobs?|roles?|careers?)\b.*\b(?:based on|given|"
        r"that (?:fit|suit|match)) my (?:skills|profile|resume|cv|experience|background)\b",
        re.I)),
    Rule("create_roadmap", re.compile(
        r"^(?:i\s+(?:want|would like|'d like|hope|plan|am aiming|'m aiming|aim)\s+(?:to\s+)?"
        r"(?:become|be|work as|get a job as|land a job as|move into|switch to|learn|master)|"
        r"my (?:target|dream|goal) (?:role|job) is|i'?m (?:targeting|aiming for)|"
        r"(?:help me|teach me how to|how (?:do|can|should) i|help me plan (?:out )?how to) "
        r"(?:become|learn|get into))\s+"
        r"(?P<goal>[^?!]+)", re.I), _goal),
    Rule("find_skill_gaps", re.compile(
        rf"\b{_GAP_ASK}(?:.*?\b(?:for|to become|to be|with|against|in|to|vs\.?|versus|from|"
        r"between me and)\s+(?P<target>.+?))?"
        r"[\s?.!🤔]*(?:(?:pls|please|plz|thanks|skill-?wise|in terms of skills|there|here|yet|"
        r"still|now)"
        r"[\s?.!]*)?"
        r"(?:what'?s lacking\??)?$", re.I), _gaps),
    Rule("review_resume", re.compile(
        r"\b(?:what should i (?:change|improve|fix|add|tweak|cut)|improve|tips|advice|feedback|"
        r"suggestions?|make (?:it )?(?:better|stronger|stand out)|stand out|wrong with|critique|"
        r"fix|tweak|rate|strengthen)\b.*\b" + _RESUME + r"\b"
        r"|\b" + _RESUME + r"\b.*\b(?:tips|advice|feedback|suggestions|improvements?|"
        r"what (?:should|to) (?:i )?(?:tweak|change|fix|improve)|callbacks?|stand out|"
        r"summary section|cut something)\b", re.I)),
]
"""Specific requests, tried before the general intents of the router."""

JOB_MARKERS = re.compile(
    r"\b(requirements|qualifications|responsibilities|we are looking|we're looking|we are after|"
    r"you will|you'll|must have|nice to have|preferred|years of experience|about the role|"
    r"what you'll do|job description|apply|benefits|salary|full[- ]time|part[- ]time|"
    r"who you are|tasks|duties|candidate|per annum|per hour|hybrid|remote|on-site|shift|"
    r"contract|permanent|ctc|lpa|notice period|we offer|our team|join us|the role|"
    r"\d+\+?\s*(?:years|yrs)|we need someone|you'?d be|must know|experience (?:with|in))\b", re.I)
MIN_JOB_WORDS = 40
MIN_JOB_MARKERS = 2

JOB_LABELS = re.compile(r"\b(requirements|qualifications|responsibilities|what you'll do|"
                        r"must have|nice to have|skills required|tasks|duties)\s*:"
                        r"|^\s*(?:requirements|qualifications|responsibilities|"
                        r"what you(?:'ll| will) do|about (?:you|us|the role)|who you are|"
                        r"nice to have|must have|benefits|"
                        r"what we offer)\s*:?\s*$", re.I | re.M)
MIN_LABELLED_JOB_WORDS = 10


JOB_ANNOUNCED = re.compile(
    r"^\W*(?:(?:here(?:'s| is| are)|this is|below is|pasting|pasted|see|check)\s+)?(?:the |a |my |"
    r"this )?(?:job (?:desc(?:ription)?|post(?:ing)?|ad(?:vert)?|listing|spec|offer)|jd|posting)"
    r"\b(?:\s+(?:below|here|i want|i'?m (?:applying|looking) (?:to|for|at)))?[^\n.:]{0,30}[:👇\n]",
    re.I)
"""A message that says it is a job posting before pasting it ("job desc below 👇", "this is
the job post i want: …")."""
MIN_ANNOUNCED_JOB_WORDS = 15
_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+\S", re.M)
MIN_BULLETS = 3


def looks_like_job_description(message: str) -> bool:
    """A long pasted text with the usual wording of a job posting, a shorter one with a
    "Requirements:"-style label, or one announced as a posting ("job desc below:")."""
    words = len(message.split())
    if words >= MIN_LABELLED_JOB_WORDS and JOB_LABELS.search(message):
        return True
    if words >= MIN_ANNOUNCED_JOB_WORDS and JOB_ANNOUNCED.search(message):
        return True
    if (words >= MIN_ANNOUNCED_JOB_WORDS and len(_BULLET.findall(message)) >= MIN_BULLETS
            and JOB_MARKERS.search(message)):
        return True
    if words < MIN_JOB_WORDS:
        return False
    return len({m.lower() for m in JOB_MARKERS.findall(message)}) >= MIN_JOB_MARKERS


JOB_ATTACHMENT_WORDS = re.compile(
    r"\b(job|jd|posting|position|vacancy|opening|role description|advert|listing)\b", re.I)
"""Words in a message with an attachment that make it a job description, not a resume."""
