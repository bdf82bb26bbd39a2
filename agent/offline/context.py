"""Conversation context for the offline router: follow-ups that lean on the last request.

People rarely repeat themselves: after "what am I missing for a data analyst role?" comes
"and for business analyst?"; after "resources for Kubernetes" comes "what about Docker?";
after "explain CI/CD" comes "where can I learn it?"; after "remind me at 7pm" comes "make it
8pm". :func:`follow_up` reads such a message against the last request (its intent and
arguments) and returns the same request with the new subject, or ``None`` when the message
stands on its own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from agent.offline.rules import Args, clean, format_named, plan_args
from tools.progress.parse import normalize

MAX_FOLLOW_UP_WORDS = 8
"""A longer message is read on its own, not as a follow-up."""

SUBJECT_ARG: dict[str, str] = {
    "find_skill_gaps": "role",
    "find_resources": "skill",
    "explain_topic": "topic",
    "create_roadmap": "goal",
    "add_skill": "skill",
    "remove_skill": "skill",
    "start_interview": "role",
    "mark_goal_done": "goal",
}
"""Intents a follow-up can repeat with a new subject, and the argument that holds it."""

_LEAD = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|right|hmm+|cool|great|nice|thanks|and|also|now)[\s,!.]+)*"
    r"(?:(?:and|also)\s+)?(?:what|how)\s+about\s+|^\W*(?:(?:ok(?:ay)?|so|and|also)[\s,]+)*"
    r"(?:and\s+)?(?:the\s+)?same\s+(?:for|with)\s+|^\W*(?:(?:ok(?:ay)?|so)[\s,]+)*and\s+"
    r"(?:(?:for|with|on|about)\s+)?|^\W*(?:for|with)\s+", re.I)
_TAIL = re.compile(r"(?:\s+(?:too|as well|also|then|instead|in general|please|pls|plz))+"
                   r"\s*$|\s*(?:,.*)?$", re.I)
_JOB_NAME = re.compile(r"^(?:the\s+|my\s+)?(?P<name>.+?)\s+(?:job|posting|one|position|"
                       r"vacancy|opening|jd|ad)$", re.I)
_OWN_REQUEST = re.compile(r"^(?:what(?:'s| is| are)|whats|explain|how|why|who|show|tell|give|"
                          r"make|build|create|log|add|remove|delete)\b", re.I)
"""A follow-up lead ("ok and …") followed by a request of its own: read on its own."""
_PRONOUN_LEARN = re.compile(
    r"\b(?:where|how)\s+(?:can|should|do)\s+i\s+(?:learn|study|practi[cs]e|start with)\s+"
    r"(?:it|that|this|them)\b|\b(?:resources|courses?|tutorials?)\s+(?:for|on)\s+"
    r"(?:it|that|this)\b", re.I)
_PRONOUN_EXPLAIN = re.compile(r"\b(?:explain|what(?:'s| is))\s+(?:it|that|this)\b", re.I)
_STAGE_ONLY = re.compile(r"^(?:the\s+)?(?:(?P<o>first|second|third|fourth|fifth|last|next|"
                         r"previous)\s+(?:stage|one)|(?P<d>\d)(?:st|nd|rd|th)\s+(?:stage|one)|"
                         r"stage\s+(?P<n>\d))$", re.I)
_ROADMAP_INTENTS = frozenset({"create_roadmap", "show_roadmap", "adjust_roadmap",
                              "mark_goal_done", "mark_stage_done", "find_resources"})
"""Requests after which "the second one" / "the last stage" names a roadmap stage."""
_ORDINAL: dict[str, int | str] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
                                  "last": "last", "next": "next", "previous": "previous"}
_VAGUE = re.compile(r"^(?:it|that|this|them|those|these|me|you|everything|all|more|now|then|"
                    r"why|how|what|yes|no|ok|okay)$", re.I)


@dataclass(frozen=True)
class RouteContext:
    """What the conversation was about just before this message.

    Attributes:
        intent: The last request's intent (``None`` at the start).
        args: The last request's arguments.
        interview_active: A mock-interview question is waiting for an answer.
    """

    intent: str | None = None
    args: Mapping[str, object] = field(default_factory=dict)
    interview_active: bool = False


def follow_up(message: str, context: RouteContext) -> tuple[str, Args] | None:
    """The request a short follow-up makes, given the last request; ``None`` otherwise.

    Args:
        message: The user's message (attachments already removed).
        context: The last request.

    Returns:
        ``(intent, args)``: the last intent with its subject replaced ("and for Docker?"),
        resources or an explanation for the last subject ("where can I learn it?"), or a
        stage of the plan ("what about the second stage?").
    """
    last = context.intent
    if last is None or len(message.split()) > MAX_FOLLOW_UP_WORDS:
        return None
    subject = _last_subject(context)
    if subject and _PRONOUN_LEARN.search(message):
        return "find_resources", {"skill": subject}
    if subject and _PRONOUN_EXPLAIN.search(message):
        return "explain_topic", {"topic": subject}
    lead = _LEAD.search(message)
    if lead is None:
        return None
    rest = message[lead.end():]
    for _ in range(3):
        rest = clean(_TAIL.sub("", clean(rest)))
    if not rest or _VAGUE.match(rest) or _OWN_REQUEST.match(rest):
        return None
    stage = _STAGE_ONLY.match(rest) if last in _ROADMAP_INTENTS else None
    if stage:
        digits = stage.group("n") or stage.group("d")
        number = int(digits) if digits else _ORDINAL[stage.group("o").lower()]
        return ("mark_stage_done" if last == "mark_stage_done" else "find_resources",
                {"stage": number})
    if last not in SUBJECT_ARG or len(rest.split()) > 5:
        return None
    args = _with_subject(last, dict(context.args), rest)
    level = _LEVEL_ONLY.search(message)
    if last == "find_resources" and level:
        args["level"] = level["level"].lower()
    return last, args


def _last_subject(context: RouteContext) -> str | None:
    key = SUBJECT_ARG.get(context.intent or "")
    value = context.args.get(key) if key else None
    return str(value) if value else None


def _with_subject(intent: str, args: dict[str, object], subject: str) -> Args:
    if intent == "find_skill_gaps":
        args.pop("job", None)
        args.pop("role", None)
        job = _JOB_NAME.match(subject)
        if job:
            return {**args, "job": job.group("name")}
        role = re.sub(r"^(?:an?|the)\s+|\s+(?:role|position|job)$", "", subject, flags=re.I)
        return {**args, "role": role}
    if intent == "find_resources":
        args.pop("stage", None)  # "and for Docker?" after a stage's resources
    if intent == "start_interview":
        subject = re.sub(r"^(?:an?|the)\s+|\s+(?:role|position|job|interview)$", "", subject,
                         flags=re.I)
    return {**args, SUBJECT_ARG[intent]: subject}


REMINDER_INTENTS = frozenset({"set_reminder", "show_reminders", "stop_reminders"})
_TIME_OR_DAYS = re.compile(
    r"\b\d{1,2}(?::\d{2}|[.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|\bnoon\b|"
    r"\bmidnight\b|\bin the (?:morning|evening|afternoon)\b|\b(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)days?\b|\bweekdays?\b|\bweekends?\b|\bevery\s+day\b|\bdaily\b|"
    r"\bhalf past\b|\bquarter (?:past|to)\b|\bo'?clock\b|"
    r"\b\d+\s*(?:min|mins|minutes|hours?|h)\s+(?:later|earlier)\b", re.I)


def reminder_change(message: str, context: RouteContext) -> tuple[str, Args] | None:
    """"make it 8pm", "not on Fridays", "also weekends" right after a reminder request."""
    if context.intent not in REMINDER_INTENTS or len(message.split()) > 14:
        return None
    if not _TIME_OR_DAYS.search(message):
        return None
    return "set_reminder", {"request": message.strip()}


_CORRECTION_CUE = re.compile(
    r"^\W*(?:(?:no|nope|wait|oops|sorry|actually|correction|hmm)\W+)*(?:it\s+was|that\s+was|"
    r"make\s+(?:it|that)|should\s+(?:be|have been)|i\s+meant|not\s+\d+\W+(?:it\s+was\s+)?)\s+"
    r"(?:only\s+|just\s+|actually\s+)?(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>h|hr|hrs|hours?|m|min|mins|"
    r"minutes?)?(?:\s*(?P<extra>\d{1,2})\s*(?:m|min|mins|minutes?)?)?\b", re.I)
LOG_INTENTS = frozenset({"log_activity", "correct_activity", "edit_activity"})


def correction(message: str, context: RouteContext) -> tuple[str, Args] | None:
    """"no, it was 30 minutes", "wait it was 25 not 20", "oops, it was 1 hr 40" right after
    an activity was logged: the last entry's minutes (number words already digits)."""
    if context.intent not in LOG_INTENTS:
        return None
    match = _CORRECTION_CUE.search(normalize(message))
    if match is None:
        return None
    value = float(match.group("n"))
    unit = (match.group("unit") or "m").lower()
    minutes = value * 60 if unit.startswith("h") else value
    if match.group("extra") and unit.startswith("h"):
        minutes += int(match.group("extra"))
    return "correct_activity", {"minutes": int(round(minutes))}


INTERVIEW_INTENTS = frozenset({"start_interview", "resume_interview", "interview_summary",
                               "end_interview", "pause_interview", "interview_answer",
                               "skip_question", "repeat_question", "hint"})
_ANOTHER = re.compile(r"\b(?:another (?:one|interview|round|session)|one more|again|new one)\b",
                      re.I)
_SUMMARY = re.compile(r"\b(?:summary|results?|scores?|how did i do|feedback|what should i "
                      r"(?:practi[cs]e|work on|improve))\b", re.I)
_FOR_ROLE = re.compile(r"\b(?:for|as)\s+(?:an?\s+|the\s+)?(?P<role>[A-Za-z][\w /+#.-]{1,40}?)"
                       r"(?:\s+(?:role|position|job|interview))?\s*(?:[?!.,]|$)", re.I)


def interview_follow_up(message: str, context: RouteContext) -> tuple[str, Args] | None:
    """"let's do another one, for a data engineer position" and "show me the summary" right
    after a mock interview."""
    if context.intent not in INTERVIEW_INTENTS or len(message.split()) > 14:
        return None
    if _ANOTHER.search(message):
        role = _FOR_ROLE.search(message)
        return "start_interview", ({"role": clean(role.group("role"))} if role else {})
    if _SUMMARY.search(message):
        return "interview_summary", {}
    return None


def export_follow_up(message: str, context: RouteContext) -> tuple[str, Args] | None:
    """"also the markdown version" or "and as a calendar file" right after an export."""
    if context.intent != "export_roadmap" or len(message.split()) > MAX_FOLLOW_UP_WORDS:
        return None
    found = format_named(message)
    return ("export_roadmap", found) if found else None


_LEVEL_ONLY = re.compile(r"\b(?P<level>beginner|intermediate|advanced)\b", re.I)


def level_follow_up(message: str, context: RouteContext) -> tuple[str, Args] | None:
    """"only beginner ones pls", "any advanced ones?" right after a resources request: the
    same skill at that level."""
    if context.intent != "find_resources" or len(message.split()) > 6 or _LEAD.search(message):
        return None
    level, skill = _LEVEL_ONLY.search(message), context.args.get("skill")
    if not level or not skill:
        return None
    return "find_resources", {"skill": skill, "level": level["level"].lower()}


_AGAIN = re.compile(r"^\W*(?:(?:ok|okay|pls|please|can you|could you)[\s,]+)*(?:show|list|give)\s+"
                    r"(?:me\s+)?(?:it|them|that|those|this)(?:\s+(?:again|once more|pls|please))*"
                    r"\W*$", re.I)
_ALL_OFF = re.compile(r"^\W*(?:(?:ok|okay|pls|please|actually)[\s,]+)*(?:turn|switch)\s+(?:them|"
                      r"it|those|these)\s+(?:all\s+)?off\b|\bstop (?:them|it) (?:all)?\W*$", re.I)
SHOW_INTENTS = frozenset({"show_reminders", "show_roadmap", "show_profile", "show_log",
                          "show_progress", "show_achievements", "list_jobs"})


def repeat_follow_up(message: str, context: RouteContext) -> tuple[str, Args] | None:
    """"show them again" repeats the last list; "turn them all off" after reminders stops
    them."""
    if context.intent in REMINDER_INTENTS and _ALL_OFF.search(message):
        return "stop_reminders", {}
    if not _AGAIN.search(message):
        return None
    if context.intent in SHOW_INTENTS:
        return context.intent, dict(context.args)
    for family, shown in ((REMINDER_INTENTS, "show_reminders"), (ROADMAP_INTENTS, "show_roadmap"),
                          (LOG_INTENTS, "show_log")):
        if context.intent in family:
            return shown, {}
    return None


ROADMAP_INTENTS = frozenset({"create_roadmap", "adjust_roadmap", "show_roadmap",
                             "mark_goal_done", "mark_stage_done", "export_roadmap"})
_PLAN_CHANGE = re.compile(
    r"\b(?:a|per|each|every)\s*day\b|\bdaily\b|\b\d+\s*(?:weeks?|months?)\b|"
    r"\b(?:beginner|intermediate|advanced)\s+level\b|\bmake it (?:beginner|intermediate|"
    r"advanced)\b", re.I)
_LOGGED = re.compile(r"\b(?:did|studied|spent|practi[cs]ed|logged|log|worked on|watched|read|"
                     r"learned|learnt|today|yesterday)\b", re.I)


def roadmap_change(message: str, context: RouteContext) -> tuple[str, Args] | None:
    """"and only forty-five minutes a day, I have lectures" right after a roadmap: the same
    plan with new time, deadline or level (not a study session to log)."""
    if context.intent not in ROADMAP_INTENTS or len(message.split()) > 16:
        return None
    text = normalize(message)
    if not _PLAN_CHANGE.search(text) or _LOGGED.search(text):
        return None
    args = plan_args(message)
    return ("adjust_roadmap", args) if args else None


_PRONOUN_GOAL = re.compile(r"\b(?:for|on|about|learn)\s+(?:it|that|this)\b", re.I)
"""A singular pronoun names the last subject; "for them" after a gap analysis means the gaps."""


def pronoun_subject(intent: str, args: Args, message: str, context: RouteContext) -> Args:
    """A plan "for it" / "for that" is for the last subject talked about (a role, skill or
    topic), when the request itself names none."""
    if intent != "create_roadmap" or not _PRONOUN_GOAL.search(message):
        return args
    goal = str(args.get("goal") or "")
    subject = _last_subject(context)
    if subject and (not goal or _VAGUE.match(goal)):
        return {**args, "goal": subject}
    return args
