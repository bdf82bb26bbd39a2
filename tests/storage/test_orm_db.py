"""The whole domain schema on both engines: ownership, cascade deletion, UTC timestamps."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Engine, func, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from storage.orm import (
    Activity,
    Base,
    Interview,
    InterviewQuestion,
    JobDescription,
    JobRequiredSkill,
    Notification,
    ProgressMetric,
    ReadinessScore,
    Resource,
    ResourceRating,
    ResourceSkill,
    Roadmap,
    RoadmapGoal,
    RoadmapStage,
    RoadmapStageSkill,
    SkillGap,
    SkillGapItem,
    User,
    UtcDateTime,
)
from storage.orm.chat_history import ChatElement, ChatStep, ChatThread
from storage.orm.llm_cache import LlmCacheEntry
from storage.orm.onboarding import OnboardingRow
from storage.repositories.resumes import save_resume
from storage.repositories.users import create_user, delete_user
from tools.resume.models import Education, Experience, ResumeProfile, ResumeSkill

SHARED_TABLES = {"hr_resources", "hr_resource_skills"}
"""Reference data that belongs to no user."""
OWNED_TABLES = {t for t in Base.metadata.tables if t not in SHARED_TABLES}
WHEN = datetime(2026, 4, 2, 18, 30, tzinfo=UTC)


def _populate(session: Session, user_id: str, resource_id: str) -> None:
    """Give a user one row in every user-owned table."""
    profile = ResumeProfile(
        name="Pat", skills=[ResumeSkill(name="Python", source="skills")],
        education=[Education(degree="BSc")], experience=[Experience(title="Intern")],
    )
    resume_id = save_resume(session, user_id, "cv.txt", 10, "txt", None, profile)
    job = JobDescription(user_id=user_id, title="Data Analyst", description="SQL, Python")
    session.add(job)
    session.flush()
    gap = SkillGap(user_id=user_id, resume_id=resume_id, job_description_id=job.id)
    session.add(gap)
    session.flush()
    roadmap = Roadmap(user_id=user_id, skill_gap_id=gap.id, difficulty="beginner")
    session.add(roadmap)
    session.flush()
    stage = RoadmapStage(user_id=user_id, roadmap_id=roadmap.id, stage_number=1, title="SQL",
                         estimated_days=3.5, started_at=WHEN)
    interview = Interview(user_id=user_id, target_role="Data Analyst", started_at=WHEN)
    session.add_all([stage, interview])
    session.flush()
    session.add_all([
        JobRequiredSkill(user_id=user_id, job_description_id=job.id, skill_name="SQL",
                         priority="critical"),
        SkillGapItem(user_id=user_id, skill_gap_id=gap.id, position=0, skill_name="SQL",
                     priority="critical", explanation="Asked for by the job", market_demand=0.8),
        RoadmapStageSkill(user_id=user_id, stage_id=stage.id, skill_name="SQL"),
        RoadmapGoal(user_id=user_id, stage_id=stage.id, goal_type="daily",
                    description="Solve 3 queries"),
        ResourceRating(user_id=user_id, resource_id=resource_id, rating=5, rated_at=WHEN),
        Activity(user_id=user_id, activity_type="study", duration_minutes=45,
                 resource_id=resource_id, stage_id=stage.id, meta={"via": "chat"},
                 occurred_at=WHEN),
        ProgressMetric(user_id=user_id, day=date(2026, 4, 2), daily_productivity_score=75.0,
                       streak_days=3, total_study_minutes=45),
        ReadinessScore(user_id=user_id, overall_score=52.5, skill_acquisition_score=50,
                       practice_completion_score=40, interview_performance_score=70),
        InterviewQuestion(user_id=user_id, interview_id=interview.id, question_number=1,
                          question_text="Tell me about a project", question_type="behavioural",
                          answer="I built…", score=80, feedback="Use STAR", answered_at=WHEN),
        Notification(user_id=user_id, kind="checkin", message="How is SQL going?",
                     scheduled_for=WHEN),
    ])
    thread = ChatThread(id=f"thread-{user_id}", user_id=user_id, name="First chat",
                        updated_at=WHEN)
    session.add(thread)
    session.flush()
    session.add_all([
        ChatStep(id=f"step-{user_id}", thread_id=thread.id, user_id=user_id, seq=1,
                 step_type="user_message", output="hello"),
        ChatElement(id=f"element-{user_id}", thread_id=thread.id, user_id=user_id,
                    element_type="file", name="resume.pdf"),
        LlmCacheEntry(key=f"key-{user_id}", user_id=user_id, response="{}",
                      expires_at=WHEN),
        OnboardingRow(user_id=user_id, state={"status": "done"}),
    ])
    session.flush()


def _resource(session: Session) -> str:
    resource = Resource(catalog_key="sqlbolt", title="SQLBolt", resource_type="practice",
                        url="https://sqlbolt.com", difficulty="beginner", quality=4.6)
    session.add(resource)
    session.flush()
    session.add(ResourceSkill(resource_id=resource.id, skill_name="SQL"))
    return resource.id


def _counts(session: Session, user_id: str) -> dict[str, int]:
    counts = {}
    for name in sorted(OWNED_TABLES):
        table = Base.metadata.tables[name]
        column = table.c.id if name == "hr_users" else table.c.user_id
        counts[name] = session.scalar(select(func.count()).where(column == user_id)) or 0
    return counts


def test_every_user_owned_table_references_the_user_with_cascade(engine: Engine) -> None:
    inspector = inspect(engine)
    for name in OWNED_TABLES - {"hr_users"}:
        keys = [fk for fk in inspector.get_foreign_keys(name)
                if fk["constrained_columns"] == ["user_id"]]
        assert len(keys) == 1, name
        assert keys[0]["referred_table"] == "hr_users", name
        assert (keys[0].get("options") or {}).get("ondelete", "").upper() == "CASCADE", name
        assert not next(c for c in inspector.get_columns(name) if c["name"] == "user_id")[
            "nullable"], name


def test_deleting_a_user_removes_every_row_of_theirs_and_nothing_else(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        resource_id = _resource(session)
        gone = create_user(session, "leaving", "a long password")
        kept = create_user(session, "staying", None)
        _populate(session, gone.id, resource_id)
        _populate(session, kept.id, resource_id)
    with sessions() as session:
        before = _counts(session, gone.id)
        assert min(before.values()) >= 1, before  # the fixture covers every table
        assert _counts(session, kept.id) == before
    with sessions.begin() as session:
        delete_user(session, gone.id)
    with sessions() as session:
        assert set(_counts(session, gone.id).values()) == {0}
        assert _counts(session, kept.id) == before
        assert session.scalar(select(func.count()).select_from(Resource)) == 1
        assert session.scalar(select(func.count()).select_from(ResourceSkill)) == 1


def test_every_timestamp_column_reads_back_aware_utc(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        resource_id = _resource(session)
        user = create_user(session, "clock", None, timezone="America/Chicago")
        _populate(session, user.id, resource_id)
        session.get_one(Resource, resource_id).last_checked_at = WHEN
    seen = 0
    with sessions() as session:
        for mapper in Base.registry.mappers:
            for column in mapper.columns:
                if not isinstance(column.type, UtcDateTime):
                    continue
                for value in session.scalars(select(column)).all():
                    if value is None:
                        continue
                    seen += 1
                    assert value.tzinfo is not None and value.utcoffset() == timedelta(0), column
    assert seen >= 15


def test_time_and_date_columns_round_trip(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        user = create_user(session, "remind", None, timezone="Asia/Tokyo")
        row = session.get_one(User, user.id)
        row.reminder_enabled, row.reminder_time = True, time(19, 30)
        session.add(ProgressMetric(user_id=user.id, day=date(2026, 12, 31)))
    with sessions() as session:
        assert session.get_one(User, user.id).reminder_time == time(19, 30)
        assert session.scalars(select(ProgressMetric.day)).one() == date(2026, 12, 31)
