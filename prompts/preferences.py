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
MINUTES = "{minutes} min a day"
ROLE_UNKNOWN = (
    "My role catalogue has no skill profile for \"{role}\", so for skill gaps paste a job "
    "description for it (or name a role such as data analyst or backend developer)."
)
HOURS_BEYOND_REACH = (
    "That is more than 8 hours a day, beyond what most people keep up for weeks (the ILO's "
    "8-hour day); plans at this pace may not hold."
)
ZONE_NOTE = "Streaks, daily totals and check-ins now follow {time_zone}."
ROADMAP_NOTE = (
    "Your current roadmap keeps its plan; say 'I can only do 30 minutes a day now' or "
    "'make it intermediate' to rebuild it with the new time or level."
)
CHANGE_HINT = "Change one by saying, e.g., 'my time zone is Europe/London'."
