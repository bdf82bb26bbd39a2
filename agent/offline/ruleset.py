"""Every phrasing rule of the offline router, in the order it tries them."""

from __future__ import annotations

from agent.offline.rules import FIRST_RULES, LAST_RULES, RULES, Rule
from agent.offline.rules_coaching import COACHING_RULES
from agent.offline.rules_log import LOG_RULES
from agent.offline.rules_preferences import PREFERENCE_RULES

ORDERED_RULES: list[Rule] = [*PREFERENCE_RULES, *COACHING_RULES, *LOG_RULES, *FIRST_RULES,
                            *RULES, *LAST_RULES]
"""Preference changes, coaching requests, numbered log entries, then logging and roadmap
wording that would look like something else, then profile and job requests, then roadmap,
resource and explanation requests."""
