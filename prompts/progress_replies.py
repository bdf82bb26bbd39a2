"""Offline reply templates for study logging and progress. Plain data."""

LOGGED_HEADER = "Logged:"
LOGGED_LINE = "- {what} on {date}"
WHAT_MINUTES = "{minutes} min of {skill}"
WHAT_MINUTES_NO_SKILL = "{minutes} min of {type}"
WHAT_COUNT = "{count} × {type}{skill}"
WHAT_DONE = "finished {skill}"
WHAT_OTHER = "{type}{skill}"
NO_DURATION = " (no time given — say e.g. 'it took 40 minutes' to add it)"
LOGGED_DAY_TOTAL = "That makes **{minutes} min** in total on {date}."
LOGGED_FIGURES = (
    "Today you're at **{today} min**; last 7 days **{week} min**; streak **{streak} day{s}**."
)
UPDATED = "Updated: {what} on {date}."
REMOVED = "Removed: {what} on {date}."
LOG_HEADER = "Your latest entries:"
LOG_EMPTY = "Nothing logged yet. Tell me what you did, e.g. 'I studied Docker for 45 minutes'."
LOG_FOOTER = (
    "Change any entry by its number: **change entry 2 to 40 minutes**, **entry 2 was "
    "yesterday**, **entry 2 was SQL**, or **delete entry 2**."
)
LOG_MORE = "Showing the newest {shown} of {total} entries."
LOG_LINE = "{number}. {what} on {date}"
EDITED = "Entry {entry} is now: {what} on {date} (was {before} on {before_date})."
DELETED = "Deleted entry {entry}: {what} on {date}."
LOG_NOW = "Your log now:"
LOG_NOW_EMPTY = "Your log is empty now."
PROGRESS_HEADER = "**Your progress**"
PROGRESS_LINE = (
    "- Total: **{total} min** · last 7 days: **{week} min** · streak: **{streak} day{s}**"
)
PRODUCTIVITY_LINE = (
    "- Productivity: today **{daily:.0f}/100**, last 7 days **{weekly:.0f}/100** "
    "(target {target} min a day; the 7-day score is time × days studied)"
)
ROADMAP_LINE = (
    "- Roadmap: **{progress:.0f}%** ({done} of {total} stages), goals {goals_done} of "
    "{goals_total} done"
)
LAST_DAYS = "- Last 7 days: {days}"
DAY_CELL = "{label} {minutes}"
ROADMAP_LINE_EMPTY = (
    "- Roadmap: none yet — say e.g. **I want to become a data engineer in 12 weeks** to plan "
    "stages"
)
ACHIEVEMENTS_HEADER = "**Your achievements**"
ACHIEVEMENTS_EMPTY = (
    "No achievements yet. Log your first study session, e.g. 'I studied SQL for 30 minutes', "
    "and you'll have one."
)
ACHIEVEMENT_ITEM = "- **{title}**{roadmap} — {date}"
ACHIEVEMENT_ROADMAP = " ({roadmap})"
ACHIEVEMENT_NO_DATE = "date unknown"
ACHIEVEMENT_SHARE = "  > {text}"
ACHIEVEMENTS_NEXT_STREAK = (
    "Next: a {days}-day streak — {to_go} more day{s} with at least {minutes} minutes "
    "(you're at {streak})."
)
ACHIEVEMENTS_SHARE_HINT = "Copy any quoted line to share it."

# --- the progress chart (web) -------------------------------------------------------------
CHART_TITLE = "Last 4 weeks · streak {streak} day{s} · roadmap {progress}"
CHART_PROGRESS_NONE = "no roadmap yet"
CHART_PROGRESS = "{percent:.0f}% ({done} of {total} stages)"
CHART_MINUTES = "Minutes"
CHART_THRESHOLD = "{minutes} min counts for the streak"
CHART_STAGE_COUNT = "Stages done: {done} of {total}"
CHART_HOVER = "%{x|%a %d %b}: %{y} min<extra></extra>"

# --- `hireready progress` -----------------------------------------------------------------
CLI_HELP = "A user's study progress: minutes per day, streak, productivity, roadmap progress."
CLI_USER_HELP = "User name (as in 'hireready user add')."
CLI_JSON_HELP = "Print the report as JSON."
CLI_ERROR = "Error: {message}\nNext step: {guidance}"
CLI_NO_USER = "There is no user called '{name}'."
CLI_NO_USER_NEXT = (
    "Check the name, or create the account with 'hireready user add {name}' (or chat once "
    "with 'hireready chat --user {name}')."
)
CLI_HEADER = "Progress of {name} · {zone} · today {today}"
CLI_TOTALS = "Total {total} min · last 7 days {week} min · streak {streak} day{s}"
CLI_PRODUCTIVITY = (
    "Productivity: today {daily:.0f}/100, last 7 days {weekly:.0f}/100 (target {target} min a "
    "day; the 7-day score is time × days studied)"
)
CLI_ROADMAP = (
    "Roadmap: {progress:.0f}% ({done} of {total} stages), goals {goals_done} of {goals_total}"
)
CLI_NO_ROADMAP = "Roadmap: none yet"
CLI_WEEKS_TITLE = "Minutes per day, last 4 weeks (streak days in bold)"
CLI_WEEK_COLUMN = "Week of"
CLI_TOTAL_COLUMN = "Total"
