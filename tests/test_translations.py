"""The window's Qt Linguist translations are complete and compiled, in Spanish and French.

The GUI sources are extracted afresh with pyside6-lupdate into a temporary file and compared
with the committed ``.ts`` files, so a new ``self.tr()`` string fails here until its translation
is added to ``resources/i18n/gui_<lang>.json`` and ``tools/update_translations.py`` is run.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"

_spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
update_translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update_translations)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, English text) of every translatable string in the GUI sources and forms, right now."""
    ts_file = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    update_translations.run_lupdate(ts_file)
    return {(context, source) for context, source, _ in update_translations.messages(ts_file)}


def test_extraction_sees_code_and_forms(extracted: set[tuple[str, str]]) -> None:
    assert ("MainWindow", "&File") in extracted  # self.tr() in Python
    assert ("EventForm", "&Title:") in extracted  # a Designer form
    assert ("ParticipantsModel", "Family names") in extracted  # QCoreApplication.translate()


@pytest.mark.parametrize("language", ["es", "fr"])
def test_every_gui_string_is_translated(language: str, extracted: set[tuple[str, str]]) -> None:
    committed = {(context, source): translation
                 for context, source, translation in update_translations.messages(I18N / f"attendance_{language}.ts")}
    missing = sorted(f"{context}|{source}" for context, source in extracted if (context, source) not in committed)
    unfinished = sorted(f"{context}|{source}" for (context, source), translation in committed.items()
                        if (context, source) in extracted and not translation)
    hint = f"add them to resources/i18n/gui_{language}.json and run: {sys.executable} tools/update_translations.py"
    assert not missing, f"not in attendance_{language}.ts ({hint}):\n" + "\n".join(missing)
    assert not unfinished, f"unfinished in attendance_{language}.ts ({hint}):\n" + "\n".join(unfinished)


@pytest.mark.parametrize("language", ["es", "fr"])
def test_compiled_qm_matches_the_ts(language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(I18N / f"attendance_{language}.qm"))
    stale = [f"{context}|{source}" for context, source, translation
             in update_translations.messages(I18N / f"attendance_{language}.ts")
             if translation and translator.translate(context, source) != translation]
    assert not stale, "the .qm is older than the .ts; run tools/update_translations.py:\n" + "\n".join(stale)


def test_placeholders_survive_translation() -> None:
    for language in ("es", "fr"):
        for context, source, translation in update_translations.messages(I18N / f"attendance_{language}.ts"):
            if translation:
                assert placeholders(translation) == placeholders(source), (language, context, source)


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a GUI string fills with ``.format()``."""
    return set(re.findall(r"\{(\w+)\}", text))
