"""Backups from the window: File › Back up / Restore / Check database, and the automatic backups."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QMessageBox

from attendance import backups, services
from attendance.gui import app as gui_app
from attendance.gui.backup_dialogs import BACKUP_FOLDER_KEY, AutoBackups, RestoreDialog
from attendance.gui.main_window import MainWindow
from attendance.gui.settings import file_settings


def _window(qtbot, store, tmp_path):
    window = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    return window


def _check(qtbot, window):
    """File › Check database, waited for: it runs in the worker, and the window answers meanwhile."""
    job = window._backups().check_database(window)
    assert window.check_job is job  # returned at once: the check and its message come later
    assert window._backups().check_database(window) is job  # a second click starts no second check
    qtbot.waitUntil(lambda: window.check_job is None, timeout=20_000)


def test_the_file_menu_has_back_up_restore_and_check(qtbot, store, tmp_path):
    window = _window(qtbot, store, tmp_path)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    assert {"&Back up...", "&Restore a backup...", "&Check database"} <= set(texts)


def test_restore_from_the_windows_list_brings_the_data_back(qtbot, store, event, tmp_path):
    services.register(store, event.id, given_names="Kept", family_names="Person")
    made = backups.auto_backup(store.path, now=dt.datetime(2026, 12, 7, 9, 0))
    services.register(store, event.id, given_names="Added", family_names="Later")
    window = _window(qtbot, store, tmp_path)
    dialog = window.restore_backup()
    assert isinstance(dialog, RestoreDialog)
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in range(5)] == ["2026-12-07 09:00", "1", "1", "1", "0"]
    assert dialog.found[0].path == made
    changed = []
    window.data_changed.connect(lambda: changed.append(1))
    assert dialog.restore_selected()
    assert store.scalar("SELECT count(*) FROM registrations WHERE deleted_at IS NULL") == 1
    assert changed and "Backup restored" in window.statusBar().currentMessage()


def test_back_up_remembers_its_folder_and_check_says_sound(qtbot, store, tmp_path, monkeypatch):
    window = _window(qtbot, store, tmp_path)
    target = tmp_path / "elsewhere" / "copy.db"
    target.parent.mkdir()
    made = window._backups().back_up(window, str(target))
    assert made == target and target.is_file()
    assert window.settings.value(BACKUP_FOLDER_KEY) == str(target.parent)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    _check(qtbot, window)
    assert shown == ["The database is sound: no problem was found."]


def test_automatic_backups_run_in_a_worker(qtbot, store, event):
    services.register(store, event.id, given_names="Ana", family_names="Núñez")
    auto = AutoBackups(store.path, interval_ms=3_600_000)
    with qtbot.waitSignal(auto.made, timeout=10_000) as made:
        auto.run()
    assert made.args[0].parent == backups.backups_folder(store.path)
    assert backups.list_backups(store.path)[0].registrations == 1


def test_the_reports_save_dialog_opens_where_the_last_export_went(qtbot, store, event, tmp_path, monkeypatch):
    from attendance.gui import reports_page

    window = _window(qtbot, store, tmp_path)
    page = window.page(reports_page.ReportsPage)
    asked = []
    chosen = tmp_path / "exports" / "list.csv"
    chosen.parent.mkdir()

    def dialog(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return "", ""  # cancelled: nothing is written

    monkeypatch.setattr(reports_page.QFileDialog, "getSaveFileName", dialog)
    page.export("csv")
    assert str(tmp_path / "exports") not in asked[0]  # nothing remembered yet: not the process's folder either
    window.settings.setValue(reports_page.EXPORT_FOLDER_KEY, str(chosen.parent))
    page.export("csv")
    assert asked[1].startswith(str(chosen.parent))


def test_check_database_computes_again_attendance_figures_that_disagree(qtbot, store, event, tmp_path,
                                                                         monkeypatch):
    registration = services.register(store, event.id, given_names="Ana", family_names="Núñez", sex="female")
    for session in services.sessions(store, event.id)[:2]:
        services.record_checkin(store, registration.id, session.id, event_id=event.id)
    store.execute("DELETE FROM presence")  # as a damaged file, or a write that bypassed the triggers
    window = _window(qtbot, store, tmp_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    refreshed = []
    window.data_changed.connect(lambda: refreshed.append(1))
    _check(qtbot, window)
    assert refreshed  # the pages read the figures again
    assert shown == ["The database is sound.\n\nThe attendance figures of 1 registration disagreed with its "
                     "check-ins; they were computed again."]
    assert store.scalar("SELECT count(*) FROM presence WHERE registration_id = ?", [registration.id]) == 2


def test_check_database_speaks_the_window_language(qtbot, store, tmp_path, monkeypatch):
    # The File menu's messages are filed under the context "window"; window.tr looked them up
    # under "MainWindow" and showed English to everyone.
    window = _window(qtbot, store, tmp_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append((args[1], args[2])))
    gui_app.install_translators(QApplication.instance(), "es")
    try:
        _check(qtbot, window)
    finally:
        gui_app.install_translators(QApplication.instance(), "en")
    assert shown == [("Comprobar la base de datos",
                      "La base de datos está en buen estado: no se encontró ningún problema.")]


def test_check_database_shows_the_problems_sqlite_found(qtbot, store, tmp_path, monkeypatch):
    from attendance.store import Store

    window = _window(qtbot, store, tmp_path)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    # The worker opens its own connection: the class's check is what it runs.
    monkeypatch.setattr(Store, "integrity_check", lambda self: ["row 7 missing from index people_folded"])
    _check(qtbot, window)
    assert warned == ["The database has problems:\nrow 7 missing from index people_folded\n\n"
                      "Restore a backup (File › Restore)."]


def test_check_database_of_a_file_that_cannot_be_opened_says_why(qtbot, store, tmp_path, monkeypatch):
    from attendance.domain import AttendanceError
    from attendance.store import Store

    window = _window(qtbot, store, tmp_path)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))

    def unreadable(self):
        raise AttendanceError("The database file is locked by another program.")

    monkeypatch.setattr(Store, "integrity_check", unreadable)
    _check(qtbot, window)
    assert warned == ["The database file is locked by another program."]
