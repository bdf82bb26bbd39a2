"""Offline replies for confirmation requests, export and deletion: numbers from the JSON."""

from __future__ import annotations

from agent.offline.render_account import RENDERERS, render_confirmation

REQUEST = {"confirmation_needed": True, "tool": "delete_my_account",
           "action": "delete your account", "phrase": "yes, delete my account",
           "code": "K7QF2M", "expires_in_minutes": 10}


def test_a_confirmation_request_names_the_action_phrase_and_code() -> None:
    text = render_confirmation(REQUEST)
    assert "delete your account" in text and "yes, delete my account" in text
    assert "K7QF2M" in text
    assert RENDERERS["delete_my_account"](REQUEST) == text


def test_export_and_deletion_replies_carry_the_tools_numbers() -> None:
    export = RENDERERS["export_my_data"]({
        "file": "/data/exports/u/hireready-data-2026-03-03.json", "rows": 42,
        "tables": {"hr_resumes": 2, "hr_activities": 0}, "files": 3, "conversations": 2,
        "messages": 17})
    assert "hireready-data-2026-03-03.json" in export
    assert all(str(n) in export for n in (42, 3, 17))
    deleted = RENDERERS["delete_my_account"]({"account_deleted": True, "rows": 57,
                                              "files": 2, "conversations": 4, "tables": {}})
    assert "57" in deleted and "4 conversation" in deleted
