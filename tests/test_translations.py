"""The window's Qt Linguist translations are complete and compiled, in every language, and survive updates.

The GUI sources are extracted afresh with pyside6-lupdate into a temporary file and compared with
the committed ``.ts`` files, so a new ``self.tr()`` string fails here until it is translated in
``resources/i18n/attendance_<lang>.ts`` (Qt Linguist) and ``tools/update_translations.py`` is run.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from attendance import i18n

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = [code for code in i18n.LANGUAGES if code != "en"]

_spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
update_translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update_translations)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, English text) of every translatable string in the GUI sources and forms, right now."""
    ts_file = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    update_translations.run_lupdate(ts_file)
    return {(context, source) for context, source, _ in update_translations.messages(ts_file)}


def test_extraction_sees_code_forms_and_plurals(extracted: set[tuple[str, str]]) -> None:
    assert ("MainWindow", "&File") in extracted  # self.tr() in Python
    assert ("EventForm", "&Title:") in extracted  # a Designer form
    assert ("ParticipantsModel", "Family names") in extracted  # QCoreApplication.translate()
    assert ("ParticipantsPage", "%n shown") in extracted  # self.tr() with a count


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_gui_string_is_translated(language: str, extracted: set[tuple[str, str]]) -> None:
    committed = {(context, source): translation for context, source, translation
                 in update_translations.messages(update_translations.ts_file(language))}
    missing = sorted(f"{context}|{source}" for context, source in extracted if (context, source) not in committed)
    unfinished = sorted(f"{context}|{source}" for (context, source), translation in committed.items()
                        if (context, source) in extracted and not translation)
    hint = f"translate them in resources/i18n/attendance_{language}.ts (Qt Linguist) after running " \
           "tools/update_translations.py"
    assert not missing, f"not in attendance_{language}.ts ({hint}):\n" + "\n".join(missing)
    assert not unfinished, f"unfinished in attendance_{language}.ts ({hint}):\n" + "\n".join(unfinished)


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_compiled_qm_matches_the_ts(language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(update_translations.ts_file(language).with_suffix(".qm")))
    stale = [f"{context}|{source}" for context, source, translation
             in update_translations.messages(update_translations.ts_file(language))
             if translation and "%n" not in source and translator.translate(context, source) != translation]
    assert not stale, "the .qm is older than the .ts; run tools/update_translations.py:\n" + "\n".join(stale)


@pytest.mark.parametrize(("language", "forms"), [
    ("en", ["0 badges", "1 badge", "2 badges", "21 badges"]),
    ("es", ["0 credenciales", "1 credencial", "2 credenciales", "21 credenciales"]),
    ("fr", ["0 badge", "1 badge", "2 badges", "21 badges"]),
    ("pt", ["0 crachá", "1 crachá", "2 crachás", "21 crachás"]),
])
def test_plural_forms_follow_each_language_rules(language: str, forms: list[str]) -> None:
    translator = QTranslator()
    assert translator.load(str(update_translations.ts_file(language).with_suffix(".qm")))
    assert [translator.translate("BadgesPage", "%n badges", "", n).replace("%n", str(n))
            for n in (0, 1, 2, 21)] == forms


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_accelerators_survive_translation(language: str) -> None:
    problems = []
    for context, source, translation in update_translations.messages(update_translations.ts_file(language)):
        if not translation:
            continue
        for form in translation.split(" | "):
            if placeholders(form) != placeholders(source):
                problems.append(f"{context}|{source}: placeholders of {form!r}")
            if accelerators(source) != accelerators(form):
                problems.append(f"{context}|{source}: the & accelerator of {form!r}")
    assert not problems, "\n".join(problems)


def test_a_translation_edited_by_hand_survives_the_update_command(tmp_path: Path) -> None:
    folder = tmp_path / "i18n"
    shutil.copytree(I18N, folder)
    ts_file = update_translations.ts_file("pt", folder)
    tree = ET.parse(ts_file)
    message = next(m for m in tree.getroot().iter("message") if m.findtext("source") == "&File")
    message.find("translation").text = "&Arquivo (editado no Linguist)"
    tree.write(ts_file, encoding="utf-8")

    update_translations.update_sources(folder)
    problems = update_translations.compile_all(folder)

    assert ("MainWindow", "&File", "&Arquivo (editado no Linguist)") in update_translations.messages(ts_file)
    translator = QTranslator()
    assert translator.load(str(ts_file.with_suffix(".qm")))
    assert translator.translate("MainWindow", "&File") == "&Arquivo (editado no Linguist)"
    assert not any(problems.values())  # nothing else lost on the way


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a GUI string fills with ``.format()`` and Qt's ``%n``."""
    return set(re.findall(r"\{(\w+)\}|(%n)", text))


def accelerators(text: str) -> int:
    """How many ``&`` mark a shortcut letter (``&&`` is a literal ampersand)."""
    return len(re.findall(r"&(?!&)\w", text.replace("&&", "")))
