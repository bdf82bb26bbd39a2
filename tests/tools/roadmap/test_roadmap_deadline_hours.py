"""Deadline advice: hours a day = total learning hours ÷ deadline days, and no impossible
number (above 8 hours a day the advice leads with fewer skills and a later date)."""

from __future__ import annotations

import pytest
from roadmap_fakes import taxonomy

from tools.gaps.models import SkillGap
from tools.roadmap.build import build_roadmap
from tools.roadmap.deadline import REASONABLE_HOURS_PER_DAY
from tools.roadmap.models import LearningPlan


def _gaps(count: int, hours: int) -> list[SkillGap]:
    return [SkillGap(skill=f"Topic {n}", priority="critical", explanation="asked",
                     learning_hours=hours) for n in range(count)]


@pytest.mark.parametrize(("per_day", "days"), [(1.0, 890), (0.5, 1780)])
def test_890_hours_in_8_weeks_is_beyond_reach_at_any_pace(per_day: float, days: int) -> None:
    """890 hours over 56 days is 15.9 hours a day, whatever the current pace."""
    roadmap = build_roadmap(_gaps(10, 89), LearningPlan(hours=per_day, deadline_weeks=8),
                            taxonomy())
    check = roadmap.deadline
    assert check is not None and not check.fits
    assert check.needed_days == days and check.deadline_days == 56
    assert check.required_hours == pytest.approx(890 / 56, abs=0.05)
    assert check.beyond_reach and check.hours_needed is None
    warning = roadmap.warnings[0]
    assert "15.9 hours" in warning and "Study about" not in warning
    assert "19 hours" not in warning and "18 hours" not in warning
    assert warning.index("15.9") < warning.index("Move the deadline")


def test_a_reachable_pace_is_total_hours_over_deadline_days() -> None:
    """100 hours over 56 days is 1.8 hours a day: about 2 hours (next half hour)."""
    roadmap = build_roadmap(_gaps(4, 25), LearningPlan(hours=1, deadline_weeks=8), taxonomy())
    check = roadmap.deadline
    assert check is not None and not check.fits and not check.beyond_reach
    assert check.required_hours == pytest.approx(100 / 56, abs=0.05)
    assert check.hours_needed == 2.0 and check.hours_needed <= REASONABLE_HOURS_PER_DAY
    assert "Study about 2 hours a day instead." in roadmap.warnings[0]
    adopted = build_roadmap(_gaps(4, 25), LearningPlan(hours=2, deadline_weeks=8), taxonomy())
    assert adopted.deadline is not None and adopted.deadline.fits


def test_a_weekly_pace_is_judged_per_week() -> None:
    """400 hours over 8 weeks is 50 hours a week, above 48: beyond reach."""
    roadmap = build_roadmap(_gaps(4, 100), LearningPlan(pace="weekly", hours=5,
                                                        deadline_weeks=8), taxonomy())
    check = roadmap.deadline
    assert check is not None and check.beyond_reach and check.hours_needed is None
    assert check.required_hours == pytest.approx(50.0)
    assert "50 hours of study a week" in roadmap.warnings[0]
