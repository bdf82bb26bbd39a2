"""A whole user journey in headless chromium, against the real app (issue 8, point 10).

Sign up from the login page, log in, attach a resume PDF, paste a job description, ask for
the gaps, build a roadmap, log study time, check progress, do a mock interview with three
answers (a good one, "I don't know", a short one), end it and ask how ready one is. Every
reply comes from the offline model; each step checks the words and numbers it must show,
that no traceback or error notice appeared, and saves a screenshot.

Screenshots go to ``$HIREREADY_ARTIFACTS_DIR/journey/`` when that variable is set, else
``test-artifacts/journey/`` at the repository root (git-ignored), one PNG per step named
``NN-step.png``. The app runs on a copy of the session's prepared data directory, so it
serves within seconds. Skipped when /usr/bin/chromium is missing, except under ``CI=true``
where that is a failure (the ``chromium_path`` fixture).
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Locator, Page, expect, sync_playwright

from prompts import account_pages as account_words
from ui import web_render

if TYPE_CHECKING:
    from collections.abc import Callable

    from conftest import RunningApp

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = REPO_ROOT / "tests" / "fixtures" / "browser"
RESUME_TEXT = FIXTURES / "journey_resume.txt"
JOB_TEXT = FIXTURES / "journey_job.txt"
JOB_TITLE = "Backend Engineer (Python)"  # the heading names Harbor Freight Systems beside it

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
"""Flags for Debian's chromium here (STACK_NOTES.md): no sandbox, no GPU, no network chatter."""

UI_TIMEOUT_MS = 30_000
REPLY_TIMEOUT_MS = 120_000  # the first turn loads the embedder and the skill matcher
JOURNEY_BUDGET_S = 180.0
"""The whole browser session (sign-up to readiness) must stay under three minutes."""

ASSISTANT = '[data-step-type="assistant_message"]'
ERROR_TOAST = "[data-sonner-toast][data-type=error]"

GOOD_ANSWERS = {
    "virtual machine": (
        "A container is an isolated process that shares the host's kernel, while a virtual "
        "machine runs its own full guest operating system and kernel on a hypervisor. "
        "Containers use kernel namespaces for isolation and cgroups to limit CPU and memory, "
        "so they start in a second and use far less memory and disk than a VM. Virtual "
        "machines give stronger isolation, because the hypervisor separates them at the "
        "hardware level, so I would pick a VM when tenants must not trust each other."),
    "volume and": (
        "Anything written to the container's writable layer is lost when the container is "
        "removed. A named volume is managed by Docker, lives in Docker's storage area and "
        "survives container removal, so I use volumes for production data such as a "
        "PostgreSQL database because they are portable and easy to back up. A bind mount "
        "maps a host directory or file into the container, which is handy in development "
        "for live code. A tmpfs mount keeps data in memory only and disappears when the "
        "container stops."),
    "build cache": (
        "Every Dockerfile instruction produces a layer that is cached and reused when its "
        "inputs have not changed, but once one layer changes every instruction after it is "
        "rebuilt. So I copy the dependency manifest such as requirements.txt and install "
        "dependencies first, and copy the frequently changing source code last. Rarely "
        "changing instructions go near the top. A .dockerignore file keeps unneeded files "
        "out of the build context so they cannot break the cache."),
    "docker compose": (
        "Docker Compose defines and runs a multi-container application, for example a "
        "Django app, PostgreSQL and Redis, from a single YAML file. Compose puts the "
        "services on a shared network where they reach each other by service name through "
        "built-in DNS, so the app connects to the host name db, not localhost. depends_on "
        "controls the start order but does not wait until the database is ready unless "
        "you add a health check condition. The file also declares volumes, environment "
        "variables and port mappings for each service."),
    "more secure": (
        "Run the application as a non-root user inside the container and drop the Linux "
        "capabilities it does not need; never run it privileged. Use small trusted base "
        "images, pin their versions, scan images for known vulnerabilities and rebuild "
        "regularly to pick up security patches. Never bake secrets into images: provide "
        "them at run time from a secrets manager or mounted files. Use a read-only root "
        "filesystem and set memory and CPU limits."),
}
"""A strong answer to each Docker question of the bank, keyed by words of its text.

Docker is the job's only must-have gap, so the interview's first question is about Docker;
which of these it is depends on the interview id."""

SHORT_ANSWER = "Docker is good."


def artifacts_dir() -> Path:
    """Where the step screenshots go (see the module docstring); emptied of old ones."""
    base = os.environ.get("HIREREADY_ARTIFACTS_DIR")
    folder = (Path(base) if base else REPO_ROOT / "test-artifacts") / "journey"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("[0-9][0-9]-*.png"):
        old.unlink()
    return folder


@dataclass
class Journey:
    """The browser page plus what the test records along the way."""

    page: Page
    shots: Path
    started: float = field(default_factory=time.monotonic)
    timings_s: dict[str, float] = field(default_factory=dict)

    def snap(self, name: str, focus: Locator | None = None) -> None:
        """Check the page shows no traceback or error notice, then save ``NN-name.png``."""
        if focus is not None:  # centred: the message box covers the bottom of the page
            focus.evaluate("element => element.scrollIntoView({block: 'center'})")
        body = self.page.locator("body")
        expect(body).not_to_contain_text("Traceback")
        expect(self.page.locator(ERROR_TOAST)).to_have_count(0)
        number = len(list(self.shots.glob("[0-9][0-9]-*.png"))) + 1
        self.page.screenshot(path=str(self.shots / f"{number:02d}-{name}.png"))

    def send(self, name: str, text: str, reply_has: str | re.Pattern[str]) -> Locator:
        """Type ``text``, send it, and return the first new reply containing ``reply_has``.

        Also checks that the reply holds no error text, records the turn's seconds under
        ``name`` and saves a screenshot.
        """
        replies = self.page.locator(ASSISTANT).filter(has_text=reply_has)
        before = replies.count()
        self.page.locator("#chat-input").fill(text)
        submit = self.page.locator("#chat-submit")
        expect(submit).to_be_enabled(timeout=UI_TIMEOUT_MS)  # disabled while an upload runs
        sent = time.monotonic()
        submit.click()
        reply = replies.nth(before)
        expect(reply).to_be_visible(timeout=REPLY_TIMEOUT_MS)
        self.timings_s[name] = round(time.monotonic() - sent, 1)
        expect(reply).not_to_contain_text("Something went wrong")
        expect(self.page.locator("#chat-submit")).to_be_visible(timeout=UI_TIMEOUT_MS)
        self.snap(name, reply)
        return reply


def sign_up(journey: Journey, app: RunningApp) -> None:
    """From the login page's link, create the account on the sign-up form."""
    page = journey.page
    page.goto(app.url + "/login")
    link = page.get_by_role("link", name=account_words.LINK_SIGNUP)
    expect(link).to_be_visible(timeout=UI_TIMEOUT_MS)
    link.click()
    expect(page.get_by_role("heading", name=account_words.SIGNUP_TITLE)).to_be_visible(
        timeout=UI_TIMEOUT_MS)
    page.locator("#username").fill(app.username)
    page.locator("#password").fill(app.password)
    page.locator("#confirm").fill(app.password)
    journey.snap("signup-form")
    page.get_by_role("button", name=account_words.SIGNUP_BUTTON).click()
    expect(page.get_by_role("heading", name=account_words.SIGNUP_DONE_TITLE)).to_be_visible(
        timeout=UI_TIMEOUT_MS)
    expect(page.locator("body")).to_contain_text(app.username)
    journey.snap("signup-done")
    page.get_by_role("link", name=account_words.LINK_LOGIN).click()


def log_in(journey: Journey, app: RunningApp) -> None:
    """Sign in with the new account and wait for the greeting (the session is then live)."""
    page = journey.page
    expect(page.locator("#email")).to_be_visible(timeout=UI_TIMEOUT_MS)
    page.locator("#email").fill(app.username)
    page.locator("#password").fill(app.password)
    page.locator("button[type=submit]").click()
    expect(page.locator("#chat-input")).to_be_visible(timeout=UI_TIMEOUT_MS)
    first_sentence = web_render.greeting().split(".")[0]
    expect(page.get_by_text(first_sentence)).to_be_visible(timeout=UI_TIMEOUT_MS)
    journey.snap("logged-in")


def attach_resume(journey: Journey, resume: Path) -> Locator:
    """Attach the resume PDF, wait for the upload, send it and return the profile reply."""
    page = journey.page
    page.locator("#upload-button-input").set_input_files(str(resume))
    expect(page.get_by_text(resume.name).first).to_be_visible(timeout=UI_TIMEOUT_MS)
    reply = journey.send("resume", "Here is my resume", "Riley Morgan")
    for skill in ("Python", "Django", "PostgreSQL", "Git", "Linux"):
        expect(reply).to_contain_text(skill)
    expect(reply).not_to_contain_text("Docker")
    expect(page.locator("#step-parse_resume")).to_be_visible()
    return reply


def check_gaps(journey: Journey) -> None:
    """The job description is read, then the gaps table shows Docker as a must-have."""
    job = journey.send("job-description", JOB_TEXT.read_text(encoding="utf-8"),
                       "I read the job description")
    for skill in ("Docker", "Django", "Redis", "Kubernetes"):
        expect(job).to_contain_text(skill)
    gaps = journey.send("gaps", "what am I missing for this job?", "Missing skill")
    expect(gaps).to_contain_text(f"Match with {JOB_TITLE}")
    table = gaps.locator("table")
    expect(table).to_be_visible()
    expect(table.locator("tbody tr td:nth-child(2)")).to_have_text(
        ["Docker", "Kubernetes", "Redis"])  # the missing skills only
    expect(table.locator("tr").filter(has_text="Docker")).to_contain_text("critical")
    expect(table.locator("tr").filter(has_text="Redis")).to_contain_text("nice-to-have")


def check_roadmap(journey: Journey) -> None:
    """An 8-week, hour-a-day roadmap: its stage table, plan line and timeline chart."""
    roadmap = journey.send("roadmap", "build me a roadmap from my gaps, 8 weeks, 1 hour a day",
                           f"Roadmap to {JOB_TITLE}")
    expect(roadmap).to_contain_text("1 h a day")
    expect(roadmap).to_contain_text("deadline 8 weeks")
    table = roadmap.locator("table")
    expect(table).to_be_visible()
    expect(table).to_contain_text("Docker")
    expect(table).to_contain_text("not started")
    expect(roadmap).to_contain_text("Study Docker for 60 minutes a day")
    expect(roadmap.locator(".js-plotly-plot")).to_be_visible(timeout=UI_TIMEOUT_MS)
    journey.snap("roadmap-timeline", roadmap.locator(".js-plotly-plot"))


def check_progress(journey: Journey) -> None:
    """45 minutes of Docker are logged, and the progress reply counts them."""
    logged = journey.send("log-study", "I studied Docker for 45 minutes", "Logged")
    expect(logged).to_contain_text("45 min of Docker")
    expect(logged).to_contain_text("streak")
    progress = journey.send("progress", "how am I doing?", "Your progress")
    expect(progress).to_contain_text("Total: 45 min")
    expect(progress).to_contain_text("streak: 1 day")
    expect(progress).to_contain_text("Roadmap: 0%")
    chart = progress.locator(".js-plotly-plot")
    expect(chart).to_be_visible(timeout=UI_TIMEOUT_MS)
    expect(chart).to_contain_text("Stages done: 0 of 1")
    journey.snap("progress-chart", chart)


def good_answer(question: str) -> str:
    """The strong answer for the Docker question shown in ``question``."""
    text = question.lower()
    for words, answer in GOOD_ANSWERS.items():
        if words in text:
            return answer
    raise AssertionError(f"the first question is not a known Docker one: {question!r}")


def score_in(reply: Locator) -> int:
    """The ``Score: N/100`` a reply to an interview answer gives."""
    found = re.search(r"Score: (\d+)/100", reply.inner_text())
    assert found, f"no score in the reply: {reply.inner_text()[:300]!r}"
    return int(found.group(1))


def mock_interview(journey: Journey) -> tuple[int, int]:
    """Start an interview, give a good, an "I don't know" and a short answer, then end it.

    Returns:
        The good and the short answer's scores (0–100).
    """
    started = journey.send("interview-start", "start a mock interview", "Question 1 of")
    expect(started).to_contain_text(JOB_TITLE)
    expect(started).to_contain_text("technical · Docker")
    good_reply = journey.send("answer-good", good_answer(started.inner_text()), "Score:")
    good = score_in(good_reply)
    dont_know = journey.send("answer-dont-know", "I don't know", re.compile("score", re.I))
    expect(dont_know).to_contain_text("Question")
    short_reply = journey.send("answer-short", SHORT_ANSWER, "Score:")
    short = score_in(short_reply)
    summary = journey.send("interview-end", "end", "Mock interview summary")
    expect(summary.locator("table")).to_be_visible()
    expect(summary.locator("table")).to_contain_text("technical · Docker")
    expect(summary).to_contain_text("Overall:")
    return good, short


def check_readiness(journey: Journey) -> int:
    """The readiness reply with its three parts and the Plotly gauge; returns the score."""
    ready = journey.send("readiness", "how ready am I?", "Your readiness")
    for part in ("Skill acquisition", "Practice completion", "Interview performance"):
        expect(ready).to_contain_text(part)
    expect(ready).to_contain_text(re.compile(r"\d+ of \d+ required skills"))
    gauge = ready.locator(".js-plotly-plot")
    expect(gauge).to_be_visible(timeout=UI_TIMEOUT_MS)
    expect(gauge).to_contain_text("Readiness")
    journey.snap("readiness-gauge", gauge)
    found = re.search(r"Your readiness: (\d+) / 100", ready.inner_text())
    assert found, ready.inner_text()[:300]
    return int(found.group(1))


def stored_counts(database: Path, username: str) -> dict[str, int]:
    """Rows the journey left for ``username``: resumes, roadmaps, activities, interviews."""
    tables = ("hr_resumes", "hr_roadmaps", "hr_activities", "hr_interviews")
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        (user_id,) = db.execute("SELECT id FROM hr_users WHERE username = ?",
                                (username,)).fetchone()
        return {table: db.execute(f"SELECT COUNT(*) FROM {table} WHERE user_id = ?",  # noqa: S608
                                  (user_id,)).fetchone()[0] for table in tables}


def test_journey_from_sign_up_to_readiness(
    prepared_app: RunningApp, chromium_path: Path,
    make_text_pdf: Callable[[Path, str], Path],
) -> None:
    resume = make_text_pdf(RESUME_TEXT, "riley_morgan_resume.pdf")
    shots = artifacts_dir()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium_path),
                                             args=CHROMIUM_ARGS)
        try:
            journey = Journey(browser.new_page(viewport={"width": 1280, "height": 1000}),
                              shots)
            sign_up(journey, prepared_app)
            log_in(journey, prepared_app)
            journey.timings_s["sign_up_and_log_in"] = round(
                time.monotonic() - journey.started, 1)
            attach_resume(journey, resume)
            check_gaps(journey)
            check_roadmap(journey)
            check_progress(journey)
            good, short = mock_interview(journey)
            readiness = check_readiness(journey)
            total = time.monotonic() - journey.started
        finally:
            browser.close()

    assert good >= 60, f"the strong answer scored only {good}/100"
    assert short < good, (short, good)
    assert 0 < readiness < 75, readiness
    counts = stored_counts(prepared_app.database_file, prepared_app.username)
    assert counts == {"hr_resumes": 1, "hr_roadmaps": 1, "hr_activities": 1,
                      "hr_interviews": 1}, counts
    assert total < JOURNEY_BUDGET_S, f"the journey took {total:.0f} s"
    print(f"\nseconds: app {prepared_app.timings_s}, turns {journey.timings_s}, "
          f"browser session {total:.1f}; scores good {good} short {short}, readiness "
          f"{readiness}; screenshots: {shots}")
