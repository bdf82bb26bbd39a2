"""Minutes per local day, productivity scores, streaks and progress (issue 6, point 2)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tools.errors import InvalidInput
from tools.progress.metrics import (
    averages,
    current_streak,
    daily_minutes,
    daily_score,
    longest_streak,
    progress_percentage,
    target_minutes,
    weekly_score,
)

D = date(2026, 3, 10)


def test_late_evening_counts_for_the_local_day() -> None:
    # 23:30 in Los Angeles on 9 March is already 10 March in UTC.
    late = datetime(2026, 3, 9, 23, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert daily_minutes([(late, 40)], "America/Los_Angeles") == {date(2026, 3, 9): 40}
    assert daily_minutes([(late, 40)], "UTC") == {date(2026, 3, 10): 40}


def test_streak_runs_through_a_dst_change() -> None:
    # US clocks spring forward on 8 March 2026: that day has 23 hours.
    zone = ZoneInfo("America/New_York")
    sessions = [(datetime(2026, 3, day, 21, 0, tzinfo=zone), 30) for day in range(6, 11)]
    daily = daily_minutes(sessions, "America/New_York")
    assert current_streak(daily, date(2026, 3, 10)) == 5


def test_streak_counts_through_yesterday_until_today_ends() -> None:
    daily = {D - timedelta(days=1): 45, D - timedelta(days=2): 30}
    assert current_streak(daily, D) == 2
    assert current_streak({**daily, D: 30}, D) == 3
    assert current_streak({**daily, D: 29}, D) == 2
    assert current_streak(daily, D + timedelta(days=1)) == 0


def test_short_days_break_the_streak() -> None:
    daily = {D: 60, D - timedelta(days=1): 29, D - timedelta(days=2): 90}
    assert current_streak(daily, D) == 1
    assert longest_streak({**daily, D - timedelta(days=1): 30}) == 3


def test_scores_are_capped_and_documented() -> None:
    assert daily_score(30, 60) == 50.0
    assert daily_score(600, 60) == 100.0
    every_day = {D - timedelta(days=i): 60 for i in range(7)}
    assert weekly_score(every_day, D, 60) == 100.0
    assert weekly_score({D: 420}, D, 60) == pytest.approx(100 / 7)
    assert weekly_score({}, D, 60) == 0.0
    assert target_minutes(None) == 60
    assert target_minutes(1.5) == 90


def test_bad_inputs_raise_invalid_input() -> None:
    for call in (lambda: daily_score(-1, 60), lambda: daily_score(10, 0),
                 lambda: target_minutes(0), lambda: progress_percentage(3, 2),
                 lambda: daily_minutes([(datetime(2026, 1, 1, tzinfo=UTC), -5)], "UTC")):
        with pytest.raises(InvalidInput):
            call()


def test_progress_percentage() -> None:
    assert progress_percentage(0, 0) == 0.0
    assert progress_percentage(1, 4) == 25.0
    assert progress_percentage(3, 3) == 100.0


def test_averages_use_a_short_window_for_a_short_history() -> None:
    assert averages({}, D) == (0.0, 0.0, 0)
    recent, usual, window = averages({D - timedelta(days=2): 60}, D)
    assert (recent, usual, window) == (20.0, 20.0, 3)
    long = {D - timedelta(days=i): 60 for i in range(10, 20)}
    recent, usual, window = averages(long, D)
    assert (recent, window) == (0.0, 7)
    assert usual == pytest.approx(600 / 20)
