"""The web app in headless chromium: log in, attach a resume PDF, see its skills, find them stored.

Runs the real app (``hireready run``) on a free port with a temporary data directory. Skipped
when /usr/bin/chromium is missing, except under ``CI=true`` where that is a failure.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from prompts import web as web_words
from ui import web_render

if TYPE_CHECKING:
    from conftest import RunningApp

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
"""Flags for Debian's chromium here (STACK_NOTES.md): no sandbox, no GPU, no network chatter."""

RESUME_SKILLS = ("Python", "SQL", "PostgreSQL", "Docker", "Kubernetes")
"""Skills listed in tests/fixtures/browser/resume.txt that the reply and the database show."""

SCREENSHOT = Path(os.environ.get("HIREREADY_SCREENSHOT", "/tmp/hireready_browser_reply.png"))
UI_TIMEOUT_MS = 30_000
WARM_UP_TIMEOUT_MS = 180_000
"""The starters show once the app has warmed up (vectors, the router's classifier): seconds
on an idle machine, longer on a busy shared one; not a speed check (``make bench`` is)."""
REPLY_TIMEOUT_MS = 240_000  # the first turn loads the embedder and the skill matcher
OVERSIZED_BYTES = 6 * 1024 * 1024


def log_in(page: Page, app: RunningApp) -> None:
    """Sign in through the login form and wait until the chat session is live.

    The greeting comes from ``on_chat_start``, so once it shows, the websocket session
    exists and uploads are accepted (before that Chainlit answers "Session not found").
    """
    page.goto(app.url + "/login")
    page.locator("#email").fill(app.username)
    page.locator("#password").fill(app.password)
    page.locator("button[type=submit]").click()
    expect(page.locator("#chat-input")).to_be_visible(timeout=UI_TIMEOUT_MS)
    first_sentence = web_render.greeting().split(".")[0]
    expect(page.get_by_text(first_sentence)).to_be_visible(timeout=UI_TIMEOUT_MS)


def refuses_oversized_file(page: Page, tmp_path: Path) -> None:
    """A file over 5 MB is refused at once with a visible notice, and nothing is uploaded."""
    big = tmp_path / "huge_resume.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * OVERSIZED_BYTES)
    page.locator("#upload-button-input").set_input_files(str(big))
    expect(page.get_by_text("File is larger than 5 MB")).to_be_visible(timeout=UI_TIMEOUT_MS)
    expect(page.get_by_text(big.name)).to_have_count(0)


WATCH_FOR_TEXT = """(text) => {
    window.__hireready_seen = false;
    const look = () => {
        if (document.body.textContent.includes(text)) { window.__hireready_seen = true; }
    };
    new MutationObserver(look).observe(document.body,
        {childList: true, subtree: true, characterData: true});
}"""
"""Records whether ``text`` ever shows, however briefly (the working notice is removed)."""


def send_resume(page: Page, resume: Path) -> None:
    """Attach the resume, wait until it is uploaded, and send it with a short message."""
    page.locator("#upload-button-input").set_input_files(str(resume))
    expect(page.get_by_text(resume.name).first).to_be_visible(timeout=UI_TIMEOUT_MS)
    page.locator("#chat-input").fill("Here is my resume")
    submit = page.locator("#chat-submit")
    expect(submit).to_be_enabled(timeout=UI_TIMEOUT_MS)  # disabled while the upload runs
    submit.click()


def stored_skills(database: Path, username: str) -> tuple[int, set[str]]:
    """Number of stored resumes and the skill names stored for ``username``."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        (user_id,) = db.execute("SELECT id FROM hr_users WHERE username = ?",
                                (username,)).fetchone()
        (resumes,) = db.execute("SELECT COUNT(*) FROM hr_resumes WHERE user_id = ?",
                                (user_id,)).fetchone()
        rows = db.execute("SELECT name FROM hr_resume_skills WHERE user_id = ?", (user_id,))
        return resumes, {name for (name,) in rows}


def test_resume_upload_in_browser_stores_profile(
    running_app: RunningApp, chromium_path: Path, resume_pdf: Path, tmp_path: Path
) -> None:
    phases: dict[str, float] = {}
    started = time.monotonic()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium_path),
                                             args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            log_in(page, running_app)
            expect(page.get_by_text(web_words.STARTERS[0][0])).to_be_visible(
                timeout=WARM_UP_TIMEOUT_MS)
            refuses_oversized_file(page, tmp_path)
            phases["log_in"] = time.monotonic() - started

            page.evaluate(WATCH_FOR_TEXT, f"Reading {resume_pdf.name}")
            send_resume(page, resume_pdf)
            sent = time.monotonic()
            reply = page.locator('[data-step-type="assistant_message"]').filter(
                has_text="Kubernetes").last
            expect(reply).to_be_visible(timeout=REPLY_TIMEOUT_MS)
            phases["reply"] = time.monotonic() - sent
            for skill in RESUME_SKILLS:
                expect(reply).to_contain_text(skill)
            expect(page.locator("#step-parse_resume")).to_be_visible()
            assert page.evaluate("window.__hireready_seen"), "no working notice was shown"
            expect(page.get_by_text(web_render.WORKING_ON_RESUME)).to_have_count(0)
            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            reply.scroll_into_view_if_needed()
            page.screenshot(path=str(SCREENSHOT))
        finally:
            browser.close()

    resumes, skills = stored_skills(running_app.database_file, running_app.username)
    assert resumes == 1
    assert {s.lower() for s in RESUME_SKILLS} <= {s.lower() for s in skills}, skills
    timings = {k: round(v, 1) for k, v in {**running_app.timings_s, **phases}.items()}
    print(f"\nseconds: {timings}, browser session {time.monotonic() - started:.1f}; "
          f"screenshot: {SCREENSHOT}")
