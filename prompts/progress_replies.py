"""Offline reply templates for study logging and progress. Plain data."""

LOGGED_HEADER = "Logged:"
LOGGED_LINE = "- {what} on {date}"
WHAT_MINUTES = "{minutes} min of {skill}"
WHAT_MINUTES_NO_SKILL = "{minutes} min of {type}"
WHAT_COUNT = "{count} × {type}{skill}"
WHAT_DONE = "finished {skill}"
WHAT_OTHER = "{type}{skill}"
NO_DURATION = " (no time given — say e.g. 'it took 40 minutes' to add it)"
LOGGED_FIGURES = (
    "Today you're at **{today} min**; this week **{week} min**; streak **{streak} day{s}**."
)
UPDATED = "Updated: {what} on {date}."
REMOVED = "Removed: {what} on {date}."
LOG_HEADER = "Your latest entries:"
LOG_EMPTY = "Nothing logged yet. Tell me what you did, e.g. 'I studied Docker for 45 minutes'."
LOG_FOOTER = "Say **no, it was 30 minutes** to fix the last one, or **undo** to remove it."
PROGRESS_HEADER = "**Your progress**"
PROGRESS_LINE = (
    "- Total: **{total} min** · this week: **{week} min** · streak: **{streak} day{s}**"
)
PRODUCTIVITY_LINE = (
    "- Productivity: today **{daily:.0f}/100**, this week **{weekly:.0f}/100** "
    "(target {target} min a day)"
)
ROADMAP_LINE = (
    "- Roadmap: **{progress:.0f}%** ({done} of {total} stages), goals {goals_done} of "
    "{goals_total} done"
)
LAST_DAYS = "- Last 7 days: {days}"
DAY_CELL = "{label} {minutes}"
