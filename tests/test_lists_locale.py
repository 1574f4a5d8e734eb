"""Participant lists a spreadsheet in the reader's locale opens right: `;` for es/fr/pt (or the setting),
XLSX text as string cells with no apostrophe and no formula, sex/role/status in words (codes on request)."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from attendance import services, settings
from attendance.cli import main as cli
from attendance.documents import lists as exports
from attendance.domain import Event
from attendance.store import Store

PHONE = "+1 868 555 0101"


def _register(store: Store, event: Event) -> None:
    services.register(store, event.id, given_names="Ana María", family_names="Núñez", sex="female",
                      institution="Policía Nacional", country="TT", phone=PHONE)
    services.register(store, event.id, given_names="=1+1", family_names="-Baptiste", sex="male",
                      institution="@Forensics", country="KN", role="speaker", phone="+1 869 555 0199")


def _rows(path: Path, delimiter: str) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


@pytest.mark.parametrize(("language", "delimiter"), [("en", ","), ("es", ";"), ("fr", ";"), ("pt", ";")])
def test_the_delimiter_follows_the_language(store: Store, language: str, delimiter: str) -> None:
    assert exports.csv_delimiter(store, language) == delimiter


def test_the_setting_overrides_the_language(store: Store) -> None:
    settings.save(store, {settings.CSV_DELIMITER: "tab"})
    assert exports.csv_delimiter(store, "es") == exports.csv_delimiter(store, "en") == "\t"
    settings.save(store, {settings.CSV_DELIMITER: ","})
    assert exports.csv_delimiter(store, "fr") == ","


def test_a_spanish_csv_from_the_command_line_reads_back_with_semicolons(store: Store, event: Event,
                                                                       tmp_path: Path) -> None:
    _register(store, event)
    target = tmp_path / "lista.csv"
    assert cli.main(["--db", str(store.path), "export", "SNR26", "-o", str(target), "--kind", "list",
                     "--lang", "es"]) == 0
    first_line = target.read_text(encoding="utf-8-sig").splitlines()[0]
    assert first_line.startswith("ID de inscripción;ID de persona;Nombres;Apellidos;Sexo;")
    rows = {row["Apellidos"]: row for row in _rows(target, ";")}
    assert rows["Núñez"]["Sexo"] == "mujer" and rows["Núñez"]["Función"] == "participante"
    assert rows["Núñez"]["Estado"] == "inscrito" and rows["Núñez"]["País"] == "Trinidad y Tabago"
    assert rows["'-Baptiste"]["País"] == "Saint Kitts y Nevis" and rows["'-Baptiste"]["Función"] == "ponente"
    assert exports.restore(rows["Núñez"]["Teléfono"]) == PHONE


def test_codes_flag_keeps_the_stored_values(store: Store, event: Event, tmp_path: Path, capsys) -> None:
    _register(store, event)
    target = tmp_path / "codes.csv"
    assert cli.main(["--db", str(store.path), "export", "SNR26", "-o", str(target), "--kind", "list",
                     "--lang", "fr", "--codes"]) == 0
    rows = _rows(target, ";")
    by_family = {row[list(row)[3]]: row for row in rows}
    header = list(rows[0])
    sex, country, role, status = (header[index] for index in (4, 7, 11, 12))
    assert (by_family["Núñez"][sex], by_family["Núñez"][country], by_family["Núñez"][role],
            by_family["Núñez"][status]) == ("female", "TT", "participant", "registered")
    assert by_family["'-Baptiste"][role] == "speaker"
    # the JSON keeps the codes as well
    capsys.readouterr()  # the export's own line
    assert cli.main(["--db", str(store.path), "participants", "SNR26", "--json"]) == 0
    listed = {person["family_names"]: person for person in json.loads(capsys.readouterr().out)}
    assert (listed["Núñez"]["sex"], listed["Núñez"]["role"], listed["Núñez"]["status"]) == (
        "female", "participant", "registered")


def test_a_tab_setting_is_used_by_the_command_line(store: Store, event: Event, tmp_path: Path) -> None:
    _register(store, event)
    settings.save(store, {settings.CSV_DELIMITER: "\t"})
    target = tmp_path / "list.csv"
    assert cli.main(["--db", str(store.path), "export", "SNR26", "-o", str(target), "--kind", "list"]) == 0
    assert {row["Family names"] for row in _rows(target, "\t")} == {"Núñez", "'-Baptiste"}


def test_xlsx_cells_are_strings_with_no_apostrophe_and_no_formula(store: Store, event: Event,
                                                                 tmp_path: Path) -> None:
    _register(store, event)
    target = tmp_path / "lista.xlsx"
    assert cli.main(["--db", str(store.path), "export", "SNR26", "-o", str(target), "--kind", "list",
                     "--lang", "es"]) == 0
    with zipfile.ZipFile(target) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
        styles_xml = archive.read("xl/styles.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    assert 'quotePrefix="1"' not in styles_xml
    sheet = load_workbook(target).active
    header = [cell.value for cell in sheet[1]]
    rows = {row[3].value: row for row in sheet.iter_rows(min_row=2)}
    for row in rows.values():
        for cell in row:
            if isinstance(cell.value, str):
                assert cell.data_type == "s" and not cell.quotePrefix, cell.coordinate
                assert not cell.value.startswith("'"), cell.coordinate
            else:  # an empty cell, a per-session tick, the count of sessions
                assert cell.value is None or isinstance(cell.value, int), cell.coordinate
    phone = header.index("Teléfono")
    assert rows["Núñez"][phone].value == PHONE
    assert rows["-Baptiste"][2].value == "=1+1" and rows["-Baptiste"][phone].value == "+1 869 555 0199"
    assert rows["Núñez"][header.index("Sexo")].value == "mujer"
    assert rows["-Baptiste"][header.index("Función")].value == "ponente"
