"""Refresh every translation file from the sources, keeping what translators wrote, then compile.

One command for both halves of the app (run ``.venv/bin/python tools/update_translations.py``):

Core (PDFs, CSV headers, CLI messages) — gettext catalogs managed with Babel:
  1. ``pybabel extract`` reads every ``tr()``, ``ntr()``, ``ptr()``, ``nptr()`` and ``N_()`` call of the core
     (``attendance/`` without ``gui/``) into ``resources/i18n/attendance.pot``;
  2. ``pybabel update`` merges it into ``resources/i18n/<lang>/LC_MESSAGES/attendance.po`` (a new language's
     file is created; translations stay, a changed English text comes back marked fuzzy for review);
  3. Babel compiles the ``attendance.mo`` next to each ``.po`` (fuzzy entries are left out).

Window — Qt Linguist files, the single source of the GUI's translations:
  4. ``pyside6-lupdate`` extracts every ``self.tr()`` / ``QCoreApplication.translate()`` string of
     ``attendance/gui/`` and of the Designer forms in ``ui/`` into ``resources/i18n/attendance_<lang>.ts``,
     keeping every translation already there (typed in Qt Linguist or by hand);
  5. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads.

The languages are :data:`attendance.i18n.LANGUAGES`. The command lists the texts still untranslated or
fuzzy (unfinished in Qt's words) and exits 1 when there are any.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from attendance.i18n import LANGUAGES  # noqa: E402  (the one list of languages)

I18N = ROOT / "resources" / "i18n"
DOMAIN = "attendance"
BIN = Path(sys.executable).parent
# The core's translation calls, in pybabel's keyword syntax (argument numbers; "c" marks the context).
KEYWORDS = ("tr", "ntr:1,2", "ptr:1c,2", "nptr:1c,2,3", "N_")
# Qt's language codes for the .ts files (decides the number of %n forms lrelease expects).
QT_LANGUAGES = {"en": "en_GB", "es": "es_ES", "fr": "fr_FR", "pt": "pt_BR"}


def translated_languages() -> list[str]:
    """Every language but English, the sources' own."""
    return [code for code in LANGUAGES if code != "en"]


def core_sources() -> list[Path]:
    """Every core module: the package without the GUI (whose ``self.tr`` is Qt's, read by lupdate)."""
    package = ROOT / "attendance"
    return sorted(p for p in package.rglob("*.py") if p.relative_to(package).parts[0] != "gui")


def gui_sources() -> list[Path]:
    """Every file lupdate reads: the GUI's Python modules and the Designer forms."""
    return sorted((ROOT / "attendance" / "gui").rglob("*.py")) + sorted((ROOT / "ui").glob("*.ui"))


def po_file(language: str, folder: Path = I18N) -> Path:
    """The gettext catalog of one language, in the layout Babel and Poedit expect."""
    return folder / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def ts_file(language: str, folder: Path = I18N) -> Path:
    """The Qt Linguist file of one language."""
    return folder / f"{DOMAIN}_{language}.ts"


def _run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)


def extract_core(template: Path) -> None:
    """``pybabel extract`` the core's messages into a .pot template."""
    keywords = [arg for keyword in KEYWORDS for arg in ("-k", keyword)]
    _run(str(BIN / "pybabel"), "extract", "--no-default-keywords", *keywords, "--no-location", "--sort-output",
         "--add-comments", "Translators:", "--project", "Attendance", "-o", str(template),
         *(str(p.relative_to(ROOT)) for p in core_sources()))


def update_core(folder: Path = I18N) -> None:
    """Extract the template and merge it into every language's .po (creating a new language's)."""
    template = folder / f"{DOMAIN}.pot"
    extract_core(template)
    for language in translated_languages():
        action = "update" if po_file(language, folder).exists() else "init"
        extra = ["--ignore-obsolete"] if action == "update" else []
        _run(str(BIN / "pybabel"), action, "-i", str(template), "-d", str(folder), "-D", DOMAIN,
             "-l", language, *extra)


def compile_core(folder: Path = I18N) -> None:
    """Compile every .po into its .mo (fuzzy entries stay out), as ``pybabel compile`` does.

    Babel's API rather than the command: our texts fill {placeholders}, never %-codes, and the
    command's %-format check would reject the translation of "% women".
    """
    for language in translated_languages():
        po = po_file(language, folder)
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=language)
        for message in catalog:
            message.flags.discard("python-format")
        with po.with_suffix(".mo").open("wb") as handle:
            write_mo(handle, catalog)


def core_problems(catalog: Catalog) -> list[str]:
    """The English texts of a catalog still untranslated (in any plural form) or fuzzy."""
    problems = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple | list) else [message.string]
        english = message.id[0] if isinstance(message.id, tuple | list) else message.id
        if message.fuzzy:
            problems.append(f"fuzzy: {english}")
        elif not all(strings) or len(strings) < (catalog.num_plurals if message.pluralizable else 1):
            problems.append(f"untranslated: {english}")
    return problems


def run_lupdate(target: Path, language: str | None = None, plurals_only: bool = False) -> None:
    """Extract the GUI's strings into a .ts file (kept translations stay, vanished ones go)."""
    extra = ["-target-language", QT_LANGUAGES.get(language, language)] if language else []
    extra += ["-pluralonly"] if plurals_only else []
    _run(str(BIN / "pyside6-lupdate"), *map(str, gui_sources()), "-no-obsolete", "-locations", "none",
         *extra, "-ts", str(target))


def messages(target: Path) -> list[tuple[str, str, str | None]]:
    """(context, English source, finished translation or None) of each message of a .ts file.

    A ``%n`` message's translation is its forms joined by " | ", None when one of them is empty.
    """
    found = []
    for context in ET.parse(target).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            text = " | ".join(forms) if forms else (translation.text if translation is not None else None)
            done = translation is not None and translation.get("type") is None and bool(text) and all(
                forms or [text])
            found.append((name, message.findtext("source") or "", text if done else None))
    return found


def run_lrelease(target: Path) -> None:
    """Compile a .ts file into the .qm next to it."""
    _run(str(BIN / "pyside6-lrelease"), str(target), "-qm", str(target.with_suffix(".qm")))


def update_sources(folder: Path = I18N) -> None:
    """Steps 1, 2 and 4: every .po and .ts file brought up to date with the sources.

    English gets a .ts of its ``%n`` texts only ("%n badges" -> "1 badge", "2 badges").
    """
    update_core(folder)
    for language in translated_languages():
        run_lupdate(ts_file(language, folder), language)
    run_lupdate(ts_file("en", folder), "en", plurals_only=True)


def compile_all(folder: Path = I18N) -> dict[str, list[str]]:
    """Steps 3 and 5; returns, per file, the texts still to translate."""
    compile_core(folder)
    problems: dict[str, list[str]] = {}
    run_lrelease(ts_file("en", folder))
    problems["attendance_en.ts"] = [f"unfinished: {context} | {source}" for context, source, text
                                    in messages(ts_file("en", folder)) if not text]
    for language in translated_languages():
        run_lrelease(ts_file(language, folder))
        with po_file(language, folder).open("rb") as handle:
            problems[str(po_file(language, folder).relative_to(folder))] = core_problems(read_po(handle))
        problems[ts_file(language, folder).name] = [f"unfinished: {context} | {source}" for context, source, text
                                                    in messages(ts_file(language, folder)) if not text]
    return problems


def main() -> int:
    """Update and compile every language; print what is left to translate; exit 1 when something is."""
    update_sources()
    problems = compile_all()
    for name, texts in problems.items():
        print(f"resources/i18n/{name}: {len(texts)} to translate")
        for text in texts:
            print(f"    {text}")
    if any(problems.values()):
        print("\nTranslate them in Poedit (the .po files) and Qt Linguist (the .ts files), then run this again.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
