"""Build HireReady's skill taxonomy seed (``storage/seed/skills.jsonl``) from public data.

Run by developers, never at run time::

    .venv/bin/python scripts/build_taxonomy.py [--data ../shared/data] [--out storage/seed]

Inputs (read-only, never copied into the repository):
  * ``<data>/onet/Technology Skills.txt`` — O*NET 28.x technologies with hot-technology and
    in-demand flags per occupation (CC BY 4.0, USDOL/ETA).
  * ``<data>/esco/*.csv`` — ESCO v1.2 digital, transversal, language and green skill
    collections and skill groups (© European Union, Decision 2011/833/EU).
  * ``storage/seed/curated.yaml`` — the project's hand-curated skills (aliases,
    prerequisites, difficulty and learning-hours bands).

The output is one JSON object per line, sorted by id, in the shape of
:class:`tools.taxonomy.SkillEntry`. Selection rules, the demand formula and the editorial
bands are documented in ``storage/seed/README.md``. Needs PyYAML and english-words (the
``test`` extra).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.taxonomy import SkillEntry  # noqa: E402

# ------------------------------------------------------------------ constants (see README)
ALPHA = 5.0
"""Pseudo-occupations of the in-demand prior (additive smoothing of the in-demand share)."""
BREADTH_REF = 100
"""Occupation count at which breadth saturates at 1.0 (Python is listed by 128)."""
W_HOT, W_DEMAND, W_BREADTH = 0.5, 0.3, 0.2
"""Weights of the hot share, smoothed in-demand share and breadth in ``demand``."""
MIN_OCCUPATIONS = 2
"""O*NET technologies listed by fewer occupations are kept only when hot or in demand."""
MAX_ESCO_ALIASES = 2
"""ESCO alternative labels kept per ESCO-only skill, shortest first: most are inflection
variants ("analyse X", "analysing X") that embed almost identically to the preferred label."""
MAX_ALIAS_WORDS = 6
MIN_SOURCE_ALIAS_CHARS = 4
"""Aliases taken from O*NET/ESCO (not curated) need at least this many characters: short
acronyms (ATS, CMS, LMS, POS) name other, commoner things in resumes."""
CATEGORY_MEDIAN_MIN = 3
"""Entries without an O*NET link take their category's median demand when the category has
at least this many linked entries; otherwise 0.0 (no market signal)."""

VENDORS = ("The MathWorks", "Microsoft", "Adobe Systems", "Adobe", "Oracle", "IBM", "Google",
           "Apache", "Autodesk", "SAP", "Amazon", "Atlassian", "Intuit", "Apple", "Cisco Systems",
           "Cisco", "Corel", "ESRI", "Esri", "Red Hat", "Dassault Systemes", "Bentley Systems",
           "Salesforce", "Epic Systems", "Cerner", "Trimble", "Hewlett Packard", "HP", "Unity",
           "Sage", "Infor", "Blackbaud", "Ansys", "ANSYS", "Siemens", "Minitab", "SAS")
"""Publisher prefixes of O*NET names; the remainder may become an alias (``Adobe Photoshop``
-> ``Photoshop``) when it is not a common English word."""

DROP_ONET = {
    "Facebook", "LinkedIn", "Twitter", "Instagram", "Myspace", "Pinterest", "TikTok", "Snapchat",
    "Tumblr", "YouTube", "Google", "Web browser software", "Email software", "Blogger",
    "Vimeo", "Yahoo", "Bing", "WhatsApp", "Reddit", "Craigslist", "eBay", "Amazon",
}
"""Company and consumer-platform names that appear in resumes as employers, contact links or
hobbies far more often than as skills; social media skills are covered by the curated
``social-media-marketing`` entry instead."""

CATEGORY_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Cybersecurity software", ("security", "virus", "authentication")),
    ("Databases", ("data base", "database")),
    ("Data and analytics software", ("analytical or scientific", "data mining",
                                     "business intelligence", "charting", "categorization",
                                     "metadata", "information retrieval", "data conversion",
                                     "expert system")),
    ("Software development tools", ("development environment", "object or component",
                                    "compiler", "program testing", "configuration management",
                                    "file versioning", "graphical user interface",
                                    "web platform development", "requirements analysis")),
    ("Healthcare software", ("medical",)),
    ("Office and productivity software", ("word processing", "spreadsheet", "office suite",
                                          "presentation", "electronic mail", "calendar",
                                          "desktop communications", "instant messaging",
                                          "video conferencing", "network conferencing",
                                          "spell checker", "dictionary", "internet browser",
                                          "document management", "content workflow",
                                          "cloud-based data access", "optical character",
                                          "voice recognition", "label making", "fax",
                                          "text to speech", "mobile messaging")),
    ("Business software", ("enterprise resource", "accounting", "financial", "customer",
                           "human resources", "sales and marketing", "point of sale",
                           "inventory", "procurement", "tax", "materials requirements",
                           "compliance", "facilities", "project management", "helpdesk",
                           "contact center", "legal", "risk management", "audit",
                           "enterprise application", "process mapping", "procedure",
                           "mailing", "bar coding", "license management",
                           "interactive voice")),
    ("Engineering and manufacturing software", ("computer aided design", "computer aided manuf",
                                                "industrial control", "manufacturing execution",
                                                "pattern design", "flight control",
                                                "aviation")),
    ("Design and media software", ("graphics", "photo", "video creation", "music", "desktop "
                                   "publishing", "web page creation", "imaging",
                                   "action games")),
    ("GIS and mapping software", ("geographic", "map creation", "route navigation",
                                  "location based")),
    ("Education software", ("training", "educational", "library", "foreign language")),
    ("Networking", ("network", "lan software", "wan switching", "switch or router", "gateway",
                    "bridge", "wireless", "internet protocol", "communications server",
                    "internet directory", "platform interconnectivity", "software defined",
                    "mobile operator")),
    ("Cloud and server software", ("cloud-based", "application server", "transaction server",
                                   "portal server", "clustering", "storage")),
    ("Operating systems and administration", ("operating system", "device drivers",
                                              "filesystem", "backup", "enterprise system",
                                              "administration", "data compression",
                                              "storage media", "graphics card", "printer")),
)


# ------------------------------------------------------------------ helpers
def norm(text: str) -> str:
    """Casefolded, whitespace-collapsed form used for joining sources."""
    return " ".join(text.casefold().split())


def slug(text: str) -> str:
    """A taxonomy id from a name: ``C++ Builder`` -> ``cplusplus-builder``."""
    text = text.replace("+", "plus").replace("#", "sharp").replace("&", "and")
    text = re.sub(r"[^a-z0-9]+", "-", text.casefold())
    return text.strip("-") or "skill"


def common_words() -> set[str]:
    """Lower-cased English dictionary words (GCIDE, via the english-words package)."""
    from english_words import get_english_words_set

    return set(get_english_words_set(["gcide"], lower=True))


def is_safe_form(form: str, words: set[str], min_chars: int = 2) -> bool:
    """Whether a surface form can be matched in resumes without hitting ordinary prose.

    Single tokens that are dictionary words (``Word``, ``Access``, ``Slack``) are unsafe;
    so are forms shorter than ``min_chars`` and forms longer than ``MAX_ALIAS_WORDS`` words.
    """
    tokens = form.split()
    if len(form) < min_chars or not tokens or len(tokens) > MAX_ALIAS_WORDS:
        return False
    return not (len(tokens) == 1 and form.casefold() in words)


def category_for(commodity_title: str) -> str:
    """Map an O*NET commodity title onto one of the taxonomy's software categories."""
    low = commodity_title.casefold()
    for name, keys in CATEGORY_RULES:
        if any(key in low for key in keys):
            return name
    return "Other software"


def split_labels(raw: str) -> list[str]:
    """ESCO alternative labels are separated by newlines or `` | ``."""
    parts = re.split(r"\n|\s\|\s", raw or "")
    return [" ".join(p.split()) for p in parts if p.strip()]


# ------------------------------------------------------------------ O*NET
@dataclass
class Technology:
    """One O*NET technology (an ``Example``) and the occupations that list it."""

    name: str
    code: str
    commodity: str
    occupations: set[str] = field(default_factory=set)
    hot: set[str] = field(default_factory=set)
    in_demand: set[str] = field(default_factory=set)


def read_onet(path: Path) -> dict[str, Technology]:
    """Technologies by name from ``Technology Skills.txt`` (tab-separated)."""
    techs: dict[str, Technology] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            name = row["Example"].strip()
            tech = techs.setdefault(name, Technology(name, row["Commodity Code"],
                                                     row["Commodity Title"]))
            soc = row["O*NET-SOC Code"]
            tech.occupations.add(soc)
            if row["Hot Technology"] == "Y":
                tech.hot.add(soc)
            if row["In Demand"] == "Y":
                tech.in_demand.add(soc)
    return techs


@dataclass(frozen=True)
class DemandModel:
    """The documented demand formula (README, "Market demand")."""

    prior: float

    def score(self, techs: Iterable[Technology]) -> float | None:
        """Demand 0–1 from the union of the technologies' occupations, or None if empty."""
        occ: set[str] = set()
        hot: set[str] = set()
        dem: set[str] = set()
        for tech in techs:
            occ |= tech.occupations
            hot |= tech.hot
            dem |= tech.in_demand
        if not occ:
            return None
        n = len(occ)
        hot_share = len(hot) / n
        demand_share = (len(dem) + ALPHA * self.prior) / (n + ALPHA)
        breadth = min(1.0, math.log1p(n) / math.log1p(BREADTH_REF))
        value = W_HOT * hot_share + W_DEMAND * demand_share + W_BREADTH * breadth
        return round(min(1.0, max(0.0, value)), 3)


def demand_model(techs: dict[str, Technology]) -> DemandModel:
    """Prior = share of all (occupation, technology) rows flagged in demand."""
    rows = sum(len(t.occupations) for t in techs.values())
    flagged = sum(len(t.in_demand) for t in techs.values())
    return DemandModel(prior=flagged / rows if rows else 0.0)


# ------------------------------------------------------------------ ESCO
@dataclass
class EscoSkill:
    """One ESCO concept from a skill collection."""

    uri: str
    label: str
    alt: list[str]
    skill_type: str
    broader: str
    collection: str


def read_esco(path: Path, collection: str) -> list[EscoSkill]:
    """Rows of one ESCO collection CSV."""
    with path.open(encoding="utf-8") as fh:
        return [EscoSkill(r["conceptUri"], " ".join(r["preferredLabel"].split()),
                          split_labels(r.get("altLabels", "")), r.get("skillType", ""),
                          (r.get("broaderConceptPT") or "").split(" | ")[0].strip(), collection)
                for r in csv.DictReader(fh)]


def read_skill_groups(path: Path) -> list[EscoSkill]:
    """ISCED-F fields of education (knowledge areas) from ``skillGroups_en.csv``."""
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if "/isced-f/" in r["conceptUri"]]
    return [EscoSkill(r["conceptUri"], " ".join(r["preferredLabel"].split()),
                      split_labels(r.get("altLabels", "")), "knowledge", "Fields of study",
                      "isced") for r in rows if len(r.get("code") or "") == 4]


# ------------------------------------------------------------------ assembly
@dataclass
class Draft:
    """An entry being assembled from one or more sources."""

    entry: dict[str, Any]
    techs: list[Technology] = field(default_factory=list)
    proxies: list[Technology] = field(default_factory=list)
    priority: int = 0  # 0 curated, 1 O*NET, 2 ESCO


class Builder:
    """Merges curated, O*NET and ESCO skills into unique, alias-safe entries."""

    def __init__(self, words: set[str]) -> None:
        self.words = words
        self.drafts: dict[str, Draft] = {}
        self.by_name: dict[str, str] = {}
        self.warnings: list[str] = []
        self.drop_forms: set[str] = set()
        self.curated_names: dict[str, str] = {}

    # -- curated ----------------------------------------------------------
    def add_curated(self, data: dict[str, Any], techs: dict[str, Technology],
                    esco: dict[str, EscoSkill]) -> tuple[set[str], set[str]]:
        """Add the curated skills; returns the O*NET names and ESCO URIs they consumed."""
        cats: dict[str, str] = data["categories"]
        bands: dict[str, int] = data["hours_bands"]
        used_tech: set[str] = set()
        used_esco: set[str] = set()
        self.drop_forms = {norm(f) for f in data.get("drop_forms", [])}
        techs_by_norm = {norm(n): t for n, t in techs.items()}
        esco_by_norm = {norm(s.label.removesuffix(" (computer programming)")): s
                        for s in esco.values()}
        for item in data["skills"]:
            entry = {"id": item["id"], "name": item["name"],
                     "aliases": list(item.get("aliases", [])),
                     "type": item.get("type", "hard"), "category": cats[item["cat"]],
                     "case_sensitive": bool(item.get("cs", False)),
                     "prerequisites": list(item.get("after", [])),
                     "broader": list(item.get("broader", [])),
                     "difficulty": item["level"], "learning_hours": bands[item["hours"]]}
            draft = Draft(entry)
            forms = [item["name"], *entry["aliases"]]
            linked = [techs[n] for n in item.get("onet", []) if self._known(n, techs, item)]
            linked += [techs_by_norm[norm(f)] for f in forms if norm(f) in techs_by_norm]
            draft.techs = self._unique(linked, used_tech, item["id"])
            draft.proxies = [techs[n] for n in item.get("proxy", [])
                             if self._known(n, techs, item)]
            if draft.techs:
                entry["onet_code"] = draft.techs[0].code
                entry["aliases"] += [t.name for t in draft.techs]
            labels = [*item.get("esco", []), *forms]
            matches = [esco_by_norm[norm(lb)] for lb in labels if norm(lb) in esco_by_norm]
            for skill in matches:
                if skill.uri not in used_esco:
                    used_esco.add(skill.uri)
                    entry.setdefault("esco_uri", skill.uri)
            for label in item.get("esco", []):
                if norm(label) not in esco_by_norm:
                    self.warnings.append(f"{item['id']}: ESCO label not found: {label}")
            self._put(draft)
            self.curated_names[norm(item["name"])] = item["id"]
        return used_tech, used_esco

    def _known(self, name: str, techs: dict[str, Technology], item: dict[str, Any]) -> bool:
        if name not in techs:
            self.warnings.append(f"{item['id']}: O*NET technology not found: {name}")
            return False
        return True

    def _unique(self, linked: list[Technology], used: set[str], sid: str) -> list[Technology]:
        out: list[Technology] = []
        for tech in linked:
            if tech in out:
                continue
            if tech.name in used:
                self.warnings.append(f"{sid}: O*NET {tech.name!r} already linked elsewhere")
                continue
            out.append(tech)
            used.add(tech.name)
        return out

    # -- O*NET ------------------------------------------------------------
    def add_onet(self, techs: dict[str, Technology], used: set[str]) -> None:
        """Add O*NET technologies not consumed by curated entries (selection in README)."""
        for name in sorted(techs):
            tech = techs[name]
            if name in used or name in DROP_ONET:
                continue
            if len(tech.occupations) < MIN_OCCUPATIONS and not (tech.hot or tech.in_demand):
                continue
            if not is_safe_form(name, self.words):
                continue
            aliases = self._onet_aliases(name)
            twin = next((self.curated_names[norm(a)] for a in aliases
                         if norm(a) in self.curated_names), None)
            if twin is not None:
                self._merge_onet(self.drafts[twin], tech)
                continue
            entry = {"id": slug(name), "name": name, "aliases": aliases,
                     "type": "hard", "category": category_for(tech.commodity),
                     "onet_code": tech.code}
            self._put(Draft(entry, techs=[tech], priority=1))

    def _merge_onet(self, draft: Draft, tech: Technology) -> None:
        """Fold a publisher-named O*NET technology ("Microsoft PowerShell") into the curated
        skill named by its remainder ("PowerShell"), instead of a duplicate entry."""
        draft.techs.append(tech)
        draft.entry.setdefault("onet_code", tech.code)
        draft.entry["aliases"].append(tech.name)

    def _onet_aliases(self, name: str) -> list[str]:
        """Safe extra forms of an O*NET name.

        ``Structured query language SQL`` gives ``Structured query language`` and ``SQL``;
        ``Amazon Web Services AWS CloudFormation`` gives ``Amazon Web Services CloudFormation``
        and ``AWS CloudFormation``; otherwise a publisher prefix is dropped (``Adobe
        Photoshop`` -> ``Photoshop``).
        """
        tokens = name.split()
        aliases: list[str] = []
        for i, token in enumerate(tokens):
            if i < 2 or not re.fullmatch(r"[A-Z]{3,6}", token):
                continue
            spelled = [t for t in tokens[:i] if t.casefold() not in {"and", "of"}]
            if "".join(t[0] for t in spelled[-len(token):]).upper() == token:
                tail = tokens[i + 1:]
                aliases = [" ".join(tokens[:i] + tail), " ".join([token, *tail])]
                break
        if not aliases:
            for vendor in VENDORS:
                rest = name[len(vendor) + 1:].strip()
                if name.startswith(vendor + " ") and not rest.casefold().endswith("software"):
                    aliases.append(rest)
                    break
        return [a for a in aliases
                if a != name and is_safe_form(a, self.words, MIN_SOURCE_ALIAS_CHARS)]

    # -- ESCO -------------------------------------------------------------
    def add_esco(self, skills: Iterable[EscoSkill], used: set[str], skill_type: str | None,
                 category: str | None) -> None:
        """Add ESCO skills not consumed by curated entries; same-named entries merge."""
        for skill in sorted(skills, key=lambda s: s.uri):
            if skill.uri in used:
                continue
            aliases = [a for a in skill.alt
                       if is_safe_form(a, self.words, MIN_SOURCE_ALIAS_CHARS)]
            aliases = sorted(aliases, key=lambda a: (len(a), a))[:MAX_ESCO_ALIASES]
            existing = self.by_name.get(norm(skill.label))
            if existing is not None:
                entry = self.drafts[existing].entry
                entry.setdefault("esco_uri", skill.uri)
                if self.drafts[existing].priority > 0:
                    entry["aliases"] += aliases
                continue
            if not is_safe_form(skill.label, self.words):
                continue
            kind = skill_type or ("knowledge" if skill.skill_type == "knowledge" else "hard")
            cat = category or (skill.broader[:1].upper() + skill.broader[1:] or "Digital skills")
            entry = {"id": slug(skill.label), "name": skill.label, "aliases": aliases,
                     "type": kind, "category": cat, "esco_uri": skill.uri}
            self._put(Draft(entry, priority=2))

    def add_languages(self, skills: Iterable[EscoSkill], used: set[str]) -> None:
        """One language entry per ESCO language knowledge concept (``Hungarian``)."""
        for skill in sorted(skills, key=lambda s: s.uri):
            if skill.uri in used or skill.skill_type != "knowledge" or skill.label[:1].islower():
                continue
            entry = {"id": "language-" + slug(skill.label), "name": skill.label,
                     "aliases": [f"{skill.label} language"], "type": "language",
                     "category": "Languages", "esco_uri": skill.uri}
            self._put(Draft(entry, priority=2))

    # -- bookkeeping ------------------------------------------------------
    def _put(self, draft: Draft) -> None:
        entry = draft.entry
        key = norm(entry["name"])
        if key in self.by_name:
            self.warnings.append(f"duplicate name skipped: {entry['name']}")
            return
        sid = entry["id"]
        if sid in self.drafts:
            digest = hashlib.sha1(f"{entry['name']}|{entry.get('onet_code')}|"
                                  f"{entry.get('esco_uri')}".encode()).hexdigest()[:6]
            sid = entry["id"] = f"{sid}-{digest}"
        self.drafts[sid] = draft
        self.by_name[key] = sid

    def finish(self, model: DemandModel) -> list[SkillEntry]:
        """Resolve alias collisions, compute demand and validate every entry."""
        self._dedupe_forms()
        self._demand(model)
        entries = [SkillEntry.model_validate(d.entry) for d in self.drafts.values()]
        entries.sort(key=lambda e: e.id)
        check_references(entries)
        return entries

    def _dedupe_forms(self) -> None:
        """Each form (casefolded) belongs to one entry: curated first, then by id."""
        owner: dict[str, str] = {}
        ordered = sorted(self.drafts.values(), key=lambda d: (d.priority, d.entry["id"]))
        for draft in ordered:
            owner.setdefault(norm(draft.entry["name"]), draft.entry["id"])
        for draft in ordered:
            kept: list[str] = []
            for alias in draft.entry["aliases"]:
                key = norm(alias)
                if alias == draft.entry["name"] or alias in kept:
                    continue
                if draft.priority > 0 and key in self.drop_forms:
                    continue
                if owner.setdefault(key, draft.entry["id"]) == draft.entry["id"]:
                    kept.append(alias)
            draft.entry["aliases"] = kept

    def _demand(self, model: DemandModel) -> None:
        """O*NET links, else proxies, else the best broader skill, else the category median
        (README, "Market demand")."""
        by_cat: dict[str, list[float]] = defaultdict(list)
        for draft in self.drafts.values():
            score = model.score(draft.techs or draft.proxies)
            if score is not None:
                draft.entry["demand"] = score
                by_cat[draft.entry["category"]].append(score)
        for draft in self.drafts.values():
            inherited = [self.drafts[b].entry["demand"] for b in draft.entry.get("broader", [])
                         if b in self.drafts and "demand" in self.drafts[b].entry]
            if "demand" not in draft.entry and inherited:
                draft.entry["demand_inherited"] = max(inherited)
        for draft in self.drafts.values():
            if "demand_inherited" in draft.entry:
                draft.entry["demand"] = draft.entry.pop("demand_inherited")
            elif "demand" not in draft.entry:
                scores = sorted(by_cat.get(draft.entry["category"], []))
                enough = len(scores) >= CATEGORY_MEDIAN_MIN
                draft.entry["demand"] = round(scores[len(scores) // 2], 3) if enough else 0.0


def check_references(entries: list[SkillEntry]) -> None:
    """Prerequisites and broader ids must exist and prerequisites must form no cycle.

    Raises:
        SystemExit: On a dangling id or a prerequisite cycle.
    """
    ids = {e.id: e for e in entries}
    for entry in entries:
        for ref in [*entry.prerequisites, *entry.broader]:
            if ref not in ids:
                raise SystemExit(f"{entry.id}: unknown reference {ref}")
    state: dict[str, int] = {}

    def visit(sid: str, path: tuple[str, ...]) -> None:
        if state.get(sid) == 2:
            return
        if state.get(sid) == 1:
            raise SystemExit("prerequisite cycle: " + " -> ".join((*path, sid)))
        state[sid] = 1
        for ref in ids[sid].prerequisites:
            visit(ref, (*path, sid))
        state[sid] = 2

    for sid in ids:
        visit(sid, ())


def build(data_dir: Path, curated_path: Path) -> tuple[list[SkillEntry], list[str]]:
    """The full taxonomy and the build warnings."""
    techs = read_onet(data_dir / "onet" / "Technology Skills.txt")
    esco_dir = data_dir / "esco"
    digital = read_esco(esco_dir / "digitalSkillsCollection_en.csv", "digital")
    transversal = read_esco(esco_dir / "transversalSkillsCollection_en.csv", "transversal")
    languages = read_esco(esco_dir / "languageSkillsCollection_en.csv", "language")
    green = [s for s in read_esco(esco_dir / "greenSkillsCollection_en.csv", "green")
             if s.skill_type == "knowledge"]
    fields = read_skill_groups(esco_dir / "skillGroups_en.csv")
    linkable = {s.uri: s for s in [*digital, *transversal, *green, *fields]}
    builder = Builder(common_words())
    curated = yaml.safe_load(curated_path.read_text(encoding="utf-8"))
    used_tech, used_esco = builder.add_curated(curated, techs, linkable)
    builder.add_onet(techs, used_tech)
    builder.add_esco(digital, used_esco, None, None)
    builder.add_esco(transversal, used_esco, "soft", "Soft skills")
    builder.add_esco(green, used_esco, "knowledge", "Green and sustainability knowledge")
    builder.add_esco(fields, used_esco, "knowledge", "Fields of study")
    builder.add_languages(languages, used_esco)
    return builder.finish(demand_model(techs)), builder.warnings


def write_jsonl(entries: list[SkillEntry], path: Path) -> None:
    """One compact JSON object per line (defaults left out), sorted by id, UTF-8."""
    lines = (json.dumps(e.model_dump(exclude_defaults=True), ensure_ascii=False,
                        separators=(",", ":")) for e in entries)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def summary(entries: list[SkillEntry]) -> Iterator[str]:
    """Human-readable counts for the build log."""
    counts: dict[str, int] = defaultdict(int)
    for entry in entries:
        counts[entry.type] += 1
    yield f"{len(entries)} skills: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    yield f"{sum(len(e.surface_forms()) for e in entries)} surface forms"
    yield f"{sum(1 for e in entries if e.difficulty)} with difficulty and learning hours"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "storage" / "seed")
    args = parser.parse_args(argv)
    if not (args.data / "onet").is_dir():
        print(f"no O*NET/ESCO data under {args.data}; pass --data", file=sys.stderr)
        return 2
    entries, warnings = build(args.data, args.out / "curated.yaml")
    for warning in warnings:
        print("warning:", warning, file=sys.stderr)
    write_jsonl(entries, args.out / "skills.jsonl")
    for line in summary(entries):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
