"""Users' learning roadmaps: save, load, update and list.

The domain :class:`~tools.roadmap.models.Roadmap` is kept as JSON in ``hr_roadmaps.document``
(migration 0004) and also written as stage, stage-skill and goal rows, which stay the
queryable record of status and completion (readiness counts goal rows, Property 25). On
load, stage status and goal completion are read from the rows. A user has at most one
``active`` roadmap: saving a new one archives the others. Every query filters on
``user_id``; nothing commits (the caller owns the transaction).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from pydantic import BaseModel, ConfigDict
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from prompts import roadmap as words
from storage.orm.roadmaps import Roadmap as RoadmapRow
from storage.orm.roadmaps import RoadmapGoal, RoadmapStage, RoadmapStageSkill
from tools.errors import NotFound
from tools.roadmap.models import Roadmap
from tools.roadmap.progress import progress_percentage

TITLE_CHARS = 255


class StoredRoadmap(BaseModel):
    """One stored roadmap, without its stages.

    Attributes:
        id: Roadmap id.
        title: Title.
        target_role: Role aimed at, if any.
        status: ``active``, ``archived`` or ``completed``.
        total_stages: Number of stages.
        estimated_days: Estimated days.
        created_at: When it was stored (aware, UTC).
    """

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    target_role: str | None
    status: str
    total_stages: int
    estimated_days: float | None
    created_at: datetime


def save_roadmap(session: Session, user_id: str, roadmap: Roadmap,
                 skill_gap_id: str | None = None) -> str:
    """Store a new roadmap for a user as their active one; return its id.

    Args:
        session: Open session; the caller commits.
        user_id: Owner's id.
        roadmap: The roadmap.
        skill_gap_id: The stored gap analysis it came from, if any.
    """
    session.execute(update(RoadmapRow).where(RoadmapRow.user_id == user_id,
                                             RoadmapRow.status == "active")
                    .values(status="archived"))
    row = RoadmapRow(user_id=user_id, skill_gap_id=skill_gap_id)
    _fill(row, roadmap)
    session.add(row)
    session.flush()
    _write_stages(session, user_id, row.id, roadmap)
    return row.id


def update_roadmap(session: Session, user_id: str, roadmap_id: str, roadmap: Roadmap,
                   adapted_at: datetime | None = None) -> None:
    """Replace a stored roadmap's content (after progress, adaptation or regeneration).

    Args:
        session: Open session; the caller commits.
        user_id: Owner's id.
        roadmap_id: The roadmap's id.
        roadmap: Its new content.
        adapted_at: When it was adapted or regenerated (aware), if it was.

    Raises:
        NotFound: Unknown id, or another user's.
    """
    row = _row(session, user_id, roadmap_id)
    _fill(row, roadmap, keep_archived=True)
    if adapted_at is not None:
        row.adapted_at = adapted_at
    _delete_stages(session, user_id, roadmap_id)
    _write_stages(session, user_id, roadmap_id, roadmap)
    session.flush()


def get_roadmap(session: Session, user_id: str, roadmap_id: str) -> Roadmap:
    """One of the user's roadmaps, with status and completion from its rows.

    Raises:
        NotFound: Unknown id, or another user's.
    """
    return _load(session, user_id, _row(session, user_id, roadmap_id))


def get_active_roadmap(session: Session, user_id: str) -> tuple[str, Roadmap] | None:
    """The user's active roadmap as ``(id, roadmap)``, or None when there is none."""
    row = session.scalars(select(RoadmapRow).where(
        RoadmapRow.user_id == user_id, RoadmapRow.status.in_(("active", "completed")))
        .order_by(RoadmapRow.created_at.desc(), RoadmapRow.id)).first()
    return (row.id, _load(session, user_id, row)) if row is not None else None


def list_roadmaps(session: Session, user_id: str) -> list[StoredRoadmap]:
    """The user's roadmaps, newest first."""
    rows = session.scalars(select(RoadmapRow).where(RoadmapRow.user_id == user_id)
                           .order_by(RoadmapRow.created_at.desc(), RoadmapRow.id)).all()
    return [StoredRoadmap(id=r.id, title=r.title or "", target_role=r.target_role,
                          status=r.status, total_stages=r.total_stages,
                          estimated_days=r.estimated_days, created_at=r.created_at)
            for r in rows]


def goal_completion(session: Session, user_id: str) -> tuple[int, int]:
    """``(completed, total)`` goals of the user's active roadmap (Property 25); (0, 0) if none.
    """
    active = get_active_roadmap(session, user_id)
    if active is None:
        return 0, 0
    stage_ids = select(RoadmapStage.id).where(RoadmapStage.user_id == user_id,
                                              RoadmapStage.roadmap_id == active[0])
    total, done = session.execute(
        select(func.count(RoadmapGoal.id),
               func.count(RoadmapGoal.id).filter(RoadmapGoal.completed.is_(True)))
        .where(RoadmapGoal.user_id == user_id, RoadmapGoal.stage_id.in_(stage_ids))).one()
    return int(done), int(total)


def _row(session: Session, user_id: str, roadmap_id: str) -> RoadmapRow:
    row = session.scalars(select(RoadmapRow).where(
        RoadmapRow.user_id == user_id, RoadmapRow.id == roadmap_id)).first()
    if row is None or row.document is None:
        raise NotFound(words.NO_ROADMAP, words.NO_ROADMAP_NEXT)
    return row


def _fill(row: RoadmapRow, roadmap: Roadmap, keep_archived: bool = False) -> None:
    row.title = roadmap.title[:TITLE_CHARS]
    row.target_role = roadmap.target_role and roadmap.target_role[:TITLE_CHARS]
    row.difficulty = roadmap.plan.level
    row.total_stages = len(roadmap.stages)
    row.estimated_days = float(roadmap.estimated_days)
    if not (keep_archived and row.status == "archived"):
        row.status = roadmap.status
    row.document = roadmap.model_dump(mode="json")


def _write_stages(session: Session, user_id: str, roadmap_id: str, roadmap: Roadmap) -> None:
    for stage in roadmap.stages:
        stage_row = RoadmapStage(
            user_id=user_id, roadmap_id=roadmap_id, stage_number=stage.number,
            title=stage.title[:TITLE_CHARS], description=stage.description,
            difficulty=stage.difficulty, estimated_days=float(stage.estimated_days),
            status=stage.status, started_at=_moment(stage.started_on),
            completed_at=_moment(stage.completed_on))
        session.add(stage_row)
        session.flush()
        session.add_all([RoadmapStageSkill(user_id=user_id, stage_id=stage_row.id,
                                           skill_name=s.name[:TITLE_CHARS],
                                           taxonomy_id=s.taxonomy_id, level=stage.difficulty)
                         for s in stage.skills])
        session.add_all([RoadmapGoal(user_id=user_id, stage_id=stage_row.id,
                                     goal_type=g.type, description=g.description,
                                     completed=g.completed, completed_at=_moment(g.completed_on),
                                     goal_key=g.key)
                         for g in stage.goals])
    session.flush()


def _delete_stages(session: Session, user_id: str, roadmap_id: str) -> None:
    stage_ids = select(RoadmapStage.id).where(RoadmapStage.user_id == user_id,
                                              RoadmapStage.roadmap_id == roadmap_id)
    for table in (RoadmapGoal, RoadmapStageSkill):
        session.execute(delete(table).where(table.user_id == user_id,
                                            table.stage_id.in_(stage_ids)))
    session.execute(delete(RoadmapStage).where(RoadmapStage.user_id == user_id,
                                               RoadmapStage.roadmap_id == roadmap_id))


def _load(session: Session, user_id: str, row: RoadmapRow) -> Roadmap:
    roadmap = Roadmap.model_validate(row.document)
    stages = {s.stage_number: s for s in session.scalars(select(RoadmapStage).where(
        RoadmapStage.user_id == user_id, RoadmapStage.roadmap_id == row.id))}
    goals: dict[tuple[str, str | None], RoadmapGoal] = {
        (g.stage_id, g.goal_key): g for g in session.scalars(select(RoadmapGoal).where(
            RoadmapGoal.user_id == user_id,
            RoadmapGoal.stage_id.in_([s.id for s in stages.values()])))}
    overlaid = []
    for stage in roadmap.stages:
        stage_row = stages.get(stage.number)
        if stage_row is None:
            overlaid.append(stage)
            continue
        new_goals = []
        for goal in stage.goals:
            goal_row = goals.get((stage_row.id, goal.key))
            if goal_row is not None and goal_row.completed != goal.completed:
                goal = goal.model_copy(update={
                    "completed": goal_row.completed,
                    "completed_on": _day(goal_row.completed_at) if goal_row.completed
                    else None})
            new_goals.append(goal)
        overlaid.append(stage.model_copy(update={"goals": new_goals,
                                                 "status": stage_row.status}))
    loaded = roadmap.model_copy(update={"stages": overlaid})
    done = progress_percentage(loaded) == 100
    return loaded.model_copy(update={"status": "completed" if done else "active"})


def _moment(day: date | None) -> datetime | None:
    """A date stored as midnight UTC (the columns hold instants)."""
    return datetime.combine(day, time(0), tzinfo=UTC) if day is not None else None


def _day(moment: datetime | None) -> date | None:
    return moment.astimezone(UTC).date() if moment is not None else None
