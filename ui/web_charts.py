"""Charts the web face shows, built with Plotly from tool results (no Chainlit here).

The roadmap timeline is a Gantt-style bar per stage: it starts after the previous stage and
lasts the stage's estimated days (numbers from ``tools.roadmap``). The progress chart shows
the last 4 weeks' minutes per day, the streak and stage progress of a ``show_progress``
report (numbers from ``tools.progress``).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from prompts import progress_replies as progress_words
from prompts import web as words
from tools.progress.metrics import STREAK_MINUTES

STATUS_COLOURS = {"completed": "#2e7d32", "in_progress": "#1565c0", "not_started": "#90a4ae"}
ROADMAP_TOOLS = {"create_roadmap", "show_roadmap", "mark_goal_done", "mark_stage_done",
                 "adjust_roadmap"}


def roadmap_timeline(roadmap: dict[str, Any], today: date) -> go.Figure:
    """A timeline of the roadmap's stages from its start (or ``today``), one bar each."""
    start = date.fromisoformat(roadmap["start"]) if roadmap.get("start") else today
    bars, offset = [], 0
    for stage in roadmap["stages"]:
        days = int(stage["estimated_days"])
        first = start + timedelta(days=offset)
        bars.append((f"{stage['number']}. {stage['title']}", first, days, stage["status"]))
        offset += days
    figure = go.Figure()
    for label, first, days, status in bars:
        figure.add_trace(go.Bar(
            y=[label], x=[days * 86_400_000], base=[first.isoformat()], orientation="h",
            marker_color=STATUS_COLOURS.get(status, STATUS_COLOURS["not_started"]),
            name=words.STAGE_STATUS.get(status, status), showlegend=False,
            hovertemplate=words.TIMELINE_HOVER.format(days=days) + "<extra></extra>"))
    figure.update_layout(title=words.TIMELINE_TITLE.format(title=roadmap["title"]),
                         xaxis={"type": "date"}, yaxis={"autorange": "reversed"},
                         barmode="overlay", height=140 + 40 * len(bars),
                         margin={"l": 10, "r": 10, "t": 50, "b": 30})
    return figure


def current_stage(roadmap: dict[str, Any]) -> dict[str, Any] | None:
    """The first stage not completed, or ``None`` when all are done."""
    return next((s for s in roadmap["stages"] if s["status"] != "completed"), None)


PROGRESS_TOOLS = {"show_progress"}
STREAK_COLOUR = "#2e7d32"
OTHER_DAY_COLOUR = "#90a4ae"


def progress_chart(report: dict[str, Any]) -> go.Figure:
    """Minutes per day as bars (streak days highlighted, the 30-minute line dotted) and the
    roadmap's stage progress as a gauge, from a ``show_progress`` report.

    Args:
        report: The tool's JSON: ``daily`` [{"date", "minutes"}], ``streak`` {"days",
            "first", "last"}, ``stages`` {"completed", "total"}, ``progress_percentage``.

    Returns:
        A figure with two traces: the bars (x: ISO days, y: minutes) and the gauge (value:
        progress percentage, 0–100).
    """
    days = report["daily"]
    streak = report.get("streak") or {}
    first, last = streak.get("first"), streak.get("last")
    in_streak = [bool(first and last and first <= d["date"] <= last) for d in days]
    figure = make_subplots(rows=1, cols=2, column_widths=[0.75, 0.25],
                           specs=[[{"type": "xy"}, {"type": "domain"}]])
    figure.add_trace(go.Bar(
        x=[d["date"] for d in days], y=[d["minutes"] for d in days],
        marker_color=[STREAK_COLOUR if s else OTHER_DAY_COLOUR for s in in_streak],
        name=progress_words.CHART_MINUTES, hovertemplate=progress_words.CHART_HOVER),
        row=1, col=1)
    figure.add_hline(y=STREAK_MINUTES, line_dash="dot", line_color=STREAK_COLOUR,
                     annotation_text=progress_words.CHART_THRESHOLD.format(
                         minutes=STREAK_MINUTES), row=1, col=1)
    stages = report.get("stages") or {"completed": 0, "total": 0}
    figure.add_trace(go.Indicator(
        mode="gauge+number", value=report["progress_percentage"], number={"suffix": "%"},
        gauge={"axis": {"range": [0, 100]}, "bar": {"color": STREAK_COLOUR}},
        title={"text": progress_words.CHART_STAGE_COUNT.format(
            done=stages["completed"], total=stages["total"])}), row=1, col=2)
    figure.update_layout(title=_progress_title(report, stages), showlegend=False, height=360,
                         margin={"l": 10, "r": 40, "t": 60, "b": 30})  # r: room for "100"
    figure.update_xaxes(type="date", row=1, col=1)
    figure.update_yaxes(title_text=progress_words.CHART_MINUTES, rangemode="tozero",
                        row=1, col=1)
    return figure


def _progress_title(report: dict[str, Any], stages: dict[str, int]) -> str:
    days = int(report.get("streak_days", 0))
    progress = (progress_words.CHART_PROGRESS.format(
        percent=report["progress_percentage"], done=stages["completed"], total=stages["total"])
        if stages["total"] else progress_words.CHART_PROGRESS_NONE)
    return progress_words.CHART_TITLE.format(streak=days, s="" if days == 1 else "s",
                                             progress=progress)
