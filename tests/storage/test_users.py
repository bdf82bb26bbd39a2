"""User accounts on both engines: creation, login, duplicates, operator accounts, deletion."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from storage.orm import User
from storage.repositories import users
from tools.accounts import UserAccount
from tools.errors import InvalidInput, NotFound

PASSWORD = "correct horse battery"


def test_created_user_can_be_found_by_name_in_any_case_and_by_id(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        created = users.create_user(
            session, "  Alice ", PASSWORD, email="alice@example.org", timezone="Europe/Paris",
            target_role="Data Analyst", experience_level="graduate", learning_pace="daily",
            hours_per_day=1.5,
        )
    assert isinstance(created, UserAccount)
    assert created.username == "alice"
    assert created.display_name == "Alice"
    with sessions() as session:
        by_name = users.get_user_by_name(session, "ALICE")
        by_id = users.get_user(session, created.id)
    assert by_name == by_id == created
    assert by_name is not None
    assert (by_name.timezone, by_name.target_role, by_name.hours_per_day) == (
        "Europe/Paris", "Data Analyst", 1.5)
    assert by_name.created_at.utcoffset() == timedelta(0)


def test_password_is_stored_hashed_with_argon2(session: Session) -> None:
    account = users.create_user(session, "bob", PASSWORD)
    stored = session.scalars(select(User.password_hash).where(User.id == account.id)).one()
    assert stored is not None
    assert PASSWORD not in stored
    assert stored.startswith("$argon2id$")


def test_verify_password_accepts_only_the_right_password(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        account = users.create_user(session, "carol", PASSWORD)
    with sessions() as session:
        assert users.verify_password(session, "Carol", PASSWORD) == account
        assert users.verify_password(session, "carol", PASSWORD + "!") is None
        assert users.verify_password(session, "carol", "") is None
        assert users.verify_password(session, "nobody", PASSWORD) is None
        assert users.verify_password(session, "../bad name", PASSWORD) is None


def test_duplicate_username_is_refused_with_guidance(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        users.create_user(session, "dave", PASSWORD)
    with sessions() as session:
        with pytest.raises(InvalidInput) as caught:
            users.create_user(session, "DAVE", "another password")
        assert "dave" in caught.value.message
        assert caught.value.guidance.strip()
        # The transaction is still usable after the refusal.
        users.create_user(session, "dave2", PASSWORD)
        session.commit()
    with sessions() as session:
        names = session.scalars(select(User.username).order_by(User.username)).all()
    assert names == ["dave", "dave2"]


@pytest.mark.parametrize("name", ["", "   ", "a/b", "../x", "x" * 65, "two words"])
def test_malformed_usernames_are_refused(session: Session, name: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        users.create_user(session, name, PASSWORD)
    assert caught.value.guidance.strip()


@pytest.mark.parametrize("password", ["short", "x" * 1025])
def test_passwords_out_of_bounds_are_refused(session: Session, password: str) -> None:
    with pytest.raises(InvalidInput):
        users.create_user(session, "erin", password)
    assert users.get_user_by_name(session, "erin") is None


@pytest.mark.parametrize(("field", "value"), [("timezone", "Mars/Olympus"), ("hours_per_day", 0),
                                               ("hours_per_day", 25.0)])
def test_invalid_preferences_are_refused(session: Session, field: str, value: object) -> None:
    with pytest.raises(InvalidInput):
        users.create_user(session, "frank", None, **{field: value})  # type: ignore[arg-type]


def test_default_timezone_is_a_valid_iana_name(session: Session) -> None:
    zone = users.default_timezone()
    ZoneInfo(zone)
    assert users.create_user(session, "gina", None).timezone == zone


def test_creation_time_is_stored_in_utc(session: Session) -> None:
    moment = datetime(2026, 5, 1, 8, 0, tzinfo=timezone(timedelta(hours=-4)))
    account = users.create_user(session, "hank", None, now=moment)
    assert account.created_at == moment
    assert account.created_at.tzinfo == UTC


def test_ensure_user_creates_a_passwordless_operator_once(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        first, created = users.ensure_user(session, "Operator")
    with sessions.begin() as session:
        again, created_again = users.ensure_user(session, "operator")
    assert (created, created_again) == (True, False)
    assert first == again
    with sessions() as session:
        assert users.verify_password(session, "operator", "") is None
        assert users.verify_password(session, "operator", PASSWORD) is None


def test_set_password_enables_and_removes_browser_login(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        account, _ = users.ensure_user(session, "ivy")
        users.set_password(session, account.id, PASSWORD)
    with sessions.begin() as session:
        assert users.verify_password(session, "ivy", PASSWORD) == account
        users.set_password(session, account.id, None)
    with sessions() as session:
        assert users.verify_password(session, "ivy", PASSWORD) is None
        with pytest.raises(NotFound):
            users.set_password(session, "no-such-id", PASSWORD)


def test_outdated_hash_is_upgraded_at_login(sessions: sessionmaker[Session]) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
    with sessions.begin() as session:
        account = users.create_user(session, "jack", None)
        session.get_one(User, account.id).password_hash = weak.hash(PASSWORD)
    with sessions.begin() as session:
        assert users.verify_password(session, "jack", PASSWORD) == account
    with sessions() as session:
        upgraded = session.get_one(User, account.id).password_hash
    assert upgraded is not None
    assert not PasswordHasher().check_needs_rehash(upgraded)
    assert PasswordHasher().verify(upgraded, PASSWORD)


def test_require_and_delete_unknown_user_raise_not_found(session: Session) -> None:
    with pytest.raises(NotFound) as caught:
        users.require_user_by_name(session, "ghost")
    assert "ghost" in caught.value.message and caught.value.guidance
    with pytest.raises(NotFound):
        users.delete_user(session, "no-such-id")


def test_mark_active_records_the_time_in_utc(sessions: sessionmaker[Session]) -> None:
    moment = datetime(2026, 7, 4, 23, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    with sessions.begin() as session:
        account = users.create_user(session, "kim", None)
        assert users.last_active(session, account.id) is None
        users.mark_active(session, account.id, moment)
    with sessions() as session:
        stored = users.last_active(session, account.id)
    assert stored == moment
    assert stored is not None and stored.tzinfo == UTC and stored.day == 5


def test_a_login_is_read_beside_a_writer_and_checked_outside_any_transaction(
    engine, sessions: sessionmaker[Session],  # type: ignore[no-untyped-def]
) -> None:
    from storage.db import make_read_session_factory

    with sessions.begin() as session:
        created = users.create_user(session, "lena", PASSWORD)
    reads = make_read_session_factory(engine)
    with sessions.begin() as writer:  # another transaction holds the write lock meanwhile
        users.create_user(writer, "marek", PASSWORD)
        with reads.begin() as session:
            found = users.find_login(session, "LENA")
    assert found is not None and found[0] == created.id
    assert users.password_matches(found[1], PASSWORD)
    assert not users.password_matches(found[1], "wrong password here")
    assert not users.password_matches(None, PASSWORD)
    with reads.begin() as session:
        assert users.find_login(session, "nobody") is None
