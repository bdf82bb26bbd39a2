"""find_resources, invoked directly: resources at the 4.0 bar only; when fewer than 3 meet
it at the level, a plain note and the next best apart, each marked (Property 10 shortfall),
and the offline reply shows both."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import graphs.toolkit.resources as toolkit
from agent.offline.render_roadmap import render_resources
from graphs.services import Services
from graphs.toolkit.resources import resource_tools
from storage.db import make_engine, make_session_factory
from storage.files import UploadStore
from storage.migrate import upgrade
from storage.roles import load_roles
from storage.taxonomy import default_taxonomy
from tools.resources.catalog import ResourceCatalog
from tools.resources.models import Resource, Rubric
from tools.resources.quality import editorial_score

NOW = datetime(2026, 3, 2, 12, tzinfo=UTC)


class AliasIndex:
    """Canonicalises by the taxonomy's names and aliases only."""

    def canonicalize(self, name: str) -> Any:
        entry = default_taxonomy().by_alias(name)
        return None if entry is None else SimpleNamespace(skill_id=entry.id, name=entry.name)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    url = f"sqlite:///{tmp_path / 'hr.sqlite3'}"
    upgrade(url)
    engine = make_engine(url)
    yield Services(make_session_factory(engine), UploadStore(tmp_path / "uploads"),
                   lambda: None, AliasIndex, default_taxonomy,  # type: ignore[arg-type]
                   load_roles, lambda: NOW.date(), lambda: NOW, tmp_path / "exports")
    engine.dispose()


def _find(services: Services, **args: Any) -> dict[str, Any]:
    tool = next(t for t in resource_tools(services) if t.name == "find_resources")
    return dict(json.loads(tool.invoke(args, config={"configurable": {"user_id": "u1"}})))


def _item(key: str, type_: str, digits: str, levels: tuple[str, ...]) -> Resource:
    rubric = Rubric(authority=int(digits[0]), currency=int(digits[1]), depth=int(digits[2]),
                    practice=int(digits[3]))
    score = editorial_score(rubric)
    return Resource(key=key, title=key.replace("-", " ").title(),
                    url=f"https://example.org/{key}", type=type_, provider="Example",
                    levels=levels, duration_minutes=90, skills=("perl",), rubric=rubric,
                    editorial_score=score, score=score)


SHORT = ResourceCatalog([
    _item("perl-ref", "documentation", "5543", ("intermediate", "advanced")),
    _item("perl-docs", "documentation", "5553", ("advanced",)),
    _item("perl-book", "book", "4342", ("advanced",)),
    _item("perl-blog", "article", "3332", ("advanced",)),
    _item("perl-course", "course", "5545", ("intermediate",)),
], {"perl": "Perl"})


def test_a_shortfall_is_said_and_the_next_best_are_marked_apart(
    services: Services, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(toolkit, "load_catalog", lambda session: SHORT)
    data = _find(services, skill="Perl", level="advanced")
    assert [r["key"] for r in data["resources"]] == ["perl-docs", "perl-ref"]
    assert all(r["score"] >= 4.0 for r in data["resources"])
    assert (data["meeting_bar"], data["wanted"]) == (2, 3)
    assert data["note"].startswith(
        "Only 2 resources for Perl at advanced level meet the 4.0 quality bar.")
    assert [(r["key"], r["reason"], r["meets_bar"]) for r in data["below_bar"]] == [
        ("perl-book", "below_bar", False)]

    reply = render_resources(data)
    assert reply.index("Perl Docs") < reply.index(data["note"]) < reply.index("Perl Book")
    assert "3. [Perl Book](https://example.org/perl-book)" in reply
    assert "below the 4.0 bar at advanced level, score 3.4" in reply
    assert "Perl Blog" not in reply  # topped up to 3, no more


def test_nothing_at_the_level_offers_the_nearest_level_marked(
    services: Services, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(toolkit, "load_catalog", lambda session: SHORT)
    data = _find(services, skill="Perl", level="beginner")
    assert data["resources"] == [] and data["note"].startswith("No resource for Perl")
    assert [(r["key"], r["reason"], r["offered_level"]) for r in data["below_bar"]] == [
        ("perl-course", "other_level", "intermediate"),
        ("perl-ref", "other_level", "intermediate"),
        ("perl-docs", "other_level", "advanced")]
    reply = render_resources(data)
    assert data["note"] in reply and "intermediate level, not beginner; score 4.7" in reply
    assert "score 4.7/5" not in reply  # never listed like a resource at the bar


def test_enough_at_the_bar_has_no_note(services: Services) -> None:
    data = _find(services, skill="Docker")
    assert len(data["resources"]) >= 3 and data["note"] is None and data["below_bar"] == []
    assert "bar" not in render_resources(data)


def test_a_known_gap_of_the_bundled_catalogue(services: Services) -> None:
    """Perl, beginner: only perldoc and perlretut reach 4.0 (seed README, "Coverage")."""
    data = _find(services, skill="Perl", level="beginner")
    assert 0 < data["meeting_bar"] < 3 and len(data["resources"]) == data["meeting_bar"]
    assert len(data["resources"]) + len(data["below_bar"]) == 3
    assert all(r["meets_bar"] is False and "perl" in r["skills"]
               for r in data["below_bar"])
    reply = render_resources(data)
    assert data["note"] in reply
    assert all(r["mark"] in reply and r["url"] in reply for r in data["below_bar"])


def test_without_a_level_the_users_own_level_is_used(services: Services) -> None:
    from storage.repositories.preferences import PreferenceUpdate, set_preferences
    from storage.repositories.users import create_user

    with services.sessions.begin() as session:
        user_id = create_user(session, "lee", None).id
        set_preferences(session, user_id, PreferenceUpdate(experience_level="intermediate"))
    tool = next(t for t in resource_tools(services) if t.name == "find_resources")
    mine = json.loads(tool.invoke({"skill": "Docker"},
                                  config={"configurable": {"user_id": user_id}}))
    assert mine["level"] == "intermediate"
    assert _find(services, skill="Docker")["level"] == "beginner"  # no account, no level
    assert _find(services, skill="Docker", level="advanced")["level"] == "advanced"
