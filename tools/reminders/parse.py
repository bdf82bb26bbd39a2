"""Turn a reminder request in plain words into a :class:`ReminderChange`, and apply it.

Understood: times ("7pm", "7:30 pm", "7.30pm", "19:30", "19h30", "noon", "midnight",
"seven pm", "at 8"), days ("every day", "daily", "weekdays", "weekends", "Mondays and
Wednesdays", "Mon-Thu", "Monday to Friday"), changes ("make it 8pm", "not on Fridays",
"also on Saturday", "only on weekends", "every day except Sunday") and switches ("stop the
reminders", "pause reminders", "resume reminders").

Times are read with a small grammar rather than ``dateparser``: the phrases are a closed
set, and ``dateparser`` reads a bare "8" as the 8th of the month and accepts words this
grammar should refuse, so it would not make the result more reliable. Out-of-range times
("25pm", "19:75", "13 pm") raise :class:`~tools.errors.InvalidInput` with a next step.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import time
from typing import Literal

from prompts import reminders as words
from tools.errors import InvalidInput
from tools.reminders.models import (
    ALL_DAYS,
    WEEKEND_DAYS,
    WORKING_DAYS,
    ChangeAction,
    ReminderChange,
    ReminderSchedule,
)

Mode = Literal["set", "add", "remove"]

_DAY_FORMS = {
    0: "mon|mondays?", 1: "tue|tues|tuesdays?", 2: "wed|weds|wednesdays?",
    3: "thu|thur|thurs|thursdays?", 4: "fri|fridays?", 5: "sat|saturdays?", 6: "sun|sundays?",
}
_DAY = "|".join(f"(?P<d{n}>{forms})" for n, forms in _DAY_FORMS.items())
_ONE_DAY = re.compile(rf"^(?:{_DAY})$")
_GROUPS = {
    "all": r"every\s*day|everyday|each\s+day|daily|all\s+days|any\s+day",
    "working": r"week\s?days?|working\s+days?|work\s*days?|business\s+days?",
    "weekend": r"week\s?-?ends?",
}
_GROUP_DAYS = {"all": ALL_DAYS, "working": WORKING_DAYS, "weekend": WEEKEND_DAYS}
_RANGE = re.compile(
    rf"\b(?P<first>{_DAY.replace('?P<d', '?P<a')})\s*(?:-|–|to|through|thru|until|till)\s*"
    rf"(?P<last>{_DAY.replace('?P<d', '?P<b')})\b")
_GROUP = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _GROUPS.items()) + r")\b")
_SINGLE = re.compile(rf"\b(?:{_DAY})\b")

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_HOUR = r"\d{1,2}|" + "|".join(_NUMBER_WORDS)
_MERIDIEM = r"(?P<meridiem>a\.?\s?m\b\.?|p\.?\s?m\b\.?)"
_TIME_PATTERNS = (
    re.compile(r"\b(?P<named>noon|midday|midnight)\b"),
    re.compile(rf"\b(?P<hour>{_HOUR})(?:\s*[:.h]\s*(?P<minute>\d{{1,2}}))?\s*{_MERIDIEM}"),
    re.compile(rf"\b(?P<hour>{_HOUR})\s*o'?\s?clock\b"),
    re.compile(r"\b(?P<hour>\d{1,2})\s*[:h]\s*(?P<minute>\d{1,2})\b"),
    re.compile(r"\b(?P<hour>\d{1,2})\.(?P<minute>\d{2})\b"),
    re.compile(rf"\b(?:at|it|to|for|around|about)\s+(?P<hour>{_HOUR})\b(?![:.]?\d)"),
)
_NAMED_TIMES = {"noon": time(12, 0), "midday": time(12, 0), "midnight": time(0, 0)}

_STOP = re.compile(r"\b(?:stop|cancel|turn\s+(?:\w+\s+){0,2}off|switch\s+(?:\w+\s+){0,2}off|"
                   r"disable|no\s+more|unsubscribe|don'?t\s+remind|do\s+not\s+remind|"
                   r"delete|remove)\b")
_PAUSE = re.compile(r"\b(?:pause|hold\s+off|snooze|mute|take\s+a\s+break)\b")
_RESUME = re.compile(r"\b(?:resume|unpause|restart|re-?enable|enable|turn\s+(?:\w+\s+){0,2}"
                     r"(?:back\s+)?on|switch\s+(?:\w+\s+){0,2}(?:back\s+)?on|start\s+again)\b")
_REMINDER_WORDS = re.compile(r"\b(?:remind|reminders?|reminding|check-?\s?ins?|nudges?|"
                             r"notifications?|alerts?)\b")
_REMOVE_CUES = re.compile(r"\b(?:not|except|excluding|apart\s+from|but\s+not|no|skip|without|"
                          r"never|off)\b|n't\b")
_ADD_CUES = re.compile(r"\b(?:also|add|plus|as\s+well|too)\b")
_CONNECTORS = re.compile(r"^[\s,&/]*(?:(?:and|or|on|the)[\s,&/]+)*$")


def parse_request(text: str) -> ReminderChange:
    """Read a reminder request.

    Args:
        text: The user's words, e.g. "remind me every weekday at 7pm" or "not on Fridays".

    Returns:
        The change asked for (``action`` plus any time and days).

    Raises:
        InvalidInput: When a time is out of range ("25pm"), or the text names no time,
            days or switch for reminders.
    """
    lowered = " " + text.lower().replace("\u2019", "'") + " "
    at = find_time(lowered)
    mentions = _day_mentions(lowered)
    action = _action(lowered)
    if action in ("stop", "pause") and mentions and at is None:
        action, mentions = "set", [(days, "remove") for days, _ in mentions]
    if action == "resume" and (mentions or at is not None):
        action = "set"
    if action != "set":
        return ReminderChange(action=action)
    if at is None and not mentions and not _REMINDER_WORDS.search(lowered):
        raise InvalidInput(words.NOTHING_TO_SET.format(text=text.strip()),
                           words.NOTHING_TO_SET_NEXT)
    return _change(at, mentions).model_copy(update={"bare_hour": _bare_hour(lowered)})


def parse_time(text: str) -> time:
    """A time of day from a short phrase ("7pm", "19:30", "noon", "8").

    Raises:
        InvalidInput: When ``text`` holds no time or one out of range ("25pm", "19:75").
    """
    found = find_time(" at " + text.lower().strip() + " ")
    if found is None:
        raise InvalidInput(words.BAD_TIME.format(text=text.strip()), words.BAD_TIME_NEXT)
    return found


def parse_days(names: Iterable[str]) -> frozenset[int]:
    """Day numbers (Monday 0) from names such as ``["mon", "Friday", "weekends"]``.

    Raises:
        InvalidInput: When a name is not a day, "weekdays", "weekends" or "every day".
    """
    days: set[int] = set()
    for name in names:
        mentions = _day_mentions(" " + name.lower().strip() + " ")
        if not mentions:
            raise InvalidInput(words.UNKNOWN_DAY.format(text=name), words.UNKNOWN_DAY_NEXT)
        for found, _ in mentions:
            days |= found
    return frozenset(days)


def find_time(text: str) -> time | None:
    """The first time of day in lower-case ``text``, or None when it names none.

    Raises:
        InvalidInput: When the time found is out of range.
    """
    found = _time_match(text)
    return _to_time(found) if found else None


def _time_match(text: str) -> re.Match[str] | None:
    """The time phrase whose hour comes first; on a tie the more specific pattern."""
    best: tuple[int, re.Match[str]] | None = None
    for pattern in _TIME_PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        where = match.start("hour") if "hour" in pattern.groupindex else match.start()
        if best is None or where < best[0]:
            best = (where, match)
    return best[1] if best else None


def _bare_hour(text: str) -> bool:
    """True when the time phrase is an hour from 1 to 11 with no am/pm ("at 8")."""
    found = _time_match(text)
    if found is None or found.groupdict().get("named") or found.groupdict().get("meridiem"):
        return False
    groups = found.groupdict()
    hour = _NUMBER_WORDS.get(groups["hour"]) or int(groups["hour"])
    return groups.get("minute") is None and 1 <= hour <= 11 and found.re is _TIME_PATTERNS[-1]


def apply_change(schedule: ReminderSchedule, change: ReminderChange) -> ReminderSchedule:
    """The schedule after ``change``.

    ``stop`` and ``pause`` turn check-ins off and keep time and days (so ``resume`` brings
    them back); ``set`` turns them on, replaces the days if given, then adds and removes.
    A bare hour from 1 to 11 ("make it 8") is read in the afternoon when the current time
    is (7pm, then "make it 8" gives 20:00).

    Raises:
        InvalidInput: When no day would be left.
    """
    if change.action in ("stop", "pause"):
        return schedule.model_copy(update={"enabled": False})
    if change.action == "resume":
        return schedule.model_copy(update={"enabled": True})
    days = (change.days if change.days is not None else schedule.weekdays)
    days = (days | change.add_days) - change.remove_days
    if not days:
        raise InvalidInput(words.NO_DAYS_LEFT, words.NO_DAYS_LEFT_NEXT)
    at = change.at or schedule.at
    if change.at and change.bare_hour and schedule.at.hour >= 12:
        at = at.replace(hour=at.hour + 12)  # "make it 8" after 7pm means 8pm
    return ReminderSchedule(enabled=True, at=at, weekdays=days, timezone=schedule.timezone)


def _action(text: str) -> ChangeAction:
    if _PAUSE.search(text):
        return "pause"
    if _RESUME.search(text) and not _STOP.search(text):
        return "resume"
    if _STOP.search(text) and _REMINDER_WORDS.search(text):
        return "stop"
    return "set"


def _change(at: time | None, mentions: list[tuple[frozenset[int], Mode]]) -> ReminderChange:
    chosen: dict[Mode, frozenset[int]] = {"set": frozenset(), "add": frozenset(),
                                          "remove": frozenset()}
    for days, mode in mentions:
        chosen[mode] |= days
    has_set = any(mode == "set" for _, mode in mentions)
    return ReminderChange(action="set", at=at, days=chosen["set"] if has_set else None,
                          add_days=chosen["add"], remove_days=chosen["remove"])


def _day_mentions(text: str) -> list[tuple[frozenset[int], Mode]]:
    """Each day set named in ``text``, in order, with whether it sets, adds or removes."""
    spans: list[tuple[int, int, frozenset[int]]] = []
    for match in _RANGE.finditer(text):
        spans.append((match.start(), match.end(), _range(match)))
    for match in _GROUP.finditer(text):
        spans.append((match.start(), match.end(), _GROUP_DAYS[match.lastgroup or "all"]))
    for match in _SINGLE.finditer(text):
        spans.append((match.start(), match.end(), frozenset({_day_number(match)})))
    mentions: list[tuple[frozenset[int], Mode]] = []
    previous_end, previous_mode = 0, _mode("")
    for start, end, days in _without_overlaps(spans):
        gap = text[previous_end:start]
        mode = previous_mode if mentions and _CONNECTORS.match(gap) else _mode(gap)
        mentions.append((days, mode))
        previous_end, previous_mode = end, mode
    return mentions


def _mode(gap: str) -> Mode:
    clause = re.split(r"[.;!?]", gap)[-1]
    if _REMOVE_CUES.search(clause):
        return "remove"
    if _ADD_CUES.search(clause):
        return "add"
    return "set"


def _without_overlaps(
        spans: list[tuple[int, int, frozenset[int]]]) -> list[tuple[int, int, frozenset[int]]]:
    """Spans in order, dropping any inside an earlier, longer one (a day inside a range)."""
    kept: list[tuple[int, int, frozenset[int]]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _range(match: re.Match[str]) -> frozenset[int]:
    first = next(int(k[1:]) for k, v in match.groupdict().items() if v and k[0] == "a")
    last = next(int(k[1:]) for k, v in match.groupdict().items() if v and k[0] == "b")
    length = (last - first) % 7 + 1
    return frozenset((first + step) % 7 for step in range(length))


def _day_number(match: re.Match[str]) -> int:
    return next(int(k[1:]) for k, v in match.groupdict().items() if v and k.startswith("d"))


def _to_time(match: re.Match[str]) -> time:
    found = match.groupdict()
    if found.get("named"):
        return _NAMED_TIMES[found["named"]]
    raw_hour, raw_minute = found["hour"], found.get("minute") or "0"
    hour = _NUMBER_WORDS.get(raw_hour) or int(raw_hour)
    minute = int(raw_minute)
    meridiem = (found.get("meridiem") or "").replace(".", "").replace(" ", "")
    if meridiem:
        if not 1 <= hour <= 12:
            raise _bad_time(match)
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise _bad_time(match)
    return time(hour, minute)


def _bad_time(match: re.Match[str]) -> InvalidInput:
    return InvalidInput(words.BAD_TIME.format(text=match.group(0).strip()), words.BAD_TIME_NEXT)
