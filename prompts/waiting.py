"""Words shown while long work runs (Property 29: say it is working and about how long)."""

PREPARING_INDEX = "Preparing the skill index — about {seconds} s…"
"""Shown at the start of a chat while the process loads its models and skill vectors."""

READING_PAGES = "Reading {name} ({pages} pages) — about {seconds} s…"
"""Shown while a turn with an attached PDF of several pages runs."""

READING_FILE = "Reading {name} — about {seconds} s…"
"""Shown while a turn with another attached file runs."""
