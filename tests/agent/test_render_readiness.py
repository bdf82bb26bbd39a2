"""Offline replies and the web gauge for the readiness tools, from the tools' JSON."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from agent.offline.render_readiness import RENDERERS
from graphs.toolkit.readiness import readiness_payload, recommendations_payload
from tools.readiness import readiness_score, readiness_trend, recommend_jobs
from tools.readiness.models import (
    InterviewPart,
    JobMatch,
    Posting,
    PracticePart,
    SkillPart,
    TrendPoint,
)
from ui.web_readiness import readiness_gauge

NOW = datetime(2026, 11, 29, tzinfo=UTC)


def _payload(interview: float, days: float) -> dict:  # type: ignore[type-arg]
    readiness = readiness_score(SkillPart(target="Data Analyst", required=10, learned=8),
                                PracticePart(roadmap="R", completed=15, total=20,
                                             next_goal="Build a sales dashboard"),
                                InterviewPart(scores=[interview], completed=1))
    trend = readiness_trend([TrendPoint(taken_at=NOW - timedelta(days=days), score=40)],
                            readiness.score, NOW)
    return readiness_payload(readiness.model_copy(update={"trend": trend}))


def test_the_readiness_reply_shows_every_number_of_the_tool() -> None:
    data = _payload(60, 14)
    reply = RENDERERS["show_readiness"](data)
    assert f"**Your readiness: {data['score']:.0f} / 100**" in reply
    assert "Skill acquisition (40%): **80** — 8 of 10 required skills for Data Analyst" in reply
    assert "15 of 20 goals done" in reply and "score of your only mock interview" in reply
    assert f"+{data['trend']['weekly_rate']:.1f} points a week" in reply
    assert "1. " in reply and "Build a sales dashboard." in reply


def test_a_young_history_says_when_the_trend_will_show() -> None:
    reply = RENDERERS["show_readiness"](_payload(60, 2))
    assert "shown once you have a week of history (first score 2 days ago)" in reply


def test_the_gauge_marks_the_job_search_threshold() -> None:
    data = _payload(90, 14)
    figure = readiness_gauge(data)
    indicator = figure.data[0]
    assert indicator.value == data["score"]
    assert indicator.gauge.threshold.value == 75
    assert [tuple(s.range) for s in indicator.gauge.steps] == [(0, 50), (50, 75), (75, 100)]
    assert indicator.delta.reference == 40
    assert "delta" not in readiness_gauge(_payload(90, 2)).data[0].mode


def test_recommendation_and_import_replies() -> None:
    ready = readiness_score(SkillPart(target="X", required=1, learned=1),
                            PracticePart(roadmap="R", completed=1, total=1),
                            InterviewPart(scores=[90.0], completed=1))
    match = JobMatch(posting=Posting(id="1", title="Data Analyst", company="Initech",
                                     url="https://jobs.example/1"),
                     match_percentage=82.0, top_gaps=["Tableau"])
    reply = RENDERERS["recommend_jobs"](recommendations_payload(recommend_jobs(ready, [match])))
    assert ("1. **Data Analyst**, Initech — 82% match; missing Tableau — "
            "https://jobs.example/1") in reply
    assert "Only 1 opening saved or imported" in reply
    low = readiness_score(SkillPart(), PracticePart(), InterviewPart())
    not_ready = RENDERERS["recommend_jobs"](recommendations_payload(recommend_jobs(low, [])))
    assert "**Not yet** (readiness 0 of the 75 needed)" in not_ready
    imported = RENDERERS["import_job_postings"]({
        "filename": "p.csv", "total": 2,
        "imported": [{"line": 2, "title": "Data Analyst", "company": None, "skills": 4}],
        "skipped": [{"line": 3, "title": None, "reason": "no title"}]})
    assert "Imported **1** of 2 postings from p.csv." in imported
    assert "- line 3: no title" in imported
