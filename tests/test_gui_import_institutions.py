"""The institutions tool: fix an institution's sector and country, merge two records of the same one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from attendance import services
from attendance.gui.institutions_dialog import InstitutionsDialog

SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"


def test_merge_two_records_of_the_same_institution(qtbot, store, event):
    services.register(store, event.id, given_names="Ana", family_names="Ruiz", institution="PNC El Salvador")
    services.register(store, event.id, given_names="Luis", family_names="Gómez", institution="Policía Nacional Civil")
    dialog = InstitutionsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [
        "PNC El Salvador", "Policía Nacional Civil"]

    dialog.merge_from.setCurrentIndex(dialog.merge_from.findText("PNC El Salvador"))
    dialog.merge_into.setCurrentIndex(dialog.merge_into.findText("Policía Nacional Civil"))
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "institutions-merge.png"))
    assert dialog.merge(confirm=False)

    assert [i.name for i in services.list_institutions(store)] == ["Policía Nacional Civil"]
    assert {p.institution for p in services.participants(store, event.id)} == {"Policía Nacional Civil"}
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 4).text() == "2"
    assert "2 records moved" in dialog.status.text() and changed == [True]


def test_merging_an_institution_into_itself_is_refused_in_place(qtbot, store):
    services.find_or_create_institution(store, "Fiscalía General")
    dialog = InstitutionsDialog(store)
    qtbot.addWidget(dialog)
    assert not dialog.merge(confirm=False)
    assert dialog.error.text() == "Choose two different institutions to merge"


def test_sector_and_country_of_the_selected_institution(qtbot, store):
    services.find_or_create_institution(store, "Instituto de Ciencias Forenses")
    dialog = InstitutionsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(0)
    dialog.sector.setCurrentIndex(dialog.sector.findData("forensics"))
    qtbot.keyClicks(dialog.country.lineEdit(), "Honduras")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = services.list_institutions(store)[0]
    assert (saved.sector, saved.country) == ("forensics", "HN")
    assert dialog.table.item(0, 2).text() == "Forensic science"


def test_a_new_institution_asks_for_its_sector_and_country_in_the_registration_dialog(qtbot, store, event):
    from attendance.gui.registration_dialog import RegistrationDialog

    services.find_or_create_institution(store, "Policía Nacional Civil", acronym="PNC", sector="police")
    dialog = RegistrationDialog(store, event.id)
    qtbot.addWidget(dialog)
    dialog.show()
    fields = dialog.new_institution
    qtbot.keyClicks(dialog.institution, "pnc")
    assert not fields.isVisible()  # known by its acronym
    dialog.institution.clear()
    qtbot.keyClicks(dialog.given_names, "Ana")
    qtbot.keyClicks(dialog.family_names, "Ruiz")
    qtbot.keyClicks(dialog.institution, "Direccion General de Aduanas")
    assert fields.isVisible()
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "registration-new-institution.png"))
    fields.sector.setCurrentIndex(fields.sector.findData("customs"))
    qtbot.keyClicks(dialog.country.lineEdit(), "Honduras")  # the person's; the institution's is left empty
    with qtbot.waitSignal(dialog.registered):
        qtbot.keyClick(dialog.family_names, Qt.Key.Key_Return)

    created = services.find_institution(store, "Dirección General de Aduanas")
    assert (created.sector, created.country) == ("customs", "HN")
    assert fields.sector.currentData() == "other"  # ready for the next new one
    order, widget = [], dialog.institution
    while len(order) < 3:
        widget = widget.nextInFocusChain()
        if widget in (fields.sector, fields.country, dialog.position):
            order.append(widget)
    assert order == [fields.sector, fields.country, dialog.position]
