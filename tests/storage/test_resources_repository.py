"""Resource rows on both engines: seeding, ratings (Property 34), availability (33, 37)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from storage.orm import Resource as ResourceRow
from storage.orm import ResourceSkill
from storage.repositories import resources as repo
from storage.repositories import users
from storage.resource_index import load_resources
from tools.errors import InvalidInput, NotFound
from tools.resources.recommend import alternatives_for, recommend_resources

NOW = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
SAMPLE = [r for r in load_resources() if "docker" in r.skills or "linux" in r.skills]


def _seed(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        repo.sync_catalog(session, SAMPLE)


def test_sync_inserts_once_and_is_idempotent(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        assert repo.sync_catalog(session, SAMPLE) == len(SAMPLE)
    with sessions.begin() as session:
        assert repo.sync_catalog(session, SAMPLE) == 0
        rows = session.scalar(select(func.count()).select_from(ResourceRow))
        skills = session.scalar(select(func.count()).select_from(ResourceSkill))
    assert rows == len(SAMPLE)
    assert skills == sum(len(r.skills) for r in SAMPLE)


def test_sync_updates_changed_entries_and_keeps_state(sessions: sessionmaker[Session]) -> None:
    _seed(sessions)
    first = SAMPLE[0]
    with sessions.begin() as session:
        repo.record_link_checks(session, {first.key: False}, NOW)
    renamed = first.model_copy(update={"title": "Renamed", "skills": (first.skills[0],)})
    with sessions.begin() as session:
        assert repo.sync_catalog(session, [renamed, *SAMPLE[1:]]) == 1
        row = session.scalars(select(ResourceRow).where(
            ResourceRow.catalog_key == first.key)).one()
        assert (row.title, row.is_available) == ("Renamed", False)


def test_ratings_move_the_blended_score_and_recommendations(
    sessions: sessionmaker[Session],
) -> None:
    """Property 34 through the database: ratings from several users change the score
    that later recommendations use."""
    _seed(sessions)
    with sessions.begin() as session:
        ids = [users.create_user(session, f"user{i}", None).id for i in range(12)]
    with sessions() as session:
        before = repo.load_catalog(session, SAMPLE)
    top = recommend_resources("docker", "beginner", before)[0]
    with sessions.begin() as session:
        for user_id in ids:
            summary = repo.rate_resource(session, user_id, top.key, 1, now=NOW)
        again = repo.rate_resource(session, ids[0], top.key, 2, now=NOW)  # replaces
    assert (summary.count, summary.total) == (12, 12)
    assert (again.count, again.total) == (12, 13)
    with sessions() as session:
        after = repo.load_catalog(session, SAMPLE)
    rated = after.get(top.key)
    assert rated is not None and rated.ratings.count == 12
    assert rated.score == pytest.approx((5 * top.editorial_score + 13) / 17)
    assert top.key not in [r.key for r in recommend_resources("docker", "beginner", after)]


def test_bad_ratings_and_unknown_resources_are_refused(session: Session) -> None:
    repo.sync_catalog(session, SAMPLE)
    user = users.create_user(session, "rater", None)
    for stars in (0, 6, True, 4.5):
        with pytest.raises(InvalidInput):
            repo.rate_resource(session, user.id, SAMPLE[0].key, stars)  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        repo.rate_resource(session, user.id, "no-such-resource", 4)


def test_unavailable_links_are_skipped_and_get_alternatives(
    sessions: sessionmaker[Session],
) -> None:
    """Property 33 through the database."""
    _seed(sessions)
    with sessions() as session:
        first = recommend_resources("docker", "beginner", repo.load_catalog(session, SAMPLE))
    gone = first[0]
    with sessions.begin() as session:
        assert repo.record_link_checks(session, {gone.key: False, "unknown": True}, NOW) == 1
    with sessions() as session:
        catalog = repo.load_catalog(session, SAMPLE)
    stored = catalog.get(gone.key)
    assert stored is not None and not stored.available and stored.last_verified == NOW
    assert gone.key not in [r.key for r in recommend_resources("docker", "beginner", catalog)]
    alternatives = alternatives_for(stored, catalog, level="beginner")
    assert alternatives and all("docker" in r.skills or set(r.skills) & set(stored.skills)
                                for r in alternatives)


def test_resource_urls_lists_every_row(session: Session) -> None:
    repo.sync_catalog(session, SAMPLE)
    assert repo.resource_urls(session) == {r.key: r.url for r in SAMPLE}
