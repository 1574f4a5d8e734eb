"""The Devices page: this laptop's fingerprint (code and QR), the laptops it trusts, held changes.

People pair two laptops by comparing the codes on both screens (as messaging apps compare safety
numbers) and typing the other laptop's code here, or by scanning its QR code with a handheld
scanner into the same field. The rules are in :mod:`attendance.sync.devices`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from attendance.domain import AttendanceError
from attendance.gui.sync_dialogs import RowsModel, _table
from attendance.gui.widgets import DeferredPage, ErrorLabel
from attendance.store import Store


def qr_pixmap(text: str, scale: int = 6) -> QPixmap:
    """A QR code of ``text`` drawn square by square (with its quiet zone)."""
    import qrcode

    picture = qrcode.QRCode(border=4)
    picture.add_data(text)
    matrix = picture.get_matrix()
    size = len(matrix) * scale
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * scale, y * scale, scale, scale, QColor(0, 0, 0))
    painter.end()
    return QPixmap.fromImage(image)


class DevicesPage(DeferredPage):
    """This laptop's fingerprint, the devices it knows, trusting one by its code, revoking one."""

    def __init__(self, store: Store, window: Any) -> None:
        super().__init__()
        self.store = store
        self.window_ = window
        self.setWindowTitle(self.tr("Devices"))
        layout = QVBoxLayout(self)
        mine = QGroupBox(self.tr("This laptop"))
        mine_layout = QHBoxLayout(mine)
        self.qr = QLabel(objectName="own_qr")
        mine_layout.addWidget(self.qr)
        words = QVBoxLayout()
        self.own_code = QLabel(objectName="own_fingerprint")
        code_font = QFont("DejaVu Sans Mono")
        code_font.setStyleHint(QFont.StyleHint.Monospace)
        code_font.setPointSize(18)
        self.own_code.setFont(code_font)
        self.own_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        explain = QLabel(self.tr("Compare this code with the one the other laptop shows for this laptop. Bundles "
                                 "are accepted only from laptops trusted here."))
        explain.setWordWrap(True)
        self.own_device = QLabel()
        words.addWidget(QLabel(self.tr("Fingerprint:")))
        words.addWidget(self.own_code)
        words.addWidget(self.own_device)
        words.addWidget(explain)
        words.addStretch(1)
        mine_layout.addLayout(words, 1)
        layout.addWidget(mine)

        adding = QHBoxLayout()
        self.code_edit = QLineEdit(objectName="trust_code")
        self.code_edit.setPlaceholderText(self.tr("The other laptop's fingerprint (24 digits), or scan its QR code"))
        self.coordinator = QCheckBox(self.tr("&Coordinator"), objectName="trust_coordinator")
        self.coordinator.setToolTip(self.tr("Also accept its privileged changes: badge keys, deleted events, "
                                            "erasures and merges"))
        self.trust_button = QPushButton(self.tr("&Trust"), objectName="trust_button")
        self.trust_button.clicked.connect(self.trust_typed)
        self.code_edit.returnPressed.connect(self.trust_typed)
        adding.addWidget(self.code_edit, 1)
        adding.addWidget(self.coordinator)
        adding.addWidget(self.trust_button)
        layout.addLayout(adding)

        self.model = RowsModel([self.tr("Fingerprint"), self.tr("Device"), self.tr("Trust"), self.tr("Events")],
                               self)
        self.view = _table(self.model, "devices_table")
        layout.addWidget(self.view, 1)
        self.empty = QLabel(self.tr("No other laptop is trusted yet."))
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.revoke_button = QPushButton(self.tr("&Revoke"), objectName="revoke_button")
        self.revoke_button.setToolTip(self.tr("Accept nothing new from this laptop; what it sent before stays"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        buttons.addStretch(1)
        buttons.addWidget(self.revoke_button)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Held for review (privileged changes from laptops that are not a "
                                        "coordinator for that event):")))
        self.held_model = RowsModel([self.tr("What it does"), self.tr("Record"), self.tr("From"),
                                     self.tr("Written")], self)
        self.held_view = _table(self.held_model, "held_table")
        layout.addWidget(self.held_view, 1)
        held_buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Accept"), objectName="accept_button")
        self.reject_button = QPushButton(self.tr("Re&ject"), objectName="reject_button")
        self.accept_button.clicked.connect(lambda: self.review_selected(accept=True))
        self.reject_button.clicked.connect(lambda: self.review_selected(accept=False))
        held_buttons.addStretch(1)
        held_buttons.addWidget(self.accept_button)
        held_buttons.addWidget(self.reject_button)
        layout.addLayout(held_buttons)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.held_view.selectionModel().selectionChanged.connect(self._update_buttons)
        window.data_changed.connect(self.refresh_when_shown)

    def set_event(self, event_id: str | None) -> None:
        """Devices are not per event: the page stays as it is."""

    def _trust_label(self, state: str) -> str:
        return {"trusted": self.tr("trusted"), "coordinator": self.tr("coordinator"),
                "revoked": self.tr("revoked"), "pending": self.tr("not trusted")}.get(state, state)

    def refresh(self) -> None:
        """Read this laptop's identity and the known devices again."""
        from attendance.sync import devices

        try:
            me = devices.identity(self.store)
        except AttendanceError as error:
            self.error.show_message(str(error))
            return
        self.own_code.setText(devices.format_fingerprint(me.fingerprint))
        self.own_device.setText(self.tr("Device {device}").format(device=me.device_id))
        self.qr.setPixmap(qr_pixmap(devices.qr_text(self.store)))
        found = devices.list_devices(self.store)
        self.model.set_rows([(d, (devices.format_fingerprint(d.fingerprint), d.device_id or "",
                                  self._trust_label(d.trust), self._events(d))) for d in found])
        self.empty.setVisible(not found)
        from attendance.sync import held

        self.held_model.set_rows([(h, (held.reason_text(h.reason), self._record(h.change.entity, h.change.entity_id),
                                       devices.format_fingerprint(h.fingerprint) if h.fingerprint
                                       else h.change.device_id, h.change.at[:16].replace("T", " ")))
                                  for h in held.held_changes(self.store)])
        self._update_buttons()

    def _record(self, entity: str, entity_id: str) -> str:
        row = self.store.row(entity, entity_id) or {}
        if entity == "people":
            return f"{row.get('given_names') or ''} {row.get('family_names') or ''}".strip() or entity_id[:8]
        return str(row.get("code") or row.get("title") or entity_id[:8])

    def _events(self, device: Any) -> str:
        """The events a coordinator is trusted for (all of them when none is named)."""
        if device.trust != "coordinator":
            return ""
        if not device.events:
            return self.tr("all events")
        rows = (self.store.row("events", event_id) for event_id in device.events)
        return ", ".join(row["code"] for row in rows if row is not None)

    def _update_buttons(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        self.revoke_button.setEnabled(bool(rows) and self.model.item(rows[0].row()).trust != "revoked")
        chosen = bool(self.held_view.selectionModel().selectedRows())
        self.accept_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)

    def review_selected(self, *, accept: bool) -> None:
        """Accept (apply) or reject (drop) the selected held change."""
        from attendance.sync import held

        rows = self.held_view.selectionModel().selectedRows()
        if not rows:
            return
        change_id = self.held_model.item(rows[0].row()).change.id
        try:
            if accept:
                held.accept(self.store, change_id)
            else:
                held.reject(self.store, change_id)
        except AttendanceError as error:
            self.error.show_message(str(error))
            return
        self.error.show_message("")
        self.window_.notify_data_changed()

    def trust_typed(self) -> None:
        """Trust the laptop whose fingerprint was typed (as coordinator for every event, if ticked)."""
        from attendance.sync import devices

        try:
            devices.trust(self.store, self.code_edit.text(), coordinator=self.coordinator.isChecked())
        except AttendanceError as error:
            self.error.show_message(str(error))
            return
        self.error.show_message("")
        self.code_edit.clear()
        self.coordinator.setChecked(False)
        self.window_.notify_data_changed()

    def revoke_selected(self) -> None:
        """Revoke the selected device."""
        from attendance.sync import devices

        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        try:
            devices.revoke(self.store, self.model.item(rows[0].row()).fingerprint)
        except AttendanceError as error:
            self.error.show_message(str(error))
            return
        self.error.show_message("")
        self.window_.notify_data_changed()
