"""Build HireReady's learning-resource seed (``storage/seed/resources.jsonl``).

Run by developers after editing ``storage/seed/resources.yaml``, never at run time::

    .venv/bin/python scripts/build_resources.py [--check]

Checks every entry (unique keys and URLs, a known provider whose domain the URL is on,
known type and levels, minutes > 0, taxonomy skill ids, rubric digits 0–5), computes the
editorial score from the rubric, and writes one :class:`tools.resources.models.Resource`
per line, sorted by key, with ``last_verified`` null (no link check has run). With
``--check`` it only validates and reports the counts. Needs PyYAML (the ``test`` extra).
Rubric and fields: ``storage/seed/README.md``, "Resources".
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storage.taxonomy import load_taxonomy  # noqa: E402
from tools.resources.models import RESOURCE_TYPES, Resource, Rubric  # noqa: E402
from tools.resources.quality import editorial_score  # noqa: E402

SOURCE = ROOT / "storage" / "seed" / "resources.yaml"
TARGET = ROOT / "storage" / "seed" / "resources.jsonl"
LEVEL_CODES = {"b": "beginner", "i": "intermediate", "a": "advanced"}


def host_on(url: str, domains: list[str]) -> bool:
    """True when the URL's host is one of ``domains`` or a subdomain of one."""
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in domains)


def compile_entry(raw: dict[str, Any], providers: dict[str, Any],
                  skill_ids: set[str]) -> tuple[Resource | None, list[str]]:
    """One YAML entry as a Resource, or None with the problems found."""
    key = str(raw.get("id", "?"))
    problems: list[str] = []
    provider = providers.get(raw.get("p", ""))
    url = str(raw.get("url", ""))
    if provider is None:
        problems.append(f"{key}: unknown provider {raw.get('p')!r}")
    elif not url.startswith(("https://", "http://")) or not host_on(url, provider["domains"]):
        problems.append(f"{key}: {url} is not on {provider['domains']}")
    if raw.get("type") not in RESOURCE_TYPES:
        problems.append(f"{key}: unknown type {raw.get('type')!r}")
    codes = str(raw.get("lv", ""))
    if not codes or any(c not in LEVEL_CODES for c in codes) or list(codes) != sorted(
            codes, key="bia".index):
        problems.append(f"{key}: levels {codes!r} must be a subsequence of 'bia'")
    unknown = [s for s in raw.get("skills", []) if s not in skill_ids]
    if unknown or not raw.get("skills"):
        problems.append(f"{key}: unknown or missing skills {unknown}")
    digits = str(raw.get("q", ""))
    if len(digits) != 4 or not digits.isdigit() or any(int(d) > 5 for d in digits):
        problems.append(f"{key}: rubric {digits!r} must be 4 digits 0-5")
    if problems:
        return None, problems
    rubric = Rubric(authority=int(digits[0]), currency=int(digits[1]), depth=int(digits[2]),
                    practice=int(digits[3]))
    editorial = editorial_score(rubric)
    resource = Resource(
        key=key, title=str(raw["title"]), url=url, type=raw["type"],
        provider=provider["name"] if provider else "", levels=tuple(LEVEL_CODES[c] for c in codes),
        duration_minutes=int(raw["min"]), free=not raw.get("paid", False),
        skills=tuple(raw["skills"]), rubric=rubric, editorial_score=editorial, score=editorial,
        description=str(raw.get("about", "")))
    return resource, []


def build(source: Path = SOURCE) -> tuple[list[Resource], list[str]]:
    """Every resource of the YAML source, sorted by key, and the problems found."""
    document = yaml.safe_load(source.read_text(encoding="utf-8"))
    providers, entries = document["providers"], document["resources"]
    skill_ids = {e.id for e in load_taxonomy()}
    problems: list[str] = []
    resources: list[Resource] = []
    for raw in entries:
        resource, found = compile_entry(raw, providers, skill_ids)
        problems.extend(found)
        if resource is not None:
            resources.append(resource)
    for label, values in (("key", [r.key for r in resources]),
                          ("url", [r.url for r in resources])):
        problems.extend(f"duplicate {label} {v}" for v, n in Counter(values).items() if n > 1)
    return sorted(resources, key=lambda r: r.key), problems


def line(resource: Resource) -> str:
    """The JSON Lines form of a seed resource (score and ratings are computed at load)."""
    data = resource.model_dump(mode="json", exclude={"score", "ratings", "available"})
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="validate only")
    args = parser.parse_args()
    resources, problems = build()
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        return 1
    types = Counter(r.type for r in resources)
    print(f"{len(resources)} resources; types {dict(sorted(types.items()))}")
    if not args.check:
        TARGET.write_text("".join(line(r) + "\n" for r in resources), encoding="utf-8")
        print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
