"""The gap reply lists skills the job accepts instead of one the resume shows (not gaps)."""

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
