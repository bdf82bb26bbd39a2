"""Offline replies: alternatives apart from gaps, and an explanation without repeats."""

from __future__ import annotations

from agent.offline.render_gaps import render_gaps


def test_alternatives_the_resume_covers_are_listed_apart_from_gaps() -> None:
    note = ("Optional: the job accepts Go or Python, and your resume shows Python, so Go is "
            "not a gap.")
    reply = render_gaps({"report": {"job_title": "Backend developer", "match_percentage": 70.0,
                                    "covered": [{"skill": "Python"}], "gaps": [],
                                    "optional": [{"skill": "Go", "explanation": note}]}})
    assert "Not gaps" in reply and note in reply
    assert reply.index("Python") < reply.index(note)


def test_an_explanation_says_where_to_start_once() -> None:
    from agent.offline.render_roadmap import render_explanation

    start = "Where to start: get comfortable with Docker, then do a beginner tutorial."
    reply = render_explanation({"name": "Kubernetes", "hours": 60, "resources": [],
                                "text": f"Kubernetes runs containers. Expect about 60 hours "
                                        f"of focused study. {start}",
                                "where_to_start": start})
    assert reply.count("Where to start") == 1 and reply.count("60 hours") == 1
