"""Choosing the questions of one mock interview (issue 7 point 2, Properties 22 and 23).

A plan holds 5–10 questions (default :data:`DEFAULT_QUESTIONS`), about
:data:`TECHNICAL_SHARE` technical and the rest behavioural:

* **Technical** questions test the target's skills or the user's gap skills, nothing else
  (Property 23). Skills are taken in tiers — first the user's gap skills that the role marks
  critical or important (or that it does not list), then the other critical skills, then
  important ones and nice-to-have gaps, then the other nice-to-have skills — one question
  per skill before any skill gets a second. For each skill the question
  at the user's level comes first, then the nearest level.
* **Behavioural** questions are those the bank marks for any role, or for this role; one per
  competency before any competency repeats; role-specific ones first.
* A question never appears twice, and questions the user had in recent interviews come
  last, so they are asked again only when nothing else fits.
* Ties are broken by a hash of the seed and the question id (or skill id), so one seed (the
  interview id) always gives the same plan and different interviews get different ones.

When there are too few technical questions, behavioural ones fill the plan, and the other
way round. With no target and no gaps the interview is behavioural only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Sequence

from pydantic import BaseModel, Field

from prompts import interview_replies as words
from tools.errors import InvalidInput
from tools.interview.models import Question, QuestionLevel
from tools.jobs.models import Priority

DEFAULT_QUESTIONS = 6
"""Questions in an interview unless asked otherwise."""
MIN_QUESTIONS = 5
"""Property 22: at least 5 questions."""
MAX_QUESTIONS = 10
"""Property 22: at most 10 questions."""
TECHNICAL_SHARE = 0.6
"""Issue 7 point 2: about 60% technical and 40% behavioural questions."""
LEVELS: tuple[QuestionLevel, ...] = ("beginner", "intermediate", "advanced")
_TIER = {"critical": 1, "important": 2, "nice-to-have": 3}
_GAP_BONUS = {"critical": 1, "important": 2, "nice-to-have": 1}
_GAP_TIER = 0


class InterviewTarget(BaseModel):
    """What an interview prepares for: a catalogue role, a saved job, or nothing (general).

    Attributes:
        title: Display title (``Backend Developer``); ``None`` for a general interview.
        role_id: Catalogue role id, which selects role-specific behavioural questions.
        skills: Taxonomy ids with their priority, as the role or job lists them.
    """

    title: str | None = None
    role_id: str | None = None
    skills: list[tuple[str, Priority]] = Field(default_factory=list)


class InterviewPlan(BaseModel):
    """The questions of one interview, in the order they are asked.

    Attributes:
        questions: 5–10 questions, none repeated.
        level: The level the technical questions were chosen for.
        target: What the interview prepares for.
    """

    questions: list[Question]
    level: QuestionLevel
    target: InterviewTarget


def technical_count(total: int) -> int:
    """Technical questions in an interview of ``total``: 60% rounded half up (6 → 4, 5 → 3)."""
    return int(total * TECHNICAL_SHARE + 0.5)


def question_level(experience_level: str | None) -> QuestionLevel:
    """The question level for a user's stated experience (``student`` → beginner).

    Students, graduates, interns and juniors get beginner questions; seniors, leads and
    experts advanced ones; everyone else (including no answer) intermediate.
    """
    text = (experience_level or "").lower()
    if any(w in text for w in ("student", "graduate", "intern", "junior", "beginner", "entry")):
        return "beginner"
    if any(w in text for w in ("senior", "lead", "expert", "advanced", "principal")):
        return "advanced"
    return "intermediate"


def plan_interview(bank: Sequence[Question], target: InterviewTarget, *,
                   gaps: Sequence[str] = (), level: QuestionLevel = "intermediate",
                   recent: Collection[str] = (), seed: str = "",
                   count: int = DEFAULT_QUESTIONS) -> InterviewPlan:
    """Choose the questions of one interview.

    Args:
        bank: Every question of the bank.
        target: The role or job the interview prepares for (no skills: general).
        gaps: Taxonomy ids of the user's skill gaps for that target (asked about first).
        level: The user's level; technical questions of this level come first.
        recent: Ids of questions asked in the user's recent interviews (asked last).
        seed: Makes the choice repeatable (the interview id).
        count: Questions wanted, clamped to 5–10.

    Returns:
        The plan: ``count`` questions when the bank has enough relevant ones.

    Raises:
        InvalidInput: The bank has fewer than 5 questions relevant to the target.
    """
    total = max(MIN_QUESTIONS, min(MAX_QUESTIONS, count))
    technical = technical_candidates(bank, target, gaps, level, recent, seed)
    behavioral = behavioral_candidates(bank, target.role_id, recent, seed)
    tech = min(technical_count(total), len(technical))
    beh = min(total - tech, len(behavioral))
    tech = min(total - beh, len(technical))
    if tech + beh < MIN_QUESTIONS:
        raise InvalidInput(words.TOO_FEW_QUESTIONS.format(count=tech + beh),
                           words.TOO_FEW_QUESTIONS_NEXT)
    questions = _interleave(technical[:tech], behavioral[:beh])
    return InterviewPlan(questions=questions, level=level, target=target)


def technical_candidates(bank: Sequence[Question], target: InterviewTarget,
                         gaps: Sequence[str], level: QuestionLevel,
                         recent: Collection[str], seed: str) -> list[Question]:
    """Every technical question on the target's or the gap skills, best first (see module)."""
    tiers = _skill_tiers(target, gaps)
    by_skill: dict[str, list[Question]] = {}
    for question in bank:
        if question.type == "technical" and question.skill_id in tiers:
            by_skill.setdefault(question.skill_id, []).append(question)
    for questions in by_skill.values():
        questions.sort(key=lambda q: (q.id in recent, _distance(q.level, level),
                                      _rank(seed, q.id)))
    skills = sorted(by_skill, key=lambda s: (tiers[s], all(q.id in recent for q in by_skill[s]),
                                             _rank(seed, s)))
    return _round_robin([by_skill[s] for s in skills], recent)


def behavioral_candidates(bank: Sequence[Question], role_id: str | None,
                          recent: Collection[str], seed: str) -> list[Question]:
    """Behavioural questions for any role or for ``role_id``, best first (see module)."""
    fitting = [q for q in bank if q.type == "behavioral"
               and (not q.roles or (role_id is not None and role_id in q.roles))]
    fitting.sort(key=lambda q: (not q.roles, _rank(seed, q.id)))
    by_competency: dict[str, list[Question]] = {}
    for question in fitting:
        by_competency.setdefault(question.competency or question.id, []).append(question)
    groups = sorted(by_competency.values(),
                    key=lambda qs: (all(q.id in recent for q in qs), not qs[0].roles,
                                    _rank(seed, qs[0].competency or qs[0].id)))
    return _round_robin(groups, recent)


def _skill_tiers(target: InterviewTarget, gaps: Sequence[str]) -> dict[str, int]:
    missing = set(gaps)
    tiers = {skill: _TIER[priority] - (skill in missing) * _GAP_BONUS[priority]
             for skill, priority in target.skills}
    for skill in gaps:
        tiers.setdefault(skill, _GAP_TIER)
    return tiers


def _round_robin(groups: list[list[Question]], recent: Collection[str]) -> list[Question]:
    """One question of each group in turn; questions seen recently after all fresh ones."""
    order: list[Question] = []
    depth = max((len(g) for g in groups), default=0)
    for row in range(depth):
        order.extend(g[row] for g in groups if row < len(g))
    unique = list({q.id: q for q in reversed(order)}.values())[::-1]
    return ([q for q in unique if q.id not in recent] + [q for q in unique if q.id in recent])


def _interleave(technical: list[Question], behavioral: list[Question]) -> list[Question]:
    """Technical first, then alternate while both last: T B T B T T for 4 + 2."""
    result: list[Question] = []
    for index in range(max(len(technical), len(behavioral))):
        result.extend(part[index] for part in (technical, behavioral) if index < len(part))
    return result


def _distance(have: QuestionLevel, want: QuestionLevel) -> int:
    return abs(LEVELS.index(have) - LEVELS.index(want))


def _rank(seed: str, key: str) -> str:
    return hashlib.sha256(f"{seed}\x00{key}".encode()).hexdigest()
