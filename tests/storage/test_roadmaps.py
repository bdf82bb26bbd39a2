"""Roadmap repository on SQLite and PostgreSQL: save, load, update, active roadmap, owners."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from storage.orm.roadmaps import RoadmapGoal
from storage.repositories.roadmaps import (
    get_active_roadmap,
    get_roadmap,
    goal_completion,
    list_roadmaps,
    save_roadmap,
    update_roadmap,
)
from storage.repositories.users import create_user
from storage.taxonomy import default_taxonomy
from tools.errors import NotFound
from tools.roadmap.build import build_roadmap
from tools.roadmap.models import LearningPlan, ResourceRef, Roadmap
from tools.roadmap.progress import complete_goal, complete_stage

START = date(2026, 12, 1)


class _Finder:
    def for_stage(self, skill_ids: list[str], level: str) -> list[ResourceRef]:
        return [ResourceRef(title=f"{s} docs", url=f"https://example.org/{s}",
                            type="documentation", difficulty=level,  # type: ignore[arg-type]
                            skills=[s]) for s in skill_ids]


def _roadmap() -> Roadmap:
    return build_roadmap(["git", "docker", "linux", "python", "sql", "excel"],
                         LearningPlan(hours=2, deadline_weeks=4), default_taxonomy(), _Finder(),
                         start=START, target_role="Data Engineer")


def _users(session: Session) -> tuple[str, str]:
    alice = create_user(session, "alice", "correct horse battery").id
    bob = create_user(session, "bob", "correct horse battery").id
    session.commit()
    return alice, bob


def test_a_saved_roadmap_loads_back_equal(sessions: sessionmaker[Session]) -> None:
    roadmap = _roadmap()
    with sessions() as session:
        alice, _ = _users(session)
        roadmap_id = save_roadmap(session, alice, roadmap)
        session.commit()
    with sessions() as session:
        assert get_roadmap(session, alice, roadmap_id) == roadmap
        active = get_active_roadmap(session, alice)
        assert active is not None and active[0] == roadmap_id
        goal_rows = session.scalars(select(RoadmapGoal).where(RoadmapGoal.user_id == alice))
        assert {g.goal_key for g in goal_rows} == {g.key for g in roadmap.goals()}


def test_progress_is_saved_and_counted(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        alice, _ = _users(session)
        roadmap_id = save_roadmap(session, alice, _roadmap())
        session.commit()
    with sessions() as session:
        roadmap = get_roadmap(session, alice, roadmap_id)
        roadmap, _ = complete_goal(roadmap, "mark the Docker goal done", START)
        roadmap = complete_stage(roadmap, 1, START + timedelta(days=5))
        update_roadmap(session, alice, roadmap_id, roadmap)
        session.commit()
    with sessions() as session:
        loaded = get_roadmap(session, alice, roadmap_id)
        assert loaded == roadmap
        assert loaded.stages[0].status == "completed"
        done, total = goal_completion(session, alice)
        assert total == len(roadmap.goals())
        assert done == sum(1 for g in roadmap.goals() if g.completed) > 0


def test_a_goal_row_marked_done_elsewhere_shows_on_load(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        alice, _ = _users(session)
        roadmap_id = save_roadmap(session, alice, _roadmap())
        row = session.scalars(select(RoadmapGoal).where(
            RoadmapGoal.user_id == alice, RoadmapGoal.goal_key == "study:git")).one()
        row.completed = True
        session.commit()
    with sessions() as session:
        goal = next(g for g in get_roadmap(session, alice, roadmap_id).goals()
                    if g.key == "study:git")
        assert goal.completed


def test_a_new_roadmap_archives_the_old_one(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        alice, _ = _users(session)
        first = save_roadmap(session, alice, _roadmap())
        session.commit()
        second = save_roadmap(session, alice, _roadmap())
        session.commit()
        listed = {r.id: r.status for r in list_roadmaps(session, alice)}
        assert listed == {first: "archived", second: "active"}
        active = get_active_roadmap(session, alice)
        assert active is not None and active[0] == second


def test_another_users_roadmap_is_not_found(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        alice, bob = _users(session)
        roadmap_id = save_roadmap(session, alice, _roadmap())
        session.commit()
        with pytest.raises(NotFound) as caught:
            get_roadmap(session, bob, roadmap_id)
        assert caught.value.guidance
        with pytest.raises(NotFound):
            update_roadmap(session, bob, roadmap_id, _roadmap())
        assert get_active_roadmap(session, bob) is None
        assert list_roadmaps(session, bob) == []
        assert goal_completion(session, bob) == (0, 0)
