"""The readiness gauge the web face shows after ``show_readiness``, built with Plotly from the
tool's JSON (no Chainlit here).

A gauge from 0 to 100 with the tool's bands (getting started, building up, ready to apply)
and a threshold mark at 75, above which openings are recommended; the delta shows the change
since the first recorded score once there is a week of history.
"""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go

from prompts import readiness_replies as words

READINESS_TOOLS = {"show_readiness"}
BAND_COLOURS = ("#ffcdd2", "#fff9c4", "#c8e6c9")
BAR_COLOUR = "#1565c0"


def readiness_gauge(data: dict[str, Any]) -> go.Figure:
    """A gauge of ``data["gauge"]`` with the parts' scores as a subtitle.

    Args:
        data: The JSON content of ``show_readiness``.
    """
    gauge = data["gauge"]
    steps = [{"range": [band["from"], band["to"]], "color": BAND_COLOURS[i % 3]}
             for i, band in enumerate(gauge["bands"])]
    trend = data.get("trend") or {}
    delta = ({"reference": trend["first_score"], "valueformat": ".0f"}
             if trend.get("weekly_rate") is not None else None)
    parts = " · ".join(words.GAUGE_PART.format(label=p["label"], score=p["score"])
                       for p in data["breakdown"].values())
    figure = go.Figure(go.Indicator(
        mode="gauge+number+delta" if delta else "gauge+number", value=gauge["value"],
        delta=delta, number={"valueformat": ".0f"},
        title={"text": f"{words.GAUGE_TITLE}<br><span style='font-size:0.7em'>{parts}</span>"},
        gauge={"axis": {"range": [gauge["min"], gauge["max"]]},
               "bar": {"color": BAR_COLOUR}, "steps": steps,
               "threshold": {"line": {"color": "#2e7d32", "width": 3}, "thickness": 0.8,
                             "value": gauge["threshold"]}}))
    figure.update_layout(height=300, margin={"l": 30, "r": 30, "t": 80, "b": 10})
    return figure
