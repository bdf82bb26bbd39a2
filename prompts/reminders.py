"""Words of reminders and scheduled check-ins (issue 6, point 4). Plain constants, no logic.

Every check-in template quotes at least two of the user's own figures (Property 21).
"""

# --- days ---------------------------------------------------------------------------------
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""Day names, Monday first (``date.weekday()`` order)."""
DAY_PLURALS = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays",
               "Sundays")
EVERY_DAY = "every day"
WEEKDAYS = "every weekday"
WEEKENDS = "on weekends"
ON_DAYS = "on {days}"
AND = " and "
LIST_SEPARATOR = ", "

# --- describing a schedule ----------------------------------------------------------------
SCHEDULE_ON = "Check-ins {days} at {time} ({zone})."
SCHEDULE_OFF = "Check-ins are off."
SCHEDULE_OFF_KEPT = "Check-ins are off (they were {days} at {time}); say \"resume reminders\" "\
    "to turn them back on."
NEXT_CHECKIN = "Next one: {when}."
NEXT_FORMAT = "%A %d %B at %H:%M"
"""``strftime`` pattern of the next check-in, in the user's zone."""

# --- parsing errors -----------------------------------------------------------------------
BAD_TIME = "\"{text}\" is not a time of day I can use."
BAD_TIME_NEXT = ("Give a time like \"7pm\", \"7:30 pm\" or \"19:30\" (hours 0-23, or 1-12 "
                 "with am/pm).")
NOTHING_TO_SET = "I couldn't find a time or days for your reminders in \"{text}\"."
NOTHING_TO_SET_NEXT = ("Say e.g. \"remind me every weekday at 7pm\", \"make it 8pm\", "
                       "\"not on Fridays\" or \"stop the reminders\".")
NO_DAYS_LEFT = "That would leave no day for check-ins."
NO_DAYS_LEFT_NEXT = ("Name the days you want, e.g. \"only on weekends\", or say \"stop the "
                     "reminders\" to turn them off.")
UNKNOWN_DAY = "\"{text}\" is not a day of the week I know."
UNKNOWN_DAY_NEXT = "Use day names such as Monday or Fri, or \"weekdays\" / \"weekends\"."

# --- check-in messages --------------------------------------------------------------------
CHECKIN_TITLE = "Study check-in"
CHECKIN = (
    "Check-in time{name_part}: {week} minutes of study in the last 7 days, {total} in all, "
    "and a {streak}-day streak{skill_part}.{stage_part} What will you study today? Tell me "
    "when you're done, e.g. \"45 minutes of SQL\"."
)
CHECKIN_START = (
    "Check-in time{name_part}: nothing logged yet, so today is day 1 of your streak "
    "(0 minutes so far).{stage_part} Start with 20 minutes and tell me, e.g. \"20 minutes of "
    "Python\"."
)
NAME_PART = ", {name}"
SKILL_PART = " (lately {skill})"
STAGE_PART = " Roadmap: {done} of {total} stages done."
NUDGE_TITLE = "A nudge from your coach"

# --- showing notifications ----------------------------------------------------------------
WHILE_AWAY = "While you were away:"
NOTICE_LINE = "**{title}** ({when}): {message}"
NOTICE_WHEN = "%a %d %b, %H:%M"
"""``strftime`` pattern of a notification's time, in the user's zone."""

# --- hireready worker ---------------------------------------------------------------------
WORKER_STARTED = "Check-in scheduler running. Press Ctrl-C to stop."
WORKER_STOPPED = "Check-in scheduler stopped."

# --- chat replies and confirmations ---------------------------------------------------------
REPLY_CHANGED = "Done. {description}"
REPLY_SHOWN = "{description}"
CHANGE_ACTION = "change when your study check-ins come"
CHANGE_PHRASE = "yes, change my reminders"
STOP_ACTION = "turn your study check-ins off"
STOP_PHRASE = "yes, stop my reminders"
