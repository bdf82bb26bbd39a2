"""Offline reply templates for job descriptions, skill gaps, roles, comparison, advice and
profile corrections. Plain data."""

JOB_READ = "I read the job description **{title}**{company}."
JOB_READ_COMPANY = " at {company}"
JOB_SKILLS_HEADER = "It asks for these skills:"
JOB_SKILL_LINE = "- **{name}** ({priority}) — “{evidence}”"
JOB_SKILL_LINE_NO_EVIDENCE = "- **{name}** ({priority})"
JOB_YEARS = "**Experience asked:** {years:g}+ years"
JOB_EDUCATION = "**Education asked:** {education}"
JOB_FOOTER = "Say **what am I missing?** to compare it with your resume."
JOB_LIST_HEADER = "Your job descriptions (newest first):"
JOB_LIST_LINE = "{n}. {title}{company} — {skills} skills{active}"
JOB_LIST_ACTIVE = " **(active)**"
JOB_LIST_EMPTY = "You haven't given me a job description yet. Paste one or attach it."

GAPS_HEADER = "**Match with {title}: {match:.1f}%**"
GAPS_BREAKDOWN = "Breakdown: {parts}"
GAPS_PART = "{name} {score:.0f}%"
GAPS_COVERED = "**You already cover ({count}):** {skills}"
GAPS_OPTIONAL_HEADER = "**Not gaps — the job accepts an alternative you have:**"
GAPS_OPTIONAL_LINE = "- {explanation}"
GAPS_TABLE_HEADER = "| Priority | Missing skill | Why it matters | Demand | You already know |"
GAPS_TABLE_RULE = "|---|---|---|---|---|"
GAPS_TABLE_ROW = "| {priority} | **{skill}** | {explanation} | {demand} | {related} |"
GAPS_NONE = "You cover every skill this job asks for. 🎉"
GAPS_OTHER_HEADER = "**Other requirements not met:**"
GAPS_OTHER_LINE = "- {requirement}: {detail}"
GAPS_FOOTER = (
    "Next: say **build me a roadmap** to plan these skills, or **what should I change in my "
    "resume?** for advice."
)
NOTHING = "—"

ROLES_HEADER = "Roles that fit your resume best:"
ROLES_LINE = "{n}. **{title}** ({level}) — fit **{fit:.0f}/100**; top missing: {missing}"
ROLES_NONE_MISSING = "nothing major"
ROLES_FOOTER = "Say **what am I missing for {title}?** to see the gaps for one of them."

COMPARE_HEADER = "How your resume matches your job descriptions:"
COMPARE_TABLE_HEADER = "| Rank | Job | Match | Critical gaps | Top gaps |"
COMPARE_TABLE_RULE = "|---|---|---|---|---|"
COMPARE_TABLE_ROW = "| {rank} | {label} | {match:.1f}% | {critical} | {gaps} |"

ADVICE_HEADER = "Suggestions for your resume{job}:"
ADVICE_FOR_JOB = " for **{title}**"
ADVICE_LINE = "{n}. {message} **Suggestion:** {suggestion}"
ADVICE_NONE = "I have no changes to suggest: your resume already shows what I check for."
ADVICE_NO_JOB_NOTE = (
    "_Paste a job description to also get advice on the skills and wording it asks for._"
)

PROFILE_UPDATED = "Done — I updated your profile. It now lists {count} skills: {skills}."
PROFILE_ROLES_UPDATED = "Done — your experience now reads:"
PROFILE_CONFIRMED = "Thanks! Your profile is now marked as **verified**."
RESUME_CHOSEN = (
    "Now using **{file_name}** (uploaded {uploaded}, {skills} skills) as your active resume."
)
