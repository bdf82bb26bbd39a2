"""Account pages served next to the Chainlit app: sign-up and password change.

Chainlit 2.12 offers only a login form, so these are small server-rendered HTML forms on
Chainlit's own FastAPI app, reached from links the script ``/account/login-links.js`` adds
under the login form:

- ``GET/POST /account/signup``: create an account (user name, password twice). Answers 404
  when ``HIREREADY_ALLOW_SIGNUP`` is off. The only thing it reveals about other accounts is
  that a name is taken, which any sign-up must.
- ``GET/POST /account/password``: change a password, given the user name and the current
  password (never through the chat, where the password would stay in the transcript). A
  wrong name and a wrong password get the same answer.

Passwords are checked and hashed (argon2id) by :mod:`storage.repositories.users`; its
refusals (malformed or taken name, too short or long a password) are shown on the form.
"""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Callable
from typing import Annotated, Protocol

from fastapi import APIRouter, FastAPI, Form, HTTPException
from fastapi.responses import HTMLResponse, Response

from agent.settings import Settings
from prompts import account_pages as words
from storage.repositories.users import MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH
from tools.accounts import UserAccount
from tools.errors import HireReadyError

log = logging.getLogger(__name__)

SIGNUP_PATH = "/account/signup"
PASSWORD_PATH = "/account/password"
LINKS_SCRIPT_PATH = "/account/login-links.js"


class AccountService(Protocol):
    """What the pages need from the runtime (:class:`agent.runtime.Runtime` fits)."""

    settings: Settings

    def authenticate(self, username: str, password: str) -> UserAccount | None:
        """The account when the password is right, else ``None``."""

    def create_user(self, username: str, password: str | None) -> UserAccount:
        """Create an account; raises ``InvalidInput`` for a taken or bad name or password."""

    def set_password(self, username: str, password: str) -> None:
        """Set a password; raises ``NotFound`` or ``InvalidInput``."""


Field = Annotated[str, Form()]


def account_router(service: Callable[[], AccountService]) -> APIRouter:
    """The sign-up and password routes, calling ``service()`` on each request.

    Args:
        service: Returns the account service (e.g. ``agent.runtime.get_runtime``).

    Returns:
        A router with ``/account/signup``, ``/account/password`` and
        ``/account/login-links.js``.
    """
    router = APIRouter()

    def signup_allowed() -> None:
        if not service().settings.allow_signup:
            raise HTTPException(status_code=404)

    @router.get(SIGNUP_PATH, response_class=HTMLResponse)
    def signup_form() -> HTMLResponse:
        signup_allowed()
        return _signup_page()

    @router.post(SIGNUP_PATH, response_class=HTMLResponse)
    def signup(username: Field = "", password: Field = "", confirm: Field = "") -> HTMLResponse:
        signup_allowed()
        if password != confirm:
            return _signup_page(username, (words.MISMATCH, words.MISMATCH_NEXT))
        try:
            account = service().create_user(username, password)
        except HireReadyError as error:
            return _signup_page(username, (error.message, error.guidance))
        except Exception:
            log.exception("sign-up failed for %r", username)
            return _signup_page(username, (words.SERVER_ERROR, words.SERVER_ERROR_NEXT), 500)
        log.info("account %s created from the sign-up page", account.username)
        return _done_page(words.SIGNUP_DONE_TITLE,
                          words.SIGNUP_DONE.format(name=account.display_name
                                                   or account.username))

    @router.get(PASSWORD_PATH, response_class=HTMLResponse)
    def password_form() -> HTMLResponse:
        return _password_page()

    @router.post(PASSWORD_PATH, response_class=HTMLResponse)
    def change_password(username: Field = "", current: Field = "", new: Field = "",
                        confirm: Field = "") -> HTMLResponse:
        if new != confirm:
            return _password_page(username, (words.MISMATCH, words.MISMATCH_NEXT))
        accounts = service()
        try:
            if accounts.authenticate(username, current) is None:
                return _password_page(username, (words.WRONG_LOGIN, words.WRONG_LOGIN_NEXT))
            if new == current:
                return _password_page(username, (words.SAME_PASSWORD, words.SAME_PASSWORD_NEXT))
            accounts.set_password(username, new)
        except HireReadyError as error:
            return _password_page(username, (error.message, error.guidance))
        except Exception:
            log.exception("password change failed for %r", username)
            return _password_page(username, (words.SERVER_ERROR, words.SERVER_ERROR_NEXT), 500)
        log.info("password changed for %s from the account page", username.strip().lower())
        return _done_page(words.PASSWORD_DONE_TITLE, words.PASSWORD_DONE)

    @router.get(LINKS_SCRIPT_PATH)
    def login_links() -> Response:
        links = [(PASSWORD_PATH, words.LINK_PASSWORD)]
        if service().settings.allow_signup:
            links.insert(0, (SIGNUP_PATH, words.LINK_SIGNUP))
        script = _LINKS_SCRIPT.replace("__LINKS__", json.dumps(links))
        return Response(script, media_type="text/javascript",
                        headers={"Cache-Control": "no-store"})

    return router


def mount_account_pages(app: FastAPI, service: Callable[[], AccountService]) -> None:
    """Add the account routes to Chainlit's app, ahead of its catch-all page route.

    Chainlit registers ``GET /{full_path:path}`` (its single-page app) when
    ``chainlit.server`` is imported, and routes match in order, so routes added later
    would never be reached by a GET; they are moved to the front.
    """
    before = len(app.router.routes)
    app.include_router(account_router(service))
    added = app.router.routes[before:]
    del app.router.routes[before:]
    app.router.routes[0:0] = added


# -- pages ----------------------------------------------------------------------------------
def _signup_page(username: str = "", error: tuple[str, str] | None = None,
                 status: int | None = None) -> HTMLResponse:
    body = _form(SIGNUP_PATH, words.SIGNUP_BUTTON, [
        ("username", words.FIELD_USERNAME, "text", username, "username"),
        ("password", words.FIELD_PASSWORD, "password", "", "new-password"),
        ("confirm", words.FIELD_CONFIRM, "password", "", "new-password"),
    ])
    return _page(words.SIGNUP_TITLE, words.SIGNUP_INTRO, body, error, status)


def _password_page(username: str = "", error: tuple[str, str] | None = None,
                   status: int | None = None) -> HTMLResponse:
    body = _form(PASSWORD_PATH, words.PASSWORD_BUTTON, [
        ("username", words.FIELD_USERNAME, "text", username, "username"),
        ("current", words.FIELD_CURRENT, "password", "", "current-password"),
        ("new", words.FIELD_NEW, "password", "", "new-password"),
        ("confirm", words.FIELD_NEW_CONFIRM, "password", "", "new-password"),
    ])
    return _page(words.PASSWORD_TITLE, words.PASSWORD_INTRO, body, error, status)


def _done_page(title: str, text: str) -> HTMLResponse:
    return _page(title, text, "", None, None)


def _form(action: str, button: str, fields: list[tuple[str, str, str, str, str]]) -> str:
    rows = "".join(
        f'<label for="{name}">{html.escape(label)}</label>'
        f'<input id="{name}" name="{name}" type="{kind}" value="{html.escape(value)}" '
        f'autocomplete="{complete}" required>'
        for name, label, kind, value, complete in fields)
    hint = words.PASSWORD_HINT.format(min=MIN_PASSWORD_LENGTH, max=MAX_PASSWORD_LENGTH)
    return (f'<form method="post" action="{action}">{rows}'
            f'<p class="hint">{html.escape(hint)}</p>'
            f'<button type="submit">{html.escape(button)}</button></form>')


def _page(title: str, intro: str, body: str, error: tuple[str, str] | None,
          status: int | None) -> HTMLResponse:
    notice = ""
    if error is not None:
        notice = (f'<div class="error" role="alert"><p>{html.escape(error[0])}</p>'
                  f"<p>{html.escape(error[1])}</p></div>")
    page = _PAGE.format(title=html.escape(title), intro=html.escape(intro), notice=notice,
                        body=body, login=html.escape(words.LINK_LOGIN))
    return HTMLResponse(page, status_code=status or (400 if error else 200))


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; background: #f6f7f9; margin: 0; }}
main {{ max-width: 26rem; margin: 4rem auto; background: #fff; padding: 2rem;
        border-radius: .75rem; box-shadow: 0 1px 4px rgba(0,0,0,.1); }}
h1 {{ font-size: 1.4rem; margin-top: 0; }}
label {{ display: block; margin-top: 1rem; font-weight: 600; }}
input {{ width: 100%; box-sizing: border-box; padding: .6rem; margin-top: .3rem;
         border: 1px solid #c8ccd2; border-radius: .4rem; font-size: 1rem; }}
button {{ margin-top: 1.2rem; width: 100%; padding: .7rem; border: 0; border-radius: .4rem;
          background: #1f6feb; color: #fff; font-size: 1rem; cursor: pointer; }}
.hint {{ color: #5b6470; font-size: .85rem; }}
.error {{ background: #fdecea; color: #8a1c12; padding: .4rem 1rem; border-radius: .4rem; }}
</style></head>
<body><main>
<h1>{title}</h1><p>{intro}</p>{notice}{body}
<p><a href="/login">{login}</a></p>
</main></body></html>
"""

_LINKS_SCRIPT = """(function () {
  var links = __LINKS__;
  function addLinks() {
    if (!/\\/login\\/?$/.test(window.location.pathname)) { return; }
    var form = document.querySelector("form");
    if (!form || document.getElementById("hireready-account-links")) { return; }
    var box = document.createElement("div");
    box.id = "hireready-account-links";
    box.style.cssText = "display:flex;flex-direction:column;gap:.4rem;margin-top:1rem;" +
      "font-size:.9rem;text-align:center";
    links.forEach(function (link) {
      var a = document.createElement("a");
      a.href = link[0];
      a.textContent = link[1];
      a.style.textDecoration = "underline";
      box.appendChild(a);
    });
    form.insertAdjacentElement("afterend", box);
  }
  new MutationObserver(addLinks).observe(document.documentElement,
    {childList: true, subtree: true});
  addLinks();
})();
"""
