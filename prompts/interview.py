"""Words of mock-interview answer scoring (issue 7 point 3). Plain constants, no logic."""

# --- guards: why an answer could not earn credit -------------------------------------------
GUARD_FEEDBACK = {
    "empty": "There is no answer to score yet.",
    "injection": (
        "This reads as an instruction to the grader rather than an answer, so it earns no "
        "points. Scores only come from what the answer says about the question."
    ),
    "gibberish": "This doesn't read as an answer in words, so there is nothing to score.",
    "dont_know": (
        "Saying you don't know is honest, and it counts as an answer, but it earns no points."
    ),
    "too_short": "A word or two is not enough to show what you know.",
    "repeats_question": (
        "This mostly repeats the question back, so it adds nothing an interviewer could credit."
    ),
    "off_topic": "This doesn't address the question that was asked.",
}
GUARD_NEXT = "Try answering in two or three sentences: {missed}."
GUARD_NEXT_GENERIC = "Try answering in two or three sentences about the question itself."

# --- technical answers ----------------------------------------------------------------------
COVERED = "You covered: {points}."
COVERED_NONE = "None of the key points came through clearly."
MISSED = "Missing: {points}."
MISSED_NONE = "You covered every key point."
MISCONCEPTION = "Careful, this is a common misconception: {points}."
TECH_STRONG = "A strong answer."
TECH_SOLID = "A solid answer with gaps."
TECH_WEAK = "A thin answer."

# --- behavioural answers (STAR) -------------------------------------------------------------
STAR_NAMES = {
    "situation": "the situation",
    "task": "your own task or responsibility",
    "action": "the actions you personally took",
    "result": "a measurable result",
}
STAR_COVERED = "Your story shows {parts}."
STAR_COVERED_NONE = (
    "I couldn't find a specific story with a situation, your task, actions and a result."
)
STAR_MISSED = "To make it land, add {parts}."
STAR_MISSED_NONE = "All four STAR parts are there."
STAR_GENERIC = (
    "Much of it describes you in general rather than telling what happened: interviewers "
    "look for one specific example."
)
STAR_NUMBERS = "Put a number on the outcome (time saved, % change, users, deadline met)."

# --- clarity --------------------------------------------------------------------------------
CLARITY_SHORT = "It is very short; one or two more sentences would help."
CLARITY_LONG = "It is long; the key points would stand out more in a shorter answer."
CLARITY_FILLERS = "Cut filler words such as \"basically\" and \"you know\"."

ITEM = "\"{item}\""
JOIN_LAST = " and "
JOIN = "; "
