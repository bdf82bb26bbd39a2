"""The runtime end to end with the offline model: resume -> profile, errors, threads."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fixtures.resumes.resume_builders import image_only_pdf, one_column_pdf
from sqlalchemy import text

import storage.repositories.users as user_repo
from agent.rate_limit import MessageRateLimiter
from agent.runtime import Runtime
from agent.settings import Settings
from tools.errors import UnsupportedFile


@pytest.fixture
def runtime(fresh_prepared_dir: Path) -> Iterator[Runtime]:
    rt = Runtime(Settings(data_dir=fresh_prepared_dir))
    yield rt
    rt.close()


def _user(runtime: Runtime, name: str = "priya") -> str:
    account, _ = runtime.ensure_user(name)
    return account.id


def test_attached_resume_becomes_a_stored_profile(runtime: Runtime) -> None:
    user = _user(runtime)
    upload = runtime.save_upload(user, "priya.pdf", one_column_pdf())
    turn = runtime.chat(user, "t1", "here is my resume", [upload])
    assert [c.tool for c in turn.tool_calls] == ["parse_resume"]
    assert turn.tool_calls[0].args == {"upload_id": upload}
    for skill in ("Python", "Docker", "Kubernetes"):
        assert skill in turn.reply
    assert "PRIYA RAMAN" in turn.reply.upper()
    profile = json.loads(turn.tool_calls[0].output)["profile"]
    assert profile["email"] == "priya.raman@example.org"
    with runtime.engine.connect() as conn:
        rows = conn.execute(text("SELECT count(*) FROM hr_resume_skills WHERE user_id = :u"),
                            {"u": user}).scalar_one()
    assert rows == len(profile["skills"]) > 3


def test_profile_is_shown_later_only_to_its_owner(runtime: Runtime) -> None:
    owner, other = _user(runtime, "owner"), _user(runtime, "other")
    runtime.chat(owner, "t", "", [runtime.save_upload(owner, "cv.pdf", one_column_pdf())])
    mine = runtime.chat(owner, "t", "show my profile")
    theirs = runtime.chat(other, "t", "show my profile")
    assert "Kubernetes" in mine.reply
    assert "Kubernetes" not in theirs.reply
    assert "Next step" in theirs.reply


def test_threads_are_private_per_user_and_survive_a_restart(fresh_prepared_dir: Path) -> None:
    first = Runtime(Settings(data_dir=fresh_prepared_dir))
    alice, bob = _user(first, "alice"), _user(first, "bob")
    first.chat(alice, "shared-id", "hello")
    first.close()
    second = Runtime(Settings(data_dir=fresh_prepared_dir))
    try:
        assert len(second.history(alice, "shared-id")) == 2
        assert second.history(bob, "shared-id") == []
        assert second.latest_thread(alice) == "shared-id"
        assert second.latest_thread(bob) is None
    finally:
        second.close()


def test_scanned_pdf_gets_a_message_and_next_step_and_no_profile(runtime: Runtime) -> None:
    user = _user(runtime)
    upload = runtime.save_upload(user, "scan.pdf", image_only_pdf())
    turn = runtime.chat(user, "t", "", [upload])
    assert turn.tool_calls[0].error
    assert "Next step" in turn.reply
    assert "Name:" not in turn.reply
    with runtime.engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM hr_resumes")).scalar_one()
    assert count == 0


@pytest.mark.parametrize(("name", "content"), [
    ("cv.exe", b"MZ..."), ("cv.pdf", b""), ("big.pdf", b"%PDF" + b"0" * (50 * 1024 * 1024)),
])
def test_refused_uploads_are_not_stored(runtime: Runtime, name: str, content: bytes) -> None:
    user = _user(runtime)
    with pytest.raises(UnsupportedFile) as refused:
        runtime.save_upload(user, name, content)
    assert refused.value.message and refused.value.guidance
    assert not any(runtime.settings.uploads_dir.rglob("*.exe"))


def test_empty_message_gets_guidance_without_calling_the_model(runtime: Runtime) -> None:
    user = _user(runtime)
    turn = runtime.chat(user, "t", "   ")
    assert "empty" in turn.reply and "Next step" in turn.reply
    assert runtime.history(user, "t") == []


def test_every_turn_records_the_users_last_activity(runtime: Runtime) -> None:
    user = _user(runtime)
    with runtime.read_sessions.begin() as session:
        assert user_repo.last_active(session, user) is None
    before = datetime.now(UTC)
    runtime.chat(user, "t", "hello")
    with runtime.read_sessions.begin() as session:
        first = user_repo.last_active(session, user)
    assert first is not None and before <= first <= datetime.now(UTC)
    runtime.chat(user, "t", "show my profile")
    with runtime.read_sessions.begin() as session:
        second = user_repo.last_active(session, user)
    assert second is not None and second >= first


def test_a_message_refused_by_the_rate_limit_records_no_activity(
        fresh_prepared_dir: Path) -> None:
    limiter = MessageRateLimiter(1)
    rt = Runtime(Settings(data_dir=fresh_prepared_dir), limiter=limiter)
    try:
        user = _user(rt)
        assert limiter.allow(user)  # the one message of the window is used up
        assert rt.chat(user, "t", "hello").rate_limited
        with rt.read_sessions.begin() as session:
            assert user_repo.last_active(session, user) is None
    finally:
        rt.close()
