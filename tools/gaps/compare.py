"""One resume against several job descriptions: a ranked table."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from prompts import gaps as words
from tools.errors import InvalidInput
from tools.gaps.analysis import analyze_gaps
from tools.gaps.models import GapReport, JobComparisonRow
from tools.gaps.protocols import SkillCatalog, SkillVectors
from tools.jobs.models import JobDescription
from tools.resume.models import ResumeProfile

TOP_GAPS = 3


def job_label(job: JobDescription, position: int) -> str:
    """"Title at Company", the title alone, or "Job N" (1-based)."""
    if job.title and job.company:
        return words.JOB_LABEL_AT.format(title=job.title, company=job.company)
    return job.title or words.JOB_LABEL.format(n=position + 1)


def compare_jobs(profile: ResumeProfile, jobs: Sequence[JobDescription], index: SkillVectors,
                 catalog: SkillCatalog, *, today: date) -> list[JobComparisonRow]:
    """Rank job descriptions by how well the resume matches them.

    Args:
        profile: The parsed resume.
        jobs: The job descriptions, in the user's order.
        index: Skill vectors.
        catalog: Taxonomy lookups by id.
        today: Reference day for years of experience.

    Returns:
        One row per job: highest match first; ties keep the input order. Each row has the
        first :data:`TOP_GAPS` gaps in gap order (critical first).

    Raises:
        InvalidInput: No job was given, or a job states no requirement.
    """
    if not jobs:
        raise InvalidInput(words.NO_JOBS, words.NO_JOBS_NEXT)
    reports = [analyze_gaps(profile, job, index, catalog, today=today) for job in jobs]
    return rank_reports(jobs, reports)


def rank_reports(jobs: Sequence[JobDescription],
                 reports: Sequence[GapReport]) -> list[JobComparisonRow]:
    """Table rows from already computed reports (same order as ``jobs``)."""
    order = sorted(range(len(jobs)), key=lambda i: (-reports[i].match_percentage, i))
    return [JobComparisonRow(
        rank=rank, position=i, label=job_label(jobs[i], i),
        match_percentage=reports[i].match_percentage,
        critical_gaps=sum(g.priority == "critical" for g in reports[i].gaps),
        top_gaps=[g.skill for g in reports[i].gaps[:TOP_GAPS]],
        other_gaps=[o.requirement for o in reports[i].other_gaps])
        for rank, i in enumerate(order, start=1)]
