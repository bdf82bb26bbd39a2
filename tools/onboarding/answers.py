"""Reading a short answer to one onboarding question.

Each reader returns the value to store, ``None`` when the message is not an answer to that
question (then it is served as an ordinary request), or raises :class:`InvalidInput` when it
clearly tries to answer but cannot be used ("30 hours a day", "I'm in Springfield").
Durations and number words are read by the same libraries as study logs
(:func:`tools.progress.parse.normalize`, :func:`tools.progress.parse.duration_minutes`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal

from prompts import onboarding as words
from tools.errors import InvalidInput
from tools.onboarding.zones import explicit_zone_phrase, find_timezone
from tools.progress.parse import duration_minutes, normalize

Control = Literal["skip", "stop"]

MAX_ANSWER_WORDS = 8
"""A message longer than this is a request, not a short answer (except a role phrase)."""
MAX_ROLE_CHARS = 255
"""Longest target role stored (``hr_users.target_role`` is VARCHAR(255))."""

_SKIP = re.compile(r"^(?:skip|skip (?:it|this|that|this one|that one|question)|pass|next|"
                   r"no idea|not sure|dunno|i don'?t know|rather not say|prefer not to say|"
                   r"no answer)$")
_STOP = re.compile(r"^(?:skip all|skip (?:them|everything|the rest|all of (?:them|it))|later|"
                   r"maybe later|ask me later|not now|stop asking|stop the questions|"
                   r"no more questions|no thanks|no thank you|enough questions)$")
_INNER = re.compile(r"[!,;?()]+")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")

_LEVELS = {
    "beginner": ("beginner", "novice", "new", "new to this", "newbie", "junior", "entry",
                 "entry level", "entry-level", "student", "graduate", "just starting",
                 "starting out", "basic"),
    "intermediate": ("intermediate", "mid", "mid level", "mid-level", "middle",
                     "some experience", "in between", "in the middle", "moderate"),
    "advanced": ("advanced", "senior", "expert", "experienced", "pro", "very experienced"),
}
_LEVEL_LEAD = re.compile(r"^(?:i'?m|i am|i would say|i'?d say|probably|maybe|pretty much|"
                         r"my level is|level:?|rather|quite|an?|fairly)\s+")
_PACE = {
    "daily": ("daily", "every day", "each day", "day by day", "a bit every day",
              "day to day", "per day", "by the day", "days"),
    "weekly": ("weekly", "every week", "each week", "week by week", "once a week",
               "per week", "by the week", "weeks", "on weekends", "weekends"),
}
_PACE_LEAD = re.compile(r"^(?:i'?d (?:like|prefer|say)|i prefer|i like|prefer|probably|"
                        r"maybe|plan|planning)\s+")
_HOURS_LEAD = re.compile(r"^(?:i can (?:do|study|manage|spare)|i have|i'?ve got|about|around|"
                         r"roughly|maybe|probably|approximately|approx\.?|~|up to|at most|"
                         r"i'?d say|usually|only)\s*")
_HOURS_TRAIL = re.compile(r"\s*(?:a|per|each|every) ?(?:day|night|evening|weekday)$"
                          r"|\s*daily$|\s*(?:of study(?:ing)?|studying|max)$")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_DURATION = re.compile(r"^\d+(?:\.\d+)?\s*(?:h|hr|hrs|hour|hours|m|min|mins|minute|minutes)"
                       r"(?:\s*(?:and\s*)?\d+\s*(?:m|min|mins|minute|minutes))?$")
_ROLE_LEAD = re.compile(
    r"^(?:i'?d like to (?:be|become|work as)|i want to (?:be|become|work as)|"
    r"i'?m aiming (?:for|at)|aiming (?:for|at)|i'?m looking for|looking for|"
    r"my (?:target|goal|target role|dream job) is|target(?: role)?:?|i'?m targeting|"
    r"targeting|become|to become|i'?m going for|going for)\s+(?:an?\s+|the\s+)?")
_ROLE_TRAIL = re.compile(r"\s+(?:role|roles|position|positions|job|jobs)$")
_ROLE_LIMIT_WORDS = 6


def read_control(text: str) -> Control | None:
    """"skip" for skipping this question, "stop" for "skip all" / "later", else None."""
    plain = _plain(text)
    if _STOP.match(plain):
        return "stop"
    if _SKIP.match(plain):
        return "skip"
    return None


def read_level(text: str) -> str | None:
    """"beginner", "intermediate" or "advanced" from e.g. "I'm a beginner", "senior"."""
    plain = _strip_lead(_plain(text), _LEVEL_LEAD)
    plain = re.sub(r"\s+(?:level|i guess|i think|ish)$", "", plain)
    for level, names in _LEVELS.items():
        if plain in names:
            return level
    return None


def read_pace(text: str) -> str | None:
    """"daily" or "weekly" from e.g. "every day", "I'd prefer weekly"."""
    plain = re.sub(r"\s+(?:please|plans?|planning|goals?)$", "", _strip_lead(_plain(text),
                                                                             _PACE_LEAD))
    for pace, names in _PACE.items():
        if plain in names:
            return pace
    return None


def read_hours(text: str) -> float | None:
    """Study hours a day from "2", "1.5 hours a day", "90 minutes", "an hour and a half".

    Returns:
        Hours, rounded to 2 decimals; None when the message is not only a duration.

    Raises:
        InvalidInput: A duration of 0 or over 24 hours.
    """
    plain = normalize(_plain(text))
    plain = _HOURS_TRAIL.sub("", _strip_lead(plain, _HOURS_LEAD)).strip()
    if _NUMBER.match(plain):
        hours = float(plain)
    elif _DURATION.match(plain):
        minutes = duration_minutes(plain)
        if minutes is None:
            return None
        hours = minutes / 60
    else:
        return None
    if not 0 < hours <= 24:
        raise InvalidInput(words.BAD_HOURS.format(text=text.strip()), words.BAD_HOURS_NEXT)
    return round(hours, 2)


def read_timezone(text: str) -> str | None:
    """An IANA zone from "Europe/Berlin", "London", "I'm in New York", "UTC+2".

    Raises:
        InvalidInput: The message says where the user is ("I'm in …") but no zone is known
            for it, or a country with several zones.
    """
    if len(text.split()) > MAX_ANSWER_WORDS:
        return None
    try:
        return find_timezone(text)
    except InvalidInput:
        if explicit_zone_phrase(text) or "/" in text:
            raise
        return None


def read_role(text: str, titles: Mapping[str, str]) -> str | None:
    """A target role: a catalogue title or alias ("data analyst"), or any short role after
    an explicit phrase ("I want to become a game designer").

    Args:
        text: The message.
        titles: Lower-case title or alias → display title of the role catalogue.

    Returns:
        The display title for a catalogue role, the user's words (trimmed, at most
        :data:`MAX_ROLE_CHARS` characters) after an explicit phrase, else None.
    """
    plain = _plain(text)
    stripped = _ROLE_LEAD.sub("", plain)
    explicit = stripped != plain
    name = _ROLE_TRAIL.sub("", re.sub(r"^(?:an?|the)\s+", "", stripped)).strip()
    if not name:
        return None
    if name in titles:
        return titles[name]
    if explicit and len(name.split()) <= _ROLE_LIMIT_WORDS:
        original = text.strip().rstrip(".!")
        start = original.lower().rfind(name)
        shown = original[start:start + len(name)] if start >= 0 else name
        return shown[:MAX_ROLE_CHARS]
    return None


def _plain(text: str) -> str:
    """Lower case, single spaces, no surrounding punctuation or emoji."""
    lowered = _INNER.sub(" ", text.lower().replace("’", "'"))
    return " ".join(_EDGE.sub("", lowered).split())


def _strip_lead(text: str, lead: re.Pattern[str]) -> str:
    previous = None
    while previous != text:
        previous, text = text, lead.sub("", text).strip()
    return text
