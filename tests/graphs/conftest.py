"""Fixtures shared by the tool tests."""

from __future__ import annotations

import pytest

from storage.taxonomy import load_taxonomy
from tools.skill_matcher import SkillMatcher


@pytest.fixture(scope="session")
def matcher() -> SkillMatcher:
    """The spaCy skill matcher over the bundled taxonomy, built once for the session."""
    return SkillMatcher(load_taxonomy())
