"""Short explanations of a skill from the taxonomy, offline (Property 13).

"Explain Kubernetes simply" → what it is (type and category, the more general skill it is a
kind of), what to learn first (its prerequisites), typical hours and level (editorial bands,
``storage/seed/README.md``) and where to start (a beginner resource when a finder is given).
A topic the taxonomy does not know still gets a non-empty answer saying so, with a next step.
A language model, when configured, may phrase a richer answer from these facts.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from prompts import roadmap as words
from tools.roadmap.deadline import join_names
from tools.roadmap.models import ResourceRef
from tools.roadmap.protocols import ResourceFinder, SkillDirectory
from tools.taxonomy import SkillEntry

MAX_NGRAM = 6
"""Longest run of words tried as a skill name."""

_TOKEN = re.compile(r"[\w+#./'’-]+")


class Explanation(BaseModel):
    """An explanation of one topic.

    Attributes:
        topic: The topic as asked (filler words removed).
        skill_id: Taxonomy id when the topic is a known skill.
        name: The skill's canonical name, or the topic.
        text: The explanation (never empty).
        where_to_start: The first step (never empty).
        prerequisites: Names of skills usually learnt first.
        hours: Typical learning hours, when curated.
        resources: Beginner resources, when a finder was given.
    """

    topic: str
    skill_id: str | None = None
    name: str
    text: str = Field(min_length=1)
    where_to_start: str = Field(min_length=1)
    prerequisites: list[str] = Field(default_factory=list)
    hours: int | None = None
    resources: list[ResourceRef] = Field(default_factory=list)


def explain_skill(topic: str, directory: SkillDirectory,
                  finder: ResourceFinder | None = None) -> Explanation:
    """Explain a topic simply from the taxonomy.

    Args:
        topic: The request or topic ("Explain Kubernetes simply", "k8s", "What is SQL?").
        directory: Taxonomy lookup by id and by name or alias.
        finder: Optional resource finder for a beginner resource.

    Returns:
        The explanation; for an unknown topic one that says so and suggests a next step.
    """
    entry, cleaned = find_topic(topic, directory)
    if entry is None:
        shown = cleaned or " ".join(topic.split()) or words.EXPLAIN_EMPTY_TOPIC
        return Explanation(topic=shown, name=shown,
                           text=words.EXPLAIN_UNKNOWN.format(topic=shown),
                           where_to_start=words.EXPLAIN_UNKNOWN_START)
    prerequisites = [e.name for e in (directory.by_id(p) for p in entry.prerequisites) if e]
    resources = _beginner_resources(entry, finder)
    start = _where_to_start(prerequisites, resources)
    return Explanation(topic=cleaned, skill_id=entry.id, name=entry.name,
                       text=_what(entry, directory, prerequisites) + " " + start,
                       where_to_start=start, prerequisites=prerequisites,
                       hours=entry.learning_hours, resources=resources)


def find_topic(topic: str, directory: SkillDirectory) -> tuple[SkillEntry | None, str]:
    """The taxonomy entry a request names, and the request without filler words.

    The cleaned request is tried whole, then runs of its words, longest and leftmost first.
    """
    cleaned = _strip_filler(topic)
    if cleaned:
        entry = directory.by_alias(cleaned)
        if entry:
            return entry, cleaned
    tokens = [t.strip(".'’") for t in _TOKEN.findall(topic)]
    tokens = [t for t in tokens if t and t.casefold() not in words.EXPLAIN_FILLER]
    for size in range(min(MAX_NGRAM, len(tokens)), 0, -1):
        for start in range(len(tokens) - size + 1):
            entry = directory.by_alias(" ".join(tokens[start:start + size]))
            if entry:
                return entry, cleaned
    return None, cleaned


def _strip_filler(topic: str) -> str:
    text = " " + " ".join(topic.replace("?", " ").split()) + " "
    for phrase in sorted(words.EXPLAIN_FILLER, key=len, reverse=True):
        pattern = r"(?<![\w+#])" + re.escape(phrase) + r"(?![\w+#])"
        text = re.sub(pattern, " ", text, flags=re.IGNORECASE)
    return " ".join(text.split()).strip(" .,!:;")


def _what(entry: SkillEntry, directory: SkillDirectory, prerequisites: list[str]) -> str:
    kind = words.TYPE_PHRASES.get(entry.type, words.TYPE_PHRASES["hard"])
    text = words.EXPLAIN_WHAT.format(name=entry.name, kind=kind, category=entry.category)
    broader = [e.name for e in (directory.by_id(b) for b in entry.broader) if e]
    if broader:
        text += words.EXPLAIN_BROADER.format(broader=join_names(broader))
    text += (words.EXPLAIN_PREREQUISITES.format(skills=join_names(prerequisites))
             if prerequisites else words.EXPLAIN_NO_PREREQUISITES)
    if entry.learning_hours:
        text += words.EXPLAIN_HOURS.format(hours=entry.learning_hours,
                                           level=entry.difficulty or "beginner")
    else:
        text += words.EXPLAIN_HOURS_UNKNOWN
    return text


def _beginner_resources(entry: SkillEntry, finder: ResourceFinder | None) -> list[ResourceRef]:
    if finder is None:
        return []
    return [r for r in finder.for_stage([entry.id], "beginner") if entry.id in r.skills][:3]


def _where_to_start(prerequisites: list[str], resources: list[ResourceRef]) -> str:
    then = (words.EXPLAIN_START_RESOURCE.format(title=resources[0].title, url=resources[0].url)
            if resources else words.EXPLAIN_START_GENERIC)
    if prerequisites:
        return words.EXPLAIN_START_PREREQUISITE.format(skill=prerequisites[0], then=then)
    return words.EXPLAIN_START.format(then=then)
