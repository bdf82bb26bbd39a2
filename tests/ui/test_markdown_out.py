"""echo_markdown: rendered by Rich on a terminal and as plain text when piped — no ``**`` and
no escape codes in front of the user or in a file."""

from __future__ import annotations

import io

from ui.markdown_out import echo_markdown

REPLY = "**Your readiness: 42 / 100**\n\n- Skill acquisition (40%): **50**"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_piped_output_is_plain_text() -> None:
    out = io.StringIO()
    echo_markdown(REPLY, out)
    text = out.getvalue()
    assert text == "Your readiness: 42 / 100\n\n- Skill acquisition (40%): 50\n"


def test_plain_text_keeps_links_and_code_readable() -> None:
    from ui.markdown_out import plain_text

    assert plain_text("See [Docker Docs](https://docs.docker.com/) and `make run`.") == (
        "See Docker Docs (https://docs.docker.com/) and make run.")


def test_a_terminal_gets_it_rendered() -> None:
    out = Terminal()
    echo_markdown(REPLY, out)
    text = out.getvalue()
    assert "Your readiness: 42 / 100" in text and "Skill acquisition (40%)" in text
    assert "**" not in text
