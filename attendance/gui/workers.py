"""The window's background worker: one QRunnable for every long job (badges, exports, imports, sync).

A :class:`Job` gets plain data and a function ``work(progress)``; it runs that function on the
thread pool and reports by signals, delivered on the GUI thread: ``progress(done, total)``, then
``finished(result)`` or ``failed(message)``. It never touches a widget, and the work must not use
the window's SQLite connection (a connection stays in its thread: open your own ``Store`` inside
``work``). Keep the job referenced until one of its end signals has been delivered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from attendance.domain import AttendanceError

Progress = Callable[[int, int], None]


class JobSignals(QObject):
    """The signals of a :class:`Job` (a QRunnable is not a QObject)."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """Runs ``work(progress)`` on the thread pool; reports by signals, never touches a widget."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = JobSignals()

    def run(self) -> None:
        """Do the work; ``finished(result)`` or ``failed(message)``."""
        try:
            result = self.work(self.signals.progress.emit)
        except AttendanceError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # a worker's exception would vanish with its thread: show it instead
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.signals.finished.emit(result)


def progress_dialog(parent: QWidget, label: str, title: str, name: str, job: Job, maximum: int = 0) -> QProgressDialog:
    """A window-modal progress dialog that follows ``job``'s progress signal.

    It has no Cancel button (the jobs write one file whole or not at all) and shows only after
    half a second, so short jobs finish without a flash; the caller closes it with ``reset()``
    and ``deleteLater()`` when the job has reported its end.
    """
    progress = QProgressDialog(label, "", 0, maximum, parent)
    progress.setObjectName(name)
    progress.setWindowTitle(title)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)
    job.signals.progress.connect(lambda value, total: (progress.setMaximum(total), progress.setValue(value)))
    return progress
