"""Words of the preference tools and their offline replies."""

NOTHING_TO_CHANGE = "I couldn't tell which preference to change."
NOTHING_TO_CHANGE_NEXT = (
    "Say for example 'my time zone is Europe/London', 'change my target role to data "
    "engineer', 'set my level to intermediate' or 'I can study 2 hours a day'."
)

SAVED = "Saved — {changes}."
SHOWN = "Your preferences:"
FIELD_NAMES = {"target_role": "target role", "experience_level": "level",
               "learning_pace": "pace", "hours_per_day": "study time",
               "timezone": "time zone"}
CHANGE = "{name} {value}"
LINES = (
    "- Target role: {target_role}\n"
    "- Level: {level}\n"
    "- Pace: {pace}\n"
    "- Study time: {hours}\n"
    "- Time zone: {time_zone} (it's {local_time} there now)"
)
NOT_SET = "not set"
HOURS = "{hours:g} h a day"
ZONE_NOTE = "Streaks, daily totals and check-ins now follow {time_zone}."
ROADMAP_NOTE = (
    "Your current roadmap keeps its plan; say 'I can only do 30 minutes a day now' or "
    "'make it intermediate' to rebuild it with the new time or level."
)
CHANGE_HINT = "Change one by saying, e.g., 'my time zone is Europe/London'."
