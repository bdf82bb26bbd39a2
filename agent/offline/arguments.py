"""Tool arguments read from a whole message, once its intent is known.

The phrasing rules (:mod:`agent.offline.rules`) both recognise a request and read its
arguments; when the nearest-example classifier recognised the intent instead, the arguments
are read here: first by any rule of that intent whose pattern matches, then by the intent's
own reader below. Number words become digits first ("forty-five minutes" → "45 minutes",
with :func:`tools.progress.parse.normalize`). An intent whose required argument cannot be
read gets a clarifying question from the model (:data:`REQUIRED`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.offline.rules import (
    END_DATE,
    Args,
    clean,
    format_named,
    gap_target,
    plan_args,
    tidy_subject,
    trim_goal,
)
from agent.offline.rules_log import entry_changes, entry_number
from agent.offline.ruleset import ORDERED_RULES
from tools.progress.parse import normalize

REQUIRED: dict[str, str] = {
    "add_skill": "skill",
    "remove_skill": "skill",
    "find_resources": "skill",
    "explain_topic": "topic",
    "mark_stage_done": "stage",
    "rate_resource": "stars",
    "correct_activity": "minutes",
    "edit_activity": "entry",
    "delete_activity": "entry",
}
"""Intent -> the argument its tool cannot do without."""
ALTERNATIVES: dict[str, tuple[str, ...]] = {"skill": ("stage",)}
"""Required argument -> others that stand in for it ("resources for stage 2" names a stage
of the roadmap instead of a skill)."""

_LEVEL = re.compile(r"\b(beginner|intermediate|advanced)s?\b", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
_STAGE = re.compile(r"\bstage\s*(?P<n>\d)\b|\b(?P<o>first|second|third|fourth|fifth)\s+stage\b"
                    r"|\bstage\s+(?P<w>one|two|three|four|five)\b", re.I)
_CURRENT_STAGE = re.compile(r"\b(current|this|next)\s+stage\b", re.I)
_MINUTES = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>h|hr|hrs|hours?|m|min|mins|minutes?)\b",
                      re.I)
_BARE_NUMBER = re.compile(r"\b(?:was|is|to|make it|only|just)\s+(?P<n>\d{1,3})\b", re.I)
_STARS = re.compile(r"\b(?P<n>[1-5])(?:\s*(?:/\s*5|out of (?:5|five)|stars?|of 5))", re.I)
_SUBJECT = re.compile(
    r"\b(?:for|on|about|learn(?:ing)?|in|with|of|study(?:ing)?|into|master(?:ing)?)\s+"
    r"(?:some\s+|the\s+|a\s+|an\s+)?(?P<x>[A-Za-z0-9#+./ -]{1,40}?)\s*(?:[?!.,]|$|\s+(?:for|as|"
    r"at|please|pls|plz|to)\b)", re.I)
_TOPIC = re.compile(
    r"\b(?:explain|expalin|explian|define|describe|break down|what(?:'s| is| are| r)|whats|"
    r"what exactly (?:is|are)|"
    r"what does|tell me about|tell me (?:simply |briefly |quickly )?what(?:'s| is| are)?|"
    r"meaning of)\s+(?:exactly\s+)?"
    r"(?:to me\s+|me\s+)?"
    r"(?:what(?:'s| is| are)?\s+)?(?:an?\s+|the\s+)?(?P<x>[A-Za-z0-9#+./ -]{1,40}?)"
    r"(?:\s+(?:is|are|means|mean|stands? for|simply|to me|briefly|in simple (?:terms|words)|"
    r"in plain english|like i'?m (?:\d+|five|ten|a (?:kid|child|beginner)|new))\b|\s*[?!.,]|"
    r"\s+(?:please|pls|plz)\b|"
    r"\s+(?:and|n|&)\s|$)", re.I)
_ROLE = re.compile(
    r"\b(?:for|as)\s+(?:an?\s+|the\s+)?(?P<x>[A-Za-z][A-Za-z/ +#.-]{1,40}?)\s*"
    r"(?:\s(?:role|position|job|interview|posting))?\s*(?:[?!.,]|$|\s+(?:please|pls|plz)\b)",
    re.I)
_FILLER = re.compile(r"^(?:it|that|this|them|me|you|my|some|stuff|things|something|more)$", re.I)


def arguments_for(intent: str, message: str) -> Args:
    """The tool arguments of ``intent`` read from ``message`` ({} when none are found)."""
    for rule in ORDERED_RULES:
        if rule.intent != intent:
            continue
        match = rule.pattern.search(message)
        if match:
            found = rule.extract(match)
            if found:
                return found
    reader = _READERS.get(intent)
    return reader(normalize(message)) if reader else {}


def _subject(message: str, pattern: re.Pattern[str] = _SUBJECT) -> str | None:
    for match in pattern.finditer(message):
        value = tidy_subject(match.group("x"))
        value = re.sub(r"^(?:the|a|an|some|my)\s+|\s+(?:stuff|things|material|resources|"
                       r"courses?|tutorials?|videos?|books?|practice)$", "", value, flags=re.I)
        if value and not _FILLER.match(value) and len(value.split()) <= 4:
            return value
    return None


_MATERIAL = re.compile(r"(?P<x>[A-Za-z0-9#+./-]+(?:\s+[A-Za-z0-9#+./-]+){0,2})\s+(?:material|"
                       r"materials|resources?|courses?|tutorials?|books?|videos?|docs|content|"
                       r"links?)\b", re.I)


def _resources(message: str) -> Args:
    stage = _stage(message) or _CURRENT_STAGE.search(message)
    if isinstance(stage, re.Match):
        return {"stage": "next" if stage.group(1).lower() == "next" else "current"}
    if stage:
        return stage
    skill = _subject(_LEVEL.sub("", message)) or _subject(_LEVEL.sub("", message), _MATERIAL)
    level = _LEVEL.search(message)
    args: Args = {"skill": skill} if skill else {}
    return {**args, **({"level": level.group(1).lower()} if level else {})}


def _topic(message: str) -> Args:
    topic = _subject(message, _TOPIC)
    return {"topic": topic} if topic else {}


def _stage(message: str) -> Args:
    match = _STAGE.search(message)
    if not match:
        return {}
    raw = (match.group("n") or match.group("o") or match.group("w") or "").lower()
    number = int(raw) if raw.isdigit() else _ORDINALS.get(raw) or {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}.get(raw, 0)
    return {"stage": number} if number > 0 else {}


def _minutes(message: str) -> int | None:
    match = _MINUTES.search(message)
    if match:
        value = float(match.group("n"))
        return round(value * 60 if match.group("unit").lower().startswith("h") else value)
    bare = _BARE_NUMBER.search(message)
    return int(bare.group("n")) if bare else None


_X_NOT_Y = re.compile(r"\b(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>h|hr|hrs|hours?|m|min|mins|minutes?)?"
                      r"\s*,?\s+not\s+\d", re.I)


def _correction(message: str) -> Args:
    x_not_y = _X_NOT_Y.search(message)
    if x_not_y:  # "actually 45 not 30": the first number
        value, unit = float(x_not_y.group("n")), (x_not_y.group("unit") or "m").lower()
        return {"minutes": round(value * 60 if unit.startswith("h") else value)}
    if re.match(r"^\W*not\b", message, re.I):  # "not 2 hours — 20 minutes": the second one
        found = list(_MINUTES.finditer(message))
        message = message[found[-1].start():] if len(found) > 1 else message
    minutes = _minutes(message)
    return {"minutes": minutes} if minutes else {}


def _stars(message: str) -> Args:
    match = _STARS.search(message)
    if not match:
        return {}
    before = re.sub(r"^\W*(?:(?:rate|rating|give|gave|i'?d|i would|the)\s+)+", "",
                    message[:match.start()], flags=re.I)
    resource = clean(re.sub(r"\s+(?:was|is|it|great|good|bad|meh|ok|okay|deserves|gets?)\b.*$"
                            r"|\s*[:,;].*$|\s+(?:i|i'?ll|i will|i'?d)\s+(?:give|rate).*$", "",
                            before, flags=re.I))
    return {"stars": int(match.group("n")), **({"resource": " ".join(resource.split())}
                                                 if resource else {})}


_GOAL = re.compile(r"\b(?:become|be|learn|for|into|to|roadmap\s*:|plan\s*:)\s+(?:an?\s+|the\s+)?"
                   r"(?P<g>[^,.!?]+)", re.I)
_TIME_WORDS = re.compile(r"^\d|\b(?:weeks?|wks?|months?|hours?|hrs?|mins?|minutes?|days?|"
                         r"daily|a day)\b", re.I)


def _roadmap(message: str) -> Args:
    plan = plan_args(message)
    for goal in _GOAL.finditer(message):
        text = trim_goal(clean(re.sub(r"\b(?:in|within|over|for)\s+\d+.*$", "", goal.group("g"))))
        if (text and not _FILLER.match(text) and not _TIME_WORDS.search(text)
                and len(text.split()) <= 5):
            return {"goal": text, **plan}
    return plan


_DONE_GOAL = re.compile(
    r"\b(?:mark|tick off|tick|check off|finished|completed|done with)\s+(?P<x>[\w#+./' -]{1,40}?)"
    r"(?:\s+(?:as done|as complete|done|off|please|pls)\b|\s*[,.!]|$)", re.I)


def _goal_done(message: str) -> Args:
    if re.search(r"\btoday'?s?\b", message, re.I):
        return {"goal": "today"}
    found = _DONE_GOAL.search(message)
    name = tidy_subject(found.group("x")) if found else ""
    return {"goal": name or message.strip()}


def _role(message: str) -> Args:
    role = _subject(message, _ROLE)
    if not role:
        tail = re.search(r"[,?:]\s*(?P<t>[A-Za-z][\w /+#.-]{1,40})$", message.strip())
        role = tidy_subject(tail.group("t")) if tail and len(tail.group("t").split()) <= 4 \
            else ""
    role = re.sub(r"\s+(?:role|position|job|interview)$", "", role, flags=re.I)
    return {"role": role} if role else {}


_GAP_TARGET = re.compile(
    r"\b(?:for|as|to become|to be|become|into|towards?|vs\.?|versus|against|from)\s+"
    r"(?P<x>(?:an?\s+|the\s+|my\s+)?[A-Za-z][\w /+#.&'-]{1,50}?)\s*"
    r"(?:[?!.,;]|$|\s+(?:please|pls|plz|now|then)\b)", re.I)
_COMPANY = re.compile(r"\b(?:at|with|from|in|on)\s+(?P<c>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*)"
                      r"|\b(?P<c2>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*)\s+(?:role|job|position|"
                      r"internship|contract|stint)?\s*(?:ended|finished|was over)\b")
_END = re.compile(rf"\b(?P<d>{END_DATE}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
                  r"dec)[a-z]*)(?!\w)", re.I)
_QUESTION_LEAD = re.compile(
    r"^\W*(?:(?:hey|hi|ok|so|um|please|pls|plz|kindly|quick question)[\s,!.]+)*(?:can|could|"
    r"would) (?:you|u) (?:please |pls |kindly )?|^\W*(?:i (?:don'?t|do not) "
    r"(?:get|understand|know)|i'?m confused about|help me understand|what'?s the deal with)\s+",
    re.I)


_NEEDS = re.compile(r"\bwhat (?:an?|the) (?P<x>[A-Za-z][\w /+#.-]{1,40}?) (?:needs|requires|must "
                    r"know|should know)\b", re.I)
_APPLYING = re.compile(r"\bapplying (?:to|at|for) (?P<x>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*)")
_THIS_JOB = re.compile(r"\b(?:job|posting|jd|one)\b.*\b(?:pasted|uploaded|sent|gave|shared|"
                       r"attached|saved)\b|^(?:this|that|the)\s+(?:job|posting|role|one)$", re.I)


def _gap_target(message: str) -> Args:
    needs, applying = _NEEDS.search(message), _APPLYING.search(message)
    if needs:
        return {"role": tidy_subject(needs.group("x"))}
    if applying:
        return {"job": applying.group("x")}
    found = _GAP_TARGET.search(re.split(r"\s+and\s+", message)[0])
    if not found or _THIS_JOB.search(found.group("x")):
        return {}
    return gap_target(found.group("x"))


def _role_end(message: str) -> Args:
    company, end = _COMPANY.search(message), _END.search(message)
    if not company or not end:
        return {}
    name = company.group("c") or company.group("c2")
    name = re.sub(r"^(?:The|My|Fix my experience)\s+", "", name)
    return {"company": clean(name), "end": clean(end.group("d"))}


_DONT_GET = re.compile(r"\b(?:don'?t|dont|do not|can'?t|cannot) (?:get|understand|grasp)\s+"
                       r"(?P<x>[\w#+./ -]{2,40}?)\s*(?:[.?!,]|$)", re.I)


def _topic_any(message: str) -> Args:
    found = _topic(message)
    if found:
        return found
    dont = _DONT_GET.search(message)
    if dont and not _FILLER.match(dont.group("x")):
        return {"topic": tidy_subject(dont.group("x"))}
    rest = clean(_QUESTION_LEAD.sub("", message).split(",")[0])
    rest = re.sub(r"^(?:explain|describe|define|tell me about|teach me)\s+(?:what\s+)?|"
                  r"\s+(?:is|are|means|mean|works?|simply|in simple terms|for me|to me)$", "",
                  rest, flags=re.I)
    rest = re.sub(r"^(?:an?|the)\s+", "", rest, flags=re.I)
    return {"topic": rest} if rest and len(rest.split()) <= 4 and not _FILLER.match(rest) else {}


_READERS: dict[str, Callable[[str], Args]] = {
    "export_roadmap": format_named,
    "find_resources": _resources,
    "explain_topic": _topic_any,
    "find_skill_gaps": _gap_target,
    "set_role_end": _role_end,
    "mark_stage_done": _stage,
    "correct_activity": _correction,
    "edit_activity": entry_changes,
    "delete_activity": entry_number,
    "rate_resource": _stars,
    "create_roadmap": _roadmap,
    "adjust_roadmap": plan_args,
    "log_activity": lambda message: {"text": message.strip()},
    "set_reminder": lambda message: {"request": message.strip()},
    "start_interview": _role,
    "mark_goal_done": _goal_done,
}
