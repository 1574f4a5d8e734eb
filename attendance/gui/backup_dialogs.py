"""File › Back up, Restore and Check database, and the window's automatic backups.

The work is :mod:`attendance.backups` (verified copies, thinning, restore); this module only asks
and shows. :class:`AutoBackups` runs :func:`attendance.backups.auto_backup` in the thread pool
every few minutes (it makes a copy only when the data changed and the newest one is old
enough), so the window never waits for it. :class:`RestoreDialog` lists the automatic backups
with their date and counts, and can restore another file too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QSettings, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attendance import backups, presence
from attendance.domain import AttendanceError
from attendance.gui.widgets import ErrorLabel, remember_folder, remembered_folder
from attendance.gui.workers import Job, run_behind_progress
from attendance.store import Store

if TYPE_CHECKING:
    from attendance.gui.main_window import MainWindow

CHECK_EVERY_MS = 5 * 60 * 1000  # how often the window asks whether a backup is due
BACKUP_FOLDER_KEY = "folders/backup"


class AutoBackups(QObject):
    """Asks for an automatic backup in a worker every few minutes (and once now)."""

    made = Signal(object)  # the new backup's path
    failed = Signal(str)

    def __init__(self, db_path: Path, parent: QObject | None = None, interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.job: Job | None = None
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.run)
        self.timer.start()

    def run(self) -> Job | None:
        """Start one check in the thread pool, unless one is still running."""
        if self.job is not None:
            return None
        path = self.db_path
        job = Job(lambda _progress: backups.auto_backup(path))
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self.job = job
        QThreadPool.globalInstance().start(job)
        return job

    def _finished(self, made: object) -> None:
        self.job = None
        if made is not None:
            self.made.emit(made)

    def _failed(self, message: str) -> None:
        self.job = None
        self.failed.emit(message)


# The window's File menu strings live in the translation context "window" (as lupdate files them):
# `window.tr` would look them up under the class name and never find them.
def back_up(window: MainWindow, target: str | None = None) -> Path | None:
    """File › Back up: write a verified copy where the user chooses (the folder is remembered)."""
    translate = QCoreApplication.translate
    if target is None:
        folder = remembered_folder(window.settings, BACKUP_FOLDER_KEY)
        suggested = str(Path(folder) / f"{window.store.path.stem}-backup.db")
        target, _ = QFileDialog.getSaveFileName(window, translate("window", "Back up the database"), suggested,
                                                translate("window", "Attendance databases (*.db)"))
        if not target:
            return None
    remember_folder(window.settings, BACKUP_FOLDER_KEY, target)
    try:
        made = backups.make_backup(window.store, target)
    except AttendanceError as error:
        QMessageBox.warning(window, translate("window", "Back up"), str(error))
        return None
    window.statusBar().showMessage(translate("window", "Backup written to {path}").format(path=made), 8000)
    return made


def check_database(window: MainWindow) -> QRunnable:
    """File › Check database, in the worker: SQLite's integrity check, said in words; attendance
    figures that disagree with the check-ins are computed again (attendance.presence).

    Both read the whole file (on 600,000 check-ins, tens of seconds), so they run on the worker's
    own connection behind a window-modal progress dialog, and the window keeps painting. Returns
    the job (``window.check_job`` until it has reported; asking again meanwhile returns the same).
    """
    if window.check_job is not None:
        return window.check_job
    translate = QCoreApplication.translate
    title = translate("window", "Check database")
    path = window.store.path

    def work(_progress: Callable[[int, int], None]) -> tuple[list[str], int]:
        with Store(path, verify=False) as store:
            problems = store.integrity_check()
            return problems, presence.mend(store) if problems == ["ok"] else 0

    def finished(result: tuple[list[str], int]) -> None:
        problems, mended = result
        if mended:
            window.data_changed.emit()  # the figures on the pages were read from the mended tables
            QMessageBox.information(window, title, translate("window", "The database is sound.") + "\n\n"
                                    + presence.mended_message(mended))
        elif problems == ["ok"]:
            QMessageBox.information(window, title,
                                    translate("window", "The database is sound: no problem was found."))
        else:
            QMessageBox.warning(window, title, translate(
                "window", "The database has problems:\n{problems}\n\nRestore a backup (File › Restore).").format(
                problems="\n".join(problems[:10])))

    running: list[Job] = []

    def running_changed() -> None:  # window.check_job keeps the job alive until it has reported
        window.check_job = running[0] if running else None

    return run_behind_progress(window, work, label=translate("window", "Checking the database..."), title=title,
                               name="checkDatabaseProgress", jobs=running, enable=running_changed, done=finished,
                               failed=lambda message: QMessageBox.warning(window, title, message))


class RestoreDialog(QDialog):
    """The automatic backups, newest first, with their date and counts; restores the chosen one."""

    restored = Signal(object)  # the copy kept of what was replaced

    def __init__(self, store: Store, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.setWindowTitle(self.tr("Restore a backup"))
        self.found = backups.list_backups(store.path)
        intro = QLabel(self.tr("Automatic backups of this database (kept in {folder}). Restoring replaces "
                               "everything with the backup's content; what is replaced is kept as a backup "
                               "too.").format(folder=backups.backups_folder(store.path)))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.found), 5, objectName="backups")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Events"), self.tr("People"),
                                              self.tr("Registrations"), self.tr("Check-ins")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, found in enumerate(self.found):
            cells = [found.made_at.strftime("%Y-%m-%d %H:%M"), found.events, found.people, found.registrations,
                     found.checkins]
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(str(value)))
        if self.found:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty = QLabel(self.tr("No automatic backup yet: one is made a few minutes after data changes."))
        self.empty.setVisible(not self.found)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("&Restore selected"), objectName="restore_selected")
        self.restore_button.setEnabled(bool(self.found))
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button = QPushButton(self.tr("&Other file..."), objectName="restore_other")
        self.other_button.clicked.connect(self.restore_other)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def restore_selected(self) -> bool:
        """Restore the backup of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return bool(rows) and self.restore(self.found[rows[0].row()].path)

    def restore_other(self) -> bool:
        """Pick any backup file (the folder is remembered) and restore it."""
        folder = remembered_folder(self.settings, BACKUP_FOLDER_KEY)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup to restore"), folder,
                                              self.tr("Attendance databases (*.db *.bak);;All files (*)"))
        if not path:
            return False
        remember_folder(self.settings, BACKUP_FOLDER_KEY, path)
        return self.restore(Path(path))

    def restore(self, path: Path) -> bool:
        """Put the backup's content in the database; errors stay in the dialog."""
        try:
            kept = backups.restore_into(self.store, path)
        except AttendanceError as error:
            self.error.show_message(str(error))
            return False
        self.restored.emit(kept)
        self.accept()
        return True
