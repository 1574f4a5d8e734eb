"""The review table of the virtual-attendance dialog: accept, change person, register, ignore.

Nothing similar is written until a person accepts it; hosts are listed apart, last. Screenshots of
the table in English and Spanish go to screenshots/ (looked at by the author).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from attendance import services
from attendance.gui import virtual_dialog
from attendance.gui.virtual_dialog import ACCEPT, IGNORE, REGISTER, REVIEW, PersonPicker, VirtualReportDialog

SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"


@pytest.fixture()
def workshop(store):
    event = services.create_event(store, title="Taller virtual", code="TV25", start_date="2025-06-12",
                                  modality="virtual")
    for given, family, email in [("Carmen Elena", "Zúñiga Montaño", None), ("Jean-Marc", "Baptiste", None),
                                 ("Ana Lucía", "Pérez Rodríguez", None), ("Keisha", "Thompson", None),
                                 ("Wilner", "Joseph", "wilner.joseph@example.org"),
                                 ("Sebastián", "Ñancupil Rojas", "sebastian.nancupil@seguridad.example")]:
        services.register(store, event.id, given_names=given, family_names=family, email=email)
    return event


def _dialog(qtbot, store, event, samples):
    dialog = VirtualReportDialog(store, event, services.sessions(store, event.id)[0].id)
    qtbot.addWidget(dialog)
    assert dialog.load(str(samples / "zoom-participants-current.csv"))
    return dialog


def _row(dialog, name):
    return next(row for row in range(dialog.table.rowCount()) if dialog.table.item(row, 0).text() == name)


def _checked_in(store):
    return sorted(store.scalar("SELECT p.given_names FROM people p JOIN registrations r ON r.person_id = p.id "
                               "WHERE r.id = ?", [row["registration_id"]])
                  for row in store.rows("SELECT registration_id FROM checkins WHERE method = 'virtual'"))


def test_similar_names_wait_for_a_decision_and_hosts_are_listed_last(qtbot, store, workshop, samples):
    dialog = _dialog(qtbot, store, workshop, samples)
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert names[-1] == "Unidad Organizadora"  # the host, apart
    assert dialog.table.item(len(names) - 1, dialog.MATCH).text().startswith("Host · ")
    baptiste = _row(dialog, "J. Baptiste")
    assert dialog.decisions[baptiste] == REVIEW
    assert dialog.table.item(baptiste, 0).checkState() == Qt.CheckState.Unchecked
    assert dialog.table.item(baptiste, dialog.MATCH).text() == "similar name — initials"
    assert dialog.table.item(baptiste, 0).background().color() == virtual_dialog.FUZZY_TINT
    carmen = _row(dialog, "CARMEN ZUNIGA")
    assert dialog.decisions[carmen] == ACCEPT
    assert dialog.table.item(carmen, dialog.MATCH).text() == "by name — first given and first family name"
    assert dialog.table.item(carmen, dialog.REGISTERED).text() == "Carmen Elena Zúñiga Montaño"
    assert "1 to review" in dialog.summary.text() and dialog.minimum.value() == 75
    dialog.apply()
    # Carmen, Ana and Keisha by name, Wilner by email; Sebastián stayed 70 of 150 minutes; Baptiste not reviewed.
    assert _checked_in(store) == ["Ana Lucía", "Carmen Elena", "Keisha", "Wilner"]
    assert "Similar names left to review, not written: 1." in dialog.outcome.text()
    changes = store.scalar("SELECT count(*) FROM changes")
    dialog.apply()
    assert dialog.outcome.text().startswith("Saved: 0 checked in, 4 already checked in")
    assert store.scalar("SELECT count(*) FROM changes") == changes  # the same report again adds nothing


def test_accept_change_person_register_and_ignore(qtbot, store, workshop, samples):
    dialog = _dialog(qtbot, store, workshop, samples)
    baptiste = _row(dialog, "J. Baptiste")
    box = dialog.table.cellWidget(baptiste, dialog.DECISION)
    box.activated.emit(box.findData(ACCEPT))  # as a click on "Accept" does
    assert dialog.table.item(baptiste, 0).checkState() == Qt.CheckState.Checked
    # "Change person...": the picker opens; typing filters the list, OK takes the person.
    ana = _row(dialog, "Ana Pérez (Invitada)")

    def pick():
        picker = dialog.findChild(PersonPicker)
        qtbot.keyClicks(picker.search, "keis")
        assert [picker.list.item(i).text() for i in range(picker.list.count())] == ["Keisha Thompson"]
        picker.accept()

    QTimer.singleShot(0, pick)
    box = dialog.table.cellWidget(ana, dialog.DECISION)
    box.activated.emit(box.findData(virtual_dialog.CHANGE))
    assert dialog.table.item(ana, dialog.REGISTERED).text() == "Keisha Thompson"
    keisha = _row(dialog, "Thompson, Keisha - Ministerio de Seguridad Nacional")
    dialog.set_decision(keisha, IGNORE)
    phone = _row(dialog, "iPhone de Usuario")
    dialog.set_decision(phone, REGISTER)
    assert dialog.table.item(phone, dialog.REGISTERED).text() == "(new registration)"
    dialog.minimum.setValue(30)
    dialog.apply()
    # Ana's row now checks in Keisha; Keisha's own row is ignored; the phone is registered as a new person.
    assert _checked_in(store) == ["Carmen Elena", "Jean-Marc", "Keisha", "Sebastián", "Wilner", "iPhone"]
    assert "1 registered" in dialog.outcome.text()


@pytest.mark.parametrize("language", ["en", "es"])
def test_screenshot_of_the_review_table(qtbot, store, workshop, samples, language):
    from attendance.gui.app import install_translators

    app = QApplication.instance()
    install_translators(app, language)
    try:
        dialog = _dialog(qtbot, store, workshop, samples)
        dialog.show()
        qtbot.waitExposed(dialog)
        SCREENSHOTS.mkdir(exist_ok=True)
        assert dialog.grab().save(str(SCREENSHOTS / f"virtual-review-{language}.png"))
        header = dialog.table.horizontalHeaderItem(dialog.DECISION).text()
        assert header == {"en": "Decision", "es": "Decisión"}[language]
        review = dialog.table.cellWidget(_row(dialog, "J. Baptiste"), dialog.DECISION).currentText()
        assert review == {"en": "To review: accept?", "es": "Por revisar: ¿aceptar?"}[language]
    finally:
        install_translators(app, "en")


def test_the_session_times_box_recounts_the_minutes(qtbot, store, workshop, samples):
    session = services.sessions(store, workshop.id)[0]
    store.update("sessions", session.id, {"starts": "10:00", "ends": "11:00"})
    dialog = _dialog(qtbot, store, workshop, samples)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.session_times.isEnabled() and dialog.session_times.text().endswith("(10:00–11:00)")
    carmen = _row(dialog, "CARMEN ZUNIGA")
    assert dialog.table.item(carmen, dialog.MINUTES).text() == "100"
    box = dialog.session_times
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the tick box
    assert dialog.session_times.isChecked()
    assert dialog.table.item(_row(dialog, "CARMEN ZUNIGA"), dialog.MINUTES).text() == "60"
    assert dialog.minimum.value() == 30 and ", 60 minutes;" in dialog.summary.text()


def test_an_unknown_file_is_a_message_in_the_dialog(qtbot, store, workshop, tmp_path):
    odd = tmp_path / "lista.csv"
    odd.write_text("Nombre;Correo\nAna;ana@x.org\n", encoding="utf-8")
    dialog = VirtualReportDialog(store, workshop, services.sessions(store, workshop.id)[0].id)
    qtbot.addWidget(dialog)
    assert not dialog.load(str(odd))
    assert "Its first line is: “Nombre;Correo”" in dialog.error.text() and not dialog.apply_button.isEnabled()
