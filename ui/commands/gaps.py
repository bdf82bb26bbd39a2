"""``hireready gaps``, ``hireready roles``, ``hireready advise`` and ``hireready compare``.

Thin adapters: read the files, build the real skill index the way ``agent.runtime`` does
(vector file in the data directory, in-memory collection or a Qdrant server) and print what
``tools.gaps`` returns. Refused inputs exit with status 2 and a message plus "Next step:" on
stderr.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import typer

from prompts import gaps as words
from tools.errors import HireReadyError, InvalidInput, NotFound


def _fail(message: str, guidance: str) -> None:
    typer.echo(f"Error: {message}\nNext step: {guidance}", err=True)
    raise typer.Exit(code=2)


def _document(path: Path) -> Any:
    from tools.documents import Document

    if not path.is_file():
        raise NotFound(words.CLI_NO_FILE.format(path=path), words.CLI_NO_FILE_NEXT)
    return Document(filename=path.name, content=path.read_bytes())


class _Context:
    """The real dependencies, built on first use."""

    def __init__(self) -> None:
        from storage.taxonomy import default_taxonomy, load_taxonomy
        from tools.skill_matcher import SkillMatcher

        self.taxonomy = default_taxonomy()
        self.matcher = SkillMatcher(load_taxonomy())
        self._index: Any = None

    @property
    def index(self) -> Any:
        if self._index is None:
            from agent.settings import Settings
            from storage.embedder import FastEmbedder
            from storage.vectors import SkillIndex, ensure_vector_file

            settings = Settings()
            embedder = FastEmbedder(settings.models_dir)
            vectors = ensure_vector_file(settings.vectors_dir, embedder,
                                         progress=sys.stderr.isatty())
            self._index = (SkillIndex.server(settings.qdrant_url, settings.qdrant_api_key,
                                             vectors, embedder) if settings.qdrant_url
                           else SkillIndex.local(vectors, embedder))
        return self._index

    def resume(self, path: Path) -> tuple[Any, str]:
        from tools.resume.extract import extract_text
        from tools.resume.parse import parse_resume

        document = _document(path)
        profile = parse_resume(document, self.matcher)
        try:
            text = extract_text(document)
        except HireReadyError:
            text = ""
        return profile, text

    def job(self, path: Path) -> Any:
        try:
            from tools.jobs.parse import job_description_text, parse_job_description
        except ImportError:
            raise InvalidInput(words.CLI_NO_JOB_PARSER, words.CLI_NO_JOB_PARSER_NEXT) from None
        text = job_description_text(_document(path))
        if not text.strip():
            raise InvalidInput(words.CLI_EMPTY_JOB.format(name=path.name),
                               words.CLI_EMPTY_JOB_NEXT)
        return parse_job_description(text, self.matcher)


def gap_json(report: Any) -> dict[str, Any]:
    """The CLI contract of ``hireready gaps --json`` (issue 4), plus the extra fields."""
    data = report.model_dump()
    data["covered"] = [{"skill": c.skill, "via": c.via, "resume_skill": c.resume_skill,
                        "priority": c.priority, "similarity": c.similarity}
                       for c in report.covered]
    data["gaps"] = [{**g.model_dump(), "related_skills": [r.skill for r in g.related_skills],
                     "related": [r.model_dump() for r in g.related_skills]}
                    for g in report.gaps]
    return data


def _print(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


def _print_report(report: Any) -> None:
    typer.echo(words.CLI_MATCH.format(percentage=report.match_percentage))
    for part in report.breakdown:
        typer.echo(words.CLI_COMPONENT.format(component=part.component, score=part.score,
                                              weight=part.weight, detail=part.detail))
    typer.echo(words.CLI_COVERED.format(
        items=", ".join(c.skill for c in report.covered) or words.CLI_NONE))
    typer.echo(words.CLI_GAPS_HEADER if report.gaps else words.CLI_NO_GAPS)
    for gap in report.gaps:
        typer.echo(words.CLI_GAP.format(priority=gap.priority, skill=gap.skill,
                                        explanation=gap.explanation, demand=gap.demand_label))
    if report.optional:
        typer.echo(words.CLI_OPTIONAL_HEADER)
    for optional in report.optional:
        typer.echo(words.CLI_OPTIONAL.format(explanation=optional.explanation))
    if report.other_gaps:
        typer.echo(words.CLI_OTHER_HEADER)
    for other in report.other_gaps:
        typer.echo(words.CLI_OTHER.format(requirement=other.requirement, detail=other.detail))


def register(app: typer.Typer) -> None:
    """Add the gap-analysis commands to ``hireready``."""

    @app.command()
    def gaps(resume: Path = typer.Argument(..., help="Resume: PDF, DOCX or TXT."),
             job: Path = typer.Argument(..., help="Job description: TXT, PDF or DOCX."),
             as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
        """Skill gaps, other gaps and the match percentage of RESUME against JOB."""
        from tools.gaps import analyze_gaps

        try:
            context = _Context()
            profile, _ = context.resume(resume)
            description = context.job(job)
            report = analyze_gaps(profile, description, context.index, context.taxonomy,
                                  today=date.today())
        except HireReadyError as error:
            _fail(error.message, error.guidance)
            return
        if as_json:
            _print(gap_json(report))
        else:
            _print_report(report)

    @app.command()
    def roles(resume: Path = typer.Argument(..., help="Resume: PDF, DOCX or TXT."),
              as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
        """The three roles that fit RESUME best, with their missing skills."""
        from storage.roles import load_roles
        from tools.gaps import infer_roles

        try:
            context = _Context()
            profile, _ = context.resume(resume)
            fits = infer_roles(profile, load_roles(), context.index, context.taxonomy,
                               today=date.today())
        except HireReadyError as error:
            _fail(error.message, error.guidance)
            return
        if as_json:
            _print({"roles": [f.model_dump() for f in fits]})
            return
        for fit in fits:
            typer.echo(words.CLI_ROLE.format(title=fit.title, fit=fit.fit,
                                             missing=", ".join(fit.missing_skills)
                                             or words.CLI_NONE))

    @app.command()
    def advise(resume: Path = typer.Argument(..., help="Resume: PDF, DOCX or TXT."),
               job: Path = typer.Argument(..., help="Job description: TXT, PDF or DOCX."),
               as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
        """What to change in RESUME for JOB: concrete suggestions."""
        from tools.gaps import advise_resume, analyze_gaps

        try:
            context = _Context()
            profile, text = context.resume(resume)
            description = context.job(job)
            report = analyze_gaps(profile, description, context.index, context.taxonomy,
                                  today=date.today())
            advice = advise_resume(profile, description, text or None, report=report,
                                   catalog=context.taxonomy)
        except HireReadyError as error:
            _fail(error.message, error.guidance)
            return
        if as_json:
            _print({"advice": [a.model_dump() for a in advice]})
            return
        for item in advice:
            typer.echo(words.CLI_ADVICE.format(message=item.message, suggestion=item.suggestion))
        if not advice:
            typer.echo(words.CLI_NO_ADVICE)

    @app.command()
    def compare(resume: Path = typer.Argument(..., help="Resume: PDF, DOCX or TXT."),
                jobs: list[Path] = typer.Argument(..., help="Job descriptions."),
                as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
        """Rank several job descriptions by how well RESUME matches them."""
        from tools.gaps import compare_jobs

        try:
            context = _Context()
            profile, _ = context.resume(resume)
            descriptions = [context.job(path) for path in jobs]
            rows = compare_jobs(profile, descriptions, context.index, context.taxonomy,
                                today=date.today())
        except HireReadyError as error:
            _fail(error.message, error.guidance)
            return
        if as_json:
            _print({"jobs": [r.model_dump() for r in rows]})
            return
        for row in rows:
            typer.echo(f"{row.rank}. {row.label}: {row.match_percentage:.1f}% — "
                       f"{', '.join(row.top_gaps) or words.CLI_NONE}")
