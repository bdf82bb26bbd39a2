"""Build ``storage/seed/roles.jsonl`` from the curated ``roles.yaml`` and O*NET 28.x facts.

For every curated role: check its O*NET code against ``Occupation Data.txt`` (and take the
occupation's title), check every skill id against the taxonomy, then add the occupation's
tools from ``Technology Skills.txt`` as nice-to-have skills — those flagged both *Hot
Technology* and *In Demand* first, then *Hot* only, each side by taxonomy demand (highest
first) — up to the role's ``onet_tools`` (default 3), skipping tools the role already lists
and ids in ``exclude`` / ``exclude_everywhere``. An O*NET technology maps to a taxonomy skill by
its name or alias, else by the name without its first word (the publisher: "Atlassian JIRA"
-> "JIRA").

Run (needs ``../shared/data``)::

    .venv/bin/python scripts/build_roles.py            # --data DIR --out FILE

Fails (exit 1) on an unknown skill id, an unknown O*NET code, a duplicate role id, a skill
in two tiers of one role, or a role without critical skills.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storage.taxonomy import Taxonomy, load_taxonomy  # noqa: E402
from tools.gaps.models import Role  # noqa: E402

SEED = ROOT / "storage" / "seed"
DEFAULT_DATA = ROOT.parent / "shared" / "data"
ONET_TOOLS = 3
TECHNICAL_PREFIXES = ("15-", "17-")
"""O*NET major groups counted as technical: Computer and Mathematical, Architecture and
Engineering."""


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _onet_skill(taxonomy: Taxonomy, example: str) -> str | None:
    entry = taxonomy.by_alias(example)
    if entry is None and " " in example:
        entry = taxonomy.by_alias(example.split(" ", 1)[1])
    return entry.id if entry else None


def _hot_tools(rows: list[dict[str, str]], taxonomy: Taxonomy) -> dict[str, list[str]]:
    """Per O*NET code: taxonomy ids of hot+in-demand tools, then hot-only, by demand."""
    flags: dict[str, dict[str, int]] = defaultdict(dict)
    for row in rows:
        hot, wanted = row["Hot Technology"] == "Y", row["In Demand"] == "Y"
        if not hot:
            continue
        skill = _onet_skill(taxonomy, row["Example"])
        if skill is None:
            continue
        rank = 0 if wanted else 1
        code = row["O*NET-SOC Code"]
        flags[code][skill] = min(rank, flags[code].get(skill, rank))
    out: dict[str, list[str]] = {}
    for code, skills in flags.items():
        def key(s: str, skills: dict[str, int] = skills) -> tuple[int, float, str]:
            entry = taxonomy.by_id(s)
            return (skills[s], -(entry.demand if entry else 0.0), s)
        out[code] = sorted(skills, key=key)
    return out


def build_role(raw: dict[str, Any], occupations: dict[str, str], hot: dict[str, list[str]],
               taxonomy: Taxonomy, excluded: set[str]) -> tuple[Role, list[str]]:
    """One role from its curated entry; returns it and a list of problems (empty when valid)."""
    problems: list[str] = []
    rid, code = raw["id"], raw["onet"]
    if code not in occupations:
        problems.append(f"{rid}: unknown O*NET code {code}")
    tiers = {t: list(raw.get(t) or []) for t in ("critical", "important", "nice")}
    listed: list[str] = [s for t in tiers.values() for s in t]
    for skill in listed:
        if taxonomy.by_id(skill) is None:
            problems.append(f"{rid}: unknown skill id {skill}")
    dupes = {s for s in listed if listed.count(s) > 1}
    if dupes:
        problems.append(f"{rid}: listed twice: {sorted(dupes)}")
    if not tiers["critical"]:
        problems.append(f"{rid}: no critical skill")
    skip = excluded | set(raw.get("exclude") or []) | set(listed)
    extra = [s for s in hot.get(code, []) if s not in skip][: int(raw.get("onet_tools",
                                                                           ONET_TOOLS))]
    role = Role(id=rid, title=raw["title"], onet_code=code,
                onet_title=occupations.get(code, ""), aliases=list(raw.get("aliases") or []),
                level=raw.get("level", "entry"), technical=code.startswith(TECHNICAL_PREFIXES),
                years_experience=raw.get("years"), critical=tiers["critical"],
                important=tiers["important"], nice_to_have=tiers["nice"] + extra)
    return role, problems


def build(data: Path, curated: Path, taxonomy: Taxonomy) -> tuple[list[Role], list[str]]:
    """All roles from the curated file and O*NET; returns roles (sorted by id) and problems."""
    spec = yaml.safe_load(curated.read_text(encoding="utf-8"))
    onet = data / "onet"
    occupations = {r["O*NET-SOC Code"]: r["Title"]
                   for r in _read_tsv(onet / "Occupation Data.txt")}
    hot = _hot_tools(_read_tsv(onet / "Technology Skills.txt"), taxonomy)
    excluded = set(spec.get("exclude_everywhere") or [])
    roles: list[Role] = []
    problems: list[str] = []
    seen: set[str] = set()
    for raw in spec["roles"]:
        if raw["id"] in seen:
            problems.append(f"duplicate role id {raw['id']}")
        seen.add(raw["id"])
        role, found = build_role(raw, occupations, hot, taxonomy, excluded)
        roles.append(role)
        problems.extend(found)
    return sorted(roles, key=lambda r: r.id), problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--curated", type=Path, default=SEED / "roles.yaml")
    parser.add_argument("--out", type=Path, default=SEED / "roles.jsonl")
    args = parser.parse_args(argv)
    if not (args.data / "onet").is_dir():
        print(f"error: {args.data / 'onet'} is absent", file=sys.stderr)
        return 1
    roles, problems = build(args.data, args.curated, Taxonomy(load_taxonomy()))
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        return 1
    lines = [json.dumps(r.model_dump(exclude_defaults=True), ensure_ascii=False) for r in roles]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    technical = sum(r.technical for r in roles)
    print(f"wrote {len(roles)} roles ({technical} technical) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
