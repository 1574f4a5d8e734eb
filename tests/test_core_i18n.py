"""Every text the core passes to ``tr()`` has its Spanish and French translation in ``i18n.CATALOG``.

The core modules are parsed (not imported), so a string in a branch no test runs is still checked.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from attendance.i18n import CATALOG, PLURALS, ntr

PACKAGE = Path(__file__).resolve().parent.parent / "attendance"
CORE = sorted(p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] != "gui")


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


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(PACKAGE)))
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


def literal_ntr_texts(path: Path) -> list[tuple[int, str, str]]:
    """(line, singular, plural) of each ``ntr("one", "many", n, ...)`` call with literal texts."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else \
            node.func.attr if isinstance(node.func, ast.Attribute) else None
        texts = [arg.value for arg in node.args[:2] if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
        if name == "ntr" and len(texts) == 2:
            found.append((node.lineno, *texts))
    return found


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_counted_core_string_has_each_plural_form(path: Path) -> None:
    problems = []
    for line, singular, plural in literal_ntr_texts(path):
        entry = PLURALS.get(singular, {})
        for language in ("es", "fr"):
            forms = entry.get(language, {})
            for category in ("one", "other"):
                text = forms.get(category, "")
                if not text.strip():
                    problems.append(f"{path.name}:{line}: {singular!r} has no {language} {category!r} form")
                elif placeholders(text) != placeholders(plural):
                    problems.append(f"{path.name}:{line}: {language} {category!r} of {singular!r} has "
                                    f"placeholders {sorted(placeholders(text))}")
    assert not problems, "\n".join(problems)


def test_plural_forms_follow_each_language_rules(monkeypatch) -> None:
    monkeypatch.setitem(PLURALS, "{n} session", {"es": {"one": "{n} sesión", "other": "{n} sesiones"},
                                                 "fr": {"one": "{n} session", "other": "{n} sessions"}})
    assert [ntr("{n} session", "{n} sessions", n) for n in (0, 1, 2, 21)] == \
        ["0 sessions", "1 session", "2 sessions", "21 sessions"]
    assert [ntr("{n} session", "{n} sessions", n, "es") for n in (0, 1, 2, 21)] == \
        ["0 sesiones", "1 sesión", "2 sesiones", "21 sesiones"]
    assert [ntr("{n} session", "{n} sessions", n, "fr") for n in (0, 1, 2, 21)] == \
        ["0 session", "1 session", "2 sessions", "21 sessions"]
