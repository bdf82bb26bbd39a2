"""Words of ``hireready interview`` (score one answer, or run the mock interview in the
terminal) and ``hireready stats``. Plain data."""

INTERVIEW_HELP = (
    "Mock interviews in the terminal: `hireready interview --user NAME [--role ROLE]` runs "
    "one; `hireready interview score` scores one answer."
)
RUN_HELP = "Run a mock interview for USER in the terminal (continues a paused one)."
SCORE_HELP = (
    "Score one answer the way the mock interview does. Options: --question Q --answer A "
    "[--type technical|behavioral] [--key-points KP [KP ...]] [--misconceptions M [M ...]] "
    "[--json]. Without key points, a question of the bank uses its own; a behavioural one is "
    "scored on STAR (situation, task, action, result)."
)

STAR_KEY_POINTS = [
    "Situation: a specific, real context from your past",
    "Task: what you yourself were responsible for",
    "Action: the steps you took yourself",
    "Result: the outcome, measured if possible, and what you learned",
]
"""Key points of a behavioural question scored without its own (one per STAR part)."""

NEED_QUESTION = "Both --question and --answer are needed."
NEED_QUESTION_NEXT = (
    "Run: hireready interview score --question \"What is a Docker image?\" --answer \"...\""
)
UNKNOWN_TYPE = "Unknown question type '{value}'."
UNKNOWN_TYPE_NEXT = "Use --type technical or --type behavioral."
UNKNOWN_OPTION = "Unknown option '{option}' for `hireready interview score`."
UNKNOWN_OPTION_NEXT = "Run `hireready interview score --help` to see the options."
STRAY_TEXT = "'{text}' follows no option."
STRAY_TEXT_NEXT = "Quote each key point after --key-points, e.g. --key-points \"one\" \"two\"."
NO_KEY_POINTS = "This question is not in the question bank, so there is nothing to score against."
NO_KEY_POINTS_NEXT = (
    "Give the 3 to 6 points an expert answer covers: --key-points \"first point\" \"second "
    "point\" \"third point\" (or --type behavioral to score the answer on STAR)."
)
BAD_QUESTION = "The question or its key points cannot be scored: {problem}."
BAD_QUESTION_NEXT = (
    "Give a question of at least 10 characters, 3 to 6 key points and optional "
    "misconceptions."
)

SCORE_LINE = "Score: {score} / 100"
COVERED_LINE = "Covered: {items}"
MISSED_LINE = "Missed: {items}"
MISCONCEPTIONS_LINE = "Misconceptions stated: {items}"
FLAGS_LINE = "Flags: {items}"
SOURCE_LINE = "Scored against: {source}"
SOURCES = {
    "given": "the key points given",
    "bank": "bank question '{question_id}'",
    "star": "STAR (situation, task, action, result)",
}
NONE = "(none)"

UNKNOWN_USER_EXIT = "Error: {message}\nNext step: {guidance}"
START_MESSAGE = "start a mock interview for {role}"
START_MESSAGE_ANY = "start a mock interview"
CONTINUE_MESSAGE = "continue the interview"
PAUSE_MESSAGE = "pause"
ANSWER_PROMPT = "answer> "
CONTROLS = (
    "Type your answer on one line. Also: hint, repeat, skip, pause, end — "
    "quit or Ctrl-D pauses it for later."
)
LEFT_PAUSED = "Paused: `hireready interview --user {user}` continues it later."

STATS_HELP = (
    "Aggregate figures for whoever runs the service: users, weekly active users, average "
    "readiness and its weekly improvement (no per-user data)."
)
STATS_TITLE = "HireReady service stats (as of {now})"
STATS_USERS = "Users"
STATS_ACTIVE = "Active in the last {days} days"
STATS_READINESS = "Average readiness (latest score, {count} users)"
STATS_IMPROVEMENT = "Average weekly improvement ({count} users with a week of history)"
STATS_NOT_YET = "—"
STATS_POINTS = "{value:+.2f} points a week"
