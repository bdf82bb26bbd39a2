"""Achievements with dates (Properties 19–20) and naming a day for a log edit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tools.errors import InvalidInput
from tools.progress.achievements import RoadmapRecord, achievement_list, streak_days_reached
from tools.progress.metrics import STREAK_MINUTES, longest_streak
from tools.progress.motivation import ProgressState, achievements
from tools.progress.parse import parse_day

D0 = date(2026, 3, 1)
daily_maps = st.dictionaries(st.integers(0, 120).map(lambda n: D0 + timedelta(days=n)),
                             st.integers(0, 200), max_size=80)


def test_streak_milestones_are_dated_on_the_day_the_run_reached_them() -> None:
    daily = {D0 + timedelta(days=n): 30 for n in range(20)}
    daily[D0 + timedelta(days=3)] = STREAK_MINUTES - 1  # a 3-day run, then a 16-day run
    assert streak_days_reached(daily) == {7: D0 + timedelta(days=10),
                                          14: D0 + timedelta(days=17)}


@settings(max_examples=200, deadline=None)
@given(daily=daily_maps, done=st.integers(0, 4))
def test_dated_achievements_are_the_milestones_reached(daily: dict[date, int],
                                                       done: int) -> None:
    today = D0 + timedelta(days=120)
    record = RoadmapRecord(title="Data Engineer", total_stages=4,
                           completed={n: D0 + timedelta(days=10 * n) for n in range(1, done + 1)})
    dated = achievement_list(daily, [record], today, skills={D0: "SQL"})
    state = ProgressState(activity_count=len(daily), completed_stages=done, total_stages=4)
    assert [a.milestone for a in dated if a.milestone.kind == "streak"] == [
        m for m in achievements(state, longest_streak(daily)) if m.kind == "streak"]
    assert sorted((a.milestone.kind, a.milestone.value) for a in dated) == sorted(
        (m.kind, m.value) for m in achievements(state, longest_streak(daily)))
    days = [a.day for a in dated]
    assert days == sorted(d for d in days if d is not None)
    for item in dated:
        stated = {"first_activity": "started", "streak": f"{item.milestone.value} days",
                  "stage_done": f"stage {item.milestone.value} of 4",
                  "roadmap_done": "all 4 stages"}[item.milestone.kind]
        assert stated in item.share_text  # Property 20: the text states the achievement
        assert item.roadmap == ("Data Engineer" if "stage" in item.milestone.kind
                                or item.milestone.kind == "roadmap_done" else None)


def test_no_activity_and_no_roadmap_is_no_achievement() -> None:
    assert achievement_list({}, [], D0) == []


def test_days_after_today_are_ignored() -> None:
    assert achievement_list({D0 + timedelta(days=1): 60}, [], D0) == []


def test_share_text_names_the_skill_studied_up_to_that_day() -> None:
    daily = {D0: 40, D0 + timedelta(days=1): 40}
    first = achievement_list(daily, [], D0 + timedelta(days=1),
                             skills={D0: "SQL", D0 + timedelta(days=1): "Docker"})[0]
    assert first.day == D0 and "40 minutes of study of SQL" in first.share_text


def test_share_text_quotes_the_figures_of_that_day() -> None:
    daily = {D0 + timedelta(days=n): 40 + n for n in range(10)}
    streak = next(a for a in achievement_list(daily, [], D0 + timedelta(days=9))
                  if a.milestone.kind == "streak")
    assert streak.day == D0 + timedelta(days=6)
    assert f"{sum(40 + n for n in range(7))} minutes" in streak.share_text


NOW = datetime(2026, 11, 29, 3, 30, tzinfo=UTC)


@pytest.mark.parametrize(("text", "zone", "day"), [
    ("yesterday", "America/New_York", date(2026, 11, 27)),
    ("yesterday", "Europe/Berlin", date(2026, 11, 28)),
    ("today", "America/New_York", date(2026, 11, 28)),
    ("last Monday", "America/New_York", date(2026, 11, 23)),
    ("two days ago", "UTC", date(2026, 11, 27)),
    ("2026-03-01", "UTC", date(2026, 3, 1)),
    ("on March 3", "UTC", date(2026, 3, 3)),
])
def test_parse_day_reads_the_users_local_day(text: str, zone: str, day: date) -> None:
    assert parse_day(text, NOW, zone) == day


@pytest.mark.parametrize("text", ["whenever", "", "2026-12-25"])
def test_parse_day_refuses_unreadable_and_future_days(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_day(text, NOW, "UTC")
    assert caught.value.guidance
