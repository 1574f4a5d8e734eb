"""Fuzzing the importer: random bytes and malformed CSV always give a report, never an exception."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attendance import services
from attendance.intake import importer
from attendance.store import Store

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

_cell = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12) | st.sampled_from(
    ["", "M", "H", "F", "Mujer", "Narnia", "a@b", '"', '""x', "\x00", "=1+2", "José", "\r", "\n"])
_malformed_csv = st.lists(st.lists(_cell, max_size=9), max_size=12).map(
    lambda rows: "\n".join(";".join(row) for row in [["Nombre", "Apellidos", "Sexo", "País", "Correo"], *rows]))


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory) -> Store:
    store = Store(tmp_path_factory.mktemp("fuzz") / "fuzz.db")
    yield store
    store.close()


@pytest.fixture(scope="module")
def fuzz_event(fuzz_store):
    return services.create_event(fuzz_store, title="Fuzz", code="FZ26", start_date="2026-01-01")


def _check(store: Store, event_id: str, data: bytes, tmp_path) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    report = importer.import_file(store, event_id, path)
    assert isinstance(report, importer.ImportReport)
    assert report.problem is not None or all(o.status in importer.STATUSES for o in report.rows)
    assert isinstance(report.to_json()["rejected"], list)


@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes_give_a_report(fuzz_store, fuzz_event, tmp_path, data):
    _check(fuzz_store, fuzz_event.id, data, tmp_path)


@FUZZ
@given(text=_malformed_csv, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_malformed_csv_gives_a_report(fuzz_store, fuzz_event, tmp_path, text, encoding):
    _check(fuzz_store, fuzz_event.id, text.encode(encoding, errors="replace"), tmp_path)


@FUZZ
@given(data=st.binary(max_size=300))
def test_random_bytes_after_a_zip_signature_give_a_report(fuzz_store, fuzz_event, tmp_path, data):
    _check(fuzz_store, fuzz_event.id, b"PK\x03\x04" + data, tmp_path)
