"""Reading study activities from chat messages (issue 6, point 1; Property 14).

"I studied Docker for 45 minutes", "1.5h of SQL yesterday", "an hour and a half on
Kubernetes last Monday", "finished the Kubernetes course", "did 2 LeetCode problems" — one
message may hold several. Durations are read by ``pytimeparse``, relative and calendar dates
by ``dateparser`` (relative to ``now`` in the user's zone, preferring the past), number words
by ``word2number``. Our own patterns only find where those phrases are, and rewrite the few
spoken forms the libraries miss ("an hour and a half", "half an hour").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

import dateparser
from pytimeparse.timeparse import timeparse as parse_seconds
from word2number import w2n

from prompts import progress as words
from tools.errors import InvalidInput
from tools.progress.clock import local_now
from tools.progress.models import ActivityDraft, ActivityType
from tools.taxonomy import SkillEntry

MAX_MINUTES = 24 * 60
"""Longest single activity accepted, in minutes: one calendar day."""


class ActivitySkills(Protocol):
    """Finds taxonomy skills in text (``tools.skill_matcher.SkillMatcher`` is one)."""

    def find_ids(self, text: str) -> list[str]:
        """Distinct taxonomy ids mentioned in ``text``, in order of first mention."""
        ...

    def entry(self, skill_id: str) -> SkillEntry | None:
        """The taxonomy entry with this id, or None."""
        ...


_NUMBER_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred)"
)
_NUMBER_WORDS = re.compile(rf"\b{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD})*\b", re.I)
_HOURS = r"(?:hours?|hrs?|h)"
_MINUTES = r"(?:minutes?|mins?|m)"
_SPOKEN: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:an?|1)\s+(?:hour|hr)\s+and\s+a\s+half\b", re.I), "1.5 hours"),
    (re.compile(r"\b(\d+)\s+(?:hours?|hrs?)\s+and\s+a\s+half\b", re.I), r"\1.5 hours"),
    (re.compile(r"\b(\d+)\s+and\s+a\s+half\s+(hours?|hrs?|minutes?|mins?)\b", re.I),
     r"\1.5 \2"),
    (re.compile(r"\b(?:a\s+)?half\s+(?:an\s+)?hour\b", re.I), "30 minutes"),
    (re.compile(r"\b(?:a\s+)?quarter\s+of\s+an\s+hour\b", re.I), "15 minutes"),
    (re.compile(r"\ba\s+couple\s+(?:of\s+)?hours\b", re.I), "2 hours"),
    (re.compile(r"\ban?\s+(hour|hr|minute|min)\b", re.I), r"1 \1"),
    (re.compile(r"(\d),(\d)(?=\s*(?:hours?|hrs?|h|minutes?|mins?|m)\b)", re.I), r"\1.\2"),
    (re.compile(rf"(\d+(?:\.\d+)?\s*{_HOURS})\s*,?\s*and\s+(\d+\s*{_MINUTES})\b", re.I),
     r"\1 \2"),
)
"""Spoken durations the libraries miss, rewritten to forms ``pytimeparse`` reads."""

_DURATION = re.compile(
    rf"\b\d+(?:\.\d+)?\s*(?:{_HOURS}|{_MINUTES})\b(?:\s*\d+\s*{_MINUTES}\b)?", re.I
)
_COUNT = re.compile(
    rf"\b(\d+)\s+(?!{_HOURS}\b|{_MINUTES}\b)(?:[\w-]+\s+){{0,2}}?"
    r"(problems?|exercises?|challenges?|katas?|questions?|"
    r"chapters?|articles?|videos?|lessons?|labs?|tasks?|modules?|quiz(?:zes)?|tutorials?|"
    r"pages?|projects?|interviews?)\b",
    re.I,
)
_COMPLETION = re.compile(r"\b(?:finished|completed|done with|wrapped up|passed)\b", re.I)
_STUDY_VERB = re.compile(
    r"\b(?:stud(?:y|ied|ying)|learn(?:ed|t|ing)?|practi[cs](?:ed|ing|e)|read|watched|"
    r"worked on|built|coded|reviewed|revised)\b",
    re.I,
)
_STAGE = re.compile(r"\bstage\s+(\d+)\b", re.I)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = re.compile(
    r"\b(?:the\s+day\s+before\s+yesterday|yesterday|today|tonight|this\s+(?:morning|"
    rf"afternoon|evening)|last\s+night|(?:(?:last|on|this\s+past|past)\s+)?{_WEEKDAY}|"
    r"\d+\s+days?\s+ago|an?\s+week\s+ago|1\s+week\s+ago|"
    rf"(?:on\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b|"
    rf"(?:on\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|(?:on\s+)?\d{{4}}-\d{{2}}-\d{{2}})\b",
    re.I,
)
_SPLIT = re.compile(
    r"[;!?\n]+|\.(?!\d)|,(?!\d)\s*(?:and\s+|then\s+|also\s+|plus\s+)?|"
    r"\s+(?:and|then|also|plus|as well as)\s+",
    re.I,
)
_TYPES: tuple[tuple[ActivityType, re.Pattern[str]], ...] = (
    ("interview", re.compile(r"\binterviews?\b", re.I)),
    ("practice", re.compile(
        r"\b(?:leetcode|hackerrank|codewars|exercises?|problems?|katas?|challenges?|"
        r"practi[cs]\w*|drills?|labs?|quiz\w*)\b", re.I)),
    ("course", re.compile(
        r"\b(?:courses?|moocs?|certifications?|bootcamp|lessons?|modules?|tutorials?|"
        r"class(?:es)?|coursera|udemy)\b", re.I)),
    ("video", re.compile(r"\b(?:videos?|watch\w*|youtube|lectures?|talks?|webinars?)\b", re.I)),
    ("reading", re.compile(
        r"\b(?:read|reading|books?|chapters?|articles?|docs|documentation|pages?|blogs?)\b",
        re.I)),
    ("project", re.compile(
        r"\b(?:projects?|buil[dt]|building|coded|coding|portfolio|app)\b", re.I)),
)
"""Activity type by the first keyword family found, in this order; else ``study``."""


@dataclass
class _Clause:
    """One part of a message and what was found in it."""

    text: str
    minutes: int | None
    count: int | None
    completed: bool
    day: date | None

    @property
    def anchored(self) -> bool:
        """Whether it names something done (a duration, a count or a completion)."""
        return self.minutes is not None or self.count is not None or self.completed


def parse_activities(text: str, now: datetime, zone: str,
                     skills: ActivitySkills) -> list[ActivityDraft]:
    """Read the study activities in one chat message.

    Args:
        text: The user's message.
        now: The current instant (aware).
        zone: The user's IANA time zone; days are the user's local calendar days.
        skills: Taxonomy lookup for linking each activity to a skill.

    Returns:
        One draft per activity, in message order (at least one).

    Raises:
        InvalidInput: When no activity is found, a duration exceeds one day (1,440
            minutes), a day is in the future, ``now`` is naive or the zone unknown.
    """
    if not text.strip():
        raise InvalidInput(words.EMPTY_MESSAGE, words.NOTHING_TO_LOG_NEXT)
    local = local_now(now, zone)
    clauses = [_read_clause(part, local) for part in _split(normalize(text))]
    anchored = _merge(clauses)
    if not anchored:
        anchored = _verb_only(clauses)
    if not anchored:
        raise InvalidInput(words.NOTHING_TO_LOG.format(text=text.strip()),
                           words.NOTHING_TO_LOG_NEXT)
    days = _days(anchored, local.date())
    return [_draft(clause, day, skills) for clause, day in zip(anchored, days, strict=True)]


def parse_day(text: str, now: datetime, zone: str) -> date:
    """The user's local day a phrase names ("entry 4 was yesterday").

    Args:
        text: "yesterday", "today", "last Monday", "2 days ago", "March 3", "2026-03-01"…
        now: The current instant (aware).
        zone: The user's IANA time zone.

    Returns:
        The local calendar day (read by ``dateparser``, preferring the past).

    Raises:
        InvalidInput: When no day can be read, the day is in the future, ``now`` is naive
            or the zone unknown.
    """
    local = local_now(now, zone)
    day = _clause_day(normalize(text), local)
    if day is None:
        raise InvalidInput(words.BAD_DAY.format(text=text.strip()), words.BAD_DAY_NEXT)
    if day > local.date():
        raise InvalidInput(words.IN_FUTURE.format(day=day.isoformat()), words.IN_FUTURE_NEXT)
    return day


def normalize(text: str) -> str:
    """``text`` with number words as digits and spoken durations in library-readable form.

    "an hour and a half" → "1.5 hours", "forty-five minutes" → "45 minutes".
    """
    result = _NUMBER_WORDS.sub(_number, text)
    for pattern, replacement in _SPOKEN:
        result = pattern.sub(replacement, result)
    return result


def duration_minutes(phrase: str) -> int | None:
    """Whole minutes in a duration phrase ("1.5 hours" → 90), rounded; None if unreadable."""
    seconds = parse_seconds(" ".join(phrase.split()))
    return None if seconds is None else round(seconds / 60)


def _number(match: re.Match[str]) -> str:
    try:
        return str(w2n.word_to_num(match.group(0).replace("-", " ")))
    except ValueError:
        return match.group(0)


def _split(text: str) -> list[str]:
    return [part.strip() for part in _SPLIT.split(text) if part and part.strip()]


def _read_clause(text: str, local: datetime) -> _Clause:
    minutes = _clause_minutes(text)
    count_match = _COUNT.search(text)
    count = int(count_match.group(1)) if count_match else None
    return _Clause(text=text, minutes=minutes, count=count if count else None,
                   completed=bool(_COMPLETION.search(text)), day=_clause_day(text, local))


def _clause_minutes(text: str) -> int | None:
    found = [duration_minutes(m.group(0)) for m in _DURATION.finditer(text)]
    values = [value for value in found if value is not None]
    if not values:
        return None
    total = sum(values)
    if total > MAX_MINUTES:
        raise InvalidInput(words.TOO_LONG.format(minutes=total), words.TOO_LONG_NEXT)
    return total


def _clause_day(text: str, local: datetime) -> date | None:
    for match in _DATE.finditer(text):
        phrase = re.sub(r"^(?:on|this\s+past|past)\s+", "", match.group(0), flags=re.I)
        phrase = re.sub(r"^the\s+day\s+before\s+yesterday$", "2 days ago", phrase, flags=re.I)
        parsed = dateparser.parse(phrase, languages=["en"], settings={
            "RELATIVE_BASE": local.replace(tzinfo=None),
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        })
        if isinstance(parsed, datetime):
            return parsed.date()
    return None


def _merge(clauses: Sequence[_Clause]) -> list[_Clause]:
    """Join clauses that name nothing done with the next anchored one (else the last)."""
    merged: list[_Clause] = []
    pending: list[_Clause] = []
    for clause in clauses:
        if not clause.anchored:
            pending.append(clause)
            continue
        merged.append(_join([*pending, clause]))
        pending = []
    if pending and merged:
        merged[-1] = _join([merged[-1], *pending])
    return merged


def _join(parts: Sequence[_Clause]) -> _Clause:
    anchor = next((p for p in parts if p.anchored), parts[-1])
    day = next((p.day for p in parts if p.day is not None), None)
    return _Clause(text=", ".join(p.text for p in parts), minutes=anchor.minutes,
                   count=anchor.count, completed=anchor.completed, day=day)


def _verb_only(clauses: Sequence[_Clause]) -> list[_Clause]:
    """The whole message as one activity of unknown length when it says one was done."""
    if not clauses or not any(_STUDY_VERB.search(c.text) for c in clauses):
        return []
    return [_join(clauses)]


def _days(clauses: Sequence[_Clause], today: date) -> list[date]:
    """Each clause's day: its own, else the last one said before it, else the first one
    said anywhere, else today."""
    first = next((c.day for c in clauses if c.day is not None), None)
    days: list[date] = []
    previous: date | None = None
    for clause in clauses:
        day = clause.day or previous or first or today
        if day > today:
            raise InvalidInput(words.IN_FUTURE.format(day=day.isoformat()),
                               words.IN_FUTURE_NEXT)
        previous = clause.day or previous
        days.append(day)
    return days


def _draft(clause: _Clause, day: date, skills: ActivitySkills) -> ActivityDraft:
    ids = skills.find_ids(clause.text)
    entry = skills.entry(ids[0]) if ids else None
    stage = _STAGE.search(clause.text)
    return ActivityDraft(
        activity_type=activity_type(clause.text),
        minutes=clause.minutes,
        count=clause.count,
        completed=clause.completed,
        skill_id=ids[0] if ids else None,
        skill_name=entry.name if entry else None,
        stage=int(stage.group(1)) if stage and int(stage.group(1)) > 0 else None,
        day=day,
        text=clause.text,
    )


def activity_type(text: str) -> ActivityType:
    """The kind of activity a phrase describes (keyword families in ``_TYPES``' order)."""
    for kind, pattern in _TYPES:
        if pattern.search(text):
            return kind
    return "study"
