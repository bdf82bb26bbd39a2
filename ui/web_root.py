"""The Chainlit app root, one per data directory.

Chainlit keeps uploads in ``<app root>/.files`` and deletes that folder when it stops, so the
app root must not be shared between app instances (nor be the repository). ``hireready run``
builds ``<data dir>/web`` from the project's committed ``.chainlit/config.toml``,
``chainlit.md`` and ``public/``, plus a login-form translation that asks for a user name
rather than an e-mail address (HireReady accounts are user names), and a footer line that
says where the numbers come from instead of a warning about LLMs.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from typing import Any

from prompts import web as words

PROJECT_ROOT = Path(__file__).resolve().parents[1]
LANGUAGE = "en-US"


def prepare_web_root(data_dir: Path) -> Path:
    """Create or refresh ``<data_dir>/web`` and return it (the ``CHAINLIT_APP_ROOT``)."""
    root = data_dir / "web"
    translations = root / ".chainlit" / "translations"
    translations.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(PROJECT_ROOT / ".chainlit" / "config.toml", root / ".chainlit" / "config.toml")
    shutil.copyfile(PROJECT_ROOT / "chainlit.md", root / "chainlit.md")
    shutil.copytree(PROJECT_ROOT / "public", root / "public", dirs_exist_ok=True)
    login = _login_translation()
    if login is not None:
        (translations / f"{LANGUAGE}.json").write_text(json.dumps(login, indent=2))
    return root


def _login_translation() -> dict[str, Any] | None:
    """Chainlit's own English strings with the login field relabelled for user names."""
    spec = importlib.util.find_spec("chainlit")
    if spec is None or not spec.submodule_search_locations:
        return None
    source = Path(list(spec.submodule_search_locations)[0]) / "translations" / f"{LANGUAGE}.json"
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    field = data.get("auth", {}).get("login", {}).get("form", {}).get("email")
    if isinstance(field, dict):
        field.update(label=words.LOGIN_LABEL, placeholder=words.LOGIN_PLACEHOLDER,
                     required=words.LOGIN_REQUIRED)
    _replace_key(data, "watermark", words.WATERMARK)
    return data


def _replace_key(data: Any, key: str, value: str) -> None:
    """Set every ``key`` in a nested dict to ``value`` (Chainlit's footer line is one)."""
    if isinstance(data, dict):
        for name, item in data.items():
            if name == key and isinstance(item, str):
                data[name] = value
            else:
                _replace_key(item, key, value)
