"""Words of the confirmation gate for destructive tools (issue 8, point 3). Plain data.

``AFFIRMATIVE`` and ``NEGATIVE`` are what a user's own short message may start with, or must
not contain, to confirm an action the coach asked about. They are recognition vocabulary,
not replies.
"""

AFFIRMATIVE = (
    "yes", "yeah", "yep", "yup", "y", "sure", "ok", "okay", "confirm", "confirmed",
    "i confirm", "go ahead", "do it", "please do", "proceed", "absolutely", "definitely",
    "correct", "affirmative", "yes please",
)
"""Openings of a confirming message (compared after lower-casing and removing punctuation).
A bare opening is not enough: the message must also name the action (see
:func:`tools.confirmation.is_confirmation`)."""

NEGATIVE = (
    "no", "nope", "nah", "not", "dont", "do not", "cancel", "never", "wait", "abort",
    "hold on",
)
"""Words or phrases that make a message not a confirmation, wherever they appear."""

FILLER = ("my", "the", "a", "an", "it", "them", "all", "please", "your", "me", "now", "of")
"""Words of a confirmation phrase that need not be repeated ("yes, delete my account" is
confirmed by "yes delete account")."""

CONFIRMATION_NEEDED = (
    "This needs your confirmation: {action}. Nothing has been done yet."
)
"""Shown (and given to the model) when a destructive tool is called without confirmation."""

CONFIRM_HOW = (
    "To go ahead, reply **{phrase}** (or **confirm {code}**) as your next message; a plain "
    "'yes' is not enough and anything else cancels it. The request expires in {minutes} "
    "minutes."
)
"""How the user confirms; ``phrase`` comes from the tool's action."""

MODEL_NOTE = (
    "Do not call this tool again in this turn. Ask the user to confirm in their own next "
    "message; call it again only if that message confirms."
)
"""Instruction to the language model carried in the tool result."""

DEFAULT_PHRASE = "yes, go ahead"
"""Confirmation phrase offered when a tool gives none."""
