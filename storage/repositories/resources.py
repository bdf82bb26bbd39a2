"""The resource catalogue in the database: seeding, availability, users' ratings.

Catalogue rows are shared reference data (no ``user_id``); ratings are user-owned, and
their average across users is one of the two cross-user aggregates the design allows
(DESIGN.md, storage). The seed file stays the source of each resource's description;
the database adds what changes at run time — availability from link checks and users'
ratings — and :func:`load_catalog` merges the two. Nothing here commits.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prompts import resources as words
from storage.orm.base import as_utc
from storage.orm.resources import Resource as ResourceRow
from storage.orm.resources import ResourceRating, ResourceSkill
from storage.resource_index import load_resources, skill_names
from tools.errors import InvalidInput, NotFound
from tools.resources.catalog import ResourceCatalog
from tools.resources.models import RatingSummary, Resource
from tools.resources.quality import with_ratings

_COPIED = ("title", "url", "provider", "duration_minutes")


def sync_catalog(session: Session, resources: Sequence[Resource] | None = None) -> int:
    """Insert or update catalogue rows (and their skill rows) from the seed.

    Rows are matched on ``catalog_key``; availability, check times and ratings are kept.
    Rows no longer in the seed are left alone (ratings may point at them).

    Args:
        session: Open session (the caller commits).
        resources: The catalogue (default: the bundled seed).

    Returns:
        Number of rows inserted or changed (0 when the database is already current).
    """
    resources = load_resources() if resources is None else resources
    rows = {row.catalog_key: row for row in session.scalars(select(ResourceRow))}
    skills: dict[str, set[str]] = {}
    for resource_id, skill in session.execute(select(ResourceSkill.resource_id,
                                                     ResourceSkill.skill_name)):
        skills.setdefault(resource_id, set()).add(skill)
    changed = 0
    for resource in resources:
        row = rows.get(resource.key)
        if row is None:
            row = ResourceRow(catalog_key=resource.key, is_available=True)
            _copy(resource, row)
            session.add(row)
            session.flush([row])
            _sync_skills(session, row.id, resource.skills, set())
            changed += 1
        elif _copy(resource, row) | _sync_skills(session, row.id, resource.skills,
                                                  skills.get(row.id, set())):
            changed += 1
    session.flush()
    return changed


def _copy(resource: Resource, row: ResourceRow) -> bool:
    values = {name: getattr(resource, name) for name in _COPIED}
    values.update(resource_type=resource.type, difficulty=resource.difficulty,
                  quality=resource.editorial_score, is_free=resource.free,
                  description=resource.description or None)
    differs = any(getattr(row, name) != value for name, value in values.items())
    for name, value in values.items():
        setattr(row, name, value)
    return differs


def _sync_skills(session: Session, resource_id: str, wanted: Sequence[str],
                 present: set[str]) -> bool:
    missing = [s for s in wanted if s not in present]
    session.add_all(ResourceSkill(resource_id=resource_id, skill_name=s, taxonomy_id=s)
                    for s in missing)
    stale = present - set(wanted)
    if stale:
        for row in session.scalars(select(ResourceSkill).where(
                ResourceSkill.resource_id == resource_id, ResourceSkill.skill_name.in_(stale))):
            session.delete(row)
    return bool(missing or stale)


def load_catalog(session: Session, resources: Sequence[Resource] | None = None,
                 names: Mapping[str, str] | None = None) -> ResourceCatalog:
    """The catalogue with availability and blended scores from the database.

    Args:
        session: Open session.
        resources: Seed resources (default: the bundled seed).
        names: Skill display names (default: the taxonomy's).

    Returns:
        A catalogue where each resource carries its ``available`` flag, ``last_verified``
        time and users' ratings (blended score, Property 34). Resources not yet in the
        database keep their seed values.
    """
    resources = load_resources() if resources is None else resources
    state = _state(session)
    merged = []
    for resource in resources:
        found = state.get(resource.key)
        if found is not None:
            available, checked, ratings = found
            resource = with_ratings(resource, ratings).model_copy(
                update={"available": available, "last_verified": checked})
        merged.append(resource)
    return ResourceCatalog(merged, skill_names() if names is None else names)


def _state(session: Session) -> dict[str, tuple[bool, datetime | None, RatingSummary]]:
    query = (select(ResourceRow.catalog_key, ResourceRow.is_available,
                    ResourceRow.last_checked_at, func.count(ResourceRating.id),
                    func.coalesce(func.sum(ResourceRating.rating), 0))
             .outerjoin(ResourceRating, ResourceRating.resource_id == ResourceRow.id)
             .group_by(ResourceRow.id, ResourceRow.catalog_key, ResourceRow.is_available,
                       ResourceRow.last_checked_at))
    return {key: (bool(available), checked, RatingSummary(count=int(n), total=int(total)))
            for key, available, checked, n, total in session.execute(query)}


def rate_resource(session: Session, user_id: str, resource_key: str, stars: int,
                  comment: str | None = None, now: datetime | None = None) -> RatingSummary:
    """Record (or replace) a user's 1–5 star rating of a resource (Property 34).

    Args:
        session: Open session (the caller commits).
        user_id: The rating user.
        resource_key: Catalogue key of the resource.
        stars: Whole stars, 1–5.
        comment: Optional remark.
        now: Time of the rating (aware); default the current time.

    Returns:
        The resource's ratings across all users after this one.

    Raises:
        InvalidInput: ``stars`` is not a whole number from 1 to 5.
        NotFound: No resource with that key is in the database.
    """
    if isinstance(stars, bool) or not isinstance(stars, int) or not 1 <= stars <= 5:
        raise InvalidInput(words.BAD_RATING.format(rating=stars), words.BAD_RATING_NEXT)
    resource_id = session.scalars(select(ResourceRow.id).where(
        ResourceRow.catalog_key == resource_key)).first()
    if resource_id is None:
        raise NotFound(words.UNKNOWN_RESOURCE.format(mention=resource_key),
                       words.UNKNOWN_RESOURCE_NEXT)
    existing = session.scalars(select(ResourceRating).where(
        ResourceRating.user_id == user_id, ResourceRating.resource_id == resource_id)).first()
    if existing is None:
        existing = ResourceRating(user_id=user_id, resource_id=resource_id)
        session.add(existing)
    existing.rating, existing.comment, existing.rated_at = stars, comment, as_utc(now)
    session.flush()
    count, total = session.execute(
        select(func.count(ResourceRating.id), func.coalesce(func.sum(ResourceRating.rating), 0))
        .where(ResourceRating.resource_id == resource_id)).one()
    return RatingSummary(count=int(count), total=int(total))


def record_link_checks(session: Session, available: Mapping[str, bool],
                       checked_at: datetime) -> int:
    """Store link-check outcomes: availability and check time per catalogue key.

    Args:
        session: Open session (the caller commits).
        available: ``{catalog_key: True when the link answered, False on 404/410 or a
            timeout}``; inconclusive checks must be left out by the caller.
        checked_at: When the checks ran (aware).

    Returns:
        Number of rows updated (unknown keys are ignored).
    """
    if not available:
        return 0
    stamp = as_utc(checked_at)
    rows = session.scalars(select(ResourceRow).where(
        ResourceRow.catalog_key.in_(list(available))))
    count = 0
    for row in rows:
        row.is_available, row.last_checked_at = available[row.catalog_key], stamp
        count += 1
    session.flush()
    return count


def resource_urls(session: Session) -> dict[str, str]:
    """``{catalog_key: url}`` of every catalogue row (what the link checker visits)."""
    rows = session.execute(select(ResourceRow.catalog_key, ResourceRow.url))
    return {key: url for key, url in rows}
