"""The event editor: every field of an event and its sessions, from the Designer form ``ui/event_dialog.ui``.

Saving runs the core services (create_event / update_event and the session functions) in one
transaction; the dialog closes only after the commit returned, and a refused value (a taken code,
an end before the start...) is shown in the dialog with everything typed kept.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from PySide6.QtCore import QDate, QFile, QIODevice, Qt
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attendance import assets, organisations, services
from attendance.domain import AttendanceError, EventKind, InvalidValue, Modality
from attendance.gui.models import value_label
from attendance.gui.widgets import pick_country, picked_country, setup_country_picker
from attendance.i18n import LANGUAGES
from attendance.store import Store

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_DATE, _STARTS, _ENDS, _LABEL = range(4)
_TEXT_FIELDS = ("title", "code", "venue", "city")
# Organisations typed as names separated by ";" (found by name or acronym, else created), in order.
_ROLE_FIELDS = {"organiser": "organiser", "partners": "partner", "funders": "funder"}


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget described by a Designer form in ``ui/`` (its strings translated by Qt)."""
    file = QFile(str(assets.form(name)))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise OSError(f"cannot read form {name}: {file.errorString()}")
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise OSError(f"cannot load form {name}")
    return widget


@dataclass(frozen=True)
class SessionRow:
    """One line of the sessions table as typed (id is None for a session not saved yet)."""

    id: str | None
    date: str
    starts: str | None
    ends: str | None
    label: str | None


class EventDialog(QDialog):
    """Create an event (``event_id=None``) or edit one, with its sessions."""

    def __init__(self, store: Store, event_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.event_id = event_id
        self._editing = event_id is not None
        self.form = load_form("event_dialog.ui", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.setWindowTitle(self.tr("Edit event") if event_id else self.tr("New event"))
        self.resize(self.form.size())

        find = self.form.findChild
        self.fields: dict[str, QLineEdit] = {name: find(QLineEdit, name) for name in _TEXT_FIELDS}
        self.organisation_fields: dict[str, QLineEdit] = {name: find(QLineEdit, name) for name in _ROLE_FIELDS}
        self.project: QLineEdit = find(QLineEdit, "project")
        names = [organisations.organisation_name(org) for org in organisations.list_organisations(store)]
        for field in self.organisation_fields.values():
            field.setCompleter(QCompleter(names, field))
            field.setPlaceholderText(self.tr("names separated by ;"))
        self.project.setCompleter(QCompleter([p.code for p in organisations.list_projects(store)], self.project))
        self.kind: QComboBox = find(QComboBox, "kind")
        self.modality: QComboBox = find(QComboBox, "modality")
        self.country: QComboBox = find(QComboBox, "country")
        self.language: QComboBox = find(QComboBox, "language")
        self.start_date: QDateEdit = find(QDateEdit, "start_date")
        self.end_date: QDateEdit = find(QDateEdit, "end_date")
        self.description: QPlainTextEdit = find(QPlainTextEdit, "description")
        self.sessions_table: QTableWidget = find(QTableWidget, "sessions_table")
        self.error: QLabel = find(QLabel, "error_label")
        self.button_box: QDialogButtonBox = find(QDialogButtonBox, "button_box")

        for value in EventKind:
            self.kind.addItem(value_label(value), value.value)
        for value in Modality:
            self.modality.addItem(value_label(value), value.value)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        setup_country_picker(self.country)
        self.sessions_table.horizontalHeader().setStretchLastSection(True)
        self.sessions_table.verticalHeader().hide()
        self.sessions_table.setColumnWidth(_DATE, 130)
        self.sessions_table.setColumnWidth(_STARTS, 70)
        self.sessions_table.setColumnWidth(_ENDS, 70)
        self.error.hide()

        find(QWidget, "add_session_button").clicked.connect(self.add_session_row)
        find(QWidget, "remove_session_button").clicked.connect(self.remove_selected_sessions)
        find(QWidget, "regenerate_sessions_button").clicked.connect(self.sessions_from_dates)
        self.start_date.dateChanged.connect(self._start_changed)
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)

        if event_id:
            self._fill(event_id)
        else:
            today = QDate.currentDate()
            self.start_date.setDate(today)
            self.end_date.setDate(today)
            self.sessions_from_dates()
        self.fields["title"].setFocus()

    # ----------------------------------------------------------------- filling
    def _fill(self, event_id: str) -> None:
        event = services.get_event(self.store, event_id)
        for name, field in self.fields.items():
            field.setText(getattr(event, name) or "")
        for name, role in _ROLE_FIELDS.items():
            self.organisation_fields[name].setText("; ".join(
                org.name_en for org in organisations.event_organisations(self.store, event_id, role)))
        project = organisations.event_project(self.store, event_id)
        self.project.setText(project.code if project else "")
        self.kind.setCurrentIndex(max(self.kind.findData(event.kind), 0))
        self.modality.setCurrentIndex(max(self.modality.findData(event.modality), 0))
        self.language.setCurrentIndex(max(self.language.findData(event.language), 0))
        pick_country(self.country, event.country)
        self.description.setPlainText(event.description or "")
        self.start_date.blockSignals(True)
        if event.start_date:
            self.start_date.setDate(QDate.fromString(event.start_date, "yyyy-MM-dd"))
        if event.end_date:
            self.end_date.setDate(QDate.fromString(event.end_date, "yyyy-MM-dd"))
        self.start_date.blockSignals(False)
        for session in services.sessions(self.store, event_id):
            self._append_session(SessionRow(session.id, session.date, session.starts, session.ends, session.label))

    def _start_changed(self, start: QDate) -> None:
        if self.end_date.date() < start:  # keep the range valid while the start date is typed
            self.end_date.setDate(start)

    # ----------------------------------------------------------------- sessions table
    def _append_session(self, session: SessionRow) -> None:
        row = self.sessions_table.rowCount()
        self.sessions_table.insertRow(row)
        holder = QTableWidgetItem()
        holder.setData(Qt.ItemDataRole.UserRole, session.id)  # the saved session's id
        self.sessions_table.setItem(row, _DATE, holder)
        date_edit = QDateEdit(QDate.fromString(session.date, "yyyy-MM-dd"))
        date_edit.setDisplayFormat("yyyy-MM-dd")
        date_edit.setCalendarPopup(True)
        date_edit.setFrame(False)
        self.sessions_table.setCellWidget(row, _DATE, date_edit)
        for column, text in ((_STARTS, session.starts), (_ENDS, session.ends), (_LABEL, session.label)):
            self.sessions_table.setItem(row, column, QTableWidgetItem(text or ""))

    def session_rows(self) -> list[SessionRow]:
        """The sessions as they are in the table, sorted by date and start time."""
        rows = []
        for row in range(self.sessions_table.rowCount()):
            texts = [(self.sessions_table.item(row, column).text().strip() or None)
                     for column in (_STARTS, _ENDS, _LABEL)]
            date_edit = self.sessions_table.cellWidget(row, _DATE)
            rows.append(SessionRow(self.sessions_table.item(row, _DATE).data(Qt.ItemDataRole.UserRole),
                                   date_edit.date().toString("yyyy-MM-dd"), *texts))
        return sorted(rows, key=lambda s: (s.date, s.starts or ""))

    def add_session_row(self) -> None:
        """Add a session the day after the last one (change its date for a non-contiguous block)."""
        rows = self.session_rows()
        day = (dt.date.fromisoformat(rows[-1].date) + dt.timedelta(days=1)).isoformat() if rows \
            else self.start_date.date().toString("yyyy-MM-dd")
        self._append_session(SessionRow(None, day, None, None, None))
        self.sessions_table.setCurrentCell(self.sessions_table.rowCount() - 1, _LABEL)

    def remove_selected_sessions(self) -> None:
        """Remove the selected sessions from the table (they are removed from the event on save)."""
        for row in sorted({index.row() for index in self.sessions_table.selectedIndexes()}, reverse=True):
            self.sessions_table.removeRow(row)

    def sessions_from_dates(self) -> None:
        """One session per day from the start to the end date, keeping the labels and times of kept days."""
        start = self.start_date.date().toString("yyyy-MM-dd")
        end = self.end_date.date().toString("yyyy-MM-dd")
        kept = {row.date: row for row in self.session_rows()}
        self.sessions_table.setRowCount(0)
        for day in services.days_between(start, max(start, end)):
            self._append_session(kept.get(day, SessionRow(None, day, None, None, None)))

    # ----------------------------------------------------------------- saving
    def event_values(self) -> dict[str, str | None]:
        """The event's fields as typed (the core cleans and checks them)."""
        values: dict[str, str | None] = {name: field.text() for name, field in self.fields.items()}
        values.update(
            kind=self.kind.currentData(), modality=self.modality.currentData(),
            language=self.language.currentData(), country=picked_country(self.country),
            description=self.description.toPlainText(),
            start_date=self.start_date.date().toString("yyyy-MM-dd"),
            end_date=self.end_date.date().toString("yyyy-MM-dd"),
        )
        return values

    def save(self) -> None:
        """Write the event and its sessions in one transaction, then close; errors stay in the dialog."""
        try:
            self._check_times()
            with self.store.transaction():
                self.event_id = self._save_event()
        except AttendanceError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()

    def _save_attribution(self, event_id: str) -> None:
        organisations.set_event_attribution(
            self.store, event_id, project=self.project.text(),
            **{name: organisations.split_names(field.text()) for name, field in self.organisation_fields.items()})

    def _check_times(self) -> None:
        for session in self.session_rows():
            for value in (session.starts, session.ends):
                if value and not _TIME.match(value):
                    raise InvalidValue(self.tr("{value} is not a time: use HH:MM, e.g. 09:30").format(value=value))

    def _save_event(self) -> str:
        values = self.event_values()
        rows = self.session_rows()
        if not self._editing:
            if not values["code"]:
                del values["code"]  # the core makes one from the title
            event = services.create_event(self.store, session_dates=[row.date for row in rows] or None, **values)
            for session, row in zip(services.sessions(self.store, event.id), rows, strict=False):
                if row.starts or row.ends or row.label:
                    services.update_session(self.store, session.id, starts=row.starts, ends=row.ends,
                                            label=row.label)
            self._save_attribution(event.id)
            return event.id
        event_id = self.event_id or ""
        services.update_event(self.store, event_id, **values)
        self._save_attribution(event_id)
        kept = {row.id for row in rows if row.id}
        for session in services.sessions(self.store, event_id):
            if session.id not in kept:
                services.remove_session(self.store, session.id)
        for row in rows:
            if row.id:
                services.update_session(self.store, row.id, date=row.date, starts=row.starts, ends=row.ends,
                                        label=row.label)
            else:
                services.add_session(self.store, event_id, row.date, starts=row.starts, ends=row.ends,
                                     label=row.label)
        return event_id
