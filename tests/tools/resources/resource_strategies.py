"""Hypothesis strategies: small generated resource catalogues."""

from __future__ import annotations

from hypothesis import strategies as st

from tools.resources.catalog import ResourceCatalog
from tools.resources.models import LEVELS, RESOURCE_TYPES, Resource, Rubric
from tools.resources.quality import editorial_score

SKILLS = [f"skill-{i}" for i in range(6)]

level_sets = st.sampled_from([LEVELS[i:j] for i in range(3) for j in range(i + 1, 4)])
rubrics = st.builds(Rubric, authority=st.integers(0, 5), currency=st.integers(0, 5),
                    depth=st.integers(0, 5), practice=st.integers(0, 5))


@st.composite
def resources(draw: st.DrawFn, key: str) -> Resource:
    rubric = draw(rubrics)
    editorial = editorial_score(rubric)
    return Resource(key=key, title=f"Resource {key}", url=f"https://example.org/{key}",
                    type=draw(st.sampled_from(RESOURCE_TYPES)), provider="Example",
                    levels=draw(level_sets), duration_minutes=draw(st.integers(1, 6000)),
                    skills=tuple(draw(st.lists(st.sampled_from(SKILLS), min_size=1,
                                               max_size=3, unique=True))),
                    rubric=rubric, editorial_score=editorial, score=editorial,
                    available=draw(st.booleans().map(lambda b: b or draw(st.booleans()))))


@st.composite
def catalogs(draw: st.DrawFn, min_size: int = 1, max_size: int = 25) -> ResourceCatalog:
    size = draw(st.integers(min_size, max_size))
    return ResourceCatalog([draw(resources(f"r{i}")) for i in range(size)])
