"""Nudges, milestones and shareable achievements (issue 6, point 3)."""

from __future__ import annotations

from datetime import date, timedelta

from tools.progress.motivation import (
    Milestone,
    ProgressState,
    achievement_lines,
    achievements,
    congratulate,
    inactivity_nudge,
    new_milestones,
    share_message,
    user_figures,
)

D = date(2026, 5, 20)


def test_nudge_after_a_quiet_week_quotes_the_users_figures() -> None:
    daily = {D - timedelta(days=i): 90 for i in range(8, 30)}
    figures = user_figures(daily, D, skill="Docker")
    nudge = inactivity_nudge(figures)
    assert nudge is not None and nudge.kind == "nudge"
    assert "0 minutes a day" in nudge.text and f"{figures.total_minutes} minutes" in nudge.text
    assert "Docker" in nudge.text


def test_no_nudge_while_keeping_up_or_without_history() -> None:
    steady = {D - timedelta(days=i): 60 for i in range(30)}
    assert inactivity_nudge(user_figures(steady, D)) is None
    assert inactivity_nudge(user_figures({}, D)) is None


def test_milestones_between_two_states() -> None:
    before = ProgressState(activity_count=0, streak_days=6, completed_stages=1, total_stages=3)
    after = ProgressState(activity_count=1, streak_days=7, completed_stages=3, total_stages=3)
    assert new_milestones(before, after) == [
        Milestone(kind="first_activity", value=1), Milestone(kind="streak", value=7),
        Milestone(kind="stage_done", value=2), Milestone(kind="stage_done", value=3),
        Milestone(kind="roadmap_done", value=3),
    ]
    assert new_milestones(after, after) == []


def test_congratulation_and_share_state_the_achievement() -> None:
    daily = {D - timedelta(days=i): 40 for i in range(7)}
    figures = user_figures(daily, D, completed_stages=2, total_stages=4)
    stage = Milestone(kind="stage_done", value=2)
    text = congratulate(stage, figures).text
    assert "Stage 2 of 4" in text and "50%" in text and "280 minutes" in text
    share = share_message(Milestone(kind="streak", value=7), figures).text
    assert "7 days in a row" in share and "280 minutes" in share


def test_achievements_list_everything_reached() -> None:
    state = ProgressState(activity_count=5, streak_days=2, completed_stages=1, total_stages=2)
    reached = achievements(state, longest_streak=15)
    assert [m.kind for m in reached] == ["first_activity", "streak", "streak", "stage_done"]
    figures = user_figures({D: 45}, D, completed_stages=1, total_stages=2)
    lines = achievement_lines(reached, figures)
    assert lines[1].startswith("7-day streak:") and lines[3].startswith("Stage 1 done:")
