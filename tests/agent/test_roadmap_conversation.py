"""A roadmap conversation, offline: from a goal and from skill gaps, progress, adaptation,
exports, resources, ratings and explanations — every number from a tool."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fixtures.resumes.resume_builders import one_column_pdf
from icalendar import Calendar

from agent.runtime import ChatTurn, Runtime
from agent.settings import Settings

JOB = """Data Engineer at Initech
Requirements:
- Strong SQL and Python are required
- Must have experience with Apache Airflow, Apache Spark and dbt
Nice to have: Snowflake.
"""


@pytest.fixture
def runtime(fresh_prepared_dir: Path) -> Iterator[Runtime]:
    rt = Runtime(Settings(data_dir=fresh_prepared_dir))
    yield rt
    rt.close()


def _say(runtime: Runtime, user: str, text: str, files: tuple[tuple[str, bytes], ...] = ()
         ) -> ChatTurn:
    uploads = [runtime.save_upload(user, n, c) for n, c in files]
    return runtime.chat(user, "plan", text, uploads)


def _out(turn: ChatTurn) -> dict[str, Any]:
    return dict(json.loads(turn.tool_calls[-1].output))


def test_goal_roadmap_progress_and_adaptation(runtime: Runtime) -> None:
    user = runtime.ensure_user("sam")[0].id
    built = _say(runtime, user, "I want to become a data engineer in 12 weeks")
    assert built.tool_calls[0].tool == "create_roadmap"
    assert built.tool_calls[0].args["weeks"] == 12
    roadmap = _out(built)["roadmap"]
    assert 1 <= len(roadmap["stages"]) <= 5
    assert all(s["estimated_days"] > 0 and s["skills"] and s["goals"] for s in roadmap["stages"])
    assert "| 1 |" in built.reply and f"{roadmap['estimated_days']} days" in built.reply

    done = _say(runtime, user, "I finished stage 1")
    assert _out(done)["roadmap"]["stages"][0]["status"] == "completed"
    progress = _out(done)["roadmap"]["progress"]
    assert progress == pytest.approx(100 / len(roadmap["stages"]), abs=0.1)

    slower = _say(runtime, user, "I can only do 30 minutes a day now")
    assert slower.tool_calls[0].args == {"minutes_per_day": 30}
    after = _out(slower)["roadmap"]
    assert after["stages"][0]["status"] == "completed"
    assert after["plan"]["hours"] == 0.5

    exported = _say(runtime, user, "export my roadmap to my calendar")
    path = Path(_out(exported)["file"])
    calendar = Calendar.from_ical(path.read_bytes())
    assert any(c.name == "VEVENT" for c in calendar.walk())


def test_roadmap_from_gaps_resources_rating_and_explanation(runtime: Runtime) -> None:
    user = runtime.ensure_user("kim")[0].id
    _say(runtime, user, "", (("kim.pdf", one_column_pdf()),))
    _say(runtime, user, JOB)
    built = _say(runtime, user, "build me a roadmap")
    skills = {s for stage in _out(built)["roadmap"]["stages"] for s in stage["skills"]}
    assert "Apache Airflow" in skills and "Python" not in skills

    found = _say(runtime, user, "resources for Docker")
    resources = _out(found)["resources"]
    assert resources and all(r["score"] >= 4.0 for r in resources)
    assert resources[0]["url"] in found.reply

    rated = _say(runtime, user, "rate the Docker docs 2 out of 5")
    assert rated.tool_calls[0].args["stars"] == 2
    assert "/5" in rated.reply

    explained = _say(runtime, user, "explain Kubernetes simply")
    assert explained.tool_calls[0].args == {"topic": "Kubernetes"}
    assert "Where to start" in explained.reply


def test_unknown_goal_gets_a_question_not_a_plan(runtime: Runtime) -> None:
    user = runtime.ensure_user("lee")[0].id
    turn = _say(runtime, user, "I want to become a zorblax wrangler")
    assert "question" in _out(turn)
    assert "| 1 |" not in turn.reply


def test_a_roadmap_for_the_gaps_of_a_role_named_in_chat(runtime: Runtime) -> None:
    """With no job description, the role the user asked about is kept as their target role
    and "build me a roadmap" plans its gaps."""
    user = runtime.ensure_user("rae")[0].id
    _say(runtime, user, "here is my resume", (("rae.pdf", one_column_pdf()),))
    gaps = _say(runtime, user, "what am I missing for a data analyst role?")
    assert gaps.tool_calls[-1].tool == "find_skill_gaps"
    missing = {g["skill"] for g in _out(gaps)["report"]["gaps"]}
    built = _say(runtime, user, "build me a roadmap")
    assert built.tool_calls[-1].tool == "create_roadmap"
    roadmap = _out(built)["roadmap"]
    planned = {s for stage in roadmap["stages"] for s in stage["skills"]}
    assert planned & missing, "the roadmap plans the role's missing skills"
    with runtime.sessions() as session:
        from storage.repositories.users import get_user

        account = get_user(session, user)
    assert account is not None and "analyst" in (account.target_role or "").lower()
