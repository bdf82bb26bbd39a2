"""Words of the readiness score, its improvement steps, job recommendations and posting
imports. Plain constants, no logic; placeholders in braces are filled by ``tools.readiness``
and ``tools.postings``.
"""

# ------------------------------------------------------------------ part details
SKILL_DETAIL = "{learned} of {required} required skills for {target}"
SKILL_NO_TARGET = "no job description or target role yet, so counted as 0"
PRACTICE_DETAIL = "{completed} of {total} goals done in '{roadmap}'"
PRACTICE_NO_ROADMAP = "no learning roadmap yet, so counted as 0"
PRACTICE_NO_GOALS = "the roadmap '{roadmap}' has no goals, so counted as 0"
INTERVIEW_DETAIL_ONE = "score of your only mock interview"
INTERVIEW_DETAIL = "average of your last {counted} mock interviews"
INTERVIEW_DETAIL_OF = "average of your last {counted} of {completed} mock interviews"
INTERVIEW_NONE = "no mock interview yet, so counted as 0"

# ------------------------------------------------------------------ improvement steps
STEP_NO_TARGET = (
    "Paste a job description you want, or name a target role ('what am I missing for a data "
    "analyst role?'), so I can count the skills it needs."
)
STEP_NO_RESUME = (
    "Attach your resume so the skills you already have count; until then only skills "
    "finished on your roadmap do."
)
STEP_SKILLS = (
    "Learn {skills}: {what} for {target} that your resume does not show yet. Say 'build my "
    "roadmap' to plan them, and finish their roadmap goals to count them as learned."
)
STEP_SKILLS_ON_ROADMAP = (
    "Learn {skills}: {what} for {target} that your resume does not show yet. Finish their "
    "goals on your roadmap ('show my roadmap') to count them as learned."
)
STEP_SKILLS_WHAT_CRITICAL = "must-have skills"
STEP_SKILLS_WHAT_OTHER = "skills"
STEP_NO_ROADMAP = (
    "Build a learning roadmap ('build my roadmap'): practice completion counts its daily and "
    "weekly goals."
)
STEP_NEXT_GOAL = (
    "Do your next roadmap goal: {goal} Then say 'mark it done' ({completed} of {total} goals "
    "done so far)."
)
STEP_OPEN_GOALS = "Finish the open goals of '{roadmap}' ({completed} of {total} done)."
STEP_FIRST_INTERVIEW = (
    "Do a mock interview ('start a mock interview'): interview performance is the average of "
    "your last {recent} interviews and counts 0 until you do one."
)
STEP_WEAK_TOPICS = (
    "Practise answers on {topics}, where your recent interviews scored lowest, then do another "
    "mock interview (your average is {average:.0f} of 100)."
)
STEP_ANOTHER_INTERVIEW = (
    "Do another mock interview and aim for complete answers: your recent average is "
    "{average:.0f} of 100."
)
LIST_JOIN = ", "
LIST_LAST = " and "

# ------------------------------------------------------------------ job recommendations
JOBS_TOP = "The {shown} best matches of the {known} openings you saved or imported."
JOBS_FEWER = (
    "Only {known} opening{s} saved or imported, so {shown} shown instead of 5. Import more "
    "with `hireready jobs import FILE` or attach a JSON or CSV file of postings."
)
JOBS_NONE_KNOWN = (
    "You are ready to apply, but you have no saved or imported openings yet. Paste job "
    "descriptions, attach a JSON or CSV file of postings, or run `hireready jobs import FILE`."
)
JOBS_NOT_READY = (
    "Your readiness is {score:.0f}; I recommend openings above {threshold:.0f}. Do this first:"
    " {step}"
)

# ------------------------------------------------------------------ weak interview topics
WEAK_BEHAVIORAL = "behavioural answers (situation, task, action, result)"
WEAK_QUESTION = "'{question}'"

# ------------------------------------------------------------------ gauge
GAUGE_BANDS = (
    (0.0, 50.0, "getting started"),
    (50.0, 75.0, "building up"),
    (75.0, 100.0, "ready to apply"),
)
"""Bands of the readiness gauge: (from, to, label); openings are recommended above 75."""
PART_LABELS = {
    "skill_acquisition": "Skill acquisition",
    "practice_completion": "Practice completion",
    "interview_performance": "Interview performance",
}
