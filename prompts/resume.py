"""Words used by the resume reader. Plain constants, no logic."""

LANGUAGE_NAMES: dict[str, str] = {
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese",
    "it": "Italian",
    "nl": "Dutch",
}
"""ISO 639-1 code -> language name shown to the user."""
