"""Words of the web face for account actions. Plain data."""

CONFIRM_LABEL = "✅ {phrase}"
"""Label of the button that confirms a destructive action."""
CONFIRM_MESSAGE = "{phrase} (confirm {code})"
"""The message the button sends as the user's."""
