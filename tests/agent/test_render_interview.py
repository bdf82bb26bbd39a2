"""Offline replies for the interview tools' JSON: an opened interview and a summary."""

from __future__ import annotations

from agent.offline.render_interview import RENDERERS, render_opened, render_summary


def test_opened_interview_shows_the_intro_controls_and_first_question() -> None:
    text = render_opened({
        "interview_id": "i", "role": "Backend Developer", "questions": 6, "technical": 4,
        "behavioral": 2, "done": 0, "resumed": False, "awaiting_answer": True,
        "role_note": None, "replaced_note": None,
        "question": {"number": 1, "total": 6, "type": "technical", "topic": "SQL",
                     "text": "What is a join?"}})
    assert "mock interview for **Backend Developer**: 6 questions, 4 technical and 2" in text
    assert "**hint**" in text and text.endswith(
        "**Question 1 of 6** (technical · SQL)\n\nWhat is a join?")


def test_resumed_interview_says_how_far_it_got() -> None:
    text = render_opened({"role": None, "questions": 5, "done": 2, "resumed": True,
                          "question": None})
    assert text.startswith("Welcome back to your mock interview: 2 of 5 questions done.")


def test_summary_of_a_paused_interview_says_how_to_continue() -> None:
    summary = {"interview_id": "i", "status": "in_progress", "target_role": None,
               "overall_score": 55.0, "planned": 6, "answered": 2, "skipped": 0,
               "results": [{"number": 1, "text": "What is a join?", "type": "technical",
                            "topic": "SQL", "status": "answered", "score": 55,
                            "missed": ["Left joins keep unmatched rows."]}],
               "practise": [{"topic": "SQL", "score": 55,
                             "points": ["Left joins keep unmatched rows."]}]}
    text = render_summary({"summary": summary, "awaiting_answer": False})
    assert text.startswith("### Mock interview so far")
    assert "| 1 | What is a join? | technical · SQL | 55 |" in text
    assert "- **SQL** (55/100): Left joins keep unmatched rows" in text
    assert "continue the interview" in text
    assert set(RENDERERS) == {"start_interview", "resume_interview", "interview_summary"}
