"""The bundled role catalogue: size, spread, integrity against the taxonomy."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from storage.roles import load_roles, role_by_id, role_by_title
from storage.taxonomy import default_taxonomy
from tools.gaps.models import Role


@pytest.fixture(scope="module")
def roles() -> list[Role]:
    return load_roles()


def test_at_least_80_roles_technical_and_not_entry_and_mid(roles: list[Role]) -> None:
    assert len(roles) >= 80
    technical = sum(r.technical for r in roles)
    assert technical >= 30 and len(roles) - technical >= 30
    assert Counter(r.level for r in roles).keys() == {"entry", "mid"}
    ids = [r.id for r in roles]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*", i) for i in ids)


def test_every_skill_id_is_in_the_taxonomy_and_in_one_tier(roles: list[Role]) -> None:
    taxonomy = default_taxonomy()
    for role in roles:
        listed = [skill for skill, _ in role.skills_by_priority()]
        unknown = [s for s in listed if taxonomy.by_id(s) is None]
        assert not unknown, f"{role.id}: {unknown}"
        assert len(listed) == len(set(listed)), role.id
        assert role.critical, role.id
        assert len(role.critical) + len(role.important) >= 6, role.id


def test_every_role_has_an_onet_occupation_and_title(roles: list[Role]) -> None:
    for role in roles:
        assert re.fullmatch(r"\d{2}-\d{4}\.\d{2}", role.onet_code), role.id
        assert role.onet_title and role.title and role.aliases, role.id


def test_lookups_by_id_and_by_title_or_alias() -> None:
    analyst = role_by_id("data-analyst")
    assert analyst is not None and "sql" in analyst.critical
    assert role_by_title("  junior DATA analyst ") == analyst
    assert role_by_title("astronaut") is None
    assert role_by_id("nope") is None
