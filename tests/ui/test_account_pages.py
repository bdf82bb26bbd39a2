"""Sign-up and password pages over a real (SQLite) users table, through FastAPI's TestClient."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

import storage.repositories.users as user_repo
from agent.settings import Settings
from prompts import account_pages as words
from prompts import errors as msg
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade
from tools.accounts import UserAccount
from ui.account_pages import LINKS_SCRIPT_PATH, mount_account_pages

PASSWORD = "correct horse battery"


@dataclass
class Accounts:
    """The account service the pages use, over the repository (what Runtime does)."""

    settings: Settings
    sessions: sessionmaker[Session]

    def authenticate(self, username: str, password: str) -> UserAccount | None:
        with self.sessions.begin() as session:
            return user_repo.verify_password(session, username, password)

    def create_user(self, username: str, password: str | None) -> UserAccount:
        with self.sessions.begin() as session:
            return user_repo.create_user(session, username, password)

    def set_password(self, username: str, password: str) -> None:
        with self.sessions.begin() as session:
            account = user_repo.require_user_by_name(session, username)
            user_repo.set_password(session, account.id, password)


@pytest.fixture
def accounts(tmp_path: Path) -> Iterator[Accounts]:
    url = f"sqlite:///{tmp_path / 'hireready.sqlite3'}"
    upgrade(url)
    engine = make_engine(url)
    yield Accounts(Settings(data_dir=tmp_path, allow_signup=True), make_session_factory(engine))
    engine.dispose()


@pytest.fixture
def client(accounts: Accounts) -> TestClient:
    app = FastAPI()

    @app.get("/{full_path:path}")
    def catch_all(full_path: str) -> dict[str, str]:  # stands for Chainlit's page route
        return {"page": full_path}

    mount_account_pages(app, lambda: accounts)
    return TestClient(app)


def sign_up(client: TestClient, name: str, password: str, confirm: str | None = None) -> str:
    response = client.post("/account/signup", data={
        "username": name, "password": password,
        "confirm": password if confirm is None else confirm})
    return f"{response.status_code} {response.text}"


def test_signup_form_is_served_ahead_of_chainlits_catch_all(client: TestClient) -> None:
    response = client.get("/account/signup")
    assert response.status_code == 200
    assert words.SIGNUP_TITLE in response.text and 'name="password"' in response.text
    assert client.get("/anything").json() == {"page": "anything"}


def test_signup_creates_an_account_that_can_log_in(
    client: TestClient, accounts: Accounts,
) -> None:
    answer = sign_up(client, "Jordan", PASSWORD)
    assert answer.startswith("200") and words.SIGNUP_DONE_TITLE in answer
    assert accounts.authenticate("jordan", PASSWORD) is not None
    assert accounts.authenticate("jordan", "wrong password") is None


@pytest.mark.parametrize(("name", "password", "confirm", "expected"), [
    ("jordan", "short", None, msg.WEAK_PASSWORD),
    ("jordan", PASSWORD, PASSWORD + "x", words.MISMATCH),
    ("two words", PASSWORD, None, "cannot be used as a username"),
])
def test_signup_refusals_are_shown_on_the_form(
    client: TestClient, accounts: Accounts, name: str, password: str, confirm: str | None,
    expected: str,
) -> None:
    answer = sign_up(client, name, password, confirm)
    assert answer.startswith("400")
    assert expected in answer.replace("&#x27;", "'")
    assert 'role="alert"' in answer
    with accounts.sessions() as session:
        assert user_repo.get_user_by_name(session, name) is None


def test_a_taken_name_is_refused_and_the_first_password_still_works(
    client: TestClient, accounts: Accounts,
) -> None:
    assert sign_up(client, "jordan", PASSWORD).startswith("200")
    answer = sign_up(client, "JORDAN", "another long password")
    assert answer.startswith("400")
    assert msg.USERNAME_TAKEN.format(name="jordan").replace("'", "&#x27;") in answer
    assert accounts.authenticate("jordan", PASSWORD) is not None
    assert accounts.authenticate("jordan", "another long password") is None


def test_user_input_is_escaped(client: TestClient) -> None:
    answer = sign_up(client, "<script>alert(1)</script>", PASSWORD)
    assert "<script>alert(1)</script>" not in answer
    assert "&lt;script&gt;" in answer


def test_signup_switched_off_answers_404(client: TestClient, accounts: Accounts) -> None:
    accounts.settings = Settings(data_dir=accounts.settings.data_dir, allow_signup=False)
    assert client.get("/account/signup").status_code == 404
    assert client.post("/account/signup", data={
        "username": "jordan", "password": PASSWORD, "confirm": PASSWORD}).status_code == 404
    with accounts.sessions() as session:
        assert user_repo.get_user_by_name(session, "jordan") is None
    script = client.get(LINKS_SCRIPT_PATH).text
    assert "/account/signup" not in script and "/account/password" in script


def test_signup_setting_reads_the_environment(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HIREREADY_ALLOW_SIGNUP", raising=False)
    assert Settings().allow_signup is True
    monkeypatch.setenv("HIREREADY_ALLOW_SIGNUP", "false")
    assert Settings().allow_signup is False


def test_login_links_script_points_at_both_pages(client: TestClient) -> None:
    response = client.get(LINKS_SCRIPT_PATH)
    assert response.headers["content-type"].startswith("text/javascript")
    assert "/account/signup" in response.text and words.LINK_SIGNUP in response.text
    assert "/account/password" in response.text and words.LINK_PASSWORD in response.text


def change(client: TestClient, name: str, current: str, new: str,
           confirm: str | None = None) -> str:
    response = client.post("/account/password", data={
        "username": name, "current": current, "new": new,
        "confirm": new if confirm is None else confirm})
    return f"{response.status_code} {response.text}"


def test_password_change_needs_the_current_password(
    client: TestClient, accounts: Accounts,
) -> None:
    assert client.get("/account/password").status_code == 200
    accounts.create_user("jordan", PASSWORD)
    new = "a brand new passphrase"
    wrong_password = change(client, "jordan", "not my password", new)
    unknown_user = change(client, "nobody", PASSWORD, new)
    assert wrong_password.startswith("400") and unknown_user.startswith("400")
    # The same answer whether or not the account exists (no enumeration).
    assert words.WRONG_LOGIN.replace("'", "&#x27;") in wrong_password
    assert wrong_password.replace("jordan", "") == unknown_user.replace("nobody", "")
    assert change(client, "jordan", PASSWORD, new, new + "!").startswith("400")
    assert change(client, "jordan", PASSWORD, "short").startswith("400")
    assert accounts.authenticate("jordan", PASSWORD) is not None

    done = change(client, "Jordan", PASSWORD, new)
    assert done.startswith("200") and words.PASSWORD_DONE_TITLE in done
    assert accounts.authenticate("jordan", new) is not None
    assert accounts.authenticate("jordan", PASSWORD) is None
