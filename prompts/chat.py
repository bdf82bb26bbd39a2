"""Words of the conversation: attachment markers, offline replies, help. Plain data."""

ATTACHMENT_LINE = "[attached file: {filename} (upload id: {upload_id})]"
"""Appended to a user message for each attached file; the offline router reads it back."""

ATTACHMENT_PATTERN = r"\[attached file: (?P<filename>.+?) \(upload id: (?P<upload_id>[\w-]+)\)\]"
"""Regular expression matching :data:`ATTACHMENT_LINE`."""

GREETING = (
    "Hi! I'm HireReady, your job-readiness coach. Attach your resume (PDF, DOCX or TXT) and "
    "I'll turn it into a profile of your skills, education and experience."
)

HELP = """Here is what I can do today:

- **Read your resume**: attach a PDF, DOCX, TXT or JSON Resume file (up to 5 MB). Say \
"show my profile" to see it, fix it ("I also know Terraform", "remove Java", "I left Acme \
in 2023") and "looks right" to confirm it.
- **Read a job description**: paste it, or attach it and say it's a job posting.
- **Find your skill gaps**: "what am I missing?" for the active job, or "what am I missing \
for a data analyst role?"; "which roles fit me?"; "compare me with my jobs".
- **Improve your resume**: "what should I change in my resume?"
- **Plan your learning**: "build me a roadmap" (for your skill gaps) or "I want to become a \
data engineer in 12 weeks"; then "show my roadmap", "I finished today's goal", "I finished \
stage 1", "make it 12 weeks instead", "I can only do 30 minutes a day now", "export my \
roadmap to my calendar".
- **Learn**: "resources for Docker", "resources for stage 2", "explain Kubernetes simply", \
"rate the Docker docs 4 out of 5".
- **Log your study time**: "I studied Docker for 45 minutes", "1.5h of SQL yesterday"; \
"no, it was 30 minutes", "undo", "show my log", "delete entry 3", "how am I doing?", \
"show my achievements".
- **Check-ins**: "remind me every weekday at 7pm", "make it 8pm", "stop the reminders".
- **Your preferences**: "show my settings", "my time zone is Europe/London", "change my \
target role to data engineer", "set my level to intermediate".
- **Practise interviews**: "start a mock interview for a backend role"; answer one question \
at a time, or say "hint", "repeat", "skip", "pause", "end"; later "how did I do?".
- **Readiness**: "how ready am I?", and above 75, "which jobs should I apply to?".
- **Your data**: "export my data", "delete my account" (both ask you to confirm)."""

SMALL_TALK = "Happy to help! When you're ready, attach your resume or say 'help'."

THANKS = "You're welcome! Attach a resume or say 'help' whenever you want to continue."

CLARIFY = (
    "I'm not sure what you'd like me to do. You can attach your resume, paste a job "
    "description, ask \"what am I missing?\", or say \"help\" to see everything I can do."
)

OUT_OF_SCOPE = (
    "That's outside what I can help with: I'm a job-readiness coach. I can read your resume, "
    "compare it with jobs and roles, and suggest what to improve; say 'help' for the list."
)

ASK_FOR_FILE = (
    "Please attach your resume (PDF, DOCX or TXT, up to 5 MB) to a message and I'll read it."
)

TOOL_ERROR = "{message}\n\n**Next step:** {guidance}"

FALLBACK_NOTE = "_(The language model did not answer, so I used my built-in offline mode.)_"

PROFILE_HEADER = "Here's what I found in **{filename}**:"
PROFILE_STORED_HEADER = "Here's your stored profile:"
PROFILE_NAME = "**Name:** {name}"
PROFILE_CONTACT = "**Contact:** {contact}"
PROFILE_SKILLS = "**Skills ({count}):** {skills}"
PROFILE_NO_SKILLS = "**Skills:** none recognised. Add a 'Skills' section listing your tools."
PROFILE_EDUCATION = "**Education:**"
PROFILE_EXPERIENCE = "**Experience:**"
PROFILE_NONE = "none found"
PROFILE_FOOTER = (
    "I saved this profile. Next, tell me the role you're aiming for or paste a job "
    "description, and I'll look for skill gaps."
)
UNNAMED = "(name not found)"

PASTED_JOB_TITLE = "Pasted job description"
"""Title stored for a job description that names none."""

ASK_FOR = {
    "skill": "Which skill do you mean? For example: 'add Docker' or 'resources for SQL'.",
    "topic": "What should I explain? For example: 'explain Kubernetes simply'.",
    "stage": "Which stage? Say its number, for example 'I finished stage 2'.",
    "stars": "How many stars, from 1 to 5? For example: 'rate the Docker course 4 out of 5'.",
    "minutes": "How long was it? For example: 'no, it was 30 minutes'.",
    "entry": ("Which entry? Say 'show my log' to see them numbered, then for example "
              "'delete entry 3'."),
}
"""The clarifying question asked when a request lacks the one thing its tool needs."""
