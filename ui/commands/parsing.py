"""``hireready jd FILE [--json]`` and the JSON Resume export used by ``hireready parse``.

``FILE`` is a job description as ``.txt``, ``.pdf`` or ``.docx``, or ``-`` to read pasted
text from standard input. A refused input prints ``Error: …`` and ``Next step: …`` on
standard error and exits with status 2.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from prompts import jobs as words
from tools.errors import HireReadyError
from tools.jobs.models import JobDescription
from tools.resume.models import ResumeProfile


def export_jsonresume(profile: ResumeProfile) -> dict[str, Any]:
    """The profile in the JSON Resume schema (for ``hireready parse FILE --format
    jsonresume``); see :func:`tools.resume.jsonresume.to_json_resume`."""
    from tools.resume.jsonresume import to_json_resume

    return to_json_resume(profile)


def job_json(job: JobDescription) -> dict[str, Any]:
    """The documented JSON shape of ``hireready jd --json``: title, company, skills (name,
    priority, evidence, taxonomy_id, years), years_experience, education,
    responsibilities."""
    return {
        "title": job.title,
        "company": job.company,
        "skills": [
            {"name": s.name, "priority": s.priority, "evidence": s.evidence,
             "taxonomy_id": s.taxonomy_id, "years": s.years}
            for s in job.skills
        ],
        "years_experience": job.years_experience,
        "education": job.education,
        "responsibilities": job.responsibilities,
    }


def _fail(message: str, guidance: str) -> None:
    typer.echo(f"Error: {message}\n{words.NEXT_STEP} {guidance}", err=True)
    raise typer.Exit(code=2)


def _read(file: str) -> str:
    """The job description's text, from a file or from standard input (``-``)."""
    from tools.documents import Document
    from tools.jobs.parse import job_description_text

    if file == "-":
        return sys.stdin.read()
    path = Path(file)
    if not path.is_file():
        _fail(words.NO_FILE.format(path=file), words.NO_FILE_NEXT)
    document = Document(filename=path.name, content=path.read_bytes())
    return job_description_text(document)


def _print_readable(job: JobDescription) -> None:
    typer.echo(words.TITLE_LINE.format(title=job.title or words.UNKNOWN,
                                       company=job.company or words.UNKNOWN))
    if job.years_experience is not None:
        typer.echo(words.YEARS_LINE.format(years=f"{job.years_experience:g}"))
    for degree in job.education:
        typer.echo(words.EDUCATION_LINE.format(degree=degree))
    for priority in ("critical", "important", "nice-to-have"):
        names = [s.name for s in job.skills if s.priority == priority]
        if names:
            typer.echo(words.SKILLS_LINE.format(priority=words.PRIORITY_NAMES[priority],
                                                names=", ".join(names)))
    for item in job.responsibilities:
        typer.echo(words.RESPONSIBILITY_LINE.format(item=item))


def jd(file: str = typer.Argument(..., help="Job description: .txt, .pdf, .docx, or - for "
                                            "standard input."),
       as_json: bool = typer.Option(False, "--json", help="Print the result as JSON.")) -> None:
    """Read a job description: title, company, skills with priority, years, degree."""
    from storage.taxonomy import load_taxonomy
    from tools.jobs.parse import parse_job_description
    from tools.skill_matcher import SkillMatcher

    try:
        job = parse_job_description(_read(file), SkillMatcher(load_taxonomy()))
    except HireReadyError as error:
        _fail(error.message, error.guidance)
        return
    if as_json:
        typer.echo(json.dumps(job_json(job), indent=2, ensure_ascii=False))
        return
    _print_readable(job)


def register(app: typer.Typer) -> None:
    """Add ``hireready jd`` to the command."""
    app.command(name="jd")(jd)
