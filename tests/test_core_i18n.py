"""Every text the core passes to ``tr()`` has its Spanish and French translation in ``i18n.CATALOG``.

The core modules are parsed (not imported), so a string in a branch no test runs is still checked.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from attendance.i18n import CATALOG

CORE = sorted((Path(__file__).resolve().parent.parent / "attendance").glob("*.py"))


def literal_tr_texts(path: Path) -> list[tuple[int, str]]:
    """(line, text) of each ``tr("literal", ...)`` / ``i18n.tr("literal", ...)`` call in a file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else \
            node.func.attr if isinstance(node.func, ast.Attribute) else None
        first = node.args[0]
        if name == "tr" and isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.append((node.lineno, first.value))
    return found


def placeholders(text: str) -> set[str]:
    """The names of the ``{placeholders}`` in a format string."""
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def test_the_parser_finds_the_core_strings() -> None:
    texts = {text for path in CORE for _, text in literal_tr_texts(path)}
    assert "An event needs a title" in texts  # a known call in services.py
    assert len(texts) > 30


@pytest.mark.parametrize("path", CORE, ids=lambda p: p.name)
def test_every_core_string_is_translated(path: Path) -> None:
    problems = []
    for line, text in literal_tr_texts(path):
        entry = CATALOG.get(text)
        if entry is None:
            problems.append(f"{path.name}:{line}: {text!r} is not in CATALOG")
            continue
        for language in ("es", "fr"):
            translated = entry.get(language, "")
            if not translated.strip():
                problems.append(f"{path.name}:{line}: {text!r} has no {language!r} translation")
            elif placeholders(translated) != placeholders(text):
                problems.append(f"{path.name}:{line}: the {language!r} translation of {text!r} "
                                f"has placeholders {sorted(placeholders(translated))}")
    assert not problems, "\n".join(problems)
