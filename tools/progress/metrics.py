"""Daily minutes, productivity scores, streaks and roadmap progress (Properties 15–17).

Days are the user's local calendar days: an instant is placed on its day with ``zoneinfo``
and days are stepped as dates, never as 24-hour blocks, so daylight-saving changes neither
split nor merge a day.

Productivity (Property 15). The original idea, time per goal × consistency, grows without
bound. Here both factors are capped to [0, 1]:

* daily score = 100 × min(1, minutes that day ÷ daily target);
* weekly score = 100 × volume × consistency over the 7 days ending on the given day, where
  volume = min(1, minutes in those 7 days ÷ (7 × daily target)) and consistency = active
  days ÷ 7, an active day having at least min(30, daily target) minutes.

Both are therefore in [0, 100]; studying the target every day gives 100, cramming the whole
week's target into one day gives 100 × 1 × 1/7 ≈ 14.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta

from prompts import progress as words
from tools.errors import InvalidInput
from tools.progress.clock import local_day

STREAK_MINUTES = 30
"""Minutes a local day needs to count for a streak (issue 6, Property 16)."""
DEFAULT_DAILY_TARGET = 60
"""Daily study target in minutes when the user has set none (one hour a day)."""
WEEK_DAYS = 7


def daily_minutes(sessions: Iterable[tuple[datetime, int]], zone: str) -> dict[date, int]:
    """Minutes per local day.

    Args:
        sessions: ``(occurred_at, minutes)`` pairs; instants aware, minutes ≥ 0.
        zone: The user's IANA time zone.

    Returns:
        ``{local day: total minutes}`` for days with at least one session.

    Raises:
        InvalidInput: On negative minutes, a naive instant or an unknown zone.
    """
    totals: dict[date, int] = defaultdict(int)
    for moment, minutes in sessions:
        _check_minutes(minutes)
        totals[local_day(moment, zone)] += minutes
    return dict(totals)


def target_minutes(hours_per_day: float | None) -> int:
    """The daily target in minutes from the user's planned hours a day (default 60).

    Raises:
        InvalidInput: When the hours are not above 0.
    """
    if hours_per_day is None:
        return DEFAULT_DAILY_TARGET
    minutes = round(hours_per_day * 60)
    if minutes <= 0:
        raise InvalidInput(words.BAD_TARGET.format(minutes=minutes), words.BAD_TARGET_NEXT)
    return minutes


def daily_score(minutes: int, target: int) -> float:
    """100 × min(1, minutes ÷ target), in [0, 100].

    Raises:
        InvalidInput: When minutes < 0 or target ≤ 0.
    """
    _check_minutes(minutes)
    _check_target(target)
    return 100.0 * min(1.0, minutes / target)


def weekly_score(daily: Mapping[date, int], day: date, target: int) -> float:
    """Volume × consistency × 100 over the 7 local days ending on ``day`` (module doc).

    Raises:
        InvalidInput: When a day has negative minutes or target ≤ 0.
    """
    _check_target(target)
    week = [daily.get(day - timedelta(days=back), 0) for back in range(WEEK_DAYS)]
    for minutes in week:
        _check_minutes(minutes)
    volume = min(1.0, sum(week) / (WEEK_DAYS * target))
    active = sum(1 for minutes in week if minutes >= min(STREAK_MINUTES, target))
    return 100.0 * volume * active / WEEK_DAYS


def current_streak(daily: Mapping[date, int], today: date) -> int:
    """Consecutive local days with ≥ 30 minutes, ending today or, while today is not yet
    done, yesterday (Property 16).

    Args:
        daily: Minutes per local day.
        today: The user's local date now.

    Returns:
        The streak in days (0 when neither today nor yesterday reached 30 minutes).
    """
    span = streak_span(daily, today)
    return 0 if span is None else (span[1] - span[0]).days + 1


def streak_span(daily: Mapping[date, int], today: date) -> tuple[date, date] | None:
    """The first and last local day of the current streak (see :func:`current_streak`).

    Returns:
        ``(first day, last day)``, the last being today or yesterday; None without a streak.
    """
    last = today if daily.get(today, 0) >= STREAK_MINUTES else today - timedelta(days=1)
    first = last
    while daily.get(first, 0) >= STREAK_MINUTES:
        first -= timedelta(days=1)
    return None if first == last else (first + timedelta(days=1), last)


def longest_streak(daily: Mapping[date, int]) -> int:
    """The longest run of consecutive local days with ≥ 30 minutes each."""
    best = 0
    for day in daily:
        if daily[day] >= STREAK_MINUTES and daily.get(day - timedelta(days=1), 0) < STREAK_MINUTES:
            run = 0
            while daily.get(day + timedelta(days=run), 0) >= STREAK_MINUTES:
                run += 1
            best = max(best, run)
    return best


def progress_percentage(completed: int, total: int) -> float:
    """Completed stages ÷ stages × 100 (Property 17); 0 when there are no stages.

    Raises:
        InvalidInput: When ``completed`` is negative or above ``total``.
    """
    if completed < 0 or completed > total:
        raise InvalidInput(words.BAD_STAGES.format(completed=completed, total=total),
                           words.BAD_STAGES_NEXT)
    return 0.0 if total == 0 else completed / total * 100


def averages(daily: Mapping[date, int], today: date) -> tuple[float, float, int]:
    """Recent and historical average minutes a day (Property 18).

    The history runs from the first local day with activity through ``today``; the recent
    window is its last min(7, history length) days, so a history of a week or less never
    looks like a drop.

    Returns:
        ``(recent average, historical average, window days)``; ``(0, 0, 0)`` with no history.
    """
    past = [day for day in daily if day <= today]
    if not past:
        return 0.0, 0.0, 0
    length = (today - min(past)).days + 1
    window = min(WEEK_DAYS, length)
    total = sum(daily[day] for day in past)
    recent = sum(daily.get(today - timedelta(days=back), 0) for back in range(window))
    return recent / window, total / length, window


def _check_minutes(minutes: int) -> None:
    if minutes < 0:
        raise InvalidInput(words.BAD_MINUTES.format(minutes=minutes), words.BAD_MINUTES_NEXT)


def _check_target(target: int) -> None:
    if target <= 0:
        raise InvalidInput(words.BAD_TARGET.format(minutes=target), words.BAD_TARGET_NEXT)
