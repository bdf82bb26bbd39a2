"""Phrasing rules for changing a numbered entry of the study log.

"show my log" numbers the entries (1 = newest); these rules read "delete entry 3", "remove
the second entry", "change entry 2 to 40 minutes", "entry 4 was yesterday", "entry 3 was 3
days ago" and "entry 1 was SQL, not Python". Minutes are read only from a number with a
unit of time, so "3 days ago" is a day, not 3 minutes. Number words are digits already
(:func:`tools.progress.parse.normalize` runs first).
"""

from __future__ import annotations

import re

from agent.offline.rules import Args, Rule, clean
from tools.progress.parse import normalize

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_ENTRY = re.compile(
    r"\b(?:entry|log entry|item|line|number|no\.?|#|log|session|record|activity)\s*(?:#|no\.?\s*)?"
    r"(?P<n>\d{1,3})\b"
    r"|\b(?P<th>\d{1,2})(?:st|nd|rd|th)\s+(?:entry|log entry|one|item|log|session|record)\b"
    r"|\b(?P<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"\s+(?:entry|log entry|one|item|log|session|record)\b", re.I)
_MINUTES = re.compile(
    r"(?P<h>\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hours?)\b(?:\s*(?P<hm>\d{1,2})\s*(?:m|min|mins|"
    r"minutes?)?\b)?|(?P<m>\d+)\s*(?:m|min|mins|minutes?)\b", re.I)
_DAY = re.compile(
    r"\b(?P<day>today|yesterday|the day before yesterday|\d+\s+days?\s+ago|a week ago|"
    r"last\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:on\s+)?(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
    r"dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|"
    r"mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b", re.I)
_SKILL = re.compile(r"\b(?:was|is|should be|to)\s+(?P<skill>[A-Za-z][\w+#./-]*(?:\s+[A-Z]"
                    r"[\w+#./-]*){0,2})\s*(?:,?\s*not\b|$|[,.;!])", re.I)
_NOT_A_SKILL = re.compile(r"^(?:yesterday|today|wrong|right|a|an|the|actually|only|just|"
                          r"on|last|\d.*)$", re.I)


def entry_number(message: str) -> Args:
    """``{"entry": n}`` for the entry a message names (1 = newest), or ``{}``."""
    match = _ENTRY.search(message)
    if not match:
        return {}
    raw = (match.group("n") or match.group("th") or match.group("o") or "").lower()
    return {"entry": int(raw) if raw.isdigit() else _ORDINALS[raw]}


def entry_changes(message: str) -> Args:
    """The entry and what changes: ``minutes`` (a number with a unit), ``date`` (the day as
    written) and ``skill`` ("was SQL, not Python")."""
    args = entry_number(message)
    rest = normalize(_ENTRY.sub(" ", message))
    minutes = _MINUTES.search(rest)
    if minutes:
        args["minutes"] = (round(float(minutes.group("h")) * 60 + int(minutes.group("hm") or 0))
                           if minutes.group("h") else int(minutes.group("m")))
    day = _DAY.search(rest)
    if day:
        args["date"] = re.sub(r"^on\s+", "", day.group("day"), flags=re.I)
    if "minutes" not in args and "date" not in args:
        skill = _SKILL.search(rest)
        if skill and not _NOT_A_SKILL.match(skill.group("skill")):
            args["skill"] = clean(skill.group("skill"))
    return args


def _delete(match: re.Match[str]) -> Args | None:
    return entry_number(match.string) or None


def _edit(match: re.Match[str]) -> Args | None:
    args = entry_changes(match.string)
    return args if "entry" in args and len(args) > 1 else None


_WHICH = (r"(?:(?:log\s+)?(?:entry|item|log|session|record|activity)\s*(?:#|no\.?\s*|number\s*)?"
          r"\d{1,3}|the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
          r"\d{1,2}(?:st|nd|rd|th))\s+(?:entry|log entry|one|item|log|session|record))")

LOG_RULES: list[Rule] = [
    Rule("delete_activity", re.compile(
        rf"\b(?:delete|remove|drop|get rid of|erase|scrap)\s+{_WHICH}"
        rf"|\b{_WHICH}\b.*\b(?:delete|remove)\s+(?:it|that)\b", re.I), _delete),
    Rule("edit_activity", re.compile(
        rf"\b(?:change|edit|fix|update|correct|make|set)\s+{_WHICH}"
        rf"|\b{_WHICH}\s+(?:was|is|should be|should have been)\b", re.I), _edit),
]
"""Changes to a numbered log entry, tried before skill removal ("delete entry 3" is not a
skill called "entry 3"). "The last one" is the last entry: undo and correction rules read it."""
