"""Pour translations written in the old formats into the gettext catalogs and the Qt Linguist files.

Before the move to ``.po`` / ``.ts`` files the core's translations lived in two Python dicts of
``attendance/i18n.py`` and the window's in ``resources/i18n/gui_<lang>.json``:

- ``CATALOG = {english: {"es": ..., "fr": ..., "pt": ...}}``;
- ``PLURALS = {english_singular: {language: {"one": ..., "other": ...}}}`` (the English plural is taken
  from the ``ntr()`` call in the sources, or from an ``"en": {"one": ..., "other": ...}`` entry);
- ``gui_<lang>.json = {"English": "translation", "Context|English": "translation"}``.

This script adds or fills (an empty or fuzzy entry) and never changes nor drops a finished translation.
It first brings every file up to date with the sources and compiles them at the end, like
``tools/update_translations.py``. Either read the old files from a git revision::

    .venv/bin/python tools/import_legacy_translations.py --from-git HEAD

or give them as files: ``--catalog path/to/i18n.py --gui-json resources/i18n/gui_pt.json ...`` (a JSON
file's language is the end of its name).
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po

_spec = importlib.util.spec_from_file_location("update_translations",
                                               Path(__file__).with_name("update_translations.py"))
update_translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update_translations)

ROOT = update_translations.ROOT
PLURAL_ORDER = ("zero", "one", "two", "few", "many", "other")  # the order Babel numbers gettext's forms in


def legacy_tables(source: str) -> tuple[dict, dict]:
    """The ``CATALOG`` and ``PLURALS`` literals of a Python module's text (empty when absent)."""
    tables: dict[str, dict] = {"CATALOG": {}, "PLURALS": {}}
    for node in ast.parse(source).body:
        target = node.target if isinstance(node, ast.AnnAssign) else \
            node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None
        if isinstance(target, ast.Name) and target.id in tables and node.value is not None:
            tables[target.id] = ast.literal_eval(node.value)
    return tables["CATALOG"], tables["PLURALS"]


def extracted_plurals() -> dict[str, str]:
    """English singular -> English plural of every ``ntr()`` / ``nptr()`` call in the core's sources."""
    with tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "core.pot"
        update_translations.extract_core(template)
        with template.open("rb") as handle:
            return {message.id[0]: message.id[1] for message in read_po(handle) if message.pluralizable}


def plural_forms(language: str, forms: dict[str, str]) -> list[str]:
    """A {"one": .., "other": ..} entry as gettext's list of forms for the language (a missing form -> other)."""
    tags = Locale.parse(language).plural_form.tags | {"other"}
    return [forms.get(tag) or forms.get("other", "") for tag in PLURAL_ORDER if tag in tags]


def _needs(message: Message) -> bool:
    strings = message.string if isinstance(message.string, tuple | list) else [message.string]
    return message.fuzzy or not all(strings)


def _fill(catalog: Catalog, msgid: str | tuple[str, str], string: str | list[str], context: str | None) -> bool:
    message = catalog.get(msgid, context)
    if message is None:
        catalog.add(msgid, tuple(string) if isinstance(string, list) else string, context=context)
        return True
    if not _needs(message) or isinstance(message.id, tuple) != isinstance(msgid, tuple):
        return False
    message.string = tuple(string) if isinstance(string, list) else string
    message.flags.discard("fuzzy")
    return True


def merge_core(language: str, catalog_table: dict, plural_table: dict, english_plurals: dict[str, str],
               folder: Path) -> tuple[int, list[str]]:
    """Fill one language's .po; returns how many entries were written and the singulars without a plural."""
    path = update_translations.po_file(language, folder)
    with path.open("rb") as handle:
        catalog = read_po(handle)
    written, no_plural = 0, []
    for english, translations in catalog_table.items():
        if translations.get(language):
            written += _fill(catalog, english, translations[language], None)
    for singular, languages in plural_table.items():
        forms = languages.get(language)
        plural = english_plurals.get(singular) or languages.get("en", {}).get("other")
        if not forms:
            continue
        if not plural:
            no_plural.append(singular)
            continue
        written += _fill(catalog, (singular, plural), plural_forms(language, forms), None)
    with path.open("wb") as handle:
        write_po(handle, catalog)
    return written, no_plural


def merge_gui(ts_path: Path, table: dict[str, str]) -> int:
    """Fill the empty or unfinished messages of a .ts file from a JSON table; returns how many."""
    tree = ET.parse(ts_path)
    written = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = table.get(f"{name}|{source}") or table.get(source)
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation", type="unfinished")
            if not text or message.get("numerus") == "yes" or (translation.get("type") is None and translation.text):
                continue
            translation.text = text
            translation.attrib.pop("type", None)
            written += 1
    with ts_path.open("wb") as out:  # lupdate, run next, writes it back in its own layout
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return written


def _git_show(revision: str, path: str) -> str | None:
    result = subprocess.run(["git", "show", f"{revision}:{path}"], cwd=ROOT, capture_output=True, text=True)
    return result.stdout if result.returncode == 0 else None


def main(argv: list[str] | None = None) -> int:
    """Read the old tables, merge them into every .po and .ts file, compile; say what is still missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from-git", metavar="REVISION",
                        help="read attendance/i18n.py and resources/i18n/gui_<lang>.json from this git revision")
    parser.add_argument("--catalog", type=Path, help="a Python file holding CATALOG and PLURALS dicts")
    parser.add_argument("--gui-json", type=Path, nargs="*", default=[], help="gui_<lang>.json files")
    parser.add_argument("--i18n", type=Path, default=update_translations.I18N, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    catalog_source: str | None = args.catalog.read_text(encoding="utf-8") if args.catalog else None
    gui_tables = {path.stem.rsplit("_", 1)[-1]: json.loads(path.read_text(encoding="utf-8"))
                  for path in args.gui_json}
    if args.from_git:
        catalog_source = _git_show(args.from_git, "attendance/i18n.py")
        for language in update_translations.translated_languages():
            text = _git_show(args.from_git, f"resources/i18n/gui_{language}.json")
            if text:
                gui_tables[language] = json.loads(text)
    catalog_table, plural_table = legacy_tables(catalog_source) if catalog_source else ({}, {})

    update_translations.update_sources(args.i18n)
    english_plurals = extracted_plurals() if plural_table else {}
    for language in update_translations.translated_languages():
        written, no_plural = merge_core(language, catalog_table, plural_table, english_plurals, args.i18n)
        gui_written = merge_gui(update_translations.ts_file(language, args.i18n), gui_tables.get(language, {}))
        print(f"{language}: {written} core entries and {gui_written} window texts written")
        for singular in no_plural:
            print(f"    no ntr() call in the sources nor 'en' entry gives the plural of {singular!r}: skipped")
    with tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "core.pot"
        update_translations.extract_core(template)
        with template.open("rb") as handle:
            in_sources = {m.id[0] if m.pluralizable else m.id for m in read_po(handle)}
    for english in sorted((set(catalog_table) | set(plural_table)) - in_sources):
        print(f"    not in the sources (translated at run time? mark its definition with N_()): {english!r}")
    update_translations.update_sources(args.i18n)  # each file back in its tool's own layout
    problems = update_translations.compile_all(args.i18n)
    for name, texts in problems.items():
        if texts:
            print(f"{name}: {len(texts)} still to translate (run tools/update_translations.py for the list)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
