"""Reading study activities from chat messages (issue 6, point 1)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from tools.errors import InvalidInput
from tools.progress.log import new_activity
from tools.progress.parse import duration_minutes, normalize, parse_activities
from tools.skill_matcher import SkillMatcher

NY = "America/New_York"
# Sunday 29 November 2026, 13:00 in New York.
NOW = datetime(2026, 11, 29, 13, 0, tzinfo=ZoneInfo(NY))
TODAY = date(2026, 11, 29)


@pytest.mark.parametrize(("text", "kind", "minutes", "skill", "day"), [
    ("I studied Docker for 45 minutes", "study", 45, "docker", TODAY),
    ("1.5h of SQL yesterday", "study", 90, "sql", date(2026, 11, 28)),
    ("an hour and a half on Kubernetes last Monday", "study", 90, "kubernetes",
     date(2026, 11, 23)),
    ("forty-five minutes of Python", "study", 45, "python", TODAY),
    ("finished the Kubernetes course", "course", None, "kubernetes", TODAY),
    ("did 2 LeetCode problems", "practice", None, None, TODAY),
    ("half an hour of SQL 3 days ago", "study", 30, "sql", date(2026, 11, 26)),
    ("1 hour and 30 minutes of Python the day before yesterday", "study", 90, "python",
     date(2026, 11, 27)),
    ("watched a Docker video for twenty minutes", "video", 20, "docker", TODAY),
    ("read 3 chapters of a Python book", "reading", None, "python", TODAY),
    ("two hours fifteen minutes on my portfolio project", "project", 135, None, TODAY),
    ("1,5h of SQL", "study", 90, "sql", TODAY),
    ("2 hours of practice problems", "practice", 120, None, TODAY),
    ("a mock interview for 1 hour", "interview", 60, None, TODAY),
    ("I studied Python on November 3", "study", None, "python", date(2026, 11, 3)),
])
def test_single_activity(matcher: SkillMatcher, text: str, kind: str, minutes: int | None,
                         skill: str | None, day: date) -> None:
    [draft] = parse_activities(text, NOW, NY, matcher)
    assert (draft.activity_type, draft.minutes, draft.skill_id, draft.day) == (
        kind, minutes, skill, day)


def test_count_and_completion_are_kept(matcher: SkillMatcher) -> None:
    [problems] = parse_activities("did 2 LeetCode problems", NOW, NY, matcher)
    [course] = parse_activities("finished the Kubernetes course", NOW, NY, matcher)
    assert (problems.count, problems.completed) == (2, False)
    assert (course.count, course.completed, course.skill_name) == (None, True, "Kubernetes")
    [timed] = parse_activities("2 hours of practice problems", NOW, NY, matcher)
    assert timed.count is None


def test_several_in_one_message_share_the_day_said_before(matcher: SkillMatcher) -> None:
    text = ("Yesterday I did 1h of SQL and 30 min of Docker, then watched a Kubernetes video "
            "for twenty minutes on Friday")
    drafts = parse_activities(text, NOW, NY, matcher)
    assert [(d.skill_id, d.minutes, d.day, d.activity_type) for d in drafts] == [
        ("sql", 60, date(2026, 11, 28), "study"),
        ("docker", 30, date(2026, 11, 28), "study"),
        ("kubernetes", 20, date(2026, 11, 27), "video"),
    ]


def test_two_skills_one_duration_stay_one_activity(matcher: SkillMatcher) -> None:
    [draft] = parse_activities("I studied Docker and Kubernetes for 2 hours", NOW, NY, matcher)
    assert (draft.minutes, draft.skill_id) == (120, "docker")


def test_stage_number_is_read(matcher: SkillMatcher) -> None:
    [draft] = parse_activities("I finished stage 2", NOW, NY, matcher)
    assert (draft.stage, draft.completed) == (2, True)


def test_a_study_verb_alone_logs_one_activity_without_minutes(matcher: SkillMatcher) -> None:
    [draft] = parse_activities("I studied Python today", NOW, NY, matcher)
    assert (draft.minutes, draft.skill_id, draft.day) == (None, "python", TODAY)


def test_late_evening_is_the_local_day_not_utc(matcher: SkillMatcher) -> None:
    late = datetime(2026, 11, 30, 3, 30, tzinfo=UTC)  # 22:30 on the 29th in New York
    [draft] = parse_activities("45 minutes of SQL", late, NY, matcher)
    [draft_yesterday] = parse_activities("45 minutes of SQL yesterday", late, NY, matcher)
    assert draft.day == TODAY
    assert draft_yesterday.day == date(2026, 11, 28)


@pytest.mark.parametrize("text", ["hello there", "what is Docker?", "   "])
def test_nothing_to_log_is_invalid_input_with_guidance(matcher: SkillMatcher, text: str) -> None:
    with pytest.raises(InvalidInput) as error:
        parse_activities(text, NOW, NY, matcher)
    assert error.value.guidance and "45 minutes" in error.value.guidance


def test_more_than_a_day_and_future_days_are_refused(matcher: SkillMatcher) -> None:
    with pytest.raises(InvalidInput):
        parse_activities("30 hours of Docker", NOW, NY, matcher)
    with pytest.raises(InvalidInput):
        parse_activities("1h of Docker on 2027-01-05", NOW, NY, matcher)


def test_bad_zone_and_naive_now_are_refused(matcher: SkillMatcher) -> None:
    with pytest.raises(InvalidInput):
        parse_activities("1h of SQL", NOW, "Mars/Olympus", matcher)
    with pytest.raises(InvalidInput):
        parse_activities("1h of SQL", NOW.replace(tzinfo=None), NY, matcher)


def test_normalize_and_duration_helpers() -> None:
    assert normalize("an hour and a half") == "1.5 hours"
    assert normalize("forty-five minutes") == "45 minutes"
    assert normalize("a quarter of an hour") == "15 minutes"
    assert duration_minutes("1h 30m") == 90
    assert duration_minutes("nonsense") is None


def test_new_activity_time_is_now_today_and_local_noon_before(matcher: SkillMatcher) -> None:
    today, yesterday = parse_activities("1h of SQL today and 20 min Docker yesterday", NOW, NY,
                                        matcher)
    stored_today = new_activity(today, NOW, NY)
    stored_past = new_activity(yesterday, NOW, NY)
    assert stored_today.occurred_at == NOW.astimezone(UTC)
    assert stored_past.occurred_at == datetime(2026, 11, 28, 17, 0, tzinfo=UTC)
    assert (stored_today.minutes, stored_today.skill_name) == (60, "sql")
    [count] = parse_activities("did 2 LeetCode problems", NOW, NY, matcher)
    assert (new_activity(count, NOW, NY).minutes,
            new_activity(count, NOW, NY).minutes_stated) == (0, False)
