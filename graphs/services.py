"""The real dependencies the LLM-facing tools need, handed in by the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from storage.files import UploadStore
from tools.protocols import SkillCanonicalizer
from tools.skill_matcher import SkillMatcher


@dataclass
class Services:
    """What tool wrappers use.

    Attributes:
        sessions: SQLAlchemy session factory; each tool call owns one transaction.
        uploads: Where uploaded files are stored per user.
        skill_matcher: Returns the (lazily built, shared) skill matcher over the taxonomy.
        skill_index: Returns the (lazily loaded, shared) Qdrant skill index.
    """

    sessions: sessionmaker[Session]
    uploads: UploadStore
    skill_matcher: Callable[[], SkillMatcher]
    skill_index: Callable[[], SkillCanonicalizer]
