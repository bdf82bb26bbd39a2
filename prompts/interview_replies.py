"""Words of the mock-interview dialogue: questions, feedback, controls, follow-ups and the
summary (issue 7 point 2). Plain constants, no logic."""

# --- planning -------------------------------------------------------------------------------
TOO_FEW_QUESTIONS = (
    "I could only find {count} suitable interview questions, and I need at least 5."
)
TOO_FEW_QUESTIONS_NEXT = (
    "Try a mock interview for another role, or a general one: \"start a mock interview\"."
)
UNKNOWN_ROLE_NOTE = (
    "I don't know the role \"{role}\", so the questions follow {fallback}."
)
FALLBACK_JOB = "your saved job description"
FALLBACK_TARGET = "your target role ({role})"
FALLBACK_GENERAL = "general interview practice"

# --- the dialogue ---------------------------------------------------------------------------
INTRO = (
    "Let's start your mock interview{for_role}: {total} questions, {technical} technical and "
    "{behavioral} behavioural, one at a time. Answer as you would in a real interview."
)
INTRO_FOR_ROLE = " for **{role}**"
CONTROLS = (
    "_You can say **hint**, **repeat**, **skip**, **pause** (and come back later) or **end** "
    "at any time. \"I don't know\" counts as an answer._"
)
RESUMED = "Welcome back to your mock interview{for_role}: {done} of {total} questions done."
REPLACED = "I closed your unfinished interview from before ({done} of {total} questions done)."
QUESTION_HEADING = "**Question {number} of {total}** ({kind} · {topic})"
KIND = {"technical": "technical", "behavioral": "behavioural"}
SCORE_LINE = "**Score: {score}/100.** {feedback}"
FOLLOW_UP_HEADING = "**Follow-up:** {text}"
FOLLOW_UP_SCORE = "**With your follow-up: {score}/100.** {feedback}"
FOLLOW_UP_NO_GAIN = "Your first answer's score stands: {score}/100."
SKIPPED = "Skipped — it counts as 0 in the overall score."
SKIPPED_FOLLOW_UP = "No problem, your first answer's score stands: {score}/100."
SKIPPED_FEEDBACK = "Skipped: no answer given."
HINT = "**Hint:** {hint}"
HINT_GENERIC = (
    "**Hint:** say what it is, how it works, and when you would use it — with one example."
)
HINT_BEHAVIORAL = (
    "**Hint:** tell one real story: the situation, your task, what you did, and a "
    "measurable result."
)
REPEAT = "Here it is again:"
PAUSED = (
    "Paused after {done} of {total} questions; your answers so far are saved. Say "
    "**\"continue the interview\"** whenever you want to pick it up again."
)
PROGRESS = "So far: {done} of {total} questions done, average {score}/100."
PROGRESS_NONE = "No answers scored yet."
MOVED_ON = "This interview has moved on since; here is where we are:"
NOT_RUNNING = (
    "That mock interview is no longer running. Say \"how did I do?\" for its summary, or "
    "\"start a mock interview\" for a new one."
)
ENDED_EMPTY = (
    "Interview ended before any question was answered, so there is nothing to score. Say "
    "\"start a mock interview\" whenever you are ready."
)

# --- follow-up questions --------------------------------------------------------------------
FOLLOW_UP_TECHNICAL = "Let me push a little: {hint} What would you add?"
FOLLOW_UP_TECHNICAL_GENERIC = (
    "Can you go one level deeper: how does it work, and when would you use it (or not)?"
)
FOLLOW_UP_STAR = {
    "result": "What came of it? Can you put a number on the result?",
    "action": "What did you personally do, step by step?",
    "task": "What exactly were you responsible for in that situation?",
    "situation": "Can you set the scene: where was this, and what was at stake?",
}

# --- summary --------------------------------------------------------------------------------
SUMMARY_TITLE = "### Mock interview summary{for_role}"
SUMMARY_TITLE_PROGRESS = "### Mock interview so far{for_role}"
SUMMARY_HEADER = "| # | Question | Type | Score |\n|---|---|---|---|"
SUMMARY_ROW = "| {number} | {question} | {kind} · {topic} | {score} |"
SUMMARY_SKIPPED = "skipped (0)"
SUMMARY_PENDING = "—"
SUMMARY_OVERALL = "**Overall: {score}/100** ({answered} answered, {skipped} skipped of {planned})."
SUMMARY_NO_SCORE = "No overall score: no question was answered."
SUMMARY_PRACTISE = "**What to practise next:**"
SUMMARY_PRACTISE_ITEM = "- **{topic}** ({score}/100){points}"
SUMMARY_PRACTISE_POINTS = ": {points}"
SUMMARY_ALL_GOOD = "Every answer scored 60 or more: keep practising to stay sharp."
SUMMARY_PAUSED = "This interview is paused: say **\"continue the interview\"** to finish it."
SUMMARY_ABANDONED = "This interview was closed before it finished."
SUMMARY_NEXT = "Say \"start a mock interview\" for another round."
NO_INTERVIEW = "You haven't done a mock interview yet."
NO_INTERVIEW_NEXT = "Say \"start a mock interview for a backend role\" (or any role) to begin."
NOTHING_TO_RESUME = "There is no paused mock interview to continue."
NOTHING_TO_RESUME_NEXT = "Say \"start a mock interview\" to begin a new one."
BEHAVIORAL_TOPIC = "{competency} story"
BEHAVIORAL_TOPIC_GENERIC = "behavioural story"
