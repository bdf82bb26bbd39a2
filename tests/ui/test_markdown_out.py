"""echo_markdown: the Markdown itself when piped (scripts keep the text), rendered by Rich on
a terminal (no ``**`` left in front of the user)."""

from __future__ import annotations

import io

from ui.markdown_out import echo_markdown

REPLY = "**Your readiness: 42 / 100**\n\n- Skill acquisition (40%): **50**"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_piped_output_keeps_the_markdown() -> None:
    out = io.StringIO()
    echo_markdown(REPLY, out)
    assert out.getvalue() == REPLY + "\n"


def test_a_terminal_gets_it_rendered() -> None:
    out = Terminal()
    echo_markdown(REPLY, out)
    text = out.getvalue()
    assert "Your readiness: 42 / 100" in text and "Skill acquisition (40%)" in text
    assert "**" not in text
