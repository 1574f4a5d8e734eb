"""Import files are untrusted: every limit is refused with a message naming it and nothing written,
in bounded memory and time (CSV and XLSX bombs made here, read in a subprocess); and an import keeps
SQLite's write lock only for its final writes, so the door's check-ins go on meanwhile."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import zipfile

import pytest

from attendance import checkin, services
from attendance.intake import importer
from attendance.store import Store

PEAK_MB = 300
SECONDS = 30

# The child's own peak: VmHWM (ru_maxrss survives exec on Linux and would include pytest's own size).
_MEASURE = """
import json, pathlib, resource, sys, time
start = time.perf_counter()
from attendance.intake import importer
table = importer.read_table(sys.argv[1])
status = pathlib.Path("/proc/self/status")
peak_kb = (int(next(line.split()[1] for line in status.read_text().splitlines() if line.startswith("VmHWM")))
           if status.exists() else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
print(json.dumps({"problem": table.problem, "rows": len(table.rows), "seconds": time.perf_counter() - start,
                  "peak_mb": peak_kb / 1024}))
"""


def read_in_subprocess(path) -> dict:
    result = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def assert_refused(path, words: str) -> None:
    measured = read_in_subprocess(path)
    assert measured["problem"] and words in measured["problem"], measured
    assert measured["peak_mb"] <= PEAK_MB and measured["seconds"] <= SECONDS, measured
    print(path.name, f"{measured['peak_mb']:.0f} MB, {measured['seconds']:.2f} s")


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path):
    path = tmp_path / "big.csv"
    with path.open("wb") as handle:
        handle.truncate(importer.MAX_FILE_BYTES + 1)
    assert_refused(path, f"{importer.MAX_FILE_BYTES // (1024 * 1024)} MB")


def test_a_csv_of_millions_of_rows_stops_at_the_row_limit(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_bytes(b"Name,Email\n" + b"Ana,a@x.org\n" * 4_000_000)  # 48 MB, 4 million rows
    assert_refused(path, f"{importer.MAX_ROWS} rows")


def test_a_csv_row_of_millions_of_fields_is_refused_before_it_is_built(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_bytes(b"Name,Email\n" + b"a," * 20_000_000 + b"\n")  # 40 MB, one row of 20 million cells
    assert_refused(path, f"{importer.MAX_COLUMNS} columns")


def test_a_huge_csv_field_is_refused_at_excels_cell_limit(tmp_path):
    path = tmp_path / "field.csv"
    path.write_bytes(b'Name,Email\nAna,"' + b"x" * 30_000_000 + b'"\n')
    assert_refused(path, "32767")


def _zip(path, parts: dict[str, bytes | int]) -> None:
    """An XLSX-shaped zip; an int part is that many inflated bytes of spaces, written in chunks."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            if isinstance(content, int):
                with archive.open(name, "w", force_zip64=True) as stream:
                    chunk = b" " * (1024 * 1024)
                    for _ in range(content // len(chunk)):
                        stream.write(chunk)
            else:
                archive.writestr(name, content)


def test_an_xlsx_whose_sheet_inflates_beyond_the_limit_is_refused(tmp_path):
    path = tmp_path / "bomb.xlsx"
    _zip(path, {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>",
                "xl/worksheets/sheet1.xml": 400 * 1024 * 1024})
    assert path.stat().st_size < 2 * 1024 * 1024  # 400 MB inflated from under 2 MB
    assert_refused(path, "sheet1.xml")


def test_an_xlsx_whose_shared_strings_inflate_beyond_the_limit_is_refused(tmp_path):
    path = tmp_path / "strings.xlsx"
    _zip(path, {"[Content_Types].xml": b"<Types/>", "xl/sharedStrings.xml": 40 * 1024 * 1024})
    assert_refused(path, f"{importer.MAX_XLSX_SHARED_STRINGS // (1024 * 1024)} MB")


def test_an_xlsx_cell_over_excels_limit_is_refused_and_nothing_is_written(store, event, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["Nombre", "Correo"])
    workbook.active.append(["Ana", "y" * 32_767])  # openpyxl itself writes no more: lengthen it in the XML
    saved = tmp_path / "saved.xlsx"
    workbook.save(saved)
    path = tmp_path / "cell.xlsx"
    with zipfile.ZipFile(saved) as original, zipfile.ZipFile(path, "w") as lengthened:
        for name in original.namelist():
            lengthened.writestr(name, original.read(name).replace(b"y" * 32_767, b"y" * 40_000))
    before = store.scalar("SELECT count(*) FROM changes")
    report = importer.import_file(store, event.id, path)
    assert "32767" in report.problem and not report.saved
    assert store.scalar("SELECT count(*) FROM changes") == before


def test_check_ins_go_on_while_an_import_reads_and_matches(store, event, tmp_path, monkeypatch):
    walk_in = services.register(store, event.id, given_names="Door", family_names="Keeper")
    session = services.sessions(store, event.id)[0]
    path = tmp_path / "list.csv"
    path.write_text("Nombre,Apellidos\n" + "".join(f"Persona,Número {n}\n" for n in range(700)), encoding="utf-8")
    door = Store(store.path)
    door.conn.execute("PRAGMA busy_timeout = 200")  # a desk that would give up if the import held the lock
    results = []
    original = importer._import_row

    def row_then_door(*args, **kwargs):
        outcome = original(*args, **kwargs)
        if outcome.row == 650:  # in the second batch, when a long transaction would hold the lock
            started = time.perf_counter()
            results.append(checkin.check_in_registration(door, services.get_event(door, event.id), walk_in.id,
                                                         session.id))
            results.append(time.perf_counter() - started)
        return outcome

    monkeypatch.setattr(importer, "_import_row", row_then_door)
    report = importer.import_file(store, event.id, path)
    door.close()
    assert report.saved and report.count("added") == 700
    assert results[0].status == "checked_in" and results[1] < 0.2
    assert store.scalar("SELECT count(*) FROM checkins WHERE registration_id = ?", [walk_in.id]) == 1


@pytest.mark.parametrize("data", [b"\xff\xfe" + "Nombre\n\x00Ana\n".encode("utf-16-le"), b"Name\nA\x00na\n"])
def test_nul_bytes_are_refused(store, event, tmp_path, data):
    path = tmp_path / "nul.csv"
    path.write_bytes(data)
    assert "NUL" in importer.import_file(store, event.id, path).problem
