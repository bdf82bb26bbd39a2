"""Charts the web face shows, built with Plotly from tool results (no Chainlit here).

The roadmap timeline is a Gantt-style bar per stage: it starts after the previous stage and
lasts the stage's estimated days (numbers from ``tools.roadmap``).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import plotly.graph_objects as go

from prompts import web as words

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
