"""File › Sync with hub: enrol on first use, sync in a worker, and the status line in the status bar.

The sync runs in a :class:`workers.Job` with its own ``Store``, so the door keeps checking people in
while pages go back and forth; the window refreshes when the job reports. The status line reads
"last synced 09:14, 3 changes waiting" from :func:`attendance.sync.hub_client.hub_status`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from attendance.gui.workers import Job
from attendance.sync import hub_client

if TYPE_CHECKING:
    from attendance.gui.main_window import MainWindow


class EnrolDialog(QDialog):
    """The hub's address and the coordinator's one-time code, asked once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrol with the hub"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Ask the coordinator for the hub's address and a one-time code "
                                   "('attendance hub enrol').")))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://hub.example.org")
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX")
        form.addRow(self.tr("Hub address"), self.url)
        form.addRow(self.tr("Enrolment code"), self.code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class HubSync(QObject):
    """The window's hub sync: the action's handler and the status line it keeps current."""

    synced = Signal(object)  # the HubSyncResult
    sync_failed = Signal(str)

    def __init__(self, window: MainWindow, thread_pool: QThreadPool | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.thread_pool = thread_pool or QThreadPool.globalInstance()
        self.status_label = QLabel()
        self.status_label.setObjectName("hub_status")
        window.statusBar().addPermanentWidget(self.status_label)
        self.job: Job | None = None  # kept alive until it has reported
        self.refresh_status()

    @property
    def running(self) -> bool:
        """Whether a sync is under way."""
        return self.job is not None

    def refresh_status(self) -> None:
        """Show when this laptop last synced and how many changes wait (nothing when not enrolled)."""
        status = hub_client.hub_status(self.window.store)
        if status is None:
            self.status_label.clear()
            return
        if status.last_synced_at:
            moment = dt.datetime.fromisoformat(status.last_synced_at.replace("Z", "+00:00")).astimezone()
            synced = self.tr("last synced {time}").format(time=moment.strftime("%H:%M"))
        else:
            synced = self.tr("not synced yet")
        waiting = self.tr("%n changes waiting", "", status.waiting)
        self.status_label.setText(self.tr("Hub: {synced}, {waiting}").format(synced=synced, waiting=waiting))

    def sync(self, enrolment: tuple[str, str] | None = None) -> Job | None:
        """Sync now (asking for the address and code first if this laptop is not enrolled); returns the job.

        ``enrolment`` (address, code) replaces the dialog (tests).
        """
        if self.running:
            return self.job
        if enrolment is None and hub_client.hub_link(self.window.store) is None:
            dialog = EnrolDialog(self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            enrolment = (dialog.url.text(), dialog.code.text())
        path = Path(self.window.store.path)

        def work(progress: Any) -> hub_client.HubSyncResult:
            from attendance.store import Store

            with Store(path) as own:
                if enrolment is not None:
                    hub_client.enrol(own, *enrolment)
                return hub_client.sync_with_hub(own, progress)

        self.job = Job(work)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.status_label.setText(self.tr("Hub: syncing..."))
        self.thread_pool.start(self.job)
        return self.job

    def _finished(self, result: hub_client.HubSyncResult) -> None:
        self.job = None
        self.window.store.catch_up_clock()
        self.refresh_status()
        if result.pulled:
            self.window.reload_events(select=self.window.current_event_id())
            self.window.notify_data_changed()
        self.window.statusBar().showMessage(self.tr("Synced with the hub: {sent} sent, {received} received.").format(
            sent=result.pushed, received=result.pulled), 8000)
        self.synced.emit(result)

    def _failed(self, message: str) -> None:
        self.job = None
        self.refresh_status()
        self.window.statusBar().showMessage(self.tr("Sync with the hub failed: {message}").format(message=message))
        self.sync_failed.emit(message)
