"""A whole conversation about a job, offline: resume, pasted job description, gaps, roles,
advice, corrections, comparison and switching resumes — every number from a tool."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fixtures.resumes.resume_builders import one_column_pdf

from agent.runtime import ChatTurn, Runtime
from agent.settings import Settings

BACKEND_JOB = """Backend Engineer at Globex

About the role: we are looking for a backend engineer to build our payment APIs.
Responsibilities: design and run services that handle millions of requests a day.
Requirements:
- 3+ years of experience building backend services
- Strong Python and SQL skills are required
- Must have hands-on experience with Docker and Kubernetes
Nice to have: experience with Terraform and Apache Kafka is a bonus.
Bachelor's degree in Computer Science or a related field.
"""

DATA_JOB = """Data Analyst at Initech

We are looking for a data analyst who can turn data into decisions.
Requirements: must have strong Excel and Tableau skills and solid SQL.
Responsibilities: build weekly dashboards for the sales team and present findings.
Preferred: familiarity with Power BI. Full-time role with great benefits.
"""


@pytest.fixture
def runtime(fresh_prepared_dir: Path) -> Iterator[Runtime]:
    rt = Runtime(Settings(data_dir=fresh_prepared_dir))
    yield rt
    rt.close()


class Chat:
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.user = runtime.ensure_user("priya")[0].id

    def say(self, text: str, files: list[tuple[str, bytes]] = ()) -> ChatTurn:  # type: ignore[assignment]
        uploads = [self.runtime.save_upload(self.user, n, c) for n, c in files]
        return self.runtime.chat(self.user, "job-talk", text, uploads)


def _tools(turn: ChatTurn) -> list[str]:
    return [c.tool for c in turn.tool_calls]


def _output(turn: ChatTurn) -> dict:  # type: ignore[type-arg]
    return json.loads(turn.tool_calls[-1].output)


def test_job_conversation_end_to_end(runtime: Runtime) -> None:
    chat = Chat(runtime)
    chat.say("here is my resume", [("priya.pdf", one_column_pdf())])

    job = chat.say(BACKEND_JOB)
    assert _tools(job) == ["read_job_description"]
    skills = {s["name"]: s["priority"] for s in _output(job)["job"]["skills"]}
    assert skills.get("Kubernetes") == "critical"
    assert "Kubernetes" in job.reply and "what am I missing" in job.reply

    gaps = chat.say("what am I missing?")
    assert _tools(gaps) == ["find_skill_gaps"]
    report = _output(gaps)["report"]
    assert f"{report['match_percentage']:.1f}%" in gaps.reply
    gap_names = [g["skill"] for g in report["gaps"]]
    assert "Python" not in gap_names and "Docker" not in gap_names
    assert all(g["explanation"] for g in report["gaps"])
    priorities = [g["priority"] for g in report["gaps"]]
    order = {"critical": 0, "important": 1, "nice-to-have": 2}
    assert priorities == sorted(priorities, key=order.__getitem__)

    roles = chat.say("which roles fit me?")
    assert _tools(roles) == ["suggest_roles"]
    assert len(_output(roles)["roles"]) == 3

    role_gaps = chat.say("what am I missing for a data analyst role?")
    assert role_gaps.tool_calls[0].args == {"role": "data analyst"}
    assert "Match with" in role_gaps.reply

    advice = chat.say("what should I change in my resume?")
    assert _tools(advice) == ["review_resume"]
    assert "Suggestion" in advice.reply or "no changes" in advice.reply


def test_profile_corrections_and_confirmation(runtime: Runtime) -> None:
    chat = Chat(runtime)
    chat.say("", [("priya.pdf", one_column_pdf())])
    added = chat.say("I also know Terraform")
    assert added.tool_calls[0].args == {"skill": "Terraform"}
    assert "Terraform" in added.reply
    removed = chat.say("remove Kubernetes from my skills")
    assert removed.tool_calls[0].args == {"skill": "Kubernetes"}
    names = [s["name"] for s in _output(removed)["profile"]["skills"]]
    assert "Kubernetes" not in names and "Terraform" in names
    left = chat.say("I left Northwind Labs in 2023")
    assert left.tool_calls[0].args == {"company": "Northwind Labs", "end": "2023"}
    assert "2023" in left.reply
    confirmed = chat.say("looks right")
    assert _tools(confirmed) == ["confirm_profile"] and "verified" in confirmed.reply
    shown = chat.say("show my profile")
    assert "Terraform" in shown.reply and "Kubernetes" not in shown.reply.split("Skills")[1]


def test_several_jobs_are_compared_and_the_user_can_switch(runtime: Runtime) -> None:
    chat = Chat(runtime)
    chat.say("", [("priya.pdf", one_column_pdf())])
    chat.say(BACKEND_JOB)
    chat.say(DATA_JOB)
    compared = chat.say("compare me with these jobs")
    rows = _output(compared)["rows"]
    assert [r["rank"] for r in rows] == [1, 2]
    assert rows[0]["match_percentage"] >= rows[1]["match_percentage"]
    assert "Globex" in compared.reply and "Initech" in compared.reply
    switched = chat.say("compare with the Globex job")
    assert switched.tool_calls[0].args == {"job": "Globex"}
    listed = chat.say("list my jobs")
    assert "Backend Engineer" in listed.reply.split("(active)")[0]


def test_gaps_without_a_job_ask_for_one(runtime: Runtime) -> None:
    chat = Chat(runtime)
    chat.say("", [("priya.pdf", one_column_pdf())])
    turn = chat.say("what am I missing?")
    assert "Next step" in turn.reply and "job description" in turn.reply
