"""Parse the description of each imported posting with the job-description parser.

A posting whose description names no skill, years of experience or degree is skipped
(nothing to match a resume against), as is one the parser refuses (not in English).
"""

from __future__ import annotations

from collections.abc import Sequence

from prompts import postings as words
from tools.errors import InvalidInput
from tools.jobs.canonical import canonicalize_job_skills
from tools.jobs.parse import parse_job_description
from tools.postings.models import ParsedPosting, PostingRow, RowProblem
from tools.protocols import SkillCanonicalizer
from tools.skill_matcher import SkillMatcher


def prepare_postings(rows: Sequence[PostingRow], matcher: SkillMatcher,
                     canonicalizer: SkillCanonicalizer
                     ) -> tuple[list[ParsedPosting], list[RowProblem]]:
    """Parse every posting's description.

    Args:
        rows: Checked postings (:func:`tools.postings.read.read_postings`).
        matcher: The skill phrase matcher over the taxonomy.
        canonicalizer: Maps free-text skills onto the taxonomy (storage's ``SkillIndex``).

    Returns:
        Parsed postings (the file's title and company replace the parser's) and the rows
        skipped with their reason, both in file order.
    """
    parsed: list[ParsedPosting] = []
    problems: list[RowProblem] = []
    for row in rows:
        try:
            job = parse_job_description(row.description, matcher)
        except InvalidInput as error:
            problems.append(RowProblem(line=row.line, title=row.title, reason=error.message))
            continue
        if not (job.skills or job.years_experience or job.education):
            problems.append(RowProblem(line=row.line, title=row.title,
                                       reason=words.ROW_NOT_A_JOB))
            continue
        job = canonicalize_job_skills(job, canonicalizer)
        job = job.model_copy(update={"title": row.title, "company": row.company or job.company})
        parsed.append(ParsedPosting(row=row, job=job))
    return parsed, problems
