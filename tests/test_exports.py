"""Participant lists: CSV and XLSX give back accents, neutralise formulas reversibly, match the check-ins."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from test_reports import PEOPLE, build_report_event, expected_figures

from attendance import services
from attendance.cli import main as cli
from attendance.documents import lists as exports
from attendance.domain import Event
from attendance.store import Store

SESSION_COLUMNS = ["Day 1 (2026-12-07)", "Day 2 (2026-12-08)", "Day 3 (2026-12-09)", "Day 4 (2026-12-10)"]


@given(st.text())
def test_neutralise_then_restore_gives_back_any_text(text: str) -> None:
    safe = exports.neutralise(text)
    assert exports.restore(safe) == text
    # what a spreadsheet sees never starts a formula: either untouched safe text or a leading '
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r", "\n"))


@given(st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", "'"]), st.text())
def test_every_formula_start_is_escaped(start: str, rest: str) -> None:
    assert exports.neutralise(start + rest) == "'" + start + rest


@pytest.mark.parametrize("text", [" =1+1", "\u00a0=1+1", "\u3000+1", "\uff1d1+1", "\uff0b1", "\uff0d1", "\uff20A1"])
def test_whitespace_nbsp_and_fullwidth_formula_starts_are_escaped(text: str) -> None:
    assert exports.neutralise(text) == "'" + text and exports.restore("'" + text) == text


def test_no_formula_cell_reaches_the_xlsx_even_after_control_characters_are_dropped(
        store: Store, event: Event, tmp_path: Path) -> None:
    services.register(store, event.id, given_names="\x01=HYPERLINK(\"http://x\")", family_names="\x02+1",
                      sex="female")
    path = exports.write_xlsx(exports.participant_list(store, event.id), tmp_path / "list.xlsx")
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    cells = load_workbook(path).active[2]
    assert cells[2].value == '=HYPERLINK("http://x")' and cells[2].data_type == "s"


def test_plain_text_is_left_alone() -> None:
    assert exports.neutralise("Núñez") == "Núñez"
    assert exports.restore("O'Neil") == "O'Neil"


def _read_csv(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def test_csv_figures_equal_the_independent_count(store: Store, event: Event, tmp_path: Path) -> None:
    build_report_event(store, event)
    path = exports.write_csv(exports.participant_list(store, event.id), tmp_path / "list.csv")
    rows = _read_csv(path)
    assert len(rows) == len(PEOPLE)  # everyone registered, the cancelled one with its status
    participants = [r for r in rows if r["Role"] == "participant" and r["Status"] == "registered"]
    expected = expected_figures()
    assert len(participants) == expected["registered"]
    attended = [r for r in participants if int(r["Sessions attended"]) > 0]
    assert len(attended) == expected["attended"]
    for sex, label in (("female", "female"), ("male", "male"), ("other", "other"), ("not_stated", "not stated")):
        assert sum(1 for r in attended if r["Sex"] == label) == expected["by_sex"][sex]
    for column, figures in zip(SESSION_COLUMNS, expected["sessions"], strict=True):
        assert sum(int(r[column]) for r in participants) == figures["attended"]
    assert {r["Status"] for r in rows} == {"registered", "cancelled"}


def test_csv_keeps_accents_and_neutralises_formulas(store: Store, event: Event, tmp_path: Path) -> None:
    services.register(store, event.id, given_names="=HYPERLINK(\"x\")", family_names="Ñúñez Ødegård",
                      sex="female", institution="@Dirección Nacional", phone="+1 876 555 0100", country="PA")
    rows = _read_csv(exports.write_csv(exports.participant_list(store, event.id), tmp_path / "list.csv"))
    row = rows[0]
    assert row["Family names"] == "Ñúñez Ødegård"
    assert row["Given names"] == "'=HYPERLINK(\"x\")"
    assert row["Institution"] == "'@Dirección Nacional"
    assert exports.restore(row["Phone"]) == "+1 876 555 0100"
    assert row["Country"] == "Panama"
    assert list(row)[:13] == [text for _, text in exports.LIST_COLUMNS]


def test_xlsx_keeps_accents_and_formulas_stay_text(store: Store, event: Event, tmp_path: Path) -> None:
    services.register(store, event.id, given_names="=1+1", family_names="Núñez Peña", sex="female",
                      institution="Policía Nacional", country="HN")
    path = exports.write_xlsx(exports.participant_list(store, event.id, "es"), tmp_path / "list.xlsx",
                              sheet_title="SNR26")
    sheet = load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    assert header[:4] == ["ID de inscripción", "ID de persona", "Nombres", "Apellidos"]
    assert header[13:] == [f"Día {n} (2026-12-{6 + n:02d})" for n in range(1, 5)] + ["Sesiones asistidas"]
    values = [cell for cell in sheet[2]]
    assert values[3].value == "Núñez Peña"
    assert values[2].value == "=1+1" and values[2].data_type == "s"  # text as typed, no apostrophe
    assert values[4].value == "mujer"
    assert values[7].value == "Honduras"


def test_cli_export_list_in_french(store: Store, event: Event, tmp_path: Path) -> None:
    build_report_event(store, event)
    target = tmp_path / "liste.csv"
    assert cli.main(["--db", str(store.path), "export", "SNR26", "-o", str(target), "--kind", "list",
                     "--lang", "fr"]) == 0
    rows = _read_csv(target, ";")  # French lists are separated by ";", as Excel in France expects
    assert "Sessions suivies" in rows[0]
    assert {r["Prénoms"] for r in rows} >= {"Chloé", "Renée", "José"}


def test_cli_refuses_a_format_the_kind_cannot_have(store: Store, event: Event, tmp_path: Path, capsys) -> None:
    assert cli.main(["--db", str(store.path), "export", "SNR26", "-o", str(tmp_path / "x.pdf"), "--kind", "list",
                     "--format", "pdf"]) == 1
    assert "can be written as csv, xlsx, not pdf" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_an_unwritable_target_is_a_clear_error_and_leaves_no_partial_file(store: Store, event: Event,
                                                                            tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    for kind, name in (("list", "list.csv"), ("list", "list.xlsx"), ("summary", "summary.pdf")):
        assert cli.main(["--db", str(store.path), "export", "SNR26", "-o", str(blocker / name), "--kind", kind]) == 1
        assert f"Could not write {blocker / name}" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["attendance.db", "attendance.db-shm", "attendance.db-wal",
                                                          "not-a-folder"]


def test_a_new_folder_is_made_and_an_old_file_replaced_whole(store: Store, event: Event, tmp_path: Path) -> None:
    target = tmp_path / "reports" / "2026" / "list.csv"
    services.register(store, event.id, given_names="Ana", family_names="Núñez")
    exports.write_csv(exports.participant_list(store, event.id), target)
    services.register(store, event.id, given_names="Kevin", family_names="Baptiste")
    exports.write_csv(exports.participant_list(store, event.id), target)
    assert [row["Given names"] for row in _read_csv(target)] == ["Kevin", "Ana"]
    assert [p.name for p in target.parent.iterdir()] == ["list.csv"]
