"""Models of logged study activities (Property 14)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

ActivityType = Literal["study", "course", "practice", "reading", "video", "project", "interview"]
"""Kinds of activity; ``study`` when nothing more specific is said."""

ACTIVITY_TYPES: tuple[ActivityType, ...] = (
    "study", "course", "practice", "reading", "video", "project", "interview",
)


class ActivityDraft(BaseModel):
    """One activity read from a chat message, not yet stored.

    Attributes:
        activity_type: study, course, practice, reading, video, project or interview.
        minutes: Duration in whole minutes (≥ 0), or None when the message gives none
            ("did 2 LeetCode problems").
        count: How many items were done (problems, chapters, videos…), if said.
        completed: True when the message says something was finished ("finished the course").
        skill_id: Taxonomy id of the first skill named, if any is known.
        skill_name: Display name of that skill, if known.
        stage: Roadmap stage number named ("stage 2"), if any.
        day: The user's local calendar day the activity happened on.
        text: The part of the message this activity was read from.
    """

    model_config = ConfigDict(frozen=True)

    activity_type: ActivityType
    minutes: int | None = Field(default=None, ge=0)
    count: int | None = Field(default=None, ge=1)
    completed: bool = False
    skill_id: str | None = None
    skill_name: str | None = None
    stage: int | None = Field(default=None, ge=1)
    day: date
    text: str


class NewActivity(BaseModel):
    """An activity to store (Property 14: valid aware timestamp, type, minutes ≥ 0).

    Attributes:
        activity_type: Kind of activity.
        minutes: Duration in whole minutes, ≥ 0 (0 when none was said; see
            ``minutes_stated``).
        minutes_stated: False when the user gave no duration.
        occurred_at: When it happened; aware, converted to UTC.
        count: Items done, if said.
        completed: Something was finished.
        skill_name: Skill (taxonomy id or name), if known.
        stage_id: Roadmap stage row id, if known.
        resource_id: Resource row id, if known.
        note: The words it was read from, if any.
    """

    model_config = ConfigDict(frozen=True)

    activity_type: ActivityType
    minutes: int = Field(ge=0)
    minutes_stated: bool = True
    occurred_at: AwareDatetime
    count: int | None = Field(default=None, ge=1)
    completed: bool = False
    skill_name: str | None = None
    stage_id: str | None = None
    resource_id: str | None = None
    note: str | None = None

    @field_validator("occurred_at")
    @classmethod
    def _to_utc(cls, value: datetime) -> datetime:
        return value.astimezone(UTC)


class Activity(NewActivity):
    """A stored activity of one user.

    Attributes:
        id: Row id.
        user_id: Owner's id.
        created_at: When it was logged (aware, UTC).
        meta: Any other stored details.
    """

    id: str
    user_id: str
    created_at: AwareDatetime
    meta: dict[str, Any] = Field(default_factory=dict)

    @field_validator("created_at")
    @classmethod
    def _created_utc(cls, value: datetime) -> datetime:
        return value.astimezone(UTC)
