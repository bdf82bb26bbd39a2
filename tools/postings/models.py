"""Shapes of an imported file of job postings and what became of each row."""

from __future__ import annotations

from pydantic import BaseModel, Field

from tools.jobs.models import JobDescription


class PostingRow(BaseModel):
    """One posting as read from the file.

    Attributes:
        line: Line of the file where the posting starts (1-based; CSV rows after the header,
            JSON objects where their ``{`` is).
        title: Job title.
        company: Company, when given.
        url: Link to the opening, when given (http or https).
        description: The job description text.
    """

    line: int = Field(ge=1)
    title: str
    company: str | None = None
    url: str | None = None
    description: str


class RowProblem(BaseModel):
    """A posting that was skipped and why."""

    line: int = Field(ge=1)
    title: str | None = None
    reason: str = Field(min_length=1)


class PostingsFile(BaseModel):
    """A checked file of postings.

    Attributes:
        rows: Usable postings in file order.
        problems: Skipped postings with their line and reason, in file order.
        total: Postings in the file (rows + problems).
    """

    rows: list[PostingRow] = Field(default_factory=list)
    problems: list[RowProblem] = Field(default_factory=list)
    total: int = 0


class ParsedPosting(BaseModel):
    """A posting whose description was parsed: the file's title and company win over what
    the parser read from the text."""

    row: PostingRow
    job: JobDescription


class ImportedPosting(BaseModel):
    """A posting stored by an import."""

    line: int = Field(ge=1)
    job_id: str
    title: str
    company: str | None = None
    url: str | None = None
    skills: int = Field(default=0, ge=0)


class ImportSummary(BaseModel):
    """What an import did: postings stored and postings skipped (with line and reason), both
    in file order, out of ``total`` postings in the file."""

    imported: list[ImportedPosting] = Field(default_factory=list)
    skipped: list[RowProblem] = Field(default_factory=list)
    total: int = 0
