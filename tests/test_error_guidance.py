"""Property 31: every error shown has a non-empty message and a non-empty next step.

Three layers: every typed error raised anywhere in the code is built from two words that
are non-empty (found by reading the source, so a new raise site is covered at once); every
message constant in prompts/ has its ``_NEXT`` partner; and whatever the words, the forms the
faces show (tool JSON, chat reply, web text) carry both.
"""

from __future__ import annotations

import ast
import importlib
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graphs.toolkit.common import error_result
from prompts import chat as chat_words
from tools.errors import HireReadyError, InvalidInput, NotFound, UnsupportedFile

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("tools", "storage", "graphs", "agent", "ui")
ERROR_NAMES = {"HireReadyError", "InvalidInput", "UnsupportedFile", "NotFound"}


def _error_classes() -> set[str]:
    """Names of HireReadyError and every subclass defined in the code."""
    names = set(ERROR_NAMES)
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.ClassDef) and any(
                    isinstance(base, ast.Name) and base.id in names for base in node.bases):
                names.add(node.name)
    return names


def _sources() -> list[Path]:
    return [p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")]


def _raise_sites() -> list[tuple[str, ast.Call]]:
    classes = _error_classes()
    sites = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                func = node.exc.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name in classes:
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    sites.append((where, node.exc))
    return sites


def _constant(expr: ast.expr, imports: dict[str, str]) -> str | None:
    """The text of ``module.NAME`` or ``module.NAME.format(...)`` from prompts/, if it is."""
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and (
            expr.func.attr == "format"):
        expr = expr.func.value
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return expr.value
    if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
        module = imports.get(expr.value.id)
        if module:
            value = getattr(importlib.import_module(module), expr.attr)
            return str(value)
    return None


def _prompt_imports(path: Path) -> dict[str, str]:
    imports = {}
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module == "prompts":
            for alias in node.names:
                imports[alias.asname or alias.name] = f"prompts.{alias.name}"
    return imports


def test_error_guidance_every_raise_site_passes_a_message_and_a_next_step() -> None:
    sites = _raise_sites()
    assert len(sites) > 50  # the walk really found the code's raise sites
    checked = 0
    for where, call in sites:
        args = list(call.args) + [k.value for k in call.keywords
                                  if k.arg in ("message", "guidance")]
        assert len(args) >= 2, f"{where}: a typed error needs a message and a next step"
        imports = _prompt_imports(ROOT / where.split(":")[0])
        for part in args[:2]:
            text = _constant(part, imports)
            if text is not None:
                checked += 1
                assert text.strip(), f"{where}: empty words"
    assert checked > 50  # most raise sites take their words from prompts/


def test_error_guidance_every_message_constant_has_a_next_step() -> None:
    for path in (ROOT / "prompts").glob("*.py"):
        module = importlib.import_module(f"prompts.{path.stem}")
        names = {n for n in vars(module) if n.isupper()}
        for name in (n for n in names if n.endswith("_NEXT")):
            base = name.removesuffix("_NEXT")
            for part in (base, name) if base in names else (name,):
                value = getattr(module, part)
                assert isinstance(value, str) and value.strip(), f"prompts.{path.stem}.{part}"
    errors = importlib.import_module("prompts.errors")
    messages = {n for n in vars(errors) if n.isupper() and not n.endswith("_NEXT")}
    missing = sorted(n for n in messages if f"{n}_NEXT" not in vars(errors))
    assert not missing, f"error messages without a next step: {missing}"


@pytest.mark.parametrize("kind", [HireReadyError, InvalidInput, UnsupportedFile, NotFound])
def test_error_guidance_a_blank_part_is_refused(kind: type[HireReadyError]) -> None:
    for message, guidance in (("", "x"), ("x", " "), ("\n", "\t")):
        with pytest.raises(ValueError):
            kind(message, guidance)


words = st.text(min_size=1).filter(lambda t: t.strip() != "")


@given(words, words)
def test_error_guidance_every_shown_form_carries_both(message: str, guidance: str) -> None:
    from ui.web_render import refusal_text

    error = NotFound(message, guidance)
    content, artifact = error_result(error)
    data = json.loads(content)
    assert data == {"error": message, "guidance": guidance} and artifact is None
    reply = chat_words.TOOL_ERROR.format(message=message, guidance=guidance)
    assert message in reply and guidance in reply and "Next step" in reply
    shown = refusal_text(error)
    assert message in shown and guidance in shown
