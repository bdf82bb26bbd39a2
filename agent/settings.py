"""Application settings, read from the environment and ``.env`` (prefix ``HIREREADY_``).

This is the only module that reads configuration. Every variable is documented in the
README and ``.env.example``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """HireReady's configuration.

    Attributes:
        data_dir: Where the SQLite file, vectors, uploads, logs and the auth secret live
            (``HIREREADY_DATA_DIR``, default ``.hireready`` in the working directory).
        database_url: SQLAlchemy URL (``HIREREADY_DATABASE_URL``); default the SQLite file
            ``<data_dir>/hireready.sqlite3`` in WAL mode.
        qdrant_url: Qdrant server URL (``HIREREADY_QDRANT_URL``); unset means local mode with
            vectors loaded from the vector file in the data directory.
        qdrant_api_key: API key for the Qdrant server (``HIREREADY_QDRANT_API_KEY``), if any.
        openai_api_key: Key for the OpenAI-compatible endpoint (``OPENAI_API_KEY``).
        openai_base_url: Base URL of an OpenAI-compatible endpoint (``OPENAI_BASE_URL``).
        model: Chat model name (``HIREREADY_MODEL``). With none of the three LLM variables
            set, the offline rule-based model is used.
        llm_timeout_s: Seconds before an LLM call is abandoned (``HIREREADY_LLM_TIMEOUT``).
        llm_cache_ttl_s: Seconds an LLM answer is kept and reused for an identical request
            (``HIREREADY_LLM_CACHE_TTL``, default 3600; 0 switches the cache off; Property
            30). The offline model is never cached.
        rate_limit: Most messages one user may send within 60 seconds
            (``HIREREADY_RATE_LIMIT``, default 100 as in Property 38; 0 switches it off).
            Counted per process.
        scheduler: ``on`` (default) runs the check-in scheduler inside the web app;
            ``off`` runs none there, leaving it to one ``hireready worker`` per database
            (``HIREREADY_SCHEDULER``; the older spelling ``inprocess`` means ``on``).
        host: Address the web app binds to (``HIREREADY_HOST``, default 127.0.0.1).
        port: Port of the web app (``HIREREADY_PORT``, default 8000).
        test_database_url: PostgreSQL URL the storage tests also run on
            (``HIREREADY_TEST_DATABASE_URL``); unset skips the PostgreSQL half.
        log_level: Python logging level name (``HIREREADY_LOG_LEVEL``).
        link_check: Check learning-resource links in the background, once a day, with a
            short timeout (``HIREREADY_LINK_CHECK``, default off: no outside connections).
        allow_signup: Let visitors create an account from the login page
            (``HIREREADY_ALLOW_SIGNUP``, default on, as suits a local install; switch it off
            on a shared server and create accounts with ``hireready user add``).
    """

    model_config = SettingsConfigDict(
        env_prefix="HIREREADY_", env_file=".env", extra="ignore", populate_by_name=True
    )

    data_dir: Path = Path(".hireready")
    database_url: str | None = None
    qdrant_url: str | None = None
    qdrant_api_key: str | None = None
    openai_api_key: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY", "openai_api_key")
    )
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_BASE_URL", "openai_base_url")
    )
    model: str | None = None
    llm_timeout_s: float = Field(default=30.0, validation_alias=AliasChoices(
        "HIREREADY_LLM_TIMEOUT", "llm_timeout_s"))
    llm_cache_ttl_s: float = Field(default=3600.0, ge=0, validation_alias=AliasChoices(
        "HIREREADY_LLM_CACHE_TTL", "llm_cache_ttl_s"))
    rate_limit: int = Field(default=100, ge=0)
    scheduler: Literal["on", "off"] = "on"
    host: str = "127.0.0.1"
    port: int = 8000
    test_database_url: str | None = None
    log_level: str = "INFO"
    link_check: bool = False
    allow_signup: bool = True

    @field_validator("scheduler", mode="before")
    @classmethod
    def _scheduler_switch(cls, value: object) -> object:
        """Accept ``inprocess`` (the first name of ``on``) and any letter case."""
        text = str(value).strip().lower()
        return "on" if text == "inprocess" else text

    @property
    def resolved_data_dir(self) -> Path:
        """The data directory as an absolute path."""
        return self.data_dir.expanduser().resolve()

    @property
    def sqlalchemy_url(self) -> str:
        """The database URL, defaulting to the SQLite file in the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.resolved_data_dir / 'hireready.sqlite3'}"

    @property
    def llm_configured(self) -> bool:
        """True when any of ``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``HIREREADY_MODEL`` is set."""
        return bool(self.openai_api_key or self.openai_base_url or self.model)

    @property
    def uploads_dir(self) -> Path:
        """Where uploaded files are kept, one folder per user id."""
        return self.resolved_data_dir / "uploads"

    @property
    def vectors_dir(self) -> Path:
        """Where the precomputed vector files are kept."""
        return self.resolved_data_dir / "vectors"

    @property
    def models_dir(self) -> Path:
        """Where the embedding model folder is assembled (no cache under /tmp)."""
        return self.resolved_data_dir / "models"

    @property
    def logs_dir(self) -> Path:
        """Where log files are written."""
        return self.resolved_data_dir / "logs"

    @property
    def auth_secret_file(self) -> Path:
        """File holding the Chainlit auth secret generated at set-up."""
        return self.resolved_data_dir / "auth_secret"
