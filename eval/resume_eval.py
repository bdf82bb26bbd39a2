"""Resume parsing quality on ``../shared/eval`` (``python -m eval.resume_eval``).

Scoring follows ``../shared/eval/README.md``:

* skills: case-insensitive after canonicalisation (a name the taxonomy knows becomes its id,
  so aliases count as one skill; a parenthetical qualifier is dropped); precision, recall and
  F1 against ``skills_all``, and recall against ``skills.section``;
* education: an entry matches when the institution matches (fuzzy) and the end year is equal;
* experience: an entry matches when company and title match (fuzzy) and the start year is
  equal;
* name and e-mail: exact after trimming and lower-casing, over the files whose gold states
  them. Gold that is a redaction placeholder ("[NAME]", "[EMAIL]") or absent says the
  document does not contain the real value, so exactness cannot be scored there; those
  files are left out of ``name_exact``/``email_exact`` and scored instead on not inventing
  a value (``redacted_not_invented``: the parser returned nothing, or the placeholder as
  written);
* every file of ``resumes/`` is parsed; refusals are listed with their message.

Prints a per-file table and the totals (``--json`` for the full JSON report). Skips with a
message when the evaluation folder is absent. The taxonomy is
``storage.taxonomy.load_taxonomy()`` when that module exists, else a small built-in list
(the output says which).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL_DIR = ROOT.parent / "shared" / "eval"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.documents import Document  # noqa: E402
from tools.errors import UnsupportedFile  # noqa: E402
from tools.resume.models import ResumeProfile  # noqa: E402
from tools.resume.parse import parse_resume  # noqa: E402
from tools.skill_matcher import SkillMatcher  # noqa: E402
from tools.taxonomy import SkillEntry  # noqa: E402

FUZZY = 0.8
"""Similarity ratio (difflib) from which two names match; containment also matches."""

_BUILTIN: list[tuple[str, list[str], bool]] = [
    ("Python", [], False),
    ("Java", [], False),
    ("JavaScript", ["JS"], False),
    ("TypeScript", ["TS"], False),
    ("C", [], True),
    ("C++", ["CPP"], False),
    ("C#", [], False),
    ("Go", ["Golang"], True),
    ("R", [], True),
    ("Rust", [], False),
    ("Ruby", [], False),
    ("Ruby on Rails", ["Rails"], False),
    ("PHP", [], False),
    ("Scala", [], False),
    ("Kotlin", [], False),
    ("Swift", [], False),
    ("OCaml", [], False),
    ("MATLAB", [], False),
    ("Shell scripting", ["Shell", "Bash"], False),
    ("Assembly", [], False),
    ("SQL", [], False),
    ("NoSQL", [], False),
    ("HTML", [], False),
    ("CSS", [], False),
    ("HTML/CSS", [], False),
    ("LaTeX", [], False),
    ("React", ["React.js", "ReactJS"], False),
    ("Angular", ["AngularJS"], False),
    ("Vue.js", ["Vue"], False),
    ("Node.js", ["NodeJS", "Node"], False),
    ("Express.js", ["Express", "ExpressJS"], False),
    ("Django", [], False),
    ("Flask", [], False),
    ("Spring Boot", ["Spring"], False),
    (".NET", ["dotnet"], False),
    ("Backbone.js", ["Backbone"], False),
    ("Three.js", ["ThreeJS"], False),
    ("RxJS", [], False),
    ("Bootstrap", [], False),
    ("jQuery", [], False),
    ("MongoDB", ["Mongo"], False),
    ("MySQL", [], False),
    ("PostgreSQL", ["Postgres"], False),
    ("SQLite", [], False),
    ("Redis", [], False),
    ("Elasticsearch", [], False),
    ("Kafka", ["Apache Kafka"], False),
    ("GraphQL", [], False),
    ("REST APIs", ["REST", "RESTful APIs", "RESTful"], False),
    ("gRPC", [], False),
    ("WebSockets", [], False),
    ("WebGL", [], False),
    ("AWS", ["Amazon Web Services"], False),
    ("Azure", [], False),
    ("Google Cloud", ["GCP"], False),
    ("Lambda", ["AWS Lambda"], False),
    ("S3", [], False),
    ("ECS", [], False),
    ("RDS", [], False),
    ("Docker", [], False),
    ("Kubernetes", ["K8s"], False),
    ("Terraform", [], False),
    ("CI/CD", [], False),
    ("Git", [], False),
    ("GitHub", [], False),
    ("Linux", [], False),
    ("Datadog", [], False),
    ("A/B testing", [], False),
    ("Microservices", [], False),
    ("Distributed systems", [], False),
    ("Machine learning", ["ML"], False),
    ("Natural language processing", ["NLP"], False),
    ("PyTorch", [], False),
    ("TensorFlow", [], False),
    ("Pandas", [], False),
    ("NumPy", [], False),
    ("Data analysis", [], False),
    ("Data visualization", [], False),
    ("Agile", ["Agile methodologies"], False),
    ("Scrum", [], False),
    ("Test-driven development", ["TDD"], False),
    ("Code review", ["Code reviews"], False),
    ("Mentoring", [], False),
    ("Leadership", ["Team leadership"], False),
    ("Communication", [], False),
    ("Project management", [], False),
    ("Product management", [], False),
    ("Market research", [], False),
    ("User experience design", ["UX design", "UX"], False),
    ("Figma", [], False),
    ("Canva", [], False),
    ("ServiceNow", [], False),
    ("Android", [], False),
    ("iOS", [], True),
    ("Public speaking", [], False),
    ("Time management", [], False),
    ("Technical writing", [], False),
    ("Excel", ["Microsoft Excel", "MS Excel"], False),
    ("SAP", [], True),
    ("Tableau", [], False),
    ("Power BI", [], False),
    ("Jira", [], False),
    ("Spark", ["Apache Spark"], False),
    ("Hadoop", [], False),
    ("Jenkins", [], False),
    ("Ansible", [], False),
    ("Istio", [], False),
    ("Grafana", [], False),
    ("Testing", [], False),
    ("Data structures and algorithms", ["DSA"], False),
]


def builtin_taxonomy() -> list[SkillEntry]:
    """A small hand-written taxonomy used when ``storage.taxonomy`` is not available."""
    entries = []
    for name, aliases, case_sensitive in _BUILTIN:
        skill_id = re.sub(r"[^a-z0-9+#]+", "-", name.lower()).strip("-")
        entries.append(
            SkillEntry(id=skill_id, name=name, aliases=aliases, case_sensitive=case_sensitive)
        )
    return entries


def load_entries(choice: str = "auto") -> tuple[list[SkillEntry], str]:
    """The project taxonomy when ``storage.taxonomy`` exists (``choice="auto"``), else or
    with ``choice="builtin"`` the built-in list; the second value says which was used."""
    if choice == "builtin":
        return builtin_taxonomy(), "built-in list (--taxonomy builtin)"
    try:
        from storage.taxonomy import load_taxonomy  # type: ignore[import-not-found]
    except ImportError:
        return builtin_taxonomy(), "built-in list (storage.taxonomy not available)"
    return list(load_taxonomy()), "storage.taxonomy.load_taxonomy()"


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w+#/. ]", " ", (text or "").lower())).strip()


def fuzzy_equal(a: str | None, b: str | None) -> bool:
    """Names match when similar enough or one contains the other (case-insensitive)."""
    x, y = _norm(a), _norm(b)
    if not x or not y:
        return False
    return x in y or y in x or SequenceMatcher(None, x, y).ratio() >= FUZZY


def _year(date: str | None) -> str | None:
    return date[:4] if date and date[:4].isdigit() else date


def canonical(matcher: SkillMatcher) -> Callable[[str], str]:
    """Map a skill name to its taxonomy id when known, else to its normalised text. A name
    that is wholly two or more taxonomy skills joined by "/", "&", "and" or a comma
    ("HTML/CSS") maps to their ids joined by "+" (scored by :func:`_skill_counts`)."""

    def to_key(name: str) -> str:
        bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
        hits = matcher.find(bare)
        if len(hits) == 1 and hits[0][2] - hits[0][1] >= 0.6 * len(bare):
            return hits[0][0].id
        if len(hits) >= 2:
            rest = bare
            for _, start, end in reversed(hits):
                rest = rest[:start] + rest[end:]
            if not re.sub(r"(?i)[\s/&,+]|\band\b", "", rest):
                return "+".join(entry.id for entry, _, _ in hits)
        return _norm(bare)

    return to_key


def _skill_counts(predicted: set[str], gold: set[str]) -> tuple[int, int]:
    """``(true positives, predicted count)``: a combined gold key ("html+css") is found
    when all its parts are predicted, and those parts then count as one prediction."""
    tp = 0
    merged = set(predicted)
    for key in gold:
        parts = key.split("+") if "+" in key and key not in predicted else [key]
        if all(part in predicted for part in parts):
            tp += 1
            if len(parts) > 1:
                merged -= set(parts)
                merged.add(key)
    return tp, len(merged)


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def _match_count(pred: Sequence[Any], gold: Sequence[Any], same: Callable[..., bool]) -> int:
    used: set[int] = set()
    for item in gold:
        for index, candidate in enumerate(pred):
            if index not in used and same(candidate, item):
                used.add(index)
                break
    return len(used)


_PLACEHOLDER = re.compile(r"^\s*\[[A-Z_ ]+\]\s*$")


def _field_score(predicted: str | None, gold: str | None) -> tuple[bool | None, bool | None]:
    """``(exact, not_invented)``: ``exact`` for real gold (else ``None``); for placeholder
    or absent gold, ``not_invented`` is whether the parser returned nothing or the
    placeholder itself."""
    if gold is None or _PLACEHOLDER.match(gold):
        return None, predicted is None or _norm(predicted) == _norm(gold)
    return _norm(predicted) == _norm(gold), None


def score_file(
    profile: ResumeProfile, gold: dict[str, Any], key: Callable[[str], str]
) -> dict[str, Any]:
    """Compare one parsed profile with its gold record."""
    predicted = {s.taxonomy_id or key(s.name) for s in profile.skills}
    gold_all = {key(s) for s in gold["skills_all"]}
    gold_section = {key(s) for s in gold["skills"]["section"]}
    edu = _match_count(
        profile.education,
        gold["education"],
        lambda p, g: (
            fuzzy_equal(p.institution, g.get("institution")) and _year(p.end) == _year(g.get("end"))
        ),
    )
    exp = _match_count(
        profile.experience,
        gold["experience"],
        lambda p, g: (
            fuzzy_equal(p.company, g.get("company"))
            and fuzzy_equal(p.title, g.get("title"))
            and _year(p.start) == _year(g.get("start"))
        ),
    )
    skills_tp, skills_pred = _skill_counts(predicted, gold_all)
    return {
        "skills_tp": skills_tp,
        "skills_pred": skills_pred,
        "skills_gold": len(gold_all),
        "section_found": _skill_counts(predicted, gold_section)[0],
        "section_gold": len(gold_section),
        "education": {
            "matched": edu,
            "pred": len(profile.education),
            "gold": len(gold["education"]),
        },
        "experience": {
            "matched": exp,
            "pred": len(profile.experience),
            "gold": len(gold["experience"]),
        },
        "skills": _prf(skills_tp, skills_pred, len(gold_all)),
        "name": profile.name,
        "name_ok": _field_score(profile.name, gold.get("name"))[0],
        "name_not_invented": _field_score(profile.name, gold.get("name"))[1],
        "email_ok": _field_score(profile.email, gold.get("contact", {}).get("email"))[0],
        "email_not_invented": _field_score(profile.email,
                                           gold.get("contact", {}).get("email"))[1],
        "missed_skills": sorted(k for k in gold_all
                                if not all(p in predicted for p in k.split("+"))),
        "extra_skills": sorted(predicted - gold_all
                               - {p for k in gold_all for p in k.split("+")}),
    }


def _gold_by_file(eval_dir: Path) -> dict[str, dict[str, Any]]:
    by_file: dict[str, dict[str, Any]] = {}
    for path in sorted((eval_dir / "gold" / "resumes").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        for name in record.get("files", []):
            by_file[Path(name).name] = record
    return by_file


def _totals(scored: dict[str, dict[str, Any]]) -> dict[str, Any]:
    def total(name: str, sub: str | None = None) -> int:
        return sum((s[name][sub] if sub else s[name]) for s in scored.values())

    count = len(scored)
    return {
        "files_with_gold": count,
        "skills_vs_skills_all": _prf(
            total("skills_tp"), total("skills_pred"), total("skills_gold")
        ),
        "skills_section_recall": round(total("section_found") / max(1, total("section_gold")), 3),
        "education": _prf(
            total("education", "matched"), total("education", "pred"), total("education", "gold")
        ),
        "experience": _prf(
            total("experience", "matched"),
            total("experience", "pred"),
            total("experience", "gold"),
        ),
        "name_exact": _share(scored, "name_ok"),
        "email_exact": _share(scored, "email_ok"),
        "redacted_not_invented": _share(scored, "name_not_invented", "email_not_invented"),
    }


def _share(scored: dict[str, dict[str, Any]], *keys: str) -> dict[str, Any]:
    """Share of files where the fields ``keys`` are true, over files where they apply."""
    values = [s[k] for s in scored.values() for k in keys if s[k] is not None]
    return {"rate": round(sum(values) / len(values), 3) if values else None, "n": len(values)}


def evaluate(eval_dir: Path = DEFAULT_EVAL_DIR, taxonomy: str = "auto") -> dict[str, Any]:
    """Parse every resume of the evaluation set and score those with gold.

    Args:
        eval_dir: The evaluation folder (``resumes/`` and ``gold/resumes/``).
        taxonomy: ``"auto"`` (``storage.taxonomy`` when importable) or ``"builtin"``.

    Returns:
        JSON-ready metrics: ``totals``, ``per_file`` scores, ``refused`` files with their
        message, ``parsed`` counts, parse times in milliseconds and the taxonomy used.
    """
    if not (eval_dir / "resumes").is_dir():
        return {"skipped": f"{eval_dir} is absent: no resume evaluation"}
    entries, taxonomy_source = load_entries(taxonomy)
    started = time.perf_counter()
    matcher = SkillMatcher(entries)
    build_ms = (time.perf_counter() - started) * 1000
    key = canonical(matcher)
    gold = _gold_by_file(eval_dir)
    per_file: dict[str, dict[str, Any]] = {}
    refused: dict[str, str] = {}
    parsed: dict[str, dict[str, int]] = {}
    times: list[float] = []
    for path in sorted((eval_dir / "resumes").iterdir()):
        document = Document(filename=path.name, content=path.read_bytes())
        started = time.perf_counter()
        try:
            profile = parse_resume(document, matcher)
        except UnsupportedFile as error:
            refused[path.name] = f"{error.message} {error.guidance}"
            continue
        finally:
            times.append((time.perf_counter() - started) * 1000)
        parsed[path.name] = {
            "skills": len(profile.skills),
            "education": len(profile.education),
            "experience": len(profile.experience),
        }
        if path.name in gold:
            per_file[path.name] = score_file(profile, gold[path.name], key)
    times.sort()
    return {
        "taxonomy": taxonomy_source,
        "taxonomy_entries": len(entries),
        "matcher_build_ms": round(build_ms, 1),
        "totals": _totals(per_file),
        "per_file": per_file,
        "parsed": parsed,
        "refused": refused,
        "parse_ms": {
            "p50": round(times[len(times) // 2], 1) if times else None,
            "max": round(times[-1], 1) if times else None,
        },
    }


def _flag(value: bool | None) -> str:
    return "-" if value is None else ("ok" if value else "MISS")


def table(report: dict[str, Any]) -> str:
    """Per-file and total figures of :func:`evaluate` as a plain-text table."""
    if "skipped" in report:
        return str(report["skipped"])
    rows = [f"{'file':44} {'skills P/R/F1':17} {'edu m/p/g':9} {'exp m/p/g':9} name  email"]
    for name, s in report["per_file"].items():
        k = s["skills"]
        edu, exp = s["education"], s["experience"]
        rows.append(
            f"{name[:44]:44} {k['precision']:.2f}/{k['recall']:.2f}/{k['f1']:.2f}    "
            f"{edu['matched']}/{edu['pred']}/{edu['gold']:<5} {exp['matched']}/{exp['pred']}/"
            f"{exp['gold']:<5} {_flag(s['name_ok']):5} {_flag(s['email_ok'])}")
    t = report["totals"]
    rows.append("TOTAL skills P/R/F1 {precision}/{recall}/{f1}".format(
        **t["skills_vs_skills_all"]) + f"  section recall {t['skills_section_recall']}")
    rows.append("TOTAL education P/R/F1 {precision}/{recall}/{f1}".format(**t["education"]))
    rows.append("TOTAL experience P/R/F1 {precision}/{recall}/{f1}".format(**t["experience"]))
    rows.append(f"TOTAL name exact {t['name_exact']}  email exact {t['email_exact']}  "
                f"redacted fields not invented {t['redacted_not_invented']}")
    for name, why in report["refused"].items():
        rows.append(f"refused {name}: {why}")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m eval.resume_eval [--eval-dir DIR] [--taxonomy auto|builtin]
    [--json]``; prints the per-file table and totals, or the full JSON report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--taxonomy", choices=["auto", "builtin"], default="auto")
    parser.add_argument("--json", action="store_true", help="print the full JSON report")
    args = parser.parse_args(argv)
    report = evaluate(args.eval_dir, args.taxonomy)
    if args.json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(table(report) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
