"""Offline reply templates for roadmaps, resources, ratings and explanations. Plain data."""

ROADMAP_HEADER = "**{title}** — {days} days in {count} {stages} · progress **{progress:.0f}%**"
STAGE_WORD = ("stage", "stages")
"""Singular and plural of "stage" in the header."""
ROADMAP_PLAN = "Plan: {level}, {hours:g} h {per} ({weekly:g} h a week){deadline}"
ROADMAP_DEADLINE = ", deadline {weeks} weeks"
PER = {"daily": "a day", "weekly": "a week"}
STAGE_TABLE_HEADER = "| # | Stage | Skills | Days | Level | Status |"
STAGE_TABLE_RULE = "|---|---|---|---|---|---|"
STAGE_TABLE_ROW = "| {number} | {title} | {skills} | {days} | {level} | {status} |"
STATUS = {"completed": "✅ done", "in_progress": "▶ in progress", "not_started": "not started"}
CURRENT_HEADER = "**Now — {title}**"
GOAL_LINE = "- [{mark}] ({type}) {description}"
RESOURCE_LINE = "  - [{title}]({url}) — {type}, {provider}"
WARNINGS_HEADER = "⚠️ **Heads up:**"
ROADMAP_FOOTER = (
    "Say **I finished today's goal**, **I finished stage {number}**, **resources for stage "
    "{number}**, **make it 12 weeks instead**, or **export my roadmap to my calendar**."
)
ROADMAP_FOOTER_DONE = "Say **export my roadmap to my calendar**, or ask for a new roadmap."
ROADMAP_DONE = "🎉 Every stage is done — congratulations on finishing **{title}**!"
CLARIFY_GOAL = "{question}"

EXPORTED = "Your roadmap **{title}** is ready as a {kind} file: `{file}`"
EXPORT_KIND = {"md": "Markdown", "ics": "calendar (iCalendar)"}

RESOURCES_HEADER = "Resources for **{skill}** ({level}):"
RESOURCE_ITEM = (
    "{n}. [{title}]({url}) — {type} by {provider}, about {minutes} min, score {score:.1f}/5{cost}"
)
RESOURCE_PAID = ", paid"
RESOURCES_NONE = (
    "I have no resource for **{skill}** at {level} level with a quality score of 4.0 or more "
    "yet. Try another level, or a broader skill."
)

STAGE_RESOURCES_HEADER = "**Stage {number}: resources for {skills}** ({level} level, {status})"
STAGE_STATUS = {"not_started": "not started", "in_progress": "in progress",
                "completed": "completed"}
STAGE_RESOURCES_UNKNOWN = (
    "No catalogue resources for {skills}: the skill taxonomy does not know "
    "{them}. Ask me to explain {them}, or search the publisher's own documentation."
)
AND_JOIN = "{first} and {last}"
STAGE_RESOURCES_FOUNDATIONAL = "**Added basics** (this stage took longer than planned):"

RATED = "Thanks — you rated **{title}** {stars}/5. Its score is now **{score:.1f}/5**."

EXPLANATION = "**{name}** — {text}\n\n{start}"
EXPLANATION_HOURS = "\n\nTypical time to working proficiency: about **{hours} hours**."
EXPLANATION_RESOURCES = "\n\nGood first resources:"
