"""Mock-interview tools for the model: start one, continue a paused one, show a summary.

``start_interview`` and ``resume_interview`` return ``"awaiting_answer": true``; the chat
graph then hands the turn to the interview subgraph (:mod:`graphs.interview`), which asks
the question and waits for the answer. ``interview_summary`` shows the last or current
interview's scores again ("how did I do?").

**Which role.** A named role maps to the nearest catalogue role: the exact title or alias,
then a title containing it (as the gap tools do), then the title or alias sharing the most
distinctive words (each word weighted by how rare it is among role titles). An unknown or
missing role falls back to the active job description, then the user's target role, then a
general (behavioural) interview. Gap skills come from the user's resume against that target.
"""

from __future__ import annotations

import math
import re
import uuid
from collections import Counter
from typing import Any

from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool, tool
from sqlalchemy.orm import Session

import storage.repositories.interviews as repo
import storage.repositories.users as user_repo
from graphs.interview import AWAITING_ANSWER
from graphs.interview_data import item_topic, summary_of
from graphs.services import Services
from graphs.toolkit.common import active_job, active_profile, error_result, ok_result, user_id_of
from graphs.toolkit.gaps import find_role
from prompts import interview_replies as words
from tools.errors import HireReadyError, NotFound
from tools.gaps.analysis import analyze_gaps
from tools.gaps.models import Role
from tools.gaps.roles import role_to_job
from tools.interview.models import Question
from tools.interview.plan import InterviewPlan, InterviewTarget, plan_interview, question_level
from tools.interview.records import InterviewItem, InterviewRecord
from tools.jobs.models import JobDescription

_WORD = re.compile(r"[a-z0-9+#]+")
_GENERIC = frozenset({"role", "job", "position", "a", "an", "the", "for", "of", "and", "junior",
                      "senior", "entry", "level"})


def interview_tools(services: Services) -> list[BaseTool]:
    """The mock-interview tools bound to ``services``."""

    @tool(response_format="content_and_artifact")
    def start_interview(config: RunnableConfig, role: str = "") -> tuple[str, Any]:
        """Start a mock interview: 5-10 questions (about 60% technical, 40% behavioural)
        for a role, asked one at a time in the chat; each answer is scored 0-100 with
        feedback. Use for "start a mock interview for a backend role", "interview me",
        "practice interview". The interview itself then runs without you.

        Args:
            role: The role to practise for, e.g. "backend" or "data analyst"; empty uses the
                user's saved job description or target role.
        """
        user_id = user_id_of(config)
        try:
            record, payload = begin_interview(services, user_id, role,
                                              _thread_id(config))
        except HireReadyError as error:
            return error_result(error)
        return ok_result(payload, record)

    @tool(response_format="content_and_artifact")
    def resume_interview(config: RunnableConfig) -> tuple[str, Any]:
        """Continue the user's paused mock interview where it stopped. Use for "continue the
        interview", "resume my mock interview", "let's finish the interview"."""
        user_id = user_id_of(config)
        with services.sessions() as session:
            record = repo.unfinished_interview(session, user_id)
        if record is None or record.current() is None:
            return error_result(NotFound(words.NOTHING_TO_RESUME, words.NOTHING_TO_RESUME_NEXT))
        return ok_result(_question_payload(services, record, resumed=True), record)

    @tool(response_format="content_and_artifact")
    def interview_summary(config: RunnableConfig) -> tuple[str, Any]:
        """The summary of the user's latest mock interview (finished or paused): each
        question's score 0-100, the overall score and what to practise next. Use for "how
        did I do?", "my interview results", "show my interview summary"."""
        user_id = user_id_of(config)
        with services.sessions() as session:
            record = repo.latest_interview(session, user_id)
        if record is None:
            return error_result(NotFound(words.NO_INTERVIEW, words.NO_INTERVIEW_NEXT))
        summary = summary_of(services, record)
        return ok_result({"summary": summary.model_dump(mode="json"), AWAITING_ANSWER: False},
                         summary)

    return [start_interview, resume_interview, interview_summary]


def begin_interview(services: Services, user_id: str, role: str,
                    thread_id: str | None = None) -> tuple[InterviewRecord, dict[str, Any]]:
    """Plan and store a new interview (closing any unfinished one) and return it with the
    tool's JSON payload.

    Raises:
        InvalidInput: The bank has fewer than 5 questions for the target.
    """
    interview_id = str(uuid.uuid4())
    with services.sessions() as session:
        target, job, note = _target(services, session, user_id, role)
        account = user_repo.get_user(session, user_id)
        gaps = _gap_skills(services, session, user_id, job)
        recent_asked = repo.recent_questions(session, user_id)
    bank = services.question_bank()
    recent = _recent_ids(bank.all(), recent_asked)
    plan = plan_interview(bank.all(), target, gaps=gaps, recent=recent, seed=interview_id,
                          level=question_level(account.experience_level if account else None))
    now = services.now()
    with services.sessions.begin() as session:
        replaced = repo.abandon_unfinished(session, user_id, now)
        repo.create_interview(session, user_id, interview_id, _items(services, plan), now=now,
                              thread_id=thread_id, target_role=target.title)
        record = repo.get_interview(session, user_id, interview_id)
    assert record is not None
    payload = _question_payload(services, record, resumed=False)
    payload.update(level=plan.level, gap_skills=gaps, role_note=note,
                   replaced_note=_replaced_note(replaced))
    return record, payload


def nearest_role(roles: list[Role], name: str) -> Role | None:
    """The catalogue role a free-text name means (module rules), or ``None``."""
    found = find_role(roles, name)
    if found is not None:
        return found
    wanted = set(_words(name)) - _GENERIC
    if not wanted:
        return None
    titles = {role.id: [_words(t) for t in (role.title, *role.aliases)] for role in roles}
    counts = Counter(w for forms in titles.values() for form in forms for w in set(form))
    weight = {w: math.log((1 + len(roles)) / (1 + counts[w])) for w in wanted}

    def overlap(role: Role) -> float:
        return max(sum(weight[w] for w in wanted & set(form)) for form in titles[role.id])

    best = max(roles, key=lambda r: (overlap(r), -roles.index(r)), default=None)
    return best if best is not None and overlap(best) > 0 else None


def _target(services: Services, session: Session, user_id: str,
            role: str) -> tuple[InterviewTarget, JobDescription | None, str | None]:
    """The interview's target, the job its gaps are measured against, and a note when the
    named role was unknown."""
    roles = services.roles()
    named = nearest_role(roles, role) if role.strip() else None
    if named is not None:
        return _role_target(named), role_to_job(named, services.taxonomy()), None
    target, job, fallback = _fallback_target(services, session, user_id, roles)
    note = words.UNKNOWN_ROLE_NOTE.format(role=role.strip(), fallback=fallback) if role.strip() \
        else None
    return target, job, note


def _fallback_target(services: Services, session: Session, user_id: str,
                     roles: list[Role]) -> tuple[InterviewTarget, JobDescription | None, str]:
    try:
        _, job = active_job(session, user_id)
    except NotFound:
        job = None
    if job is not None:
        skills = [(s.taxonomy_id, s.priority) for s in job.skills if s.taxonomy_id]
        title = job.title or words.FALLBACK_JOB
        return (InterviewTarget(title=title, skills=list(dict.fromkeys(skills))), job,
                words.FALLBACK_JOB)
    account = user_repo.get_user(session, user_id)
    wanted = account.target_role if account else None
    found = nearest_role(roles, wanted) if wanted else None
    if found is not None:
        return (_role_target(found), role_to_job(found, services.taxonomy()),
                words.FALLBACK_TARGET.format(role=found.title))
    return InterviewTarget(), None, words.FALLBACK_GENERAL


def _role_target(role: Role) -> InterviewTarget:
    return InterviewTarget(title=role.title, role_id=role.id, skills=role.skills_by_priority())


def _gap_skills(services: Services, session: Session, user_id: str,
                job: JobDescription | None) -> list[str]:
    """Taxonomy ids of the user's gaps for ``job`` (none without a resume or a job)."""
    if job is None:
        return []
    try:
        _, profile = active_profile(session, user_id)
        report = analyze_gaps(profile, job, services.skill_index(), services.taxonomy(),
                              today=services.today())
    except (HireReadyError, ValueError):
        return []
    return [gap.taxonomy_id for gap in report.gaps if gap.taxonomy_id]


def _items(services: Services, plan: InterviewPlan) -> list[InterviewItem]:
    taxonomy = services.taxonomy()
    items = []
    for number, question in enumerate(plan.questions, start=1):
        entry = taxonomy.by_id(question.skill_id) if question.skill_id else None
        items.append(InterviewItem(number=number, text=question.text, type=question.type,
                                   question_id=question.id,
                                   skill=entry.name if entry else question.skill_id))
    return items


def _recent_ids(bank: list[Question], asked: list[repo.RecentQuestion]) -> set[str]:
    """Bank ids of recently asked questions: the stored ids, plus the ids of bank questions
    whose text matches a recent row stored without an id."""
    ids = {q.question_id for q in asked if q.question_id is not None}
    old_texts = {q.text for q in asked if q.question_id is None}
    return ids | {q.id for q in bank if q.text in old_texts}


def _question_payload(services: Services, record: InterviewRecord,
                      resumed: bool) -> dict[str, Any]:
    current = record.current()
    question = None if current is None else {
        "number": current.number, "total": len(record.items), "type": current.type,
        "topic": item_topic(services, current), "text": current.text}
    return {"interview_id": record.id, "role": record.target_role,
            "questions": len(record.items),
            "technical": sum(i.type == "technical" for i in record.items),
            "behavioral": sum(i.type == "behavioral" for i in record.items),
            "done": len(record.done()), "resumed": resumed, "question": question,
            AWAITING_ANSWER: question is not None}


def _replaced_note(replaced: list[InterviewRecord]) -> str | None:
    if not replaced:
        return None
    last = replaced[0]
    return words.REPLACED.format(done=len(last.done()), total=len(last.items))


def _thread_id(config: RunnableConfig) -> str | None:
    value = config.get("configurable", {}).get("thread_id")
    return str(value) if value else None


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("-", ""))
