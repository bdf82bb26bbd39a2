"""The interview tools invoked directly: which role an interview is for (nearest catalogue
role, saved job, target role, general), gap skills first, nothing to resume, no summary yet,
and what a started interview stores."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from interview_helpers import make_services

import storage.repositories.interviews as repo
import storage.repositories.jobs as job_repo
import storage.repositories.resumes as resume_repo
from graphs.services import Services
from graphs.toolkit.interview import interview_tools, nearest_role
from storage.repositories import active
from storage.repositories.users import create_user
from storage.roles import load_roles
from tools.jobs.models import JobDescription, JobSkill
from tools.resume.models import ResumeProfile, ResumeSkill


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    yield make_services(tmp_path)


def _user(services: Services, **fields: Any) -> str:
    with services.sessions.begin() as session:
        return create_user(session, "ann", None, **fields).id


def _call(services: Services, name: str, user_id: str, **args: Any) -> dict[str, Any]:
    tool = next(t for t in interview_tools(services) if t.name == name)
    config = {"configurable": {"user_id": user_id, "thread_id": f"{user_id}:t"}}
    message = tool.invoke({"type": "tool_call", "name": name, "args": args, "id": "x"},
                          config=config)
    data: dict[str, Any] = json.loads(str(message.content))
    return data


@pytest.mark.parametrize(("said", "role_id"), [
    ("backend", "backend-developer"), ("Backend Engineer", "backend-developer"),
    ("back-end dev", "backend-developer"), ("data analyst", "data-analyst"),
    ("a devops role", "devops-engineer"), ("penetration testing", "penetration-tester")])
def test_free_text_roles_map_to_the_nearest_catalogue_role(said: str, role_id: str) -> None:
    role = nearest_role(load_roles(), said)
    assert role is not None and role.id == role_id


def test_nothing_like_a_role_maps_to_none() -> None:
    assert nearest_role(load_roles(), "the role") is None
    assert nearest_role(load_roles(), "zzzz qqqq") is None


def test_start_stores_a_planned_interview_and_waits_for_the_first_answer(
        services: Services) -> None:
    user = _user(services)
    data = _call(services, "start_interview", user, role="backend")
    assert data["awaiting_answer"] is True and data["role"] == "Backend Developer"
    assert (data["questions"], data["technical"], data["behavioral"]) == (6, 4, 2)
    assert data["question"]["number"] == 1 and data["question"]["type"] == "technical"
    with services.sessions() as session:
        record = repo.get_interview(session, user, data["interview_id"])
    assert record is not None and record.status == "in_progress"
    assert [i.status for i in record.items] == ["pending"] * 6
    assert {i.skill for i in record.items if i.type == "technical"} <= {
        "SQL", "Git", "REST APIs", "Docker"}


def test_gap_skills_come_first(services: Services) -> None:
    user = _user(services)
    with services.sessions.begin() as session:
        resume_id = resume_repo.save_resume(session, user, "cv.pdf", 1, "pdf", None,
                                            ResumeProfile(skills=[
                                                ResumeSkill(name="SQL", taxonomy_id="sql"),
                                                ResumeSkill(name="Git", taxonomy_id="git")]))
        active.set_active_resume(session, user, resume_id)
    data = _call(services, "start_interview", user, role="backend developer")
    assert {"rest-api", "docker"} <= set(data["gap_skills"])
    with services.sessions() as session:
        record = repo.get_interview(session, user, data["interview_id"])
    assert record is not None
    technical = [i.skill for i in record.items if i.type == "technical"]
    assert set(technical[:2]) == {"REST APIs", "Docker"}


def test_unknown_role_falls_back_to_the_saved_job(services: Services) -> None:
    user = _user(services)
    with services.sessions.begin() as session:
        job_id = job_repo.save_job(session, user, JobDescription(
            title="Platform Engineer", skills=[
                JobSkill(name=n, taxonomy_id=t, priority="critical")
                for n, t in (("SQL", "sql"), ("Git", "git"), ("Docker", "docker"))]), "text")
        active.set_active_job(session, user, job_id)
    data = _call(services, "start_interview", user, role="zzzz qqqq")
    assert data["role"] == "Platform Engineer"
    assert "zzzz qqqq" in data["role_note"] and "saved job description" in data["role_note"]


def test_no_role_uses_the_target_role(services: Services) -> None:
    user = _user(services, target_role="backend engineer")
    data = _call(services, "start_interview", user)
    assert data["role"] == "Backend Developer" and data["role_note"] is None


def test_too_few_questions_for_a_general_interview_is_an_error_with_guidance(
        services: Services) -> None:
    data = _call(services, "start_interview", _user(services))  # 3 behavioural in the bank
    assert data["error"] and data["guidance"]


def test_nothing_to_resume_and_no_summary_yet(services: Services) -> None:
    user = _user(services)
    assert "no paused mock interview" in _call(services, "resume_interview", user)["error"]
    assert "haven't done a mock interview" in _call(services, "interview_summary", user)["error"]


def test_resume_and_summary_of_a_started_interview(services: Services) -> None:
    user = _user(services)
    started = _call(services, "start_interview", user, role="backend")
    resumed = _call(services, "resume_interview", user)
    assert resumed["interview_id"] == started["interview_id"]
    assert resumed["resumed"] is True and resumed["awaiting_answer"] is True
    summary = _call(services, "interview_summary", user)["summary"]
    assert summary["status"] == "in_progress" and summary["overall_score"] is None
    assert summary["planned"] == 6 and summary["answered"] == 0
