"""Skills a requirement accepts instead of each other ("Python or Go", "Flask or Django").

Rules (editorial, written to be predictable and explainable):

* Two skill mentions next to each other in one sentence are joined by the words between
  them: "or", ", or", "and/or" (brackets around them ignored: "Python (or Go)") make them
  alternatives; a comma or a slash continues a list; "and", "&", "as well as" or any other
  words end the list.
* A list with at least one "or" and no "and" inside it is one group of alternatives:
  "Python, Java or Go" is one group; "SQL and Python or R" is SQL, then the group
  Python | R. A comma after an "or" ends the group and starts a plain list: "Go or Java,
  PostgreSQL, Docker" is the group Go | Java, then PostgreSQL and Docker each on their own.
* A slash joins alternatives only when the sentence says so: "one of", "any of", "either",
  "or similar", "or equivalent", "or comparable" ("Jenkins/GitLab CI or similar"); without
  such words "CI/CD tools like Jenkins/GitLab" is a plain list. After "one of", "any of" or
  "either", a comma joins alternatives too ("at least one of Java, Kotlin, Scala").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.jobs.mentions import Mention

_OR = re.compile(r"(?i)^(?:,\s*)?(?:and\s*/\s*)?or$")
_COMMA = re.compile(r"^,$")
_SLASH = re.compile(r"^/$")
_CHOICE_CUE = re.compile(r"(?i)\b(?:one|any)\s+of\b|\beither\b")
"""Wording after which commas and slashes join alternatives."""
_SIMILAR_CUE = re.compile(r"(?i)\bor\s+(?:similar|equivalent|comparable)\b")
"""Wording after which slashes join alternatives."""


def _joint(between: str, slash_is_or: bool, comma_is_or: bool) -> str:
    """How two neighbouring mentions are joined: ``"or"``, ``"list"`` or ``"break"``."""
    words = " ".join(between.strip(" \t()[]").split())
    if _OR.match(words):
        return "or"
    if _SLASH.match(words):
        return "or" if slash_is_or else "list"
    if _COMMA.match(words):
        return "or" if comma_is_or else "list"
    return "break"


def alternative_groups(sentence: str, mentions: Sequence[Mention]) -> list[list[int]]:
    """Groups of mentions a sentence offers as alternatives (rules in the module docstring).

    Args:
        sentence: One sentence or bullet of a job description.
        mentions: Its skill mentions, in text order, not overlapping.

    Returns:
        Index lists into ``mentions``, each with at least two indices, in text order; a
        mention in no group is asked for on its own.
    """
    slash_is_or = bool(_CHOICE_CUE.search(sentence) or _SIMILAR_CUE.search(sentence))
    comma_is_or = bool(_CHOICE_CUE.search(sentence))
    groups: list[list[int]] = []
    run, has_or, last = [0], False, "break"
    for index in range(1, len(mentions) + 1):
        joint = "break"
        if index < len(mentions):
            between = sentence[mentions[index - 1].end : mentions[index].start]
            joint = _joint(between, slash_is_or, comma_is_or)
        if joint == "break" or (joint == "list" and last == "or"):
            if has_or and len(run) >= 2:
                groups.append(run)
            run, has_or, last = [index], False, joint
            continue
        run.append(index)
        has_or, last = has_or or joint == "or", joint
    return groups
