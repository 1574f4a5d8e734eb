"""The window end to end, offscreen: create an event, register someone by typing, find them by search.

Also: settings remembered between runs, the demo offered on an empty database, fonts and
translations installed at start, the language menu, a damaged database handled.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, QSize, Qt
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from attendance import i18n, services
from attendance.gui import app as gui_app
from attendance.gui import main_window
from attendance.gui import settings as keys
from attendance.gui.events_page import EventsPage
from attendance.gui.main_window import MainWindow
from attendance.gui.participants_page import ParticipantsPage
from attendance.gui.settings import file_settings
from attendance.store import Store


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard, accents included.

    ``qtbot.keyClicks`` only knows ASCII (QTest asserts on "í"), so other characters are sent as
    key events carrying their text, which is what a keyboard layout with accents produces.
    """
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture()
def settings(tmp_path: Path):
    """A settings file of the test's own (never the user's)."""
    return file_settings(str(tmp_path / "settings.ini"))


@pytest.fixture(autouse=True)
def foundation_pages(monkeypatch) -> None:
    """These tests are about the window and the foundation pages, whatever pages others add."""
    monkeypatch.setattr(main_window, "PAGES", [EventsPage, ParticipantsPage])


@pytest.fixture()
def window(qtbot, store: Store, settings) -> MainWindow:
    made = MainWindow(store, settings)
    qtbot.addWidget(made)
    made.show()
    return made


def test_create_event_register_by_typing_and_find_by_search(qtbot, window: MainWindow, store: Store) -> None:
    # 1. a new event, typed into the editor
    dialog = window.new_event()
    qtbot.keyClicks(dialog.fields["title"], "Taller regional de marcaje")
    qtbot.keyClicks(dialog.fields["code"], "trm27")
    dialog.start_date.setDate(QDate(2027, 3, 2))
    dialog.end_date.setDate(QDate(2027, 3, 3))
    qtbot.mouseClick(dialog.form.findChild(QPushButton, "regenerate_sessions_button"),
                     Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.fields["city"], "Lima")
    qtbot.keyClick(dialog.fields["city"], Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == QDialog.DialogCode.Accepted
    event = services.event_by_code(store, "TRM27")
    assert event.title == "Taller regional de marcaje" and event.city == "Lima"
    assert [s.date for s in services.sessions(store, event.id)] == ["2027-03-02", "2027-03-03"]
    assert window.current_event_id() == event.id  # the new event is selected
    assert "TRM27" in window.event_selector.currentText()

    # 2. a walk-in registered from the keyboard
    page = window.page(ParticipantsPage)
    window.tabs.setCurrentWidget(page)
    registration = page.open_registration()
    type_text(qtbot, registration.given_names, "María José")
    type_text(qtbot, registration.family_names, "Núñez Ibáñez")
    qtbot.keyClicks(registration.sex, "F")  # typing in a combo picks "Female"
    type_text(qtbot, registration.institution, "Policía Nacional del Perú")
    qtbot.keyClicks(registration.country.lineEdit(), "Peru")
    qtbot.keyClicks(registration.email, "mj.nunez@example.org")
    with qtbot.waitSignal(registration.registered, timeout=2000) as saved:
        qtbot.keyClick(registration.email, Qt.Key.Key_Return)
    assert registration.result() == QDialog.DialogCode.Accepted

    person = services.participants(store, event.id)[0]
    assert person.registration_id == saved.args[0]
    assert (person.given_names, person.family_names, person.sex, person.country) == \
        ("María José", "Núñez Ibáñez", "female", "PE")
    assert person.institution == "Policía Nacional del Perú"

    # 3. found by typing without accents
    qtbot.keyClicks(page.search, "nunez ib")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "Núñez Ibáñez"
    assert "1 registered: 1 women" in page.counts.text()
    page.search.clear()
    qtbot.keyClicks(page.search, "campbell")
    assert page.proxy.rowCount() == 0


def test_register_shortcut_and_double_click_edit(qtbot, window: MainWindow, store: Store, event) -> None:
    services.register(store, event.id, given_names="Andre", family_names="Campbell", sex="male")
    window.reload_events(select=event.id)
    page = window.page(ParticipantsPage)
    window.tabs.setCurrentWidget(page)
    assert window.register_action.shortcut().toString() == "Ctrl+N"  # window-wide, any page

    editor = page.edit(0)
    assert editor.family_names.text() == "Campbell"
    editor.family_names.clear()
    qtbot.keyClicks(editor.family_names, "Campbell-Brown")
    qtbot.keyClick(editor.family_names, Qt.Key.Key_Return)
    assert [p.family_names for p in services.participants(store, event.id)] == ["Campbell-Brown"]
    assert page.proxy.index(0, 0).data() == "Campbell-Brown"  # the page refreshed itself


def test_cancel_registration_greys_the_row_and_updates_counts(qtbot, window: MainWindow, store: Store,
                                                               event) -> None:
    registration = services.register(store, event.id, given_names="Keisha", family_names="Thompson",
                                     sex="female")
    window.reload_events(select=event.id)
    page = window.page(ParticipantsPage)
    assert page.counts.text().startswith("1 registered")
    page.cancel_registration(registration.id)
    assert services.participants(store, event.id)[0].status == "cancelled"
    assert page.proxy.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.counts.text().startswith("0 registered")


def test_pages_follow_the_selected_event(qtbot, window: MainWindow, store: Store, event) -> None:
    other = services.create_event(store, title="Regional webinar", code="WEB26", start_date="2026-11-30")
    services.register(store, other.id, given_names="Shane", family_names="Gittens", sex="male")
    window.reload_events(select=event.id)
    page = window.page(ParticipantsPage)
    assert page.proxy.rowCount() == 0
    with qtbot.waitSignal(window.event_changed) as changed:
        window.select_event(other.id)
    assert changed.args == [other.id]
    assert page.event_id == other.id and page.proxy.rowCount() == 1


def test_geometry_and_last_event_are_remembered(qtbot, store: Store, settings, tmp_path: Path, event) -> None:
    other = services.create_event(store, title="Regional webinar", code="WEB26", start_date="2026-11-30")
    first = MainWindow(store, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.minimumSizeHint().expandedTo(QSize(640, 480)))  # fits the 800 x 600 offscreen screen
    first.select_event(other.id)
    first.close()

    second = MainWindow(store, settings)
    qtbot.addWidget(second)
    assert second.current_event_id() == other.id
    assert second.size() == first.size()
    assert settings.fileName().endswith("settings.ini")  # the test's own file, not the user's

    fresh = MainWindow(store, file_settings(str(tmp_path / "fresh.ini")))
    qtbot.addWidget(fresh)
    assert fresh.size() != first.size() and fresh.current_event_id() == event.id  # the most recent event


def test_demo_is_offered_only_on_an_empty_database(qtbot, window: MainWindow, store: Store) -> None:
    assert window.current_event_id() is None
    assert not window.page(ParticipantsPage).register_button.isEnabled()
    assert window.offer_demo(lambda: False) is False
    assert services.list_events(store) == []

    assert window.offer_demo(lambda: True) is True
    assert len(services.list_events(store)) == 3
    assert window.event_selector.count() == 3
    assert window.page(ParticipantsPage).proxy.rowCount() > 0

    asked = []
    assert window.offer_demo(lambda: asked.append(1) or True) is False
    assert asked == []  # not even asked once there are events


def test_language_menu_saves_the_choice(qtbot, window: MainWindow, settings) -> None:
    assert [a.data() for a in window.language_actions.actions()] == ["en", "es", "fr", "pt"]
    try:
        next(a for a in window.language_actions.actions() if a.data() == "es").trigger()
        assert settings.value(keys.LANGUAGE_KEY) == "es"
        assert keys.chosen_language(settings) == "es"
        assert keys.chosen_language(settings, "fr") == "fr"  # --lang wins over the saved choice
    finally:
        gui_app.install_translators(QApplication.instance(), "en")


def test_the_language_applies_at_once_on_the_same_event_and_tab(qtbot, window: MainWindow, store: Store,
                                                                 settings) -> None:
    services.create_event(store, title="Curso Regional", code="CR26", start_date="2026-12-07",
                          end_date="2026-12-08")
    window.reload_events()
    window.select_event(services.event_by_code(store, "CR26").id)
    window.tabs.setCurrentIndex(1)
    window.resize(1111, 666)
    try:
        next(a for a in window.language_actions.actions() if a.data() == "pt").trigger()
        replacement = QApplication.instance()._attendance_windows[-1]
        qtbot.addWidget(replacement)
        assert replacement is not window and replacement.isVisible() and not window.isVisible()
        assert replacement.menuBar().actions()[0].text() == "&Arquivo"
        assert replacement.tabs.tabText(1) == "Participantes" and replacement.tabs.currentIndex() == 1
        assert replacement.current_event_id() == services.event_by_code(store, "CR26").id
        assert i18n.current_language() == "pt"  # the core's messages too
        assert replacement.store is store  # the same open database
        assert replacement.size() == window.size()
    finally:
        gui_app.install_translators(QApplication.instance(), "en")


def test_start_installs_fonts_translations_and_shows_the_window(qtbot, tmp_path: Path, settings,
                                                                 monkeypatch) -> None:
    monkeypatch.undo()  # the real window, with every page
    app = QApplication.instance()
    try:
        window = gui_app.start(tmp_path / "new.db", "es", settings, offer_demo=False)
        qtbot.addWidget(window)
        assert window.isVisible()
        assert "DejaVu Sans" in QFontDatabase.families()
        assert app.font().family() == "DejaVu Sans"
        assert window.menuBar().actions()[0].text() == "&Archivo"  # our translation
        assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's own qtbase_es
        assert i18n.current_language() == "es"  # core messages too
        assert QLocale("es").name().startswith("es")
        window.close()
        window.store.close()
    finally:
        gui_app.install_translators(app, "en")


def test_a_damaged_database_offers_a_way_out(qtbot, tmp_path: Path, monkeypatch) -> None:
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"this is not a database" * 500)
    good = tmp_path / "good.db"
    Store(good).close()

    monkeypatch.setattr(gui_app, "_ask_way_out", lambda parent, message: "quit")
    assert gui_app.open_store(damaged) is None

    monkeypatch.setattr(gui_app, "_ask_way_out", lambda parent, message: "other")
    monkeypatch.setattr(gui_app.QFileDialog, "getOpenFileName", lambda *args: (str(good), ""))
    opened = gui_app.open_store(damaged)
    assert opened is not None and opened.path == good
    opened.close()
    assert damaged.read_bytes().startswith(b"this is not")  # nothing was overwritten


def test_a_damaged_database_can_be_restored_from_a_backup(qtbot, tmp_path: Path, monkeypatch, event,
                                                          store: Store) -> None:
    backup = store.backup(tmp_path / "before.bak")  # holds the event SNR26
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"this is not a database" * 500)
    answers = iter(["restore"])
    monkeypatch.setattr(gui_app, "_ask_way_out", lambda parent, message: next(answers))
    monkeypatch.setattr(gui_app.QFileDialog, "getOpenFileName", lambda *args: (str(backup), ""))

    restored = gui_app.open_store(damaged)
    assert restored is not None and restored.path == damaged
    assert [e.code for e in services.list_events(restored)] == ["SNR26"]
    restored.close()
    assert (tmp_path / "damaged.db.replaced.bak").read_bytes().startswith(b"this is not")  # kept aside
