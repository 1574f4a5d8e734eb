"""The window's table models, tested without any view: rows, sorting, accent-blind search, greying."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPersistentModelIndex, Qt

from attendance import i18n
from attendance.domain import Participant, fold
from attendance.gui.models import (
    EventsModel,
    EventSummary,
    ParticipantsModel,
    ParticipantsProxy,
    fast_fold,
    value_label,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


def person(family: str, given: str, *, sex: str = "female", institution: str = "", acronym: str = "",
           country: str = "", status: str = "registered", email: str = "") -> Participant:
    """A participants-list row as services.participants returns it."""
    return Participant(
        registration_id=f"r-{family}-{given}", person_id=f"p-{family}-{given}", given_names=given,
        family_names=family, sex=sex, institution=institution, institution_acronym=acronym, sector="police",
        country=country, email=email, phone="", position="", role="participant", status=status,
        badge_token="T", sessions_attended=0)


ROWS = [
    person("Núñez", "María José", institution="Policía Nacional del Perú", acronym="PNP", country="PE",
           email="mjn@pnp.gob.pe"),
    person("Campbell", "Andre", sex="male", institution="Jamaica Constabulary Force", country="JM"),
    person("Ávila", "Óscar", sex="male", institution="Ejército de Chile", country="CL"),
    person("Étienne", "Frantz", sex="not_stated", institution="Police nationale d'Haïti", country="HT",
           status="cancelled"),
]


@pytest.fixture()
def model(qapp) -> ParticipantsModel:
    made = ParticipantsModel()
    made.set_rows(ROWS)
    return made


@pytest.fixture()
def proxy(model: ParticipantsModel) -> ParticipantsProxy:
    made = ParticipantsProxy()
    made.setSourceModel(model)
    return made


def column(table, number: int) -> list:
    return [table.index(row, number).data(DISPLAY) for row in range(table.rowCount())]


def test_rows_and_cells(model: ParticipantsModel) -> None:
    assert model.rowCount() == 4 and model.columnCount() == 8
    # sorted by family name, accents ignored: Ávila before Campbell, Étienne before Núñez
    assert column(model, ParticipantsModel.FAMILY_NAMES) == ["Ávila", "Campbell", "Étienne", "Núñez"]
    last = model.rowCount() - 1
    assert model.index(last, ParticipantsModel.COUNTRY).data(DISPLAY) == "Peru"  # a name, not "PE"
    assert model.index(last, ParticipantsModel.SEX).data(DISPLAY) == "Female"
    assert model.index(2, ParticipantsModel.SEX).data(DISPLAY) == "Not stated"
    assert model.index(last, ParticipantsModel.ROLE).data(DISPLAY) == "Participant"
    assert model.headerData(0, Qt.Orientation.Horizontal, DISPLAY) == "Family names"
    assert model.index(0, 0).data(ParticipantsModel.ParticipantRole).family_names == "Ávila"


def test_cells_follow_the_core_language(qapp) -> None:
    i18n.set_language("es")
    model = ParticipantsModel()
    model.set_rows(ROWS)
    row = model.row_of("r-Núñez-María José")
    assert model.index(row, ParticipantsModel.COUNTRY).data(DISPLAY) == "Perú"
    assert model.index(row, ParticipantsModel.SEX).data(DISPLAY) == "Mujer"
    assert value_label("not_stated") == "No indicado"


def test_cancelled_rows_are_greyed(model: ParticipantsModel) -> None:
    cancelled = model.row_of("r-Étienne-Frantz")
    registered = model.row_of("r-Núñez-María José")
    assert model.index(cancelled, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(registered, 0).data(Qt.ItemDataRole.ForegroundRole) is None


@pytest.mark.parametrize(("sort_column", "expected"), [
    (ParticipantsModel.GIVEN_NAMES, ["Andre", "Frantz", "María José", "Óscar"]),
    (ParticipantsModel.INSTITUTION, ["Óscar", "Andre", "Frantz", "María José"]),
    (ParticipantsModel.COUNTRY, ["Óscar", "Frantz", "Andre", "María José"]),  # Chile, Haiti, Jamaica, Peru
])
def test_sorting_by_column(proxy: ParticipantsProxy, sort_column: int, expected: list[str]) -> None:
    proxy.sort(sort_column, Qt.SortOrder.AscendingOrder)
    assert column(proxy, ParticipantsModel.GIVEN_NAMES) == expected
    proxy.sort(sort_column, Qt.SortOrder.DescendingOrder)
    assert column(proxy, ParticipantsModel.GIVEN_NAMES) == expected[::-1]


def test_sorting_keeps_persistent_indexes(model: ParticipantsModel) -> None:
    kept = QPersistentModelIndex(model.index(model.row_of("r-Núñez-María José"), 0))
    model.sort(ParticipantsModel.FAMILY_NAMES, Qt.SortOrder.DescendingOrder)
    assert kept.row() == 0 and kept.data(DISPLAY) == "Núñez"


@pytest.mark.parametrize(("typed", "expected"), [
    ("nunez", ["Núñez"]),  # accents and case ignored
    ("NÚÑEZ maría", ["Núñez"]),  # every word must match, in any order
    ("pnp", ["Núñez"]),  # acronym
    ("jamaica", ["Campbell"]),  # institution or country name
    ("haiti", ["Étienne"]),
    ("mjn@", ["Núñez"]),  # email
    ("o", ["Ávila", "Campbell", "Étienne", "Núñez"]),
    ("zzz", []),
    ("", ["Ávila", "Campbell", "Étienne", "Núñez"]),
])
def test_search_ignores_case_and_accents(proxy: ParticipantsProxy, typed: str, expected: list[str]) -> None:
    proxy.set_search_text(typed)
    assert column(proxy, ParticipantsModel.FAMILY_NAMES) == expected


def test_search_survives_sorting_and_new_rows(proxy: ParticipantsProxy, model: ParticipantsModel) -> None:
    proxy.set_search_text("nunez")
    proxy.sort(ParticipantsModel.GIVEN_NAMES, Qt.SortOrder.DescendingOrder)
    assert column(proxy, ParticipantsModel.FAMILY_NAMES) == ["Núñez"]
    model.set_rows([*ROWS, person("Nuñez", "Ana", country="MX")])
    assert column(proxy, ParticipantsModel.GIVEN_NAMES) == ["María José", "Ana"]  # still sorted descending
    assert proxy.participant(1).given_names == "Ana"


def test_set_rows_replaces(model: ParticipantsModel) -> None:
    model.set_rows([replace(ROWS[0], family_names="Nuevo")])
    assert column(model, ParticipantsModel.FAMILY_NAMES) == ["Nuevo"]
    model.set_rows([])
    assert model.rowCount() == 0


def test_events_model(qapp) -> None:
    model = EventsModel()
    model.set_rows([EventSummary(id="e1", code="SNR26", title="Serial Number Restoration", kind="course",
                                 start_date="2026-12-07", end_date="2026-12-10", country="JM", sessions=4,
                                 registered=31)])
    assert model.rowCount() == 1 and model.columnCount() == 7
    assert column(model, EventsModel.CODE) == ["SNR26"]
    assert model.index(0, EventsModel.KIND).data(DISPLAY) == "Course"
    assert model.index(0, EventsModel.DATES).data(DISPLAY) == "7–10 December 2026"
    assert model.index(0, EventsModel.COUNTRY).data(DISPLAY) == "Jamaica"
    assert model.index(0, EventsModel.REGISTERED).data(DISPLAY) == 31
    assert model.row_of("e1") == 0 and model.row_of("nope") == -1
    assert model.index(0, 0).data(EventsModel.EventIdRole) == "e1"


@given(st.text())
def test_fast_fold_is_fold(text: str) -> None:
    assert fast_fold(text) == fold(text)


@pytest.mark.parametrize("text", ["  Núñez  GARCÍA ", "İstanbul", "Ǆemal", "ﬁnca", "Ibáñez\u00a0Peña", "𝔄lvaro"])
def test_fast_fold_on_tricky_names(text: str) -> None:
    assert fast_fold(text) == fold(text)
