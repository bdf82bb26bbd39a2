"""Phrasing rules for the user's coaching preferences: time zone, target role, level and daily
study time ("my time zone is Europe/London", "I moved to Berlin", "change my target role to
data engineer", "set my level to intermediate"), and showing them ("what's my time zone?").

A move ("I've moved to Tokyo", "I'm based in Lisbon now") counts only when the place names a
time zone (:func:`tools.onboarding.zones.find_timezone`); a sentence that says "time zone"
always does, so an unknown zone gets the tool's clear error rather than a guess.
"""

from __future__ import annotations

import re

from agent.offline.rules import Args, Rule, clean
from tools.errors import InvalidInput
from tools.onboarding.answers import read_hours
from tools.onboarding.zones import find_timezone
from tools.progress.parse import duration_minutes, normalize

_ZONE = r"(?P<tz>(?:utc|gmt)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[A-Za-z][A-Za-z_/ .,'-]{1,40}?)"
_END = r"\s*(?:now|please|pls|thanks)?\s*[.!?]*\s*$"


def _zone(match: re.Match[str]) -> Args | None:
    zone = clean(match.group("tz"))
    return {"time_zone": zone} if zone else None


def _moved(match: re.Match[str]) -> Args | None:
    """A move counts only when the place is a known time zone."""
    place = clean(match.group("tz"))
    try:
        find_timezone(place)
    except InvalidInput:
        return None
    return {"time_zone": place}


def _role(match: re.Match[str]) -> Args | None:
    role = clean(re.sub(r"^(?:an?|the)\s+|\s+(?:role|position|job)s?$", "", clean(
        match.group("role")), flags=re.I))
    return {"target_role": role} if role and len(role.split()) <= 6 else None


def _level(match: re.Match[str]) -> Args:
    return {"level": match.group("level").lower()}


_MINUS = re.compile(r"^\s*(?:-|−|minus\s)")


def _hours(match: re.Match[str]) -> Args | None:
    """The daily study time asked for, as said: out-of-range values ("0 minutes", "30
    hours", "-2 hours") are passed on for the tool to refuse with its reason."""
    amount = match.group("amount")
    try:
        hours = read_hours(_MINUS.sub("", amount))
    except InvalidInput:
        minutes = duration_minutes(normalize(_MINUS.sub("", amount)))
        hours = None if minutes is None else minutes / 60
    if hours is None:
        return None
    return {"hours_per_day": -hours if _MINUS.match(amount) else hours}


_ROLE = r"(?P<role>[^?!.,]{2,60}?)"

PREFERENCE_RULES: list[Rule] = [
    Rule("show_preferences", re.compile(
        r"\b(?:show|see|view|check|list|what are|what'?re)\s+(?:me\s+)?(?:all\s+)?my\s+"
        r"(?:preferences|settings|profile settings)\b|\bwhat(?:'s| is)\s+my\s+(?:current\s+)?"
        r"(?:time\s?zone|target role|experience level|level|study time)\b", re.I)),
    Rule("set_preferences", re.compile(
        r"\b(?:my|set|change|update|switch|use|put)\b[^.?!]*?\b(?:time\s?zone|tz)\b"
        r"(?:\s+(?:is|to|should be|as|=)|\s*[:=])\s+(?:now\s+|actually\s+)?(?:to\s+|set to\s+)?"
        + _ZONE + _END, re.I), _zone),
    Rule("set_preferences", re.compile(
        r"\bi(?:'ve| have)?\s+(?:just\s+)?(?:moved|relocated)\s+to\s+" + _ZONE + _END, re.I),
        _moved),
    Rule("set_preferences", re.compile(
        r"\bi(?:'m| am)\s+(?:now\s+)?(?:based|living)\s+in\s+" + _ZONE + _END, re.I), _moved),
    Rule("set_preferences", re.compile(
        r"^\W*i(?:'m| am)\s+(?:now\s+)?in\s+" + _ZONE + _END, re.I), _moved),
    Rule("set_preferences", re.compile(
        r"^\W*i\s+(?:now\s+)?live\s+in\s+" + _ZONE + _END, re.I), _moved),
    Rule("set_preferences", re.compile(
        r"\b(?:move|switch|set|put)\s+me\s+(?:over\s+)?to\s+" + _ZONE + r"\s+time" + _END,
        re.I), _moved),
    Rule("set_preferences", re.compile(
        r"\b(?:change|set|update|switch)\s+my\s+(?:target|goal|dream)\s+(?:role|job|"
        r"position)\s+(?:to|into)\s+" + _ROLE + _END, re.I), _role),
    Rule("set_preferences", re.compile(
        r"\bmy\s+(?:new\s+)?target\s+role\s+is\s+(?:now\s+)?" + _ROLE + _END, re.I), _role),
    Rule("set_preferences", re.compile(
        r"\b(?:change|set|update|switch)\s+my\s+(?:experience\s+|skill\s+)?level\s+to\s+"
        r"(?:an?\s+)?(?P<level>[a-z-]+)" + _END, re.I), _level),
    Rule("set_preferences", re.compile(
        r"\b(?:change|set|update|switch)\s+my\s+(?:learning\s+|study\s+)?pace\s+to\s+"
        r"(?P<pace>[a-z-]+)" + _END, re.I), lambda m: {"pace": m.group("pace").lower()}),
    Rule("set_preferences", re.compile(
        r"\bmy\s+(?:experience\s+|skill\s+)?level\s+is\s+(?:now\s+)?(?:an?\s+)?"
        r"(?P<level>[a-z-]+)" + _END, re.I), _level),
    Rule("set_preferences", re.compile(
        r"\b(?:change|set|update)\s+my\s+(?:daily\s+)?(?:study\s+)?(?:time|hours)\s+"
        r"(?:per day\s+|a day\s+)?to\s+(?P<amount>[^?!,]{1,40}?)" + _END, re.I), _hours),
]
"""Preference requests; tried before every other rule (each names "my" setting)."""
