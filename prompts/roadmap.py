"""Words of learning roadmaps: stage titles, goals, deadline trade-offs, adaptation notes,
goal resolution, explanations and exports. Plain constants, no logic."""

# --- stages and goals -------------------------------------------------------------------
ROADMAP_TITLE_ROLE = "Roadmap to {role}"
ROADMAP_TITLE_SKILLS = "Learning {skills}"
ROADMAP_TITLE_MORE = "{skills} and more"
STAGE_TITLE = "Stage {number}: {skills}"
STAGE_DESCRIPTION = (
    "Learn {skills}: about {hours} hours of focused study, {days} days at your pace."
)
STAGE_AREAS = " Area: {categories}."
STAGE_BUILDS_ON = " Builds on {skills}."
LIST_AND = " and "
LIST_OR = " or "
LIST_COMMA = ", "

STUDY_DAILY = "Study {skill} for {minutes} minutes a day"
STUDY_WEEKLY = "Study {skill} for {hours} hours this week"
STUDY_START_WITH = ": start with {resource}"
PRACTICE_WEEKLY = "Each week, build one small exercise that uses {skills} and note what was hard"

STATUS_WORDS = {"not_started": "not started", "in_progress": "in progress",
                "completed": "completed"}
"""Stage status as shown to the user."""

# --- deadline -------------------------------------------------------------------------
DEADLINE_MISS = (
    "This plan needs about {needed} days, but your deadline is {weeks} weeks ({available} "
    "days)."
)
TRADE_MORE_HOURS_DAILY = "Study about {hours} hours a day instead."
TRADE_MORE_HOURS_WEEKLY = "Study about {hours} hours a week instead."
BEYOND_REACH_DAILY = (
    "Fitting it would take about {hours} hours of study a day, more than anyone can keep "
    "up (at most {limit} a day). Other ways:"
)
BEYOND_REACH_WEEKLY = (
    "Fitting it would take about {hours} hours of study a week, more than anyone can keep "
    "up (at most {limit} a week). Other ways:"
)
TRADE_FEWER_SKILLS = "Leave out {skills} for now (the lowest-priority skills)."
TRADE_LATER_DATE = "Move the deadline to {weeks} weeks."
DEFERRED_SKILLS = "Left for a later roadmap (at most {limit} skills fit in one): {skills}."
KNOWN_SKILLS = "Left out because your resume already shows them: {skills}."
ALL_KNOWN = "Your resume already shows every skill of {goal}: {skills}."
ALL_KNOWN_NEXT = (
    "Ask me what a job you want needs (paste its description), or name a skill to go deeper "
    "in, e.g. 'learn advanced SQL'."
)

# --- adaptation -----------------------------------------------------------------------
ADAPT_FASTER = (
    "You finished stage {stage} in {actual} days instead of about {estimated}: the stages "
    "after it now use {level} material."
)
ADAPT_SLOWER = (
    "Stage {stage} is taking {actual} days instead of about {estimated}: I added "
    "foundational resources for {skills}."
)

# --- completing goals -----------------------------------------------------------------
TODAY_WORDS = ("today", "today's", "todays", "daily")
"""Words that make "I finished today's goal" mean the goals scheduled for today."""

COMPLETION_FILLER = frozenset({
    "i", "ive", "i've", "have", "has", "had", "just", "finished", "finish", "done", "did",
    "completed", "complete", "mark", "marked", "as", "the", "a", "an", "my", "goal", "goals",
    "is", "it", "please", "with", "for", "of", "to", "on", "and", "now", "stage", "task",
})
"""Words of a completion request that say nothing about which goal is meant."""

NO_OPEN_GOAL = "Every goal of this roadmap is already done."
NO_OPEN_GOAL_NEXT = "Ask me for a new roadmap, or for the next role's skills."
NO_MATCHING_GOAL = "I could not tell which goal you finished from '{text}'."
NO_MATCHING_GOAL_NEXT = "Name the skill of the goal, for example: {examples}."
NO_SUCH_STAGE = "This roadmap has no stage {number}; it has {count}."
NO_SUCH_STAGE_NEXT = "Give a stage number from 1 to {count}."
NO_SUCH_STAGE_NEXT_ONE = "It has only stage 1: say 'stage 1', or 'show my roadmap'."
NO_STAGE_NAMED = "No stage of this roadmap is called \"{name}\"; it has {count} stages."

NO_ROADMAP = "I can't find that roadmap."
NO_ROADMAP_NEXT = "Ask me to build a roadmap from your skill gaps or from a goal."

# --- building from a goal ---------------------------------------------------------------
EMPTY_GOAL = "Your goal was empty."
EMPTY_GOAL_NEXT = "Tell me the role or skills you want to learn, e.g. 'become a data engineer'."
CLARIFY_GOAL = (
    "I don't know a role or skill in '{goal}' yet. Which role do you want (for example "
    "{roles}), or which skills (for example {skills})?"
)
NO_SKILLS = "There are no skills to put in a roadmap."
NO_SKILLS_NEXT = "Run a gap analysis first, or name a role or the skills you want to learn."
BAD_PLAN = "Hours must be more than 0 (and at most 24 a day or 168 a week)."
BAD_PLAN_NEXT = "Give the time you can study, e.g. 1.5 hours a day or 6 hours a week."

REQUEST_WORDS = frozenset({
    "roadmap", "roadmaps", "road map", "road maps", "plan", "plans", "learning plan",
    "learning plans", "study plan", "study plans", "schedule", "schedules", "study schedule",
    "course", "courses", "resource", "resources", "learning path", "learning paths",
    "curriculum", "syllabus",
})
"""Words that name what the learner asks for ("build me a roadmap for ...", "a study plan
for SQL"), not a skill to learn, when a skill name found in a goal is exactly one of them
(lower case, hyphens as spaces). "Roadmap" is an alias of the taxonomy's Product roadmap."""

SKILL_VERBS = frozenset({"learn", "master", "practise", "practice", "improve", "about"})
"""A request word right after one of these is what the learner wants to learn ("learn
roadmaps", "teach me about roadmaps"), so it stays a skill."""

# --- explanations ---------------------------------------------------------------------
EXPLAIN_FILLER = (
    "explain", "me", "simply", "in simple terms", "simple", "briefly", "please", "what is",
    "what's", "what are", "tell me about", "how does", "work", "a", "an", "the", "to", "?",
    "like i'm five", "eli5",
)
"""Words of an explanation request around the topic itself."""

TYPE_PHRASES = {
    "hard": "a technical skill",
    "soft": "a soft (people and work) skill",
    "knowledge": "an area of knowledge",
    "certification": "a professional certification",
    "language": "a spoken language",
}
EXPLAIN_WHAT = "{name} is {kind} in the area of {category}."
EXPLAIN_BROADER = " It is a kind of {broader}."
EXPLAIN_PREREQUISITES = " People usually learn {skills} first."
EXPLAIN_NO_PREREQUISITES = " You can start it without other skills."
EXPLAIN_HOURS = " Expect about {hours} hours of focused study to use it at work ({level} level)."
EXPLAIN_HOURS_UNKNOWN = " How long it takes depends on how deep you go; plan a few weeks."
EXPLAIN_START_PREREQUISITE = "Where to start: get comfortable with {skill}, then {then}."
EXPLAIN_START = "Where to start: {then}."
EXPLAIN_START_RESOURCE = "work through '{title}' ({url})"
EXPLAIN_START_GENERIC = "read the official getting-started guide and do a beginner tutorial"
EXPLAIN_UNKNOWN = (
    "I don't have '{topic}' in my skill list, so I can't explain it from what I know offline."
)
EXPLAIN_UNKNOWN_START = (
    "Where to start: tell me the skill's usual name (for example 'Kubernetes' or 'SQL'), or "
    "connect a language model for a fuller answer."
)
EXPLAIN_EMPTY_TOPIC = "you did not name a topic"

# --- exports --------------------------------------------------------------------------
MD_ESTIMATE = "Estimated time: {days} days ({plan})."
MD_PLAN_DAILY = "{hours} h a day, {level} level"
MD_PLAN_WEEKLY = "{hours} h a week, {level} level"
MD_PROGRESS = "Progress: {percent}% ({done} of {total} stages)."
MD_WARNINGS = "Warnings"
MD_STAGE_META = "Status: {status} · {days} days · {level} level · skills: {skills}"
MD_GOALS = "Goals"
MD_DONE = "x"
MD_OPEN = " "
MD_FOUNDATIONAL = "Foundational resources"
MD_TYPE_DAILY = "daily"
MD_TYPE_WEEKLY = "weekly"
ICS_PRODID = "-//HireReady//Learning roadmap//EN"
ICS_CAL_NAME = "{title}"
ICS_SUMMARY = "{goal}"
ICS_REMINDER = "Time for your goal: {goal}"
ICS_RESOURCES = "Resources:"
BAD_TIME_ZONE = "'{zone}' is not a time zone I know."
BAD_TIME_ZONE_NEXT = "Use an IANA time zone name such as Europe/Berlin or America/New_York."
NO_START_DATE = "The roadmap has no start date, so its goals cannot be put in a calendar."
NO_START_DATE_NEXT = "Give the date you start (for example 2026-12-01)."

# --- command line ---------------------------------------------------------------------
CLI_HELP = "Build a staged learning roadmap from a gap report or a goal."
CLI_NEED_ONE_INPUT = "Give either --gaps FILE or --goal TEXT (one of them)."
CLI_NEED_ONE_INPUT_NEXT = (
    "Run 'hireready roadmap --goal \"become a data engineer\"', or pass the JSON of "
    "'hireready gaps ... --json' with --gaps."
)
CLI_NO_FILE = "There is no file at {path}."
CLI_NO_FILE_NEXT = "Check the path of the gap report."
CLI_BAD_GAPS = "'{path}' is not a gap report: {reason}."
CLI_BAD_GAPS_NEXT = "Save the output of 'hireready gaps ... --json' to a file and pass that."
CLI_BAD_FORMAT = "Unknown format '{value}'."
CLI_BAD_FORMAT_NEXT = "Use --format json, md or ics."
CLI_BAD_LEVEL = "Unknown level '{value}'."
CLI_BAD_LEVEL_NEXT = "Use --level beginner, intermediate or advanced."
CLI_BAD_DATE = "'{value}' is not a date."
CLI_BAD_DATE_NEXT = "Give the start date as YYYY-MM-DD, e.g. 2026-12-01."
CLI_BAD_TIME = "'{value}' is not a time of day."
CLI_BAD_TIME_NEXT = "Give the reminder time as HH:MM, e.g. 19:30."
CLI_CLARIFY_NEXT = "Name a role or skills, e.g. --goal 'become a data analyst' or 'learn SQL'."
CLI_ERROR = "Error: {message}\nNext step: {guidance}"
CLI_RESUME_HELP = (
    "Resume (PDF, DOCX or TXT) for --goal: skills it shows are left out of the roadmap."
)
CLI_RESUME_WITH_GAPS = "--resume works with --goal only."
CLI_RESUME_WITH_GAPS_NEXT = (
    "Drop --resume: a gap report ('hireready gaps RESUME JD --json') already leaves out what "
    "the resume shows."
)
CLI_NO_RESUME = "There is no resume file at {path}."
CLI_NO_RESUME_NEXT = "Check the path of the resume (PDF, DOCX or TXT)."
