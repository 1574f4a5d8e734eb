"""The core's gettext catalogs: every message of the sources translated in each language, plurals right.

The sources are extracted afresh with ``pybabel extract`` (as ``tools/update_translations.py`` does)
and compared with the committed ``.po`` files, so a new ``tr()`` / ``ntr()`` text fails here until it
is translated; a fuzzy entry (an English text that changed) fails too, as does a placeholder that
differs from the English one.
"""

from __future__ import annotations

import importlib.util
import string
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from attendance import i18n
from attendance.documents.layouts import LAYOUTS, SIGNIN_COLUMNS
from attendance.documents.lists import LIST_COLUMNS
from attendance.domain import EventKind, Modality, RegistrationStatus, Role
from attendance.i18n import RUNTIME_TEXTS, ntr, ptr, tr
from attendance.reports.summary import SECTOR_LABELS

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = [code for code in i18n.LANGUAGES if code != "en"]

_spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
update_translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update_translations)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Every message of the core's sources, extracted now."""
    pot = tmp_path_factory.mktemp("extract") / "attendance.pot"
    update_translations.extract_core(pot)
    with pot.open("rb") as handle:
        return read_po(handle)


def catalog(language: str) -> Catalog:
    """The committed .po of a language."""
    with update_translations.po_file(language).open("rb") as handle:
        return read_po(handle, locale=language)


def placeholders(text: str) -> set[str]:
    """The names of the ``{placeholders}`` in a format string."""
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def strings(message: Message) -> list[str]:
    """A message's translations: one, or one per plural form."""
    return list(message.string) if message.pluralizable else [message.string]


def test_extraction_sees_every_kind_of_call(template: Catalog) -> None:
    ids = {message.id for message in template if message.id}
    assert "An event needs a title" in ids  # tr() in services.py
    assert ("{n} session", "{n} sessions") in ids  # ntr() in cli/main.py
    assert "workshop" in ids  # N_() for a value translated at run time
    assert "&File" not in ids  # the window's self.tr() is Qt's, read by lupdate only
    assert len(ids) > 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_core_message_is_translated(language: str, template: Catalog) -> None:
    committed = catalog(language)
    problems = []
    for source in template:
        if not source.id:
            continue
        message = committed.get(source.id, source.context)
        english = source.id if isinstance(source.id, str) else source.id[-1]
        if message is None:
            problems.append(f"missing: {source.id!r}")
        elif message.fuzzy:
            problems.append(f"fuzzy (check the translation, then remove the flag): {source.id!r}")
        elif not all(strings(message)) or len(strings(message)) != (committed.num_plurals if source.pluralizable
                                                                      else 1):
            problems.append(f"untranslated (or a plural form missing): {source.id!r}")
        else:
            problems += [f"placeholders {sorted(placeholders(text))} in {text!r} for {source.id!r}"
                         for text in strings(message) if placeholders(text) != placeholders(english)]
    hint = f"translate them in {update_translations.po_file(language).relative_to(ROOT)} (Poedit), then run " \
           "tools/update_translations.py"
    assert not problems, hint + "\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_mo_matches_the_po(language: str) -> None:
    with update_translations.po_file(language).with_suffix(".mo").open("rb") as handle:
        compiled = read_mo(handle)
    stale = [message.id for message in catalog(language) if message.id and not message.fuzzy
             and (compiled.get(message.id, message.context) is None
                  or strings(compiled.get(message.id, message.context)) != strings(message))]
    assert not stale, "the .mo is older than the .po; run tools/update_translations.py:\n" + "\n".join(map(str, stale))


def test_every_text_translated_at_run_time_is_extracted(template: Catalog) -> None:
    """Values passed to ``tr(variable)`` reach the catalogs only when marked with ``N_()`` (RUNTIME_TEXTS)."""
    ids = {message.id for message in template if message.id}
    values = [kind.value for kind in EventKind] + [m.value.replace("_", " ") for m in Modality] + \
             [role.value for role in Role] + [status.value for status in RegistrationStatus] + \
             list(SECTOR_LABELS.values()) + [text for _, text in LIST_COLUMNS] + \
             [text for text, _ in SIGNIN_COLUMNS.values()] + [layout.description for layout in LAYOUTS.values()]
    assert not [value for value in values if value not in ids], "add them to RUNTIME_TEXTS in attendance/i18n.py"
    assert set(RUNTIME_TEXTS) <= ids


def test_the_command_line_speaks_portuguese(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "attendance", "--db", str(tmp_path / "a.db"), "--lang", "pt",
                             "event", "list"], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == ("Ainda não há eventos. Crie um com 'attendance event add' ou experimente "
                                     "'attendance demo'.")


@pytest.mark.parametrize(("language", "forms"), [
    ("en", ["0 sessions", "1 session", "2 sessions", "21 sessions"]),
    ("es", ["0 sesiones", "1 sesión", "2 sesiones", "21 sesiones"]),
    ("fr", ["0 session", "1 session", "2 sessions", "21 sessions"]),
    ("pt", ["0 sessão", "1 sessão", "2 sessões", "21 sessões"]),  # CLDR pt (Brazil): 0 and 1 take the singular
])
def test_plural_forms_follow_each_language_rules(language: str, forms: list[str]) -> None:
    assert [ntr("{n} session", "{n} sessions", n, language) for n in (0, 1, 2, 21)] == forms


def test_a_round_million_takes_the_many_form_and_values_fill_in() -> None:
    assert ntr("{n} session", "{n} sessions", 1_000_000, "es") == "1000000 de sesiones"
    assert tr("Wrote {badges} on {pages} to {path}", "pt", badges=ntr("{n} badge", "{n} badges", 1, "pt"),
              pages=ntr("{n} page", "{n} pages", 2, "pt"), path="x.pdf") == "1 crachá em 2 páginas gravados em x.pdf"


def test_tr_uses_the_current_language_and_falls_back_to_english() -> None:
    i18n.set_language("pt")
    assert tr("An event needs a title") == "Um evento precisa de um título"
    assert tr("A text nobody translated") == "A text nobody translated"
    assert ptr("nowhere", "Other") == "Other"  # a context without an entry: the English text
    i18n.set_language("xx")
    assert i18n.current_language() == "en"
