"""The event editor and the registration dialog: every field saved, errors shown in place, keyboard use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from attendance import organisations, services
from attendance.gui.event_dialog import EventDialog
from attendance.gui.registration_dialog import RegistrationDialog
from attendance.store import Store


def click(qtbot, dialog: EventDialog, name: str) -> None:
    qtbot.mouseClick(dialog.form.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


@pytest.fixture()
def editor(qtbot, store: Store, event) -> EventDialog:
    """The editor open on the 4-day course SNR26 (7-10 Dec 2026)."""
    dialog = EventDialog(store, event.id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_editor_shows_every_field(editor: EventDialog) -> None:
    assert editor.fields["code"].text() == "SNR26"
    assert editor.fields["title"].text() == "Serial Number Restoration Course"
    assert editor.kind.currentData() == "course" and editor.kind.currentText() == "Course"
    assert editor.country.currentText() == "Jamaica"  # a name, not "JM"
    assert editor.start_date.date() == QDate(2026, 12, 7) and editor.end_date.date() == QDate(2026, 12, 10)
    assert [row.date for row in editor.session_rows()] == ["2026-12-07", "2026-12-08", "2026-12-09",
                                                           "2026-12-10"]


def test_editor_saves_fields_and_non_contiguous_sessions(qtbot, editor: EventDialog, store: Store, event) -> None:
    editor.fields["venue"].setText("Hotel Terra Nostra")
    qtbot.keyClicks(editor.organisation_fields["funders"], "European Union; Government of Canada")
    qtbot.keyClicks(editor.project, "Roadmap")
    editor.modality.setCurrentIndex(editor.modality.findData("hybrid"))
    editor.description.setPlainText("Second block in February.")
    table = editor.sessions_table
    table.item(0, 3).setText("Opening")  # relabel
    table.item(0, 1).setText("09:00")
    table.selectRow(3)
    click(qtbot, editor, "remove_session_button")  # drop 10 Dec
    click(qtbot, editor, "add_session_button")
    table.cellWidget(table.rowCount() - 1, 0).setDate(QDate(2027, 2, 15))  # a second block
    click(qtbot, editor, "add_session_button")  # the day after the last: 16 Feb
    before = store.scalar("SELECT count(*) FROM changes")
    editor.save()

    assert editor.result() == QDialog.DialogCode.Accepted
    saved = services.get_event(store, event.id)
    assert (saved.venue, saved.modality) == ("Hotel Terra Nostra", "hybrid")
    funders = organisations.event_attribution(store, event.id, "es").funders
    assert [c.name for c in funders] == ["Unión Europea", "Gobierno de Canadá"]
    assert organisations.event_project(store, event.id).title == "Roadmap"
    assert saved.description == "Second block in February."
    sessions = services.sessions(store, event.id)
    assert [s.date for s in sessions] == ["2026-12-07", "2026-12-08", "2026-12-09", "2027-02-15", "2027-02-16"]
    assert (sessions[0].label, sessions[0].starts) == ("Opening", "09:00")
    assert saved.end_date == "2027-02-16"  # the event's dates widened to its sessions
    assert store.scalar("SELECT count(*) FROM changes") > before


def test_editor_regenerates_sessions_keeping_labels(qtbot, editor: EventDialog) -> None:
    editor.sessions_table.item(1, 3).setText("Practical")
    editor.end_date.setDate(QDate(2026, 12, 8))
    click(qtbot, editor, "regenerate_sessions_button")
    rows = editor.session_rows()
    assert [(r.date, r.label) for r in rows] == [("2026-12-07", None), ("2026-12-08", "Practical")]
    assert all(r.id for r in rows)  # kept days keep their saved session


@pytest.mark.parametrize(("mistake", "message"), [
    (lambda d: d.end_date.setDate(QDate(2026, 12, 1)), "The end date is before the start date"),
    (lambda d: d.sessions_table.item(0, 1).setText("9h"), "9h is not a time"),
    (lambda d: d.fields["title"].clear(), "An event needs a title"),
    (lambda d: d.fields["code"].setText("S"), "use 2 to 12 letters"),
])
def test_editor_shows_errors_and_keeps_the_input(editor: EventDialog, store: Store, event, mistake,
                                                 message: str) -> None:
    editor.fields["venue"].setText("Kingston")
    mistake(editor)
    before = store.scalar("SELECT count(*) FROM changes")
    editor.save()
    assert editor.isVisible() and editor.result() != QDialog.DialogCode.Accepted
    assert message in editor.error.text() and editor.error.isVisible()
    assert editor.fields["venue"].text() == "Kingston"
    assert store.scalar("SELECT count(*) FROM changes") == before  # nothing half-saved
    assert services.get_event(store, event.id).venue is None


def test_new_event_with_a_taken_code_is_refused(qtbot, store: Store, event) -> None:
    dialog = EventDialog(store, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.fields["title"], "Another course")
    qtbot.keyClicks(dialog.fields["code"], "SNR26")
    dialog.save()
    assert "already exists" in dialog.error.text()
    assert dialog.event_id is None
    assert len(services.list_events(store)) == 1


def test_new_event_code_is_made_from_the_title(qtbot, store: Store) -> None:
    dialog = EventDialog(store, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.fields["title"], "Virtual Workshop on Transfer Controls")
    dialog.start_date.setDate(QDate(2026, 5, 4))
    dialog.end_date.setDate(QDate(2026, 5, 6))
    dialog.sessions_from_dates()
    dialog.save()
    event = services.get_event(store, dialog.event_id)
    assert event.code == "VWOTC26"
    assert len(services.sessions(store, event.id)) == 3


# --------------------------------------------------------------------------- registration dialog
@pytest.fixture()
def registration(qtbot, store: Store, event) -> RegistrationDialog:
    services.find_or_create_institution(store, "Policía Nacional del Perú", acronym="PNP")
    dialog = RegistrationDialog(store, event.id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_tab_order_follows_the_form(registration: RegistrationDialog) -> None:
    order, widget = [], registration.given_names
    for _ in range(len(registration.tab_order)):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while widget not in registration.tab_order and widget is not registration.given_names:
            widget = widget.nextInFocusChain()
    assert order == registration.tab_order
    tops = [w.mapTo(registration, w.rect().topLeft()).y() for w in registration.tab_order]
    assert tops == sorted(tops)  # top to bottom, as shown


def test_duplicate_suggestion_slot_sits_under_the_names(registration: RegistrationDialog) -> None:
    label = QLabel("possible duplicate")
    registration.suggestions_layout.addWidget(label)
    QApplication.processEvents()
    registration.adjustSize()
    y = label.mapTo(registration, label.rect().topLeft()).y()
    assert registration.family_names.mapTo(registration, registration.family_names.rect().topLeft()).y() < y
    assert y < registration.sex.mapTo(registration, registration.sex.rect().topLeft()).y()


def test_names_changed_is_emitted_while_typing(qtbot, registration: RegistrationDialog) -> None:
    typed: list[tuple[str, str]] = []
    registration.names_changed.connect(lambda given, family: typed.append((given, family)))
    qtbot.keyClicks(registration.given_names, "Ry")
    qtbot.keyClicks(registration.family_names, "Go")
    assert typed == [("R", ""), ("Ry", ""), ("Ry", "G"), ("Ry", "Go")]


def test_institution_completer_knows_names_and_acronyms(qtbot, registration: RegistrationDialog) -> None:
    qtbot.keyClicks(registration.institution, "p")
    words = registration.institution.completer().model().stringList()
    assert "Policía Nacional del Perú" in words and "PNP" in words


def test_acronym_finds_the_known_institution(qtbot, registration: RegistrationDialog, store: Store,
                                             event) -> None:
    qtbot.keyClicks(registration.family_names, "Quispe")
    qtbot.keyClicks(registration.institution, "PNP")
    registration.save()
    assert services.participants(store, event.id)[0].institution == "Policía Nacional del Perú"
    assert len(services.list_institutions(store)) == 1


@pytest.mark.parametrize(("given", "family", "country", "message"), [
    ("", "", "", "A person needs a given or a family name"),
    ("Ana", "Torres", "Narnia", "Unknown country 'Narnia'"),
])
def test_errors_are_shown_inline_and_nothing_is_lost(qtbot, registration: RegistrationDialog, store: Store,
                                                     event, given, family, country, message) -> None:
    qtbot.keyClicks(registration.given_names, given)
    qtbot.keyClicks(registration.family_names, family)
    qtbot.keyClicks(registration.country.lineEdit(), country)
    qtbot.keyClicks(registration.email, "ana@example.org")
    qtbot.keyClick(registration.email, Qt.Key.Key_Return)
    assert registration.isVisible()
    assert registration.error.isVisible() and message in registration.error.text()
    assert registration.email.text() == "ana@example.org"
    assert services.participants(store, event.id) == []


def test_walk_in_mode_clears_and_refocuses_for_the_next_person(qtbot, registration: RegistrationDialog,
                                                               store: Store, event) -> None:
    registration.activateWindow()
    registration.walk_in.setChecked(True)
    for given, family in (("Shane", "Gittens"), ("Nadia", "Persaud")):
        qtbot.keyClicks(registration.given_names, given)
        qtbot.keyClicks(registration.family_names, family)
        qtbot.keyClicks(registration.country.lineEdit(), "Guyana")
        with qtbot.waitSignal(registration.registered):
            qtbot.keyClick(registration.family_names, Qt.Key.Key_Return)
        assert registration.isVisible()
        assert registration.given_names.text() == "" and registration.country.currentText() == ""
        assert family in registration.status.text()
        assert registration.focusWidget() is registration.given_names
    people = services.participants(store, event.id)
    assert [(p.family_names, p.country) for p in people] == [("Gittens", "GY"), ("Persaud", "GY")]


def test_country_names_in_spanish_store_the_code(qtbot, store: Store, event) -> None:
    from attendance import i18n

    i18n.set_language("es")
    dialog = RegistrationDialog(store, event.id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.family_names, "Lafontaine")
    qtbot.keyClicks(dialog.country.lineEdit(), "haiti")  # typed without the accent of "Haití"
    dialog.save()
    assert services.participants(store, event.id)[0].country == "HT"


def test_the_designer_form_is_translated(qtbot, store: Store, event) -> None:
    from attendance.gui.app import install_translators

    app = QApplication.instance()
    try:
        install_translators(app, "fr")
        dialog = EventDialog(store, event.id)
        qtbot.addWidget(dialog)
        labels = {label.objectName(): label.text() for label in dialog.form.findChildren(QLabel)}
        assert labels["title_label"] == "&Titre :"
        assert dialog.windowTitle() == "Modifier l'événement"
        assert dialog.kind.currentText() == "Cours"  # domain values from the core's table
        assert dialog.country.currentText() == "Jamaïque"
    finally:
        install_translators(app, "en")


def test_a_full_disk_is_said_in_the_dialog_and_nothing_typed_is_lost(qtbot, registration: RegistrationDialog,
                                                                      store: Store, event) -> None:
    import sqlite3
    from pathlib import Path

    # A disk with no room: the file may not grow, and its free pages are used up by another program's data.
    store.execute(f"PRAGMA max_page_count = {store.scalar('PRAGMA page_count') + 8}")
    store.execute("CREATE TABLE filler (blob BLOB)")
    with pytest.raises(sqlite3.OperationalError, match="full"):
        for _ in range(100):
            store.execute("INSERT INTO filler VALUES (randomblob(1500))")
    qtbot.keyClicks(registration.given_names, "Wilner")
    # Long values, each within its field's limit, in letters of three UTF-8 bytes: the person's row and its
    # change-log line need overflow pages, which the full disk cannot give.
    registration.family_names.setText(("Nguyễn Thị Ngọc Diễm " * 20)[:300])
    registration.position.setText(("Thanh tra cấp cao Bộ Công an " * 20)[:300])
    registration.institution.setText(("Bộ Công an Việt Nam Cục Cảnh sát " * 20)[:300])
    qtbot.keyClick(registration.given_names, Qt.Key.Key_Return)
    assert registration.isVisible() and registration.error.isVisible()
    assert "disk is full or read-only: nothing was saved" in registration.error.text()
    assert registration.given_names.text() == "Wilner"  # still there to save once space is freed
    assert services.participants(store, event.id) == []
    shots = Path(__file__).resolve().parents[1] / "screenshots"
    shots.mkdir(exist_ok=True)
    registration.grab().save(str(shots / "registration_disk_full.png"))
