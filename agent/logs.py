"""Logging set-up: a rotating log file in the data directory, and the console for the app.

The terminal chat logs only to the file, so nothing but the conversation reaches its
stdout/stderr (no warnings or tracebacks in front of the user).
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from agent.settings import Settings

LOG_FILE = "hireready.log"
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
QUIET_LIBRARIES = ("pypdf", "httpx", "httpcore", "openai", "fastembed")
"""Libraries whose warnings about a user's file or a failed call are noise on screen."""


def configure_logging(settings: Settings, console: bool) -> None:
    """Log to ``<data dir>/logs/hireready.log`` and, when ``console``, to stderr."""
    settings.logs_dir.mkdir(parents=True, exist_ok=True)
    handlers: list[logging.Handler] = [RotatingFileHandler(
        settings.logs_dir / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS,
        encoding="utf-8")]
    if console:
        handlers.append(logging.StreamHandler())
    logging.basicConfig(level=settings.log_level.upper(), format=FORMAT, handlers=handlers,
                        force=True)
    if not console:
        return
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.ERROR)
