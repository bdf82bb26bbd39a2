"""Words only the web face shows: working notices, starters, the cut marker. Plain data."""

WORKING_ON_RESUME = "Reading your resume — this takes a few seconds…"
"""Shown while a turn with an attached file runs (Property 29; parsing takes 1–5 s)."""

WORKING = "Thinking — this usually takes a second or two…"
"""Shown while a text-only turn runs (Property 29)."""

CUT_MARKER = "\n… (cut: {hidden} more characters)"

STARTERS: tuple[tuple[str, str], ...] = (
    ("Attach my resume", "How do I upload my resume?"),
    ("What am I missing?", "What am I missing for a data analyst role?"),
    ("Build a roadmap", "Build me a roadmap to become a data analyst in 12 weeks"),
    ("Log study time", "I studied SQL for 45 minutes today"),
    ("Mock interview", "Start a mock interview"),
    ("How ready am I?", "How ready am I?"),
)
"""Welcome-screen suggestions as (button label, message sent)."""

LOGIN_LABEL = "User name"
LOGIN_PLACEHOLDER = "e.g. alice"
LOGIN_REQUIRED = "Please enter your user name"

TIMELINE_TITLE = "Timeline — {title}"
TIMELINE_HOVER = "{days} days"
STAGE_STATUS = {"completed": "done", "in_progress": "in progress", "not_started": "not started"}
ACTION_STAGE_DONE = "Mark stage {number} done"
ACTION_STAGE_DONE_MESSAGE = "I finished stage {number}"
ACTION_RESOURCES = "Resources for stage {number}"
ACTION_RESOURCES_MESSAGE = "resources for stage {number}"
WATERMARK = "Scores, gaps and plans come from HireReady's own tools; check anything important."
