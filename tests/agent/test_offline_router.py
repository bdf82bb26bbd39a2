"""The offline intent router: attachments, patterns, nearest example, unsure."""

from __future__ import annotations

from fakes import BagOfWordsEmbedder

from agent.offline.router import IntentRouter, attachments_in, strip_attachments
from prompts.chat import ATTACHMENT_LINE


def test_attachment_line_routes_to_parse_resume_with_its_upload_id() -> None:
    text = "here you go\n" + ATTACHMENT_LINE.format(filename="cv (1).pdf", upload_id="u-42")
    route = IntentRouter(None).route(text)
    assert route.intent == "parse_resume"
    assert route.args == {"upload_id": "u-42"}
    assert attachments_in(text)[0].filename == "cv (1).pdf"
    assert strip_attachments(text) == "here you go"


def test_patterns_work_without_an_embedder() -> None:
    router = IntentRouter(None)
    assert router.route("Help").intent == "help"
    assert router.route("please show my profile").intent == "show_profile"
    assert router.route("Hello!").intent == "greeting"
    assert router.route("thanks a lot").intent == "thanks"


def test_unknown_message_without_embedder_is_unsure() -> None:
    assert IntentRouter(None).route("qwerty zxcv").intent == "unsure"


def test_nearest_example_decides_when_no_pattern_matches() -> None:
    router = IntentRouter(BagOfWordsEmbedder())
    assert router.route("what is the capital of France?").intent == "out_of_scope"
    assert router.route("how does this work").intent == "help"


def test_far_from_every_example_is_unsure() -> None:
    route = IntentRouter(BagOfWordsEmbedder()).route("zebra marmalade")
    assert route.intent == "unsure"
    assert route.confidence < 0.55


def test_empty_and_whitespace_messages_are_unsure() -> None:
    router = IntentRouter(BagOfWordsEmbedder())
    assert router.route("").intent == "unsure"
    assert router.route("   \n").intent == "unsure"


def test_request_about_something_else_is_out_of_scope_but_vague_text_is_unsure() -> None:
    router = IntentRouter(BagOfWordsEmbedder())
    assert router.route("plan my wedding seating chart for ninety guests").intent == (
        "out_of_scope")
    assert router.route("hmm ok").intent == "unsure"
    assert router.route("something about my career path maybe").intent == "unsure"
