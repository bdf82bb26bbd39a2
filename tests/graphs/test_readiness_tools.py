"""The readiness tools invoked directly: show_readiness, recommend_jobs and
import_job_postings over a migrated SQLite database, the real taxonomy and skill matcher, and
a one-hot skill index (same skill → cosine 1, different skills → 0)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from service_helpers import one_hot_services
from sqlalchemy.orm import Session, sessionmaker

import storage.repositories.interviews as interview_repo
import storage.repositories.jobs as job_repo
import storage.repositories.readiness as readiness_repo
import storage.repositories.resumes as resume_repo
import storage.repositories.roadmaps as roadmap_repo
from graphs.services import Services
from graphs.toolkit.readiness import readiness_tools
from storage.repositories.interviews import AnsweredQuestion
from storage.repositories.users import create_user
from tools.jobs.models import JobDescription, JobSkill
from tools.readiness import readiness_score
from tools.readiness.models import InterviewPart, PracticePart, SkillPart
from tools.resume.models import ResumeProfile, ResumeSkill
from tools.roadmap.models import Goal, LearningPlan, Roadmap, RoadmapSkill, RoadmapStage
from tools.skill_matcher import SkillMatcher

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
SKILLS = {"python": "Python", "sql": "SQL", "docker": "Docker", "kubernetes": "Kubernetes"}


@pytest.fixture
def services(tmp_path: Path, matcher: SkillMatcher) -> Iterator[Services]:
    with one_hot_services(tmp_path, matcher, NOW) as built:
        yield built


def _user(sessions: sessionmaker[Session], name: str = "ann") -> str:
    with sessions.begin() as session:
        return create_user(session, name, None).id


def _call(services: Services, name: str, user_id: str, **args: Any) -> dict[str, Any]:
    tool = next(t for t in readiness_tools(services) if t.name == name)
    return json.loads(tool.invoke(args, config={"configurable": {"user_id": user_id}}))


def _skills(*ids: str) -> list[JobSkill]:
    return [JobSkill(name=SKILLS[i], taxonomy_id=i, priority="critical") for i in ids]


def _roadmap(done: bool) -> Roadmap:
    skill = RoadmapSkill(id="s1", name="Docker", taxonomy_id="docker", hours=5)
    goals = [Goal(key=f"g{i}", type="daily", description=f"Study Docker part {i}",
                  skills=["s1"], first_day=0, last_day=3, minutes=30, completed=done or i == 0)
             for i in range(4)]
    stage = RoadmapStage(number=1, title="Containers", description="d", skills=[skill],
                         difficulty="beginner", estimated_days=7, first_day=0, goals=goals)
    return Roadmap(title="Roadmap to Backend", plan=LearningPlan(), start=date(2026, 11, 20),
                   stages=[stage], estimated_days=7)


def _prepare(services: Services, user_id: str, *, roadmap_done: bool, interview: float) -> None:
    with services.sessions.begin() as session:
        resume_repo.save_resume(session, user_id, "cv.pdf", 1, "pdf", None, ResumeProfile(
            skills=[ResumeSkill(name="Python", taxonomy_id="python"),
                    ResumeSkill(name="SQL", taxonomy_id="sql")]))
        job_repo.save_job(session, user_id, JobDescription(
            title="Backend Engineer", company="Acme",
            skills=_skills("python", "sql", "docker", "kubernetes")), "text",
            created_at=NOW - timedelta(days=30))
        roadmap_repo.save_roadmap(session, user_id, _roadmap(roadmap_done))
        interview_repo.record_interview(session, user_id, [
            AnsweredQuestion(text="What is Kubernetes?", skill="Kubernetes", score=interview)],
            completed_at=NOW - timedelta(days=1))


def test_a_new_user_gets_zero_with_a_step_for_every_part(services: Services) -> None:
    ann = _user(services.sessions)
    data = _call(services, "show_readiness", ann)
    assert data["score"] == 0 and not data["ready_for_job_search"]
    assert list(data["breakdown"]) == ["skill_acquisition", "practice_completion",
                                       "interview_performance"]
    assert all("counted as 0" in p["detail"] for p in data["breakdown"].values())
    assert {s["area"] for s in data["improvements"]} == set(data["breakdown"])
    assert data["gauge"]["value"] == 0 and data["gauge"]["threshold"] == 75
    assert [b["to"] for b in data["gauge"]["bands"]] == [50, 75, 100]
    assert data["trend"]["weekly_rate"] is None and data["trend"]["direction"] == "too_early"
    with services.sessions() as session:
        assert [p.score for p in readiness_repo.readiness_history(session, ann)] == [0.0]


def test_parts_come_from_the_job_roadmap_and_interviews(services: Services) -> None:
    ann = _user(services.sessions)
    _prepare(services, ann, roadmap_done=False, interview=40)
    data = _call(services, "show_readiness", ann)
    parts = data["breakdown"]
    assert parts["skill_acquisition"]["detail"] == (
        "2 of 4 required skills for Backend Engineer at Acme")
    assert parts["practice_completion"]["figures"] == {"completed": 1, "total": 4}
    assert parts["interview_performance"]["score"] == 40
    assert data["score"] == round(0.4 * 50 + 0.3 * 25 + 0.3 * 40, 1)
    actions = " ".join(s["action"] for s in data["improvements"])
    skills_step = next(s["action"] for s in data["improvements"]
                       if s["area"] == "skill_acquisition")
    assert "Docker" in skills_step and "Kubernetes" in skills_step
    assert "Practise answers on Kubernetes" in actions
    assert "Study Docker part 1" in actions


def test_a_finished_roadmap_stage_counts_its_skill_as_learned(services: Services) -> None:
    ann = _user(services.sessions)
    _prepare(services, ann, roadmap_done=True, interview=90)
    data = _call(services, "show_readiness", ann)
    assert data["breakdown"]["skill_acquisition"]["figures"] == {"learned": 3, "required": 4}
    assert data["score"] == round(0.4 * 75 + 0.3 * 100 + 0.3 * 90, 1)


def test_the_trend_shows_a_weekly_rate_after_a_week(services: Services) -> None:
    ann = _user(services.sessions)
    first = readiness_score(SkillPart(), PracticePart(), InterviewPart(scores=[20.0],
                                                                        completed=1))
    with services.sessions.begin() as session:
        readiness_repo.record_readiness(session, ann, first, NOW - timedelta(days=14))
    _prepare(services, ann, roadmap_done=False, interview=40)
    data = _call(services, "show_readiness", ann)
    assert data["trend"]["first_score"] == 6.0
    assert data["trend"]["weekly_rate"] == round((data["score"] - 6.0) / 2, 2)
    assert data["trend"]["direction"] == "improving"


def _postings(services: Services, user_id: str, count: int) -> None:
    combos = [("python",), ("python", "sql"), ("python", "sql", "docker"), ("docker",),
              ("kubernetes", "docker"), ("sql",), ("python", "kubernetes")]
    with services.sessions.begin() as session:
        for i in range(count):
            job_repo.save_job(session, user_id, JobDescription(
                title=f"Opening {i}", company="Globex", skills=_skills(*combos[i])),
                "t", source="imported", url=f"https://jobs.example/{i}",
                created_at=NOW - timedelta(hours=i))


def test_ready_users_get_the_top_five_openings_best_match_first(services: Services) -> None:
    ann = _user(services.sessions)
    _prepare(services, ann, roadmap_done=True, interview=90)
    _postings(services, ann, 7)
    data = _call(services, "recommend_jobs", ann)
    assert data["eligible"] and data["known"] == 8  # 7 imported + the pasted job
    assert len(data["jobs"]) == 5 and "5 best matches of the 8" in data["note"]
    percentages = [j["match_percentage"] for j in data["jobs"]]
    assert percentages == sorted(percentages, reverse=True)
    assert data["jobs"][0]["title"] in {"Opening 0", "Opening 1", "Opening 5"}
    assert data["jobs"][0]["url"].startswith("https://jobs.example/")


def test_fewer_than_five_openings_are_said_plainly(services: Services) -> None:
    ann = _user(services.sessions)
    _prepare(services, ann, roadmap_done=True, interview=90)
    _postings(services, ann, 1)
    data = _call(services, "recommend_jobs", ann)
    assert len(data["jobs"]) == 2 and "Only 2 openings" in data["note"]


def test_below_75_the_user_is_told_what_to_do_first(services: Services) -> None:
    ann = _user(services.sessions)
    _prepare(services, ann, roadmap_done=False, interview=40)
    _postings(services, ann, 3)
    data = _call(services, "recommend_jobs", ann)
    assert not data["eligible"] and data["jobs"] == [] and data["known"] == 4
    assert data["first_steps"] and data["first_steps"][0]["action"] in data["note"]


DESCRIPTION = ("Requirements: strong Python and SQL skills, experience with Docker, "
               "3+ years of experience building backend services.")


def test_an_attached_file_of_postings_is_imported_once(services: Services) -> None:
    ann = _user(services.sessions)
    rows = [{"title": "Backend Engineer", "company": "Globex", "url": "https://g.example/1",
             "description": DESCRIPTION},
            {"title": "Chef", "description": "Cook lovely meals for our guests every single "
                                             "evening in a busy restaurant kitchen."},
            {"title": "", "description": DESCRIPTION}]
    upload = services.uploads.save(ann, "postings.json", json.dumps(rows, indent=1).encode())
    data = _call(services, "import_job_postings", ann, upload_id=upload)
    assert data["total"] == 3 and [p["title"] for p in data["imported"]] == ["Backend Engineer"]
    assert data["imported"][0]["skills"] >= 3
    assert [(s["line"], s["reason"]) for s in data["skipped"]] == [
        (8, "no skills or requirements found in the description"), (12, "no title")]
    again = _call(services, "import_job_postings", ann, upload_id=upload)
    assert again["imported"] == [] and again["skipped"][0]["reason"] == "already imported"
    with services.sessions() as session:
        stored = job_repo.list_postings(session, ann)
    assert [(s.title, s.company, s.url, s.source) for s, _ in stored] == [
        ("Backend Engineer", "Globex", "https://g.example/1", "imported")]


def test_a_broken_file_is_an_error_with_a_next_step(services: Services) -> None:
    ann = _user(services.sessions)
    upload = services.uploads.save(ann, "postings.json", b'[{"title": "x",}]')
    data = _call(services, "import_job_postings", ann, upload_id=upload)
    assert "line 1" in data["error"] and data["guidance"]
