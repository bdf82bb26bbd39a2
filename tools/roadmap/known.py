"""Skills of a goal that the learner's resume already shows, left out of the roadmap.

A goal ("become a data analyst") names a role's skills; a learner whose parsed resume shows
some of them should not be taught them again. "Shows" is decided exactly as gap analysis
decides that a resume covers a job skill (:func:`tools.gaps.coverage.find_cover`: same
taxonomy id, alias, more specific skill, or embedding similarity ≥ 0.75, Property 2), over
the same resume skills (:func:`tools.gaps.analysis.resume_refs`), so a roadmap never plans a
skill that the gap report lists as covered.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from tools.gaps.analysis import resume_refs
from tools.gaps.coverage import SkillGraph, find_cover, similarity_table
from tools.gaps.protocols import SkillCatalog, SkillRef, SkillVectors
from tools.jobs.models import Priority
from tools.resume.models import ResumeProfile

RoleTarget = tuple[str, Priority]
"""A skill of a goal: taxonomy id and priority."""


@dataclass(frozen=True)
class ResumeCoverage:
    """What the learner's resume shows, to leave known skills out of a goal's roadmap.

    Attributes:
        profile: The parsed resume.
        vectors: Skill vectors (storage's ``SkillIndex``).
        catalog: Taxonomy lookup (storage's ``Taxonomy``).
    """

    profile: ResumeProfile
    vectors: SkillVectors
    catalog: SkillCatalog

    def split(self, targets: Sequence[RoleTarget], keep: Collection[str] = ()
              ) -> tuple[list[RoleTarget], list[str]]:
        """Separate the targets the resume does not show from those it does.

        Args:
            targets: ``(taxonomy_id, priority)`` pairs, in teaching order.
            keep: Ids never left out (skills the learner named: "learn SQL" is a wish to go
                deeper, even when the resume lists SQL).

        Returns:
            ``(to_teach, known)``: the targets still to teach, order kept, and the names of
            the skills left out (taxonomy names, in target order).
        """
        refs = resume_refs(self.profile)
        rows: list[SkillRef] = [(skill_id, self._name(skill_id)) for skill_id, _ in targets]
        if not refs or not rows:
            return list(targets), []
        table = similarity_table(self.vectors, rows, refs)
        graph = SkillGraph(self.catalog)
        teach: list[RoleTarget] = []
        known: list[str] = []
        for row, (target, ref) in enumerate(zip(targets, rows, strict=True)):
            covered = find_cover(ref, refs, [float(x) for x in table[row]], graph)
            if covered is None or target[0] in keep:
                teach.append(target)
            elif ref[1] not in known:
                known.append(ref[1])
        return teach, known

    def _name(self, skill_id: str) -> str:
        entry = self.catalog.by_id(skill_id)
        return entry.name if entry else skill_id
