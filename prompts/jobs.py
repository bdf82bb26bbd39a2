"""Words of the job-description reader and the ``hireready jd`` command. Plain constants."""

NEXT_STEP = "Next step:"
NO_FILE = "there is no file at {path}."
NO_FILE_NEXT = "Check the path, or pipe the text in with '-' as the file name."
UNKNOWN = "(not stated)"
TITLE_LINE = "Job: {title} · Company: {company}"
YEARS_LINE = "Experience asked for: {years}+ years"
EDUCATION_LINE = "Education: {degree}"
SKILLS_LINE = "{priority}: {names}"
RESPONSIBILITY_LINE = "Responsibility: {item}"
PRIORITY_NAMES: dict[str, str] = {
    "critical": "Critical (required)",
    "important": "Important (preferred)",
    "nice-to-have": "Nice to have",
}
"""Priority -> how the command names it."""
