"""Roadmap build speed: p50/p95 of ``build_roadmap`` over the role catalogue (target p95 <
100 ms, issue 5 point 10), plus goal resolution and the exports.

``run()`` returns a dict; ``python -m bench.roadmap_bench`` prints it as JSON. Uses only the
bundled seed data (no ``../shared``). Resources come from an in-memory finder that returns
five per skill, the size the recommender is asked for.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from datetime import time as clock
from typing import Any

ROUNDS = 3
START = date(2026, 12, 1)
TARGET_P95_MS = 100.0


class _Finder:
    def for_stage(self, skill_ids: Sequence[str], level: str) -> list[Any]:
        from tools.roadmap.models import ResourceRef

        return [ResourceRef(title=f"{s} {kind}", url=f"https://example.org/{s}/{kind}",
                            type=kind, difficulty=level, skills=[s])  # type: ignore[arg-type]
                for s in skill_ids for kind in ("course", "practice", "documentation",
                                                 "video", "book")]


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 2),
            "p95_ms": round(p95 * 1000, 2), "max_ms": round(ordered[-1] * 1000, 2),
            "n": len(ordered)}


def _time(calls: list[Callable[[], object]]) -> dict[str, float]:
    samples = []
    for _ in range(ROUNDS):
        for call in calls:
            started = time.perf_counter()
            call()
            samples.append(time.perf_counter() - started)
    return _percentiles(samples)


def run() -> dict[str, Any]:
    """Time roadmap building for every catalogue role, goal resolution and exports.

    Returns:
        ``{"build": {p50_ms, p95_ms, max_ms, n}, "build_p95_target_ms": 100, "build_ok":
        bool, "goal_to_roadmap": {...}, "markdown": {...}, "icalendar": {...},
        "setup_s": float}``.
    """
    from storage.roles import load_roles
    from storage.taxonomy import default_taxonomy
    from tools.roadmap.build import build_roadmap
    from tools.roadmap.export import to_icalendar, to_markdown
    from tools.roadmap.goal import GoalResolver, roadmap_for_goal
    from tools.roadmap.models import LearningPlan
    from tools.skill_matcher import SkillMatcher

    started = time.perf_counter()
    taxonomy = default_taxonomy()
    roles = load_roles()
    resolver = GoalResolver(roles, SkillMatcher(taxonomy.entries), taxonomy)
    setup_s = time.perf_counter() - started
    finder = _Finder()
    plan = LearningPlan(hours=1.5, deadline_weeks=26)

    def builder(targets: list[Any]) -> Callable[[], object]:
        return lambda: build_roadmap(targets, plan, taxonomy, finder, start=START)

    def from_goal(goal: str) -> Callable[[], object]:
        return lambda: roadmap_for_goal(goal, plan, resolver, taxonomy, finder, start=START)

    builds = [builder(list(r.skills_by_priority())) for r in roles]
    goal_calls = [from_goal(f"I want to become a {r.title.lower()}") for r in roles[:40]]

    sample = build_roadmap(list(roles[0].skills_by_priority()), plan, taxonomy, finder,
                           start=START)
    now = datetime(2026, 11, 30, tzinfo=UTC)
    build = _time(builds)
    return {
        "build": build,
        "build_p95_target_ms": TARGET_P95_MS,
        "build_ok": build["p95_ms"] < TARGET_P95_MS,
        "goal_to_roadmap": _time(goal_calls),
        "markdown": _time([lambda: to_markdown(sample)]),
        "icalendar": _time([lambda: to_icalendar(sample, reminder_at=clock(19), now=now,
                                                 time_zone="Europe/Berlin")]),
        "setup_s": round(setup_s, 2),
    }


if __name__ == "__main__":
    json.dump(run(), sys.stdout, indent=2)
    sys.stdout.write("\n")
