"""Words of skill-gap analysis, role inference, resume advice and job comparison.

Plain constants, no logic. Placeholders in braces are filled by ``tools.gaps``.
"""

# ------------------------------------------------------------------ gaps
PRIORITY_WORDS: dict[str, str] = {
    "critical": "a must-have",
    "important": "an important skill",
    "nice-to-have": "a nice-to-have",
}
"""Priority -> how the explanation names it."""

GAP_EXPLANATION = 'The job lists {skill} as {priority_words}: "{evidence}"'
GAP_EXPLANATION_NO_EVIDENCE = "The job lists {skill} as {priority_words}."
GAP_RELATED_TAIL = " Your {related} shortens the way."
GAP_ALTERNATIVES_TAIL = " Any one of {options} would do; your resume shows none of them."
GAP_OPTIONAL = (
    'Optional: the job accepts {options} ("{evidence}"), and your resume shows {covered}, '
    "so {skill} is not a gap."
)
GAP_OPTIONAL_NO_EVIDENCE = (
    "Optional: the job accepts {options}, and your resume shows {covered}, so {skill} is not "
    "a gap."
)
OPTIONS_JOIN = ", "
OPTIONS_LAST = " or "

DEMAND_HIGH = "high market demand"
DEMAND_MEDIUM = "medium market demand"
DEMAND_LOW = "low market demand"
DEMAND_NONE = "no market signal"

# ------------------------------------------------------------------ other gaps
YEARS_REQUIREMENT = "{years}+ years"
YEARS_MET = "Your dated roles add up to about {have} years; the job asks for {need}+."
YEARS_SHORT = (
    "Your dated roles add up to about {have} years; the job asks for {need}+. Count "
    "internships, freelance and project work only if they are on the resume with dates."
)
YEARS_UNKNOWN = (
    "The job asks for {need}+ years, and no role on your resume has dates I can count. Add "
    "start and end months to each role."
)

EDUCATION_LEVEL_NAMES: dict[int, str] = {
    1: "a degree or diploma",
    2: "a bachelor's degree",
    3: "a master's degree",
    4: "a doctorate",
}
EDUCATION_MET = "Your resume shows {have}; the job asks for {need}."
EDUCATION_SHORT = "Your resume shows {have}; the job asks for {need}."
EDUCATION_NONE = "No degree on your resume; the job asks for {need}."
EDUCATION_NOTHING = "nothing at that level"

LANGUAGE_MET = "Your resume lists {language}."
LANGUAGE_SHORT = 'The job asks for {language}: "{evidence}". Your resume does not mention it.'
LANGUAGE_SHORT_NO_EVIDENCE = "The job asks for {language}. Your resume does not mention it."

# ------------------------------------------------------------------ match breakdown
DETAIL_SKILLS = "{covered} of {total} skills covered (critical ×3, important ×2, nice ×1)"
DETAIL_YEARS = "{have} of {need} years"
DETAIL_YEARS_UNKNOWN = "no dated roles, {need} years asked"
DETAIL_EDUCATION = "{have} against {need}"
DETAIL_TITLE = "closest title on the resume: {title}"
DETAIL_TITLE_NONE = "no job title on the resume"

# ------------------------------------------------------------------ roles
ROLE_EVIDENCE = "{title} roles list {skill} as {priority_words} (O*NET {onet_code}, {onet_title})."

# ------------------------------------------------------------------ advice
ADVICE_SHOW_IN_SKILLS = "{skill} appears only in your {section}, not in your skills section."
ADVICE_SHOW_IN_SKILLS_DO = (
    "Add {skill} to your skills section: the job asks for it, and recruiters and applicant "
    "tracking systems look there first."
)
ADVICE_JOB_WORDING = 'The job says "{job_form}"; your resume says "{resume_form}".'
ADVICE_JOB_WORDING_DO = (
    'Write it once the job\'s way as well, e.g. "{resume_form} ({job_form})", so a keyword '
    "search for the job's term finds it."
)
ADVICE_SPECIFIC_DO = (
    'The job asks for {job_skill}; your {resume_skill} is a kind of it. Say so, e.g. '
    '"{job_skill} ({resume_skill})".'
)
ADVICE_SPECIFIC = "You cover {job_skill} through {resume_skill}, but never name {job_skill}."
ADVICE_MISSING_SECTION = "Your resume has no {section} section I can find."
ADVICE_MISSING_SECTION_DO: dict[str, str] = {
    "skills": (
        "Add a short Skills section listing the tools and skills you really use, grouped "
        "(e.g. Languages, Tools, Methods)."
    ),
    "experience": (
        "Add an Experience section — jobs, internships, volunteering or substantial projects "
        "you actually did — each with title, organisation and dates."
    ),
    "education": "Add an Education section with degree, institution and years.",
}
ADVICE_UNDATED = "{what} has no dates."
ADVICE_UNDATED_DO = (
    'Add start and end months (e.g. "Jan 2022 – Mar 2024" or "– Present"): readers and '
    "screening software count years of experience from them."
)
ADVICE_UNDATED_ROLE = 'The role "{title}"'
ADVICE_UNDATED_EDUCATION = 'The education entry "{title}"'
ADVICE_QUANTIFY = "This bullet states a task but no result or number."
ADVICE_QUANTIFY_DO = (
    "Add the outcome you can stand behind: how much, how many, how fast or how often "
    "(a percentage, a count, time or money saved, users served). Do not estimate figures "
    "you cannot defend."
)
ADVICE_MISSING_KEYWORD = 'The job\'s must-have "{skill}" appears nowhere in your resume.'
ADVICE_MISSING_KEYWORD_DO = (
    'If you have used {skill}, name it where you used it (a bullet and the skills section). '
    "If you have not, leave it out and treat it as a gap to close first."
)
SECTION_NAMES: dict[str, str] = {
    "summary": "summary",
    "experience": "experience bullets",
    "projects": "projects",
    "education": "education section",
    "other": "other sections",
    "skills": "skills section",
}

# ------------------------------------------------------------------ comparison
JOB_LABEL = "Job {n}"
JOB_LABEL_AT = "{title} at {company}"

# ------------------------------------------------------------------ errors
NO_REQUIREMENTS = "I found no skills or other requirements in this job description."
NO_REQUIREMENTS_NEXT = (
    "Paste the full job description, including its requirements or qualifications section."
)
TOO_FEW_ROLES = "Role inference needs at least 3 roles to choose from; {count} were given."
TOO_FEW_ROLES_NEXT = "Load the bundled role catalogue (storage.roles.load_roles)."
NO_JOBS = "There are no job descriptions to compare."
NO_JOBS_NEXT = "Add at least one job description, then compare again."

# ------------------------------------------------------------------ CLI
CLI_NO_FILE = "There is no file at {path}."
CLI_NO_FILE_NEXT = "Check the path and try again."
CLI_EMPTY_JOB = "The job description '{name}' has no text I can read."
CLI_EMPTY_JOB_NEXT = "Save the job description as a .txt, .pdf or .docx file with its text."
CLI_NO_JOB_PARSER = "Job description parsing is not available in this installation."
CLI_NO_JOB_PARSER_NEXT = "Update HireReady; job description parsing ships with issue 3."
CLI_MATCH = "Match: {percentage:.1f}%"
CLI_COMPONENT = "  {component}: {score:.0f} (weight {weight:.2f}) — {detail}"
CLI_COVERED = "Covered: {items}"
CLI_OPTIONAL_HEADER = "Optional (the job accepts an alternative you have):"
CLI_OPTIONAL = "  - {explanation}"
CLI_GAP = "  [{priority}] {skill} — {explanation} ({demand})"
CLI_GAPS_HEADER = "Gaps:"
CLI_NO_GAPS = "No skill gaps."
CLI_OTHER = "  {requirement}: {detail}"
CLI_OTHER_HEADER = "Other requirements not met:"
CLI_ROLE = "{title} — fit {fit:.0f}%. Missing: {missing}"
CLI_ADVICE = "- {message}\n  → {suggestion}"
CLI_NO_ADVICE = "Nothing to change for this job: your resume already shows what it asks for."
CLI_NONE = "none"
