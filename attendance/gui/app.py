"""Starting the window: the QApplication, bundled fonts, translators, the database, the main window.

``run`` is what ``attendance gui`` calls; ``main`` is the ``attendance-gui`` launcher. Fonts are
bundled (DejaVu Sans) because a machine without them draws accents as empty boxes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from attendance import assets, i18n
from attendance.domain import AttendanceError
from attendance.gui.main_window import MainWindow
from attendance.gui.settings import ORGANISATION, chosen_language, user_settings
from attendance.store import CorruptDatabase, Store

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def application() -> QApplication:
    """The running QApplication (made once), named so QSettings finds the right file."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName("Attendance")
    return app


def register_fonts(app: QApplication) -> str:
    """Register the bundled DejaVu Sans (regular and bold) and make it the application font."""
    family = ""
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(assets.font(name)))
        if font_id >= 0 and not family:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    if family:
        font = QFont(family)
        font.setPointSizeF(app.font().pointSizeF())
        app.setFont(font)
    return family


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our translation and Qt's own (buttons, dialogs) for the language; also set the core's language.

    The translators are kept on the application: Qt does not own them, and a collected
    translator silently turns the window back into English.
    """
    i18n.set_language(language)
    for old in getattr(app, "_attendance_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    locale = QLocale(language)
    ours = QTranslator(app)  # English too: its .qm holds the "%n badges" plural forms
    if ours.load(locale, "attendance", "_", str(assets.translations_folder())):
        installed.append(ours)
    if language != "en":
        qt_own = QTranslator(app)
        if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            installed.append(qt_own)
    for translator in installed:
        app.installTranslator(translator)
    app._attendance_translators = installed  # type: ignore[attr-defined]
    return installed


def open_store(path: Path, parent: QWidget | None = None) -> Store | None:
    """Open the database, or tell the user why not and offer a way out; None means quit.

    A damaged file offers: restore a backup over it, open another database, or quit.
    """
    while True:
        try:
            return Store(path)
        except CorruptDatabase as error:
            chosen = _ask_way_out(parent, str(error))
            if chosen == "restore":
                backup, _ = QFileDialog.getOpenFileName(
                    parent, QCoreApplication.translate("app", "Choose a backup to restore"), str(path.parent))
                if backup:
                    _restore(backup, path, parent)
            elif chosen == "other":
                other, _ = QFileDialog.getOpenFileName(
                    parent, QCoreApplication.translate("app", "Open another database"), str(path.parent))
                if other:
                    path = Path(other)
            else:
                return None
        except AttendanceError as error:
            QMessageBox.critical(parent, QCoreApplication.translate("app", "Attendance"), str(error))
            return None


def _ask_way_out(parent: QWidget | None, message: str) -> str:
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("app", "Damaged database"),
                      message, parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "app", "Restore a backup copy over it (the damaged file is kept next to it), open another "
               "database, or quit."))
    restore = box.addButton(QCoreApplication.translate("app", "Restore a backup..."),
                            QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(QCoreApplication.translate("app", "Open another database..."),
                          QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return {id(restore): "restore", id(other): "other"}.get(id(box.clickedButton()), "quit")


def _restore(backup: str, path: Path, parent: QWidget | None) -> None:
    """Restore through the command line's restore (the same checks and the same kept copy)."""
    from attendance.cli import main as cli

    if cli.main(["--db", str(path), "restore", backup]) != 0:
        QMessageBox.warning(parent, QCoreApplication.translate("app", "Damaged database"),
                            QCoreApplication.translate("app", "That file is not a usable backup."))


def start(db_path: str | Path, language: str | None = None, settings: QSettings | None = None,
          *, offer_demo: bool = True) -> MainWindow | None:
    """Everything up to the shown window; returns it (or None when the user chose to quit).

    Tests call this with their own ``settings`` and ``offer_demo=False``.
    """
    app = application()
    settings = settings or user_settings()
    register_fonts(app)
    language = chosen_language(settings, language)
    install_translators(app, language)
    store = open_store(Path(db_path))
    if store is None:
        return None
    window = MainWindow(store, settings, language)
    app.aboutToQuit.connect(store.close)
    window.show()
    window.start_auto_backups()
    if offer_demo:
        QTimer.singleShot(0, window.offer_demo)  # once the window is on screen, not before
    return window


def run(db_path: str | Path, language: str | None = None) -> int:
    """Open the window on a database and run until it is closed; returns the exit code."""
    app = application()
    window = start(db_path, language)
    if window is None:
        return 1
    return app.exec()


def main() -> int:
    """The ``attendance-gui`` launcher: the command line's ``gui`` with its options (``--db``, ``--lang``)."""
    from attendance.cli import main as cli

    return cli.main([*sys.argv[1:], "gui"])
