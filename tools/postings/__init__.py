"""Files of job postings (JSON or CSV): read and check them row by row, then parse each
description into a job description.

Public API::

    read_postings(filename, content) -> PostingsFile
    prepare_postings(rows, matcher, canonicalizer) -> tuple[list[ParsedPosting], list[RowProblem]]
"""

from tools.postings.prepare import prepare_postings
from tools.postings.read import read_postings

__all__ = ["prepare_postings", "read_postings"]
