"""Words about learning resources: errors with next steps, rating confirmations, CLI text.

Plain strings, no logic.
"""

UNKNOWN_LEVEL = "'{level}' is not a level I know."
UNKNOWN_LEVEL_NEXT = "Use beginner, intermediate or advanced."

EMPTY_SKILL = "You did not name a skill."
EMPTY_SKILL_NEXT = "Name the skill you want resources for, for example 'Docker' or 'SQL'."

UNKNOWN_SKILL = "I have no learning resources for '{skill}' yet."
UNKNOWN_SKILL_NEXT = (
    "Try the skill's usual name (for example 'Kubernetes' rather than 'container stuff'), or a "
    "broader skill such as 'Python' or 'cloud computing'."
)

BAD_LIMIT = "I can recommend between 1 and {most} resources at a time, not {limit}."
BAD_LIMIT_NEXT = "Ask for a number of resources from 1 to {most}."

BAD_RATING = "A rating must be a whole number of stars from 1 to 5, not {rating}."
BAD_RATING_NEXT = "Rate the resource again with 1, 2, 3, 4 or 5 stars."

UNKNOWN_RESOURCE = "I can't tell which resource you mean by '{mention}'."
UNKNOWN_RESOURCE_NEXT = (
    "Name it as it appears in your roadmap, for example 'the Docker Get Started course'."
)

RATED = "Thanks: you rated “{title}” {stars} out of 5. Its score is now {score:.1f} of 5."

NONE_AT_LEVEL = "No resource for {skill} at {level} level meets the quality bar yet."
NONE_AT_LEVEL_NEXT = "Try another level with --level, or a broader skill."

# --- fewer than 3 resources meet the bar at a level (Property 10) ------------------------
SHORT_NONE = "No resource for {skill} at {level} level meets the 4.0 quality bar."
SHORT_ONE = "Only 1 resource for {skill} at {level} level meets the 4.0 quality bar."
SHORT_MANY = "Only {count} resources for {skill} at {level} level meet the 4.0 quality bar."
SHORT_ALTERNATIVES = (
    " The next best are listed apart, each marked with why it misses the bar and its score."
)
SHORT_NO_ALTERNATIVES = " I have nothing else for it yet: try another level or a broader skill."
STAGE_HELD_BACK = (
    " {held} more also teach a skill of a later stage, so this stage leaves them out; say "
    "'resources for {skill}' to see them."
)
"""Added to a stage's shortfall note when resources were left out for Property 12."""

FALLBACK_BELOW_BAR = "below the 4.0 bar at {level} level, score {score:.1f}"
FALLBACK_OTHER_LEVEL = "{level} level, not {wanted}; score {score:.1f}"
"""Marks of an alternative: why it does not meet the bar for the request, and its score."""

CLI_FALLBACK_HEADER = "Next best (not meeting the 4.0 bar at {level} level):"
CLI_FALLBACK_ITEM = "{score:.1f}  {title} ({type}, {provider}, ~{minutes} min) [{mark}]\n     {url}"

CHAT_FALLBACK_HEADER = "**Next best — not meeting the 4.0 bar at {level} level:**"
CHAT_FALLBACK_ITEM = (
    "{n}. [{title}]({url}) — {type} by {provider}, about {minutes} min — ⚠️ {mark}"
)
