"""The readiness score, its trend and job recommendations (issue 7; Properties 25–27, 35).

Public API::

    readiness_score(skills, practice, interviews) -> Readiness          # Properties 25, 27
    readiness_trend(history, current, now) -> Trend                     # Property 35
    skill_part(report, learned, target, has_resume=True) -> SkillPart
    practice_part(roadmap) -> PracticePart
    interview_part(interviews) -> InterviewPart
    match_postings(profile, postings, index, catalog, *, today) -> list[JobMatch]
    recommend_jobs(readiness, matches) -> JobRecommendations            # Property 26
"""

from tools.readiness.inputs import interview_part, practice_part, skill_part
from tools.readiness.jobs import match_postings, recommend_jobs
from tools.readiness.score import readiness_score
from tools.readiness.trend import readiness_trend

__all__ = ["interview_part", "match_postings", "practice_part", "readiness_score",
           "readiness_trend", "recommend_jobs", "skill_part"]
