"""Model factory: the offline rule-based model, or any OpenAI-compatible chat model."""

from __future__ import annotations

from langchain_core.caches import BaseCache
from langchain_core.language_models import BaseChatModel
from pydantic import SecretStr

from agent.offline.model import OfflineChatModel
from agent.offline.router import IntentRouter
from agent.settings import Settings
from tools.protocols import Embedder

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
"""Model name used when a key or base URL is set but ``HIREREADY_MODEL`` is not."""


def make_offline_model(embedder: Embedder | None) -> OfflineChatModel:
    """The offline model; ``embedder`` lets its router use nearest examples."""
    return OfflineChatModel(router=IntentRouter(embedder))


def make_chat_model(settings: Settings, embedder: Embedder | None,
                    cache: BaseCache | None = None) -> BaseChatModel:
    """The configured chat model.

    Returns the offline model when none of ``OPENAI_API_KEY``, ``OPENAI_BASE_URL`` and
    ``HIREREADY_MODEL`` is set, else ``ChatOpenAI`` against that endpoint (OpenAI, Ollama,
    vLLM, LM Studio, …) with the chat-completions API, a timeout and no retries (the offline
    model is the fallback).

    Args:
        settings: Configuration.
        embedder: Lets the offline model's router use nearest examples.
        cache: Answers reused for identical requests (:class:`agent.llm_cache.TimedLlmCache`,
            Property 30); given to ``ChatOpenAI`` only, never to the offline model. ``None``
            caches nothing.
    """
    if not settings.llm_configured:
        return make_offline_model(embedder)
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        model=settings.model or DEFAULT_OPENAI_MODEL,
        api_key=SecretStr(settings.openai_api_key or "not-needed"),
        base_url=settings.openai_base_url,
        timeout=settings.llm_timeout_s,
        max_retries=0,
        temperature=0,
        use_responses_api=False,
        cache=cache if cache is not None else False,
    )
