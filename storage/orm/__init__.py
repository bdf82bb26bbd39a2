"""SQLAlchemy models of HireReady's domain, all on one :class:`Base` (tables ``hr_*``).

Importing this package registers every table on ``Base.metadata``.
"""

from storage.orm.base import Base, UtcDateTime, new_id, utcnow
from storage.orm.chat_history import ChatElement, ChatStep, ChatThread
from storage.orm.interviews import Interview, InterviewQuestion
from storage.orm.jobs import JobDescription, JobRequiredSkill, SkillGap, SkillGapItem
from storage.orm.llm_cache import LlmCacheEntry
from storage.orm.notifications import Notification
from storage.orm.onboarding import OnboardingRow
from storage.orm.progress import Activity, ProgressMetric, ReadinessScore
from storage.orm.resources import Resource, ResourceRating, ResourceSkill
from storage.orm.resumes import Resume, ResumeEducationRow, ResumeExperienceRow, ResumeSkillRow
from storage.orm.roadmaps import Roadmap, RoadmapGoal, RoadmapStage, RoadmapStageSkill
from storage.orm.users import User

__all__ = [
    "Activity",
    "Base",
    "ChatElement",
    "ChatStep",
    "ChatThread",
    "Interview",
    "InterviewQuestion",
    "JobDescription",
    "JobRequiredSkill",
    "LlmCacheEntry",
    "Notification",
    "OnboardingRow",
    "ProgressMetric",
    "ReadinessScore",
    "Resource",
    "ResourceRating",
    "ResourceSkill",
    "Resume",
    "ResumeEducationRow",
    "ResumeExperienceRow",
    "ResumeSkillRow",
    "Roadmap",
    "RoadmapGoal",
    "RoadmapStage",
    "RoadmapStageSkill",
    "SkillGap",
    "SkillGapItem",
    "User",
    "UtcDateTime",
    "new_id",
    "utcnow",
]
