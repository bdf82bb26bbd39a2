"""Properties 14–21 (progress and motivation) as Hypothesis tests, over generated IANA time
zones including daylight-saving transitions."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from tools.progress.log import new_activity
from tools.progress.metrics import (
    STREAK_MINUTES,
    current_streak,
    daily_minutes,
    daily_score,
    progress_percentage,
    weekly_score,
)
from tools.progress.models import ACTIVITY_TYPES, NewActivity
from tools.progress.motivation import (
    Figures,
    Milestone,
    ProgressState,
    congratulate,
    inactivity_nudge,
    new_milestones,
    share_message,
    user_figures,
)
from tools.progress.parse import parse_activities
from tools.skill_matcher import SkillMatcher

EXAMPLES = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

DST_ZONES = ["America/New_York", "Europe/Berlin", "Australia/Sydney", "America/Santiago",
             "Pacific/Auckland", "Europe/London", "America/Havana", "Asia/Tehran",
             "Australia/Lord_Howe"]
"""Zones with daylight saving (Lord Howe shifts by 30 minutes; Havana at midnight)."""
DST_DAYS = [date(2026, 3, 8), date(2026, 3, 29), date(2026, 4, 5), date(2026, 9, 27),
            date(2026, 10, 4), date(2026, 10, 25), date(2026, 11, 1)]
"""Days on which clocks change in some of :data:`DST_ZONES` in 2026."""

zones = st.sampled_from(DST_ZONES) | st.sampled_from(sorted(available_timezones()))
days_around_dst = st.builds(lambda d, shift: d + timedelta(days=shift),
                            st.sampled_from(DST_DAYS), st.integers(-20, 20))
any_day = days_around_dst | st.dates(date(2020, 1, 1), date(2035, 12, 31))
times_of_day = st.times(time(0, 0), time(23, 59))
daily_maps = st.dictionaries(st.integers(0, 60), st.integers(0, 600), max_size=40)


def _instant(day: date, at: time, zone: str) -> datetime | None:
    """The UTC instant of local ``day`` at ``at``, or None when that wall time is skipped."""
    local = datetime.combine(day, at, tzinfo=ZoneInfo(zone))
    instant = local.astimezone(UTC)
    return instant if instant.astimezone(ZoneInfo(zone)).date() == day else None


def _dated(offsets: dict[int, int], today: date) -> dict[date, int]:
    return {today - timedelta(days=back): minutes for back, minutes in offsets.items()}


# --- Property 14 --------------------------------------------------------------------------
PHRASES = ["I studied Docker for {n} minutes", "{n} min of SQL yesterday",
           "{h}h of Kubernetes last Monday", "did {k} LeetCode problems",
           "finished the Python course", "watched a Docker video for {n} minutes 2 days ago"]


@EXAMPLES
@given(phrases=st.lists(st.sampled_from(PHRASES), min_size=1, max_size=3),
       n=st.integers(0, 600), h=st.integers(1, 9), k=st.integers(1, 20), zone=zones,
       day=any_day, at=times_of_day)
def test_property_14_activity_records(matcher: SkillMatcher, phrases: list[str], n: int,
                                      h: int, k: int, zone: str, day: date, at: time) -> None:
    """Property 14: every logged activity has a valid timestamp, the user, a type and a
    duration ≥ 0 minutes (here: the parsed record; storage adds the user)."""
    now = _instant(day, at, zone)
    assume(now is not None)
    assert now is not None
    text = ". ".join(p.format(n=n, h=h, k=k) for p in phrases)
    drafts = parse_activities(text, now, zone, matcher)
    assert len(drafts) == len(phrases)
    for draft in drafts:
        record = new_activity(draft, now, zone)
        assert record.occurred_at.tzinfo is UTC and record.occurred_at <= now
        assert record.occurred_at.astimezone(ZoneInfo(zone)).date() == draft.day
        assert record.activity_type in ACTIVITY_TYPES
        assert record.minutes >= 0
        assert draft.day <= now.astimezone(ZoneInfo(zone)).date()


@EXAMPLES
@given(minutes=st.integers(-10_000, -1), moment=st.datetimes())
def test_property_14_invalid_records_are_refused(minutes: int, moment: datetime) -> None:
    """Property 14: negative minutes or a timestamp without a zone never make a record."""
    with pytest.raises(ValidationError):
        NewActivity(activity_type="study", minutes=minutes, occurred_at=moment.replace(
            tzinfo=UTC))
    with pytest.raises(ValidationError):
        NewActivity(activity_type="study", minutes=abs(minutes), occurred_at=moment)


# --- Property 15 --------------------------------------------------------------------------
@EXAMPLES
@given(offsets=daily_maps, target=st.integers(1, 600), today=any_day)
def test_property_15_productivity_scores(offsets: dict[int, int], target: int,
                                         today: date) -> None:
    """Property 15: daily and weekly productivity scores are always in [0, 100]."""
    daily = _dated(offsets, today)
    assert 0.0 <= daily_score(daily.get(today, 0), target) <= 100.0
    assert 0.0 <= weekly_score(daily, today, target) <= 100.0


# --- Property 16 --------------------------------------------------------------------------
@EXAMPLES
@given(zone=zones, start=days_around_dst, length=st.integers(1, 40),
       sessions=st.lists(st.tuples(times_of_day, st.integers(0, 120)), min_size=1,
                         max_size=3),
       top_up=st.integers(STREAK_MINUTES, 240), today_done=st.booleans(),
       before=st.integers(0, STREAK_MINUTES - 1))
def test_property_16_streaks(zone: str, start: date, length: int,
                             sessions: list[tuple[time, int]], top_up: int, today_done: bool,
                             before: int) -> None:
    """Property 16: N consecutive local days with ≥ 30 minutes each give a streak of N, in
    any time zone, across DST changes, with late-evening sessions, until today ends."""
    logged: list[tuple[datetime, int]] = []
    for offset in range(length):
        day = start + timedelta(days=offset)
        for at, minutes in [*sessions, (time(23, 45), top_up)]:
            instant = _instant(day, at, zone)
            assume(instant is not None)
            assert instant is not None
            logged.append((instant, minutes))
    gap_instant = _instant(start - timedelta(days=1), time(12, 0), zone)
    assume(gap_instant is not None)
    assert gap_instant is not None
    logged.append((gap_instant, before))
    daily = daily_minutes(logged, zone)
    last = start + timedelta(days=length - 1)
    today = last if today_done else last + timedelta(days=1)
    assert current_streak(daily, today) == length
    assert current_streak(daily, last + timedelta(days=2)) == 0


# --- Property 17 --------------------------------------------------------------------------
@EXAMPLES
@given(data=st.data(), total=st.integers(0, 60))
def test_property_17_progress_percentage(data: st.DataObject, total: int) -> None:
    """Property 17: with M stages of which N are completed, progress is N / M × 100."""
    done = data.draw(st.integers(0, total))
    expected = 0.0 if total == 0 else done / total * 100
    assert progress_percentage(done, total) == pytest.approx(expected)
    assert 0.0 <= progress_percentage(done, total) <= 100.0


# --- Property 18 --------------------------------------------------------------------------
@EXAMPLES
@given(offsets=daily_maps, today=any_day)
def test_property_18_inactivity(offsets: dict[int, int], today: date) -> None:
    """Property 18: when the last 7 days' average is ≤ 50% of the user's historical average
    (history from the first active day; the window shrinks to a shorter history), a
    motivational nudge is triggered, and only then."""
    daily = _dated({b: m for b, m in offsets.items() if m > 0}, today)
    figures = user_figures(daily, today)
    if daily:
        length = max(b for b, m in offsets.items() if m > 0) + 1
        window = min(7, length)
        recent = sum(daily.get(today - timedelta(days=b), 0) for b in range(window)) / window
        usual = sum(daily.values()) / length
        expected = usual > 0 and recent <= 0.5 * usual
    else:
        expected = False
    nudge = inactivity_nudge(figures)
    assert (nudge is not None) == expected
    if nudge is not None:
        assert nudge.kind == "nudge" and str(figures.total_minutes) in nudge.text


# --- Properties 19–21 ---------------------------------------------------------------------
states = st.builds(ProgressState, activity_count=st.integers(0, 50),
                   streak_days=st.integers(0, 120), completed_stages=st.integers(0, 8),
                   total_stages=st.integers(0, 8)).filter(
    lambda s: s.completed_stages <= s.total_stages)


@st.composite
def state_pairs(draw: st.DrawFn) -> tuple[ProgressState, ProgressState]:
    before = draw(states)
    total = max(before.total_stages, draw(st.integers(0, 8)))
    after = ProgressState(
        activity_count=before.activity_count + draw(st.integers(0, 3)),
        streak_days=draw(st.integers(0, 120)),
        completed_stages=draw(st.integers(before.completed_stages, total)),
        total_stages=total)
    return before, after


@EXAMPLES
@given(pair=state_pairs(), offsets=daily_maps, today=any_day)
def test_property_19_milestones(pair: tuple[ProgressState, ProgressState],
                                offsets: dict[int, int], today: date) -> None:
    """Property 19: every milestone produces a congratulation for that user."""
    before, after = pair
    milestones = new_milestones(before, after)
    if before.streak_days < 7 <= after.streak_days:
        assert Milestone(kind="streak", value=7) in milestones
    if before.activity_count == 0 < after.activity_count:
        assert milestones[0].kind == "first_activity"
    figures = user_figures(_dated(offsets, today), today,
                           completed_stages=after.completed_stages,
                           total_stages=after.total_stages)
    for milestone in milestones:
        message = congratulate(milestone, figures)
        assert message.kind == "congratulation" and message.milestone == milestone
        assert f"{figures.total_minutes} minutes" in message.text


STATES_IT = {"first_activity": "started preparing", "streak": "days in a row",
             "stage_done": "finished stage", "roadmap_done": "completed all"}


@EXAMPLES
@given(pair=state_pairs(), offsets=daily_maps, today=any_day)
def test_property_20_sharing(pair: tuple[ProgressState, ProgressState],
                             offsets: dict[int, int], today: date) -> None:
    """Property 20: every significant achievement yields a ready-to-share message that
    states it (its kind and its number)."""
    before, after = pair
    figures = user_figures(_dated(offsets, today), today, total_stages=after.total_stages,
                           completed_stages=after.completed_stages)
    for milestone in new_milestones(before, after):
        text = share_message(milestone, figures).text
        assert STATES_IT[milestone.kind] in text
        if milestone.kind != "first_activity":
            assert str(milestone.value) in text


def _quoted(figures: Figures) -> tuple[int, int]:
    return figures.total_minutes, figures.streak_days


@EXAMPLES
@given(first=daily_maps, second=daily_maps, today=any_day,
       kind=st.sampled_from(["first_activity", "streak", "stage_done", "roadmap_done"]))
def test_property_21_personal_messages(first: dict[int, int], second: dict[int, int],
                                       today: date, kind: str) -> None:
    """Property 21: two users with different progress patterns get different messages.

    Every message quotes the total minutes and the streak (or the milestone's own number),
    so patterns that differ in those figures never share a text."""
    one = user_figures(_dated(first, today), today, total_stages=4, completed_stages=4)
    two = user_figures(_dated(second, today), today, total_stages=4, completed_stages=4)
    assume(_quoted(one) != _quoted(two))
    milestone = Milestone.model_validate({"kind": kind,
                                          "value": 4 if kind != "first_activity" else 1})
    if kind == "streak":
        assume(one.total_minutes != two.total_minutes)
    texts = congratulate(milestone, one).text, congratulate(milestone, two).text
    assert texts[0] != texts[1]
    for figures, text in zip((one, two), texts, strict=True):
        second = figures.streak_days if kind in ("first_activity", "roadmap_done") else 4
        assert f"{figures.total_minutes} minutes" in text and str(second) in text
    nudges = inactivity_nudge(one), inactivity_nudge(two)
    if nudges[0] is not None and nudges[1] is not None and one.total_minutes != two.total_minutes:
        assert nudges[0].text != nudges[1].text
