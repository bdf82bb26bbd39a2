"""Words of onboarding (the first questions to a new user) and of the web chat settings.

Plain constants. ``{value}`` placeholders are filled by :mod:`agent.onboarding` and
:mod:`ui.web_settings`.
"""

INTRO = ("So I can tailor gaps, roadmaps and check-ins to you, a few quick questions "
         "(say \"skip\" to skip one, or \"later\" to stop).")
"""Said once, before the first onboarding question."""

QUESTIONS = {
    "target_role": "What role are you aiming for? For example: data analyst.",
    "experience_level": "What is your level: beginner, intermediate or advanced?",
    "learning_pace": "Do you like to plan your learning daily or weekly?",
    "hours_per_day": "About how many hours a day can you study? For example: 1.5 hours.",
    "timezone": "Which time zone are you in? A city works, e.g. \"London\" or "
                "\"Europe/Berlin\".",
}
"""One short question per preference, in the order they are asked."""

SAVED = {
    "target_role": "Target role: {value}.",
    "experience_level": "Level: {value}.",
    "learning_pace": "Pace: {value}.",
    "hours_per_day": "Study time: {value} hours a day.",
    "timezone": "Time zone: {value}.",
}
"""Confirmation of one stored answer."""

SKIPPED = "Skipped."
NEXT = "{saved} {question}"
ALL_DONE = ("Thanks, that's all I need. Change any of it later by telling me (\"my time zone "
            "is Europe/London\") or in the chat settings (the gear icon in the browser).")
STOPPED = ("No problem, I won't ask now. You can set your role, level, pace, hours and time "
           "zone any time by telling me (\"set my level to intermediate\") or in the chat "
           "settings.")

BAD_ZONE = "I don't know the time zone \"{text}\"."
BAD_ZONE_NEXT = ("Name a big city near you (\"Berlin\", \"New York\") or an IANA name such as "
                 "\"Europe/Berlin\".")
AMBIGUOUS_ZONE = "\"{text}\" has more than one time zone."
AMBIGUOUS_ZONE_NEXT = "Name your city instead, e.g. {examples}."
BAD_HOURS = "{text} is not a number of study hours a day I can use."
BAD_HOURS_NEXT = "Give hours above 0 and at most 24, such as \"1.5 hours\"."
OR_SKIP = " Or say \"skip\" to leave it for now."
"""Added to an error's next step while onboarding asks the question."""
BAD_LEVEL = "\"{text}\" is not a level I know."
BAD_LEVEL_NEXT = "Choose beginner, intermediate or advanced."
BAD_PACE = "\"{text}\" is not a pace I know."
BAD_PACE_NEXT = "Choose daily or weekly."
BAD_ROLE = "A target role needs a name of 1 to {limit} characters."
BAD_ROLE_NEXT = "Type the role, e.g. \"data analyst\", or leave the field empty."
ERROR = "{message} Next step: {guidance}"
"""An answer that cannot be used: what is wrong and what to do (Property 31)."""

LEVELS = ("beginner", "intermediate", "advanced")
"""Levels the user chooses from (stored as written here)."""
PACES = ("daily", "weekly")
"""Planning paces the user chooses from."""

# -- web chat settings -----------------------------------------------------------------
SETTING_ROLE = "Target role"
SETTING_ROLE_HINT = "e.g. data analyst"
SETTING_LEVEL = "Level"
SETTING_PACE = "Pace"
SETTING_HOURS = "Study hours per day"
SETTING_ZONE = "Time zone"
SETTING_ZONE_HINT = "a city or IANA name, e.g. Europe/Berlin"
SETTING_REMINDERS = "Check-in reminders"
SETTING_TIME = "Reminder time"
SETTING_TIME_HINT = "e.g. 19:00 or 7pm"
SETTING_DAYS = "Reminder days"
NOT_SET = "(not set)"
"""Select value meaning "no answer yet"."""
DAY_LABELS = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
              "fri": "Friday", "sat": "Saturday", "sun": "Sunday"}

SETTINGS_SAVED = "Settings saved: {summary}."
SETTINGS_UNCHANGED = "Your settings are unchanged."
SETTINGS_PART = "{label} {value}"
REMINDERS_ON = "check-ins {description}"
REMINDERS_OFF = "check-ins off"
SETTINGS_NOT_SAVED = "Not saved: {problems}"
NO_DAYS = "Reminders need at least one day."
NO_DAYS_NEXT = "Pick one or more days, or switch check-in reminders off."
