"""Job recommendations by readiness (original design, Job Recommendation; Property 26).

Above a readiness of 75 the user's saved and imported openings are ranked by match
percentage against the resume (:func:`tools.gaps.analyze_gaps`) and the best 5 shown; at 75
or below none are, and the first improvement step says what to do first.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from prompts import readiness as words
from tools.errors import InvalidInput
from tools.gaps.analysis import analyze_gaps
from tools.gaps.protocols import SkillCatalog, SkillVectors
from tools.jobs.models import JobDescription
from tools.readiness.models import (
    JOB_SEARCH_THRESHOLD,
    JobMatch,
    JobRecommendations,
    Posting,
    Readiness,
)
from tools.resume.models import ResumeProfile

TOP_JOBS = 5
"""Openings recommended at once (original design: "top 5 matches")."""
TOP_GAPS = 3


def match_postings(profile: ResumeProfile, postings: Sequence[tuple[Posting, JobDescription]],
                   index: SkillVectors, catalog: SkillCatalog, *,
                   today: date) -> list[JobMatch]:
    """Match every posting against the resume.

    Args:
        profile: The user's resume.
        postings: Openings with their parsed descriptions, in the user's order (newest
            first).
        index: Skill vectors.
        catalog: Taxonomy lookups.
        today: Reference day for years of experience.

    Returns:
        One match per posting that states a requirement, in input order (postings that
        state none cannot be matched and are left out).
    """
    matches: list[JobMatch] = []
    for posting, job in postings:
        try:
            report = analyze_gaps(profile, job, index, catalog, today=today)
        except InvalidInput:
            continue
        matches.append(JobMatch(
            posting=posting, match_percentage=report.match_percentage,
            critical_gaps=sum(g.priority == "critical" for g in report.gaps),
            top_gaps=[g.skill for g in report.gaps[:TOP_GAPS]]))
    return matches


def rank_matches(matches: Sequence[JobMatch]) -> list[JobMatch]:
    """Highest match first; ties keep the input order (newest posting first)."""
    order = sorted(range(len(matches)), key=lambda i: (-matches[i].match_percentage, i))
    return [matches[i] for i in order]


def recommend_jobs(readiness: Readiness, matches: Sequence[JobMatch],
                   known: int | None = None) -> JobRecommendations:
    """The openings to recommend at this readiness (Property 26).

    Args:
        readiness: The user's readiness score.
        matches: The user's matched postings (:func:`match_postings`); may be empty at or
            below the threshold, where none are shown.
        known: Postings known, when ``matches`` was not computed (default ``len(matches)``).

    Returns:
        Above the threshold: the best ``min(5, known)`` matches, with a note saying plainly
        when there are fewer than 5 or none. At or below it: no openings, a note with the
        first improvement step, and the steps to take first.
    """
    known = len(matches) if known is None else known
    if not readiness.ready_for_job_search:
        first = readiness.improvements[:1]
        note = words.JOBS_NOT_READY.format(score=readiness.score,
                                           threshold=JOB_SEARCH_THRESHOLD,
                                           step=first[0].action if first else "")
        return JobRecommendations(readiness=readiness.score, eligible=False, known=known,
                                  note=note.strip(), first_steps=readiness.improvements[:2])
    shown = rank_matches(matches)[:TOP_JOBS]
    if not shown:
        note = words.JOBS_NONE_KNOWN
    elif known < TOP_JOBS:
        note = words.JOBS_FEWER.format(known=known, s="" if known == 1 else "s",
                                       shown=len(shown))
    else:
        note = words.JOBS_TOP.format(shown=len(shown), known=known)
    return JobRecommendations(readiness=readiness.score, eligible=True, known=known,
                              jobs=shown, note=note)
