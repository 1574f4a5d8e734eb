"""tools/import_legacy_translations.py pours the old CATALOG / PLURALS dicts and gui_<lang>.json files into
the .po and .ts files: it adds and fills, and never changes nor drops a finished translation."""

from __future__ import annotations

import importlib.util
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.pofile import read_po
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("import_legacy", ROOT / "tools" / "import_legacy_translations.py")
import_legacy = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(import_legacy)
update_translations = import_legacy.update_translations

LEGACY = '''
CATALOG: dict[str, dict[str, str]] = {
    # an entry another engineer added: a text of the sources whose translation the catalog lacks here
    "An event needs a title": {"es": "NO DEBE GANAR", "fr": "Il faut un titre", "pt": "Falta o título"},
    "Code": {"es": "Código nuevo", "pt": "Código"},
}
PLURALS: dict[str, dict[str, dict[str, str]]] = {
    "{n} session": {"pt": {"one": "{n} sessãozinha", "other": "{n} sessõezinhas"}},
    "{n} table": {"en": {"one": "{n} table", "other": "{n} tables"},
                  "fr": {"one": "{n} tableau", "other": "{n} tableaux"}},
    "{n} chair": {"fr": {"one": "{n} chaise", "other": "{n} chaises"}},
}
'''


def blank(folder: Path, language: str, msgid: str | tuple[str, str]) -> None:
    """Empty one translation of a .po, as a branch that added the text without translating it leaves it."""
    path = update_translations.po_file(language, folder)
    with path.open("rb") as handle:
        catalog = read_po(handle)
    message = catalog.get(msgid)
    message.string = ("",) * len(message.string) if isinstance(msgid, tuple) else ""
    with path.open("wb") as handle:
        import_legacy.write_po(handle, catalog)


def test_legacy_tables_are_merged_without_losing_anything(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "i18n"
    shutil.copytree(ROOT / "resources" / "i18n", folder)
    blank(folder, "fr", "An event needs a title")
    blank(folder, "pt", ("{n} session", "{n} sessions"))
    ts_file = update_translations.ts_file("pt", folder)
    tree = ET.parse(ts_file)
    for message in tree.getroot().iter("message"):
        if message.findtext("source") in ("&File", "&Quit"):
            message.find("translation").text = ""
            message.find("translation").set("type", "unfinished")
    tree.write(ts_file, encoding="utf-8")
    (tmp_path / "i18n_old.py").write_text(LEGACY, encoding="utf-8")
    (tmp_path / "gui_pt.json").write_text(json.dumps({"&File": "&Arquivo", "MainWindow|&Quit": "&Sair",
                                                      "&Help": "NÃO DEVE GANHAR"}), encoding="utf-8")

    assert import_legacy.main(["--catalog", str(tmp_path / "i18n_old.py"), "--gui-json",
                               str(tmp_path / "gui_pt.json"), "--i18n", str(folder)]) == 0

    def po(language: str) -> dict:
        with update_translations.po_file(language, folder).open("rb") as handle:
            return {message.id: message.string for message in read_po(handle)}

    assert po("fr")["An event needs a title"] == "Il faut un titre"  # filled
    assert po("es")["An event needs a title"] == "Un evento necesita un título"  # a finished one is kept
    assert po("es")["Code"] == "Código"
    assert po("pt")[("{n} session", "{n} sessions")] == ("{n} sessãozinha", "{n} sessõezinhas", "{n} sessõezinhas")
    assert po("es")[("{n} session", "{n} sessions")][0] == "{n} sesión"  # nothing dropped
    output = capsys.readouterr().out
    assert "plural of '{n} chair'" in output  # no plural known: said, not guessed
    assert "plural of '{n} table'" not in output  # its "en" entry gave the plural
    assert "mark its definition with N_()): '{n} table'" in output  # and the lead is told it is not in the sources
    translator = QTranslator()
    assert translator.load(str(ts_file.with_suffix(".qm")))
    assert translator.translate("MainWindow", "&File") == "&Arquivo"
    assert translator.translate("MainWindow", "&Quit") == "&Sair"
    assert translator.translate("MainWindow", "&Help") == "Aj&uda"  # a finished translation is kept


def test_legacy_tables_are_read_from_the_python_source() -> None:
    catalog, plurals = import_legacy.legacy_tables(LEGACY)
    assert catalog["Code"] == {"es": "Código nuevo", "pt": "Código"}
    assert plurals["{n} table"]["en"]["other"] == "{n} tables"
    assert import_legacy.plural_forms("es", {"one": "{n} mesa", "other": "{n} mesas"}) == \
        ["{n} mesa", "{n} mesas", "{n} mesas"]  # CLDR's "many" form falls back to "other"
