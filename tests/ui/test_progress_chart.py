"""The web progress chart from a ``show_progress`` report: bars per day, streak days
highlighted, the 30-minute line, and stage progress as a gauge."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ui.web_charts import OTHER_DAY_COLOUR, STREAK_COLOUR, progress_chart

TODAY = date(2026, 11, 28)


def _report(minutes: dict[int, int], streak: tuple[int, int] | None, done: int,
            total: int) -> dict[str, Any]:
    days = [TODAY - timedelta(days=back) for back in range(27, -1, -1)]
    first, last = ((TODAY - timedelta(days=streak[0])).isoformat(),
                   (TODAY - timedelta(days=streak[1])).isoformat()) if streak else (None, None)
    length = streak[0] - streak[1] + 1 if streak else 0
    return {"daily": [{"date": d.isoformat(), "minutes": minutes.get((TODAY - d).days, 0)}
                      for d in days],
            "streak_days": length, "streak": {"days": length, "first": first, "last": last},
            "stages": {"completed": done, "total": total},
            "progress_percentage": round(100 * done / total, 1) if total else 0.0}


def test_bars_are_the_minutes_per_day_and_streak_days_are_highlighted() -> None:
    report = _report({0: 45, 1: 30, 2: 60, 5: 20, 27: 90}, (2, 0), 1, 4)
    figure = progress_chart(report)
    bars, gauge = figure.data
    assert bars.type == "bar" and gauge.type == "indicator"
    assert list(bars.x) == [d["date"] for d in report["daily"]]
    assert list(bars.y) == [d["minutes"] for d in report["daily"]]
    assert list(bars.y)[-3:] == [60, 30, 45] and list(bars.y)[0] == 90
    colours = list(bars.marker.color)
    assert colours[-3:] == [STREAK_COLOUR] * 3 and colours.count(STREAK_COLOUR) == 3
    assert colours[0] == OTHER_DAY_COLOUR
    assert gauge.value == 25.0 and "1 of 4" in gauge.title.text
    assert "streak 3 days" in figure.layout.title.text
    assert "25% (1 of 4 stages)" in figure.layout.title.text
    line = figure.layout.shapes[0]
    assert (line.y0, line.y1) == (30, 30)


def test_no_streak_and_no_roadmap() -> None:
    figure = progress_chart(_report({3: 10}, None, 0, 0))
    bars, gauge = figure.data
    assert set(bars.marker.color) == {OTHER_DAY_COLOUR} and sum(bars.y) == 10
    assert gauge.value == 0.0
    assert "streak 0 days" in figure.layout.title.text
    assert "no roadmap yet" in figure.layout.title.text


def test_a_streak_running_through_yesterday_highlights_yesterday_not_today() -> None:
    figure = progress_chart(_report({1: 40, 2: 40}, (2, 1), 2, 2))
    colours = list(figure.data[0].marker.color)
    assert colours[-1] == OTHER_DAY_COLOUR and colours[-3:-1] == [STREAK_COLOUR] * 2
    assert figure.data[1].value == 100.0 and "streak 2 days" in figure.layout.title.text
