"""The web face: a thin Chainlit adapter over :class:`agent.runtime.Runtime`.

Password login, resume uploads, one step per tool call, and the coach's reply. No business
logic lives here; formatting is in :mod:`ui.web_render`. This is the only place that catches
exceptions broadly: it logs them with context and shows a message with a next step.

Started by ``hireready run`` (``chainlit run ui/chainlit_app.py``) with ``CHAINLIT_APP_ROOT``
at ``<data dir>/web`` and ``CHAINLIT_AUTH_SECRET`` from the data directory. Roadmap replies
carry a Plotly timeline and buttons; exports are offered as a file download.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path
from typing import Any

import chainlit as cl
from chainlit.server import app as chainlit_server
from chainlit.types import ThreadDict

from agent.runtime import ChatTurn, ToolCallRecord, get_runtime
from prompts import errors as msg
from prompts import web as words
from tools.errors import HireReadyError
from ui import notify, web_account, web_readiness, web_settings, web_waiting
from ui import web_charts as charts
from ui import web_render as render
from ui.account_pages import mount_account_pages
from ui.history import HistoryDataLayer

log = logging.getLogger("ui.chainlit_app")

mount_account_pages(chainlit_server, get_runtime)  # /account/signup, /account/password


@cl.data_layer
def data_layer() -> HistoryDataLayer:
    """Chat history (sidebar, resume) in HireReady's own database."""
    return HistoryDataLayer(get_runtime().sessions)


@cl.on_chat_resume
async def on_chat_resume(thread: ThreadDict) -> None:
    """Resume a past chat: the session keeps its thread id, so the turns that follow go on
    in the same LangGraph conversation (``<user id>:<thread id>``)."""
    await notify.visit(get_runtime(), cl.context.session)
    await web_settings.send_settings(get_runtime(), _user_id())


@cl.on_app_startup
async def on_app_startup() -> None:
    """Build the runtime before the first visitor arrives and start background work (and
    the check-in scheduler unless ``HIREREADY_SCHEDULER=off``)."""
    get_runtime().start_background()
    notify.start(get_runtime())


@cl.on_app_shutdown
async def on_app_shutdown() -> None:
    """Stop background work."""
    get_runtime().stop_background()
    notify.stop(get_runtime())


@cl.password_auth_callback
async def password_auth_callback(username: str, password: str) -> cl.User | None:
    """Check a login against HireReady's users table; ``None`` refuses it."""
    try:
        account = await cl.make_async(get_runtime().authenticate)(username, password)
    except Exception:
        log.exception("login check failed for %r", username)
        return None
    if account is None:
        return None
    return cl.User(identifier=username, metadata={"user_id": account.id})


@cl.set_starters
async def set_starters(
    user: cl.User | None = None, language: str | None = None
) -> list[cl.Starter]:
    """Suggestions shown on the welcome screen."""
    return [cl.Starter(label=s.label, message=s.message) for s in render.STARTERS]


@cl.on_chat_start
async def on_chat_start() -> None:
    """Greet the user (as a system message, so the starters stay on the welcome screen),
    then show check-ins that arrived while they were away."""
    await _send(cl.Message(content=render.greeting(), type="system_message"))
    await notify.visit(get_runtime(), cl.context.session)
    await web_waiting.warm_up_with_notice(get_runtime())  # "about N s" on first use
    await web_settings.send_settings(get_runtime(), _user_id())


@cl.on_settings_update
async def on_settings_update(settings: dict[str, Any]) -> None:
    """Store the preferences and reminders the user changed in the settings panel (their
    own action: no confirmation) and confirm in a short message."""
    try:
        await _say(await web_settings.apply_settings(get_runtime(), _user_id(), settings))
    except Exception:
        log.exception("settings update failed: %s", sorted(settings))
        await _say(render.error_text(msg.INTERNAL, msg.INTERNAL_NEXT))


@cl.on_chat_end
async def on_chat_end() -> None:
    """The session closed: no more live check-ins to it."""
    notify.forget(cl.context.session.id)


@cl.on_message
async def on_message(message: cl.Message) -> None:
    """Answer one chat message: store attached files, run the turn, show steps and reply."""
    thread_id = cl.context.session.thread_id
    files = [el for el in message.elements or [] if getattr(el, "path", None)]
    text = (message.content or "").strip()
    user_id = "?"
    try:
        user_id = _user_id()
        if not text and not files:
            await _say(render.error_text(msg.EMPTY_MESSAGE, msg.EMPTY_MESSAGE_NEXT))
            return
        await _answer(user_id, thread_id, text, files)
    except HireReadyError as error:
        await _say(render.refusal_text(error))
    except Exception:
        names = [getattr(el, "name", "?") for el in files]
        log.exception("chat turn failed: user=%s thread=%s files=%s", user_id, thread_id, names)
        await _say(render.error_text(msg.INTERNAL, msg.INTERNAL_NEXT))


async def _answer(user_id: str, thread_id: str, text: str, files: list[Any]) -> None:
    upload_ids = await _save_uploads(user_id, files)
    if not text and not upload_ids:
        return  # every file was refused, and each refusal has been shown
    accepted = [(el.name, Path(el.path)) for el in files] if upload_ids else []
    status = await _say(web_waiting.working_text(accepted))  # with an estimate (Property 29)
    try:
        turn: ChatTurn = await cl.make_async(get_runtime().chat)(
            user_id, thread_id, text, attachments=upload_ids or None
        )
    finally:
        await status.remove()  # type: ignore[no-untyped-call]
    for call in turn.tool_calls:
        await _show_step(call)
    reply = cl.Message(content=turn.reply, elements=_elements(turn), actions=_actions(turn))
    await _send(reply)
    if turn.followup:  # an onboarding question, as its own message
        await _say(turn.followup)


def _last_output(turn: ChatTurn, tools: set[str]) -> dict[str, Any] | None:
    """The JSON output of the turn's last successful call of one of ``tools``."""
    for call in reversed(turn.tool_calls):
        if call.tool in tools and not call.error:
            try:
                data = json.loads(call.output)
            except ValueError:
                return None
            return data if isinstance(data, dict) else None
    return None


def _elements(turn: ChatTurn) -> list[Any]:
    """A timeline chart for a roadmap reply, a progress chart for "how am I doing?"; the
    file for an export."""
    elements: list[Any] = []
    shown = _last_output(turn, charts.ROADMAP_TOOLS)
    if shown and "roadmap" in shown:
        figure = charts.roadmap_timeline(shown["roadmap"], date.today())
        elements.append(cl.Plotly(name="timeline", figure=figure, display="inline"))
    readiness = _last_output(turn, web_readiness.READINESS_TOOLS)
    if readiness and "gauge" in readiness:
        elements.append(cl.Plotly(name="readiness", display="inline",
                                  figure=web_readiness.readiness_gauge(readiness)))
    progress = _last_output(turn, charts.PROGRESS_TOOLS)
    if progress and "daily" in progress:
        elements.append(cl.Plotly(name="progress", figure=charts.progress_chart(progress),
                                  display="inline"))
    exported = _last_output(turn, {"export_roadmap"})
    if exported and Path(exported["file"]).is_file():
        elements.append(cl.File(name=Path(exported["file"]).name, path=exported["file"],
                                display="inline"))
    for path in filter(None, (web_account.export_file(c.tool, c.output) for c in turn.tool_calls)):
        elements.append(cl.File(name=path.name, path=str(path), display="inline"))
    return elements


def _actions(turn: ChatTurn) -> list[cl.Action]:
    """Buttons under a roadmap reply: mark the current stage done, show its resources; a
    button confirming a destructive action the reply asks about."""
    confirm = [cl.Action(name="say", label=label, payload={"text": text}) for label, text in
               filter(None, (web_account.confirmation_button(c.output) for c in turn.tool_calls))]
    shown = _last_output(turn, charts.ROADMAP_TOOLS)
    stage = charts.current_stage(shown["roadmap"]) if shown and "roadmap" in shown else None
    if stage is None:
        return confirm[-1:]
    number = stage["number"]
    actions = [cl.Action(name="say", label=words.ACTION_STAGE_DONE.format(number=number),
                         payload={"text": words.ACTION_STAGE_DONE_MESSAGE.format(
                             number=number)})]
    actions.append(cl.Action(name="say", label=words.ACTION_RESOURCES.format(number=number),
                             payload={"text": words.ACTION_RESOURCES_MESSAGE.format(
                                 number=number)}))
    return actions + confirm[-1:]


@cl.action_callback("say")
async def on_say_action(action: cl.Action) -> None:
    """A button that stands for a message: show it as the user's and answer it."""
    text = str(action.payload.get("text", ""))
    await _send(cl.Message(content=text, type="user_message"))
    user_id = "?"
    try:
        user_id = _user_id()
        await _answer(user_id, cl.context.session.thread_id, text, [])
    except Exception:
        log.exception("action failed: user=%s action=%s", user_id, text)
        await _say(render.error_text(msg.INTERNAL, msg.INTERNAL_NEXT))


async def _save_uploads(user_id: str, files: list[Any]) -> list[str]:
    """Store each attached file; show a refusal for each one that cannot be used."""
    upload_ids: list[str] = []
    for element in files:
        try:
            content = await cl.make_async(Path(element.path).read_bytes)()
            upload_id = await cl.make_async(get_runtime().save_upload)(
                user_id, element.name, content
            )
        except HireReadyError as error:
            await _say(render.refusal_text(error))
        else:
            upload_ids.append(upload_id)
    return upload_ids


async def _show_step(call: ToolCallRecord) -> None:
    output, language = render.step_output(call.output)
    async with cl.Step(name=call.tool, type="tool", language=language) as step:
        step.input = render.step_input(call.args)
        step.output = output
        step.is_error = call.error


async def _say(content: str) -> cl.Message:
    return await _send(cl.Message(content=content))


async def _send(message: cl.Message) -> cl.Message:
    await message.send()  # type: ignore[no-untyped-call]
    return message


def _user_id() -> str:
    user = cl.context.session.user
    if user is None or "user_id" not in user.metadata:
        raise RuntimeError("no signed-in user in this Chainlit session")
    return str(user.metadata["user_id"])
