"""Words of progress logging, metrics and motivation (issue 6). Plain constants, no logic.

Every motivational template quotes at least two of the user's own figures (Property 21).
"""

# --- parsing activities -------------------------------------------------------------------
NOTHING_TO_LOG = "I couldn't find a study activity to log in \"{text}\"."
NOTHING_TO_LOG_NEXT = (
    "Say what you did and for how long, e.g. \"I studied Docker for 45 minutes\", "
    "\"1.5h of SQL yesterday\" or \"did 2 LeetCode problems\"."
)
EMPTY_MESSAGE = "There is nothing to log in an empty message."
TOO_LONG = "{minutes} minutes is more than one day holds."
TOO_LONG_NEXT = "Log each day's study separately, e.g. \"3 hours of Python yesterday\"."
IN_FUTURE = "{day} is in the future, so I can't log it yet."
IN_FUTURE_NEXT = "Log it once you've done it, or name a past day such as \"yesterday\"."
BAD_DAY = "I couldn't read a day in \"{text}\"."
BAD_DAY_NEXT = (
    "Name the day like \"yesterday\", \"last Monday\", \"3 days ago\" or \"2026-03-01\"."
)
BAD_ZONE = "\"{zone}\" is not a time zone I know."
BAD_ZONE_NEXT = "Set an IANA time zone name such as \"Europe/Berlin\" or \"America/New_York\"."
NAIVE_TIME = "The time given has no time zone, so the local day would be a guess."
NAIVE_TIME_NEXT = "Pass an aware datetime (with a time zone), e.g. in UTC."

# --- metrics ------------------------------------------------------------------------------
BAD_TARGET = "A daily study target of {minutes} minutes cannot be used."
BAD_TARGET_NEXT = "Set a daily target above 0, e.g. 1 hour a day."
BAD_STAGES = "{completed} completed stages out of {total} is not possible."
BAD_STAGES_NEXT = "Check the roadmap: completed stages must be between 0 and the total."
BAD_MINUTES = "Study time cannot be negative ({minutes} minutes)."
BAD_MINUTES_NEXT = "Log the minutes you studied, 0 or more."

# --- motivation ---------------------------------------------------------------------------
NUDGE = (
    "You've averaged {recent} minutes a day over the last {window} days, against your usual "
    "{usual}. Your {total} minutes so far{skill_part} are worth building on: how about "
    "{suggest} minutes today?"
)
NUDGE_SKILL = " (lately {skill})"
CONGRATS_FIRST = (
    "Your first activity is logged: {total} minutes{skill_part}. Days in your streak so "
    "far: {streak}; every day with {threshold} minutes or more adds one."
)
CONGRATS_STREAK = (
    "{streak} days in a row with at least {threshold} minutes each! That's {total} minutes "
    "of study in total{skill_part}."
)
CONGRATS_STAGE = (
    "Stage {stage} of {stages} done ({percent}% of your roadmap), with {total} minutes of "
    "study behind it and a {streak}-day streak."
)
CONGRATS_ROADMAP = (
    "Roadmap complete: all {stages} stages done after {total} minutes of study, with a "
    "{streak}-day streak."
)
SHARE_FIRST = (
    "I've started preparing for my next role with HireReady: {total} minutes of "
    "study{skill_part} logged so far."
)
SHARE_STREAK = (
    "I've studied {streak} days in a row ({total} minutes in total) on my way to a new role."
)
SHARE_STAGE = (
    "I just finished stage {stage} of {stages} of my learning roadmap: {percent}% done, "
    "{total} minutes of study."
)
SHARE_ROADMAP = (
    "I completed all {stages} stages of my learning roadmap: {total} minutes of study!"
)
SKILL_PART = " of {skill}"
ACHIEVEMENT_LINE = "{title}: {text}"
ACHIEVEMENT_TITLES = {
    "first_activity": "First activity",
    "streak": "{days}-day streak",
    "stage_done": "Stage {stage} done",
    "roadmap_done": "Roadmap done",
}
"""Titles of milestone kinds, as shown in "show my achievements"."""

# --- the activity log ---------------------------------------------------------------------
UNKNOWN_ACTIVITY = "I couldn't find that entry in your study log."
UNKNOWN_ACTIVITY_NEXT = "Say \"show my log\" to see your recent entries, then pick one."
UNKNOWN_FIELDS = "An activity has no field called {fields}."
UNKNOWN_FIELDS_NEXT = "Change any of: {allowed}."
NO_SUCH_ENTRY = "There is no entry {entry}: your study log has {count} entr{s}."
NO_SUCH_ENTRY_NEXT = "Say 'show my log' to see the numbered entries, then name one of them."
NOTHING_TO_CHANGE = "You didn't say what to change in entry {entry}."
NOTHING_TO_CHANGE_NEXT = (
    "Say e.g. 'change entry {entry} to 40 minutes', 'entry {entry} was yesterday' or "
    "'entry {entry} was SQL'."
)

DELETE_ENTRY_ACTION = "delete that entry of your study log; its minutes leave your streak"
DELETE_ENTRY_PHRASE = "yes, delete the entry"
