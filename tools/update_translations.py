"""Refresh the window's translations: extract, fill from the JSON files, compile.

1. ``pyside6-lupdate`` extracts every ``self.tr()`` / ``QCoreApplication.translate()`` string of
   ``attendance/gui/`` and every string of the Designer forms in ``ui/`` into
   ``resources/i18n/attendance_<lang>.ts``.
2. Each message is filled from ``resources/i18n/gui_<lang>.json``, a plain mapping from the English
   text to its translation that anyone can edit without touching XML. A key ``"Context|English"``
   (context = the class name, or the form's class for ``.ui`` files) wins over the plain
   ``"English"`` key, for the rare word translated differently in two places.
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads.

Run ``.venv/bin/python tools/update_translations.py``; it lists the texts still missing a
translation (and exits 1 when there are any) so you know what to add to the JSON files.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("es", "fr")
BIN = Path(sys.executable).parent


def gui_sources() -> list[Path]:
    """Every file lupdate reads: the GUI's Python modules and the Designer forms."""
    return sorted((ROOT / "attendance" / "gui").rglob("*.py")) + sorted((ROOT / "ui").glob("*.ui"))


def run_lupdate(ts_file: Path) -> None:
    """Extract the GUI's strings into a .ts file (kept translations stay, vanished ones go)."""
    subprocess.run([str(BIN / "pyside6-lupdate"), *map(str, gui_sources()), "-no-obsolete",
                    "-locations", "none", "-ts", str(ts_file)],
                   check=True, capture_output=True, text=True)


def messages(ts_file: Path) -> list[tuple[str, str, str | None]]:
    """(context, English source, finished translation or None) for each message of a .ts file."""
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None and bool(translation.text)
            found.append((name, message.findtext("source") or "", translation.text if done else None))
    return found


def fill(ts_file: Path, table: dict[str, str]) -> list[str]:
    """Write the JSON table's translations into the .ts file; returns the texts still missing."""
    tree = ET.parse(ts_file)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            text = table.get(f"{name}|{source}") or table.get(source)
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished" or not translation.text:
                missing.append(f"{name}|{source}")
    ET.indent(tree, space="    ")
    with ts_file.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return missing


def run_lrelease(ts_file: Path) -> None:
    """Compile a .ts file into the .qm next to it."""
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
                   check=True, capture_output=True, text=True)


def main() -> int:
    """Update every language; print what is missing; exit 1 when something is."""
    all_missing: dict[str, list[str]] = {}
    for language in LANGUAGES:
        ts_file = I18N / f"attendance_{language}.ts"
        run_lupdate(ts_file)
        table = json.loads((I18N / f"gui_{language}.json").read_text(encoding="utf-8"))
        missing = fill(ts_file, table)
        run_lrelease(ts_file)
        if missing:
            all_missing[language] = missing
        print(f"{ts_file.relative_to(ROOT)}: {len(messages(ts_file))} texts, {len(missing)} missing")
    for language, missing in all_missing.items():
        print(f"\nAdd to resources/i18n/gui_{language}.json (key: English text, or 'Context|English text'):")
        for key in missing:
            print(f"  {json.dumps(key.split('|', 1)[1], ensure_ascii=False)}: \"\",   ({key.split('|')[0]})")
    return 1 if all_missing else 0


if __name__ == "__main__":
    sys.exit(main())
