"""A time zone from what people type: an IANA name, a city, a country or a UTC offset.

The zone names come from the IANA time zone database as Python ships it (:mod:`zoneinfo`,
with the ``tzdata`` package as its data). Cities are the last part of each zone name
("Europe/London" → London) plus :data:`EXTRA_CITIES` for large cities that are not a zone's
name; countries come from the database's own ``iso3166.tab`` and ``zone.tab`` tables (a
country with several zones is ambiguous unless the 1970-based table ``zone1970.tab`` keeps
only one of them, as for Germany).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from prompts import onboarding as words
from tools.errors import InvalidInput

EXTRA_CITIES = {
    "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles",
    "boston": "America/New_York", "washington": "America/New_York",
    "atlanta": "America/New_York", "miami": "America/New_York",
    "austin": "America/Chicago", "dallas": "America/Chicago", "houston": "America/Chicago",
    "san diego": "America/Los_Angeles", "montreal": "America/Toronto",
    "ottawa": "America/Toronto", "munich": "Europe/Berlin", "hamburg": "Europe/Berlin",
    "frankfurt": "Europe/Berlin", "cologne": "Europe/Berlin", "milan": "Europe/Rome",
    "barcelona": "Europe/Madrid", "manchester": "Europe/London",
    "edinburgh": "Europe/London", "birmingham": "Europe/London", "geneva": "Europe/Zurich",
    "mumbai": "Asia/Kolkata", "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata", "hyderabad": "Asia/Kolkata",
    "chennai": "Asia/Kolkata", "pune": "Asia/Kolkata", "beijing": "Asia/Shanghai",
    "shenzhen": "Asia/Shanghai", "osaka": "Asia/Tokyo", "abuja": "Africa/Lagos",
    "cape town": "Africa/Johannesburg", "rio de janeiro": "America/Sao_Paulo",
    "canberra": "Australia/Sydney", "islamabad": "Asia/Karachi", "lahore": "Asia/Karachi",
}
"""Large cities whose zone carries another city's name (source: the IANA zone comments)."""

ABBREVIATIONS = {
    "utc": "UTC", "gmt": "UTC", "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles", "pacific": "America/Los_Angeles",
    "mst": "America/Denver", "mdt": "America/Denver", "mountain": "America/Denver",
    "cst": "America/Chicago", "cdt": "America/Chicago", "central": "America/Chicago",
    "est": "America/New_York", "edt": "America/New_York", "eastern": "America/New_York",
    "bst": "Europe/London", "cet": "Europe/Paris", "cest": "Europe/Paris",
    "ist": "Asia/Kolkata", "jst": "Asia/Tokyo", "aest": "Australia/Sydney",
}
"""Common abbreviations, read as the zone most people mean (with daylight saving); they come
before the database's fixed legacy zones of the same name (EST, CET), which never change to
summer time."""

COUNTRY_ALIASES = {"uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
                   "great britain": "GB", "usa": "US", "us": "US", "america": "US",
                   "united states": "US", "uae": "AE", "holland": "NL", "russia": "RU",
                   "south korea": "KR", "korea": "KR", "vietnam": "VN", "iran": "IR"}
"""Everyday country names that ``iso3166.tab`` spells differently."""

_LEAD = re.compile(
    r"^(?:(?:i'?m|i am|we'?re|we are)\s+(?:currently\s+)?(?:in|based in|living in|from)"
    r"|i live in|i'?m located in|based in|my time ?zone is|time ?zone(?: is)?:?|zone:?"
    r"|it'?s|in)\s+", re.I)
_EXPLICIT = re.compile(r"^(?:i'?m|i am|we'?re|we are|i live|based|my time ?zone|time ?zone)\b",
                       re.I)
_TRAIL = re.compile(r"\s*(?:time ?zone|time)$", re.I)
_OFFSET = re.compile(r"^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$", re.I)


def zone_label(zone: str) -> str:
    """How to show a zone: "UTC+2" for "Etc/GMT-2" (the Etc names invert the sign, as
    POSIX does), the IANA name otherwise."""
    etc = re.fullmatch(r"Etc/GMT([+-])(\d{1,2})", zone)
    if etc is None:
        return zone
    return f"UTC{'-' if etc.group(1) == '+' else '+'}{etc.group(2)}"


def is_timezone(name: str) -> bool:
    """True when ``name`` is a zone :mod:`zoneinfo` can load ("Europe/Berlin", "UTC")."""
    if not name or name != name.strip():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def explicit_zone_phrase(text: str) -> bool:
    """True when ``text`` says where the user is ("I'm in …", "my time zone is …")."""
    return bool(_EXPLICIT.match(text.strip()))


def find_timezone(text: str) -> str:
    """The IANA zone named by a short answer.

    Args:
        text: "Europe/Berlin", "london", "I'm in New York", "Germany", "UTC+2", "PST".

    Returns:
        An IANA zone name that :mod:`zoneinfo` loads ("Etc/GMT-2" for "UTC+2": the Etc
        names invert the sign, as POSIX does).

    Raises:
        InvalidInput: Nothing known is named, a country has several zones, or an offset is
            not whole hours within ±14.
    """
    place = _place(text)
    key = _key(place)
    offset = _OFFSET.match(place)
    if offset:
        return _offset_zone(place, offset)
    found = (ABBREVIATIONS.get(key) or _zone_names().get(key) or EXTRA_CITIES.get(key)
             or _city_zones().get(key))
    if found:
        return found
    return _country_zone(place, key)


def _place(text: str) -> str:
    place = _LEAD.sub("", text.strip().rstrip(".!")).strip()
    return _TRAIL.sub("", place).strip(" ,") or text.strip()


def _key(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(plain.replace("_", " ").lower().split())


PART_HOUR_OFFSETS = {
    "+3:30": "Asia/Tehran", "+4:30": "Asia/Kabul", "+5:30": "Asia/Kolkata",
    "+5:45": "Asia/Kathmandu", "+6:30": "Asia/Yangon", "+8:45": "Australia/Eucla",
    "+9:30": "Australia/Darwin", "+10:30": "Australia/Lord_Howe", "+12:45": "Pacific/Chatham",
    "-3:30": "America/St_Johns", "-9:30": "Pacific/Marquesas",
}
"""Offsets that are not whole hours, read as the zone whose standard time they are (source:
the IANA zone database; the Etc/GMT zones cover whole hours only)."""


def _offset_zone(text: str, match: re.Match[str]) -> str:
    sign, hours, minutes = match.group(1), int(match.group(2)), match.group(3)
    if minutes and int(minutes):
        zone = PART_HOUR_OFFSETS.get(f"{sign}{hours}:{minutes}")
        if zone is None:
            raise InvalidInput(words.BAD_ZONE.format(text=text), words.BAD_ZONE_NEXT)
        return zone
    if hours > 14:
        raise InvalidInput(words.BAD_ZONE.format(text=text), words.BAD_ZONE_NEXT)
    if hours == 0:
        return "UTC"
    return f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"


def _country_zone(text: str, key: str) -> str:
    code = COUNTRY_ALIASES.get(key) or _countries().get(key)
    zones = _zone_table().get(code or "", [])
    if not zones:
        raise InvalidInput(words.BAD_ZONE.format(text=text), words.BAD_ZONE_NEXT)
    if len(zones) == 1:
        return zones[0]
    main = [zone for zone in zones if zone in _zones_1970()]
    if len(main) == 1:
        return main[0]
    examples = ", ".join(f"\"{_city(z)}\"" for z in (main or zones)[:3])
    raise InvalidInput(words.AMBIGUOUS_ZONE.format(text=text),
                       words.AMBIGUOUS_ZONE_NEXT.format(examples=examples))


def _city(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ")


@functools.cache
def _zone_names() -> dict[str, str]:
    """Every zone name by its lower-case form ("europe/berlin" → "Europe/Berlin")."""
    return {_key(name): name for name in available_timezones()}


@functools.cache
def _city_zones() -> dict[str, str]:
    """City → zone from the zone names; a canonical (``zone1970.tab``) zone wins a tie."""
    canonical = _zones_1970()
    cities: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if "/" not in name or name.startswith(("Etc/", "SystemV/")):
            continue
        city = _key(_city(name))
        if city not in cities or (name in canonical and cities[city] not in canonical):
            cities[city] = name
    return cities


def _table_lines(name: str) -> list[list[str]]:
    """Rows of one of the database's ``.tab`` files (tzdata package, else the system's)."""
    text = _table_text(name)
    return [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


def _table_text(name: str) -> str:
    try:
        return resources.files("tzdata").joinpath("zoneinfo", name).read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        system = Path("/usr/share/zoneinfo") / name
        return system.read_text("utf-8") if system.is_file() else ""


@functools.cache
def _countries() -> dict[str, str]:
    """Lower-case country name → ISO 3166 code, from ``iso3166.tab``."""
    names: dict[str, str] = {}
    for row in _table_lines("iso3166.tab"):
        if len(row) >= 2:
            full = _key(row[1])
            names[full] = row[0]
            names.setdefault(_key(re.sub(r"\s*\(.*\)", "", row[1])), row[0])
    return names


@functools.cache
def _zone_table() -> dict[str, list[str]]:
    """ISO 3166 code → its zones, from ``zone.tab`` (one country per row)."""
    table: dict[str, list[str]] = {}
    for row in _table_lines("zone.tab"):
        if len(row) >= 3:
            table.setdefault(row[0], []).append(row[2])
    return table


@functools.cache
def _zones_1970() -> frozenset[str]:
    """Zones of ``zone1970.tab``: one per region alike since 1970 (no links)."""
    return frozenset(row[2] for row in _table_lines("zone1970.tab") if len(row) >= 3)
