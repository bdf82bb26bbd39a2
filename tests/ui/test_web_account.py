"""Web additions for account replies: the export download and the confirmation button."""

from __future__ import annotations

import json
from pathlib import Path

from tools.confirmation import is_confirmation
from ui.web_account import confirmation_button, export_file

REQUEST = json.dumps({"confirmation_needed": True, "phrase": "yes, delete my account",
                      "code": "K7QF2M", "action": "delete your account"})


def test_the_button_sends_a_message_that_confirms() -> None:
    button = confirmation_button(REQUEST)
    assert button is not None
    label, text = button
    assert "yes, delete my account" in label
    assert is_confirmation(text, "K7QF2M")
    assert confirmation_button('{"file": "x"}') is None
    assert confirmation_button("not json") is None


def test_the_export_file_is_offered_only_when_it_exists(tmp_path: Path) -> None:
    path = tmp_path / "hireready-data-2026-03-03.json"
    output = json.dumps({"file": str(path)})
    assert export_file("export_my_data", output) is None
    path.write_text("{}")
    assert export_file("export_my_data", output) == path
    assert export_file("show_profile", output) is None
    assert export_file("export_my_data", REQUEST) is None
