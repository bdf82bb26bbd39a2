"""From a goal in plain words to a role or skills, and a roadmap (Property 7).

"I want to become a data engineer" names a role of the catalogue (title or alias, any case,
hyphens as spaces, a plural "s" allowed, longest name wins); "learn Kubernetes and
Terraform" names taxonomy skills.
A role's skills are taught with the role's priorities, plus any other skill the goal names
(as critical). Skills named without a role are taught with their taxonomy prerequisites.
When the learner has a parsed resume, the role's skills and prerequisites it already shows
are left out and named in the roadmap (:mod:`tools.roadmap.known`); skills the goal names
are always taught. A goal naming neither gets a clarifying question, never a generic plan.

The words of the request itself ("build me a *roadmap* for the data analyst role", "a *study
plan* for SQL") are not skills even when the taxonomy has them as a name or alias ("roadmap"
is one of Product roadmap's): a skill found in a goal whose whole name as written is a
request word (``prompts.roadmap.REQUEST_WORDS``) is dropped, unless it follows a verb of
learning ("learn roadmaps"). Longer names keep it ("product roadmap", "learn product
roadmapping").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Literal, Protocol

from pydantic import BaseModel, Field

from prompts import roadmap as words
from tools.errors import InvalidInput, NotFound
from tools.gaps.models import Role
from tools.roadmap.build import build_roadmap, finish
from tools.roadmap.deadline import join_names
from tools.roadmap.known import ResumeCoverage, RoleTarget
from tools.roadmap.models import LearningPlan, Roadmap
from tools.roadmap.ordering import with_prerequisites
from tools.roadmap.protocols import ResourceFinder, SkillSource
from tools.taxonomy import SkillEntry

CLARIFY_EXAMPLE_ROLES = ("data-analyst", "software-developer", "ux-designer")
"""Catalogue roles offered as examples in the clarifying question."""

CLARIFY_EXAMPLE_SKILLS = ("sql", "python", "excel")
"""Taxonomy skills offered as examples in the clarifying question."""


class SkillSpanFinder(Protocol):
    """Finds taxonomy skills in free text with where each is written
    (``tools.skill_matcher.SkillMatcher``)."""

    def find(self, text: str) -> Sequence[tuple[SkillEntry, int, int]]:
        """``(entry, start_char, end_char)`` for each mention, in text order."""
        ...


class GoalResolution(BaseModel):
    """What a goal names.

    Attributes:
        kind: ``role``, ``skills`` or ``clarify`` (names nothing known).
        role: The role named, for ``role``.
        skill_ids: Taxonomy ids the goal names outside the role's name, in text order.
        question: The clarifying question, for ``clarify``.
    """

    kind: Literal["role", "skills", "clarify"]
    role: Role | None = None
    skill_ids: list[str] = Field(default_factory=list)
    question: str | None = None


class GoalResolver:
    """Resolves goals against a role catalogue and a skill finder (patterns built once).

    Args:
        roles: The role catalogue.
        skills: Finder of taxonomy skills in text (``SkillMatcher``).
        directory: Taxonomy lookup, for the names in the clarifying question.
    """

    def __init__(self, roles: Sequence[Role], skills: SkillSpanFinder,
                 directory: SkillSource | None = None) -> None:
        self._roles = list(roles)
        self._skills = skills
        self._directory = directory
        patterns: list[tuple[int, int, re.Pattern[str], Role]] = []
        for order, role in enumerate(self._roles):
            for name in dict.fromkeys([role.title, *role.aliases]):
                tokens = _spaced(name).split()
                if tokens:
                    pattern = re.compile(r"(?<![\w+#])" + r"\s+".join(
                        re.escape(t) for t in tokens) + r"s?(?![\w+#])", re.IGNORECASE)
                    patterns.append((-len(" ".join(tokens)), order, pattern, role))
        self._patterns = sorted(patterns, key=lambda p: (p[0], p[1]))

    def resolve(self, text: str) -> GoalResolution:
        """What ``text`` names (module docstring).

        Raises:
            InvalidInput: The goal is blank.
        """
        if not text.strip():
            raise InvalidInput(words.EMPTY_GOAL, words.EMPTY_GOAL_NEXT)
        spaced = _spaced(text)
        for _, _, pattern, role in self._patterns:
            found = pattern.search(spaced)
            if found:
                rest = text[:found.start()] + " " + text[found.end():]
                extra = [s for s in self._named(rest) if s not in
                         {sid for sid, _ in role.skills_by_priority()}]
                return GoalResolution(kind="role", role=role, skill_ids=extra)
        skill_ids = self._named(text)
        if skill_ids:
            return GoalResolution(kind="skills", skill_ids=skill_ids)
        return GoalResolution(kind="clarify", question=self._question(text))

    def _named(self, text: str) -> list[str]:
        """Distinct ids of the skills ``text`` names, request words left out (module
        docstring), in order of first mention."""
        return list(dict.fromkeys(entry.id for entry, start, end in self._skills.find(text)
                                  if not _request_word(text, start, end)))

    def _question(self, text: str) -> str:
        by_id = {r.id: r.title for r in self._roles}
        roles = [by_id[r] for r in CLARIFY_EXAMPLE_ROLES if r in by_id] or \
            [r.title for r in self._roles[:3]]
        skills = [_name(self._directory, s) for s in CLARIFY_EXAMPLE_SKILLS]
        return words.CLARIFY_GOAL.format(goal=" ".join(text.split()),
                                         roles=join_names(roles, words.LIST_OR),
                                         skills=join_names(skills, words.LIST_OR))


def resolve_goal(text: str, roles: Sequence[Role], skills: SkillSpanFinder) -> GoalResolution:
    """One-off :meth:`GoalResolver.resolve` (build a :class:`GoalResolver` to reuse)."""
    return GoalResolver(roles, skills).resolve(text)


def goal_targets(resolution: GoalResolution, skills: SkillSource) -> list[RoleTarget]:
    """The skills to teach for a resolved goal ([] for ``clarify``).

    Role: the role's skills with its priorities, then other named skills as critical.
    Skills: the named skills (critical) and their taxonomy prerequisites (important).
    """
    if resolution.kind == "role" and resolution.role is not None:
        named: list[RoleTarget] = [(s, "critical") for s in resolution.skill_ids]
        return [*named, *resolution.role.skills_by_priority()]
    if resolution.kind == "skills":
        chosen = with_prerequisites(resolution.skill_ids, skills)
        asked = set(resolution.skill_ids)
        return [(s, "critical" if s in asked else "important") for s in chosen]
    return []


def roadmap_for_goal(text: str, plan: LearningPlan, resolver: GoalResolver,
                     skills: SkillSource, resources: ResourceFinder | None = None, *,
                     start: date | None = None, resume: ResumeCoverage | None = None
                     ) -> tuple[GoalResolution, Roadmap | None]:
    """Resolve a plain-words goal and build its roadmap (Property 7).

    Args:
        text: The goal ("I want to become a data engineer").
        plan: The learner's plan.
        resolver: Role and skill resolution.
        skills: Taxonomy lookup.
        resources: Resource finder.
        start: First day of the roadmap.
        resume: The learner's resume; skills it shows are left out (``roadmap.known``).
            None (no resume): every skill of the goal is taught.

    Returns:
        ``(resolution, roadmap)``; the roadmap is None when the resolution is ``clarify``
        (ask ``resolution.question``).

    Raises:
        InvalidInput: The goal is blank.
        NotFound: The resume already shows every skill of the goal.
    """
    resolution = resolver.resolve(text)
    targets = goal_targets(resolution, skills)
    if not targets:
        return resolution, None
    role = resolution.role.title if resolution.role else None
    known: list[str] = []
    if resume is not None:
        targets, known = resume.split(targets, keep=resolution.skill_ids)
        if not targets:
            goal = role or join_names([_name(skills, s) for s in resolution.skill_ids])
            raise NotFound(words.ALL_KNOWN.format(goal=goal, skills=join_names(known)),
                           words.ALL_KNOWN_NEXT)
    roadmap = build_roadmap(targets, plan, skills, resources, start=start, target_role=role)
    if known:
        roadmap = finish(roadmap.model_copy(update={"known": known}))
    return resolution, roadmap


def _request_word(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a request word not right after a verb of learning."""
    written = " ".join(_spaced(text[start:end]).casefold().split())
    if written not in words.REQUEST_WORDS:
        return False
    before = re.findall(r"[\w']+", text[:start].casefold())
    return not before or before[-1] not in words.SKILL_VERBS


def _spaced(text: str) -> str:
    """``text`` with hyphens and slashes as spaces (same length, so offsets still hold)."""
    return re.sub(r"[-/]", " ", text)


def _name(directory: SkillSource | None, skill_id: str) -> str:
    entry = directory.by_id(skill_id) if directory else None
    return entry.name if entry else skill_id
