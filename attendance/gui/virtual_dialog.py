"""The virtual-attendance dialog: read a meeting report, review the matches, then check in.

The review table shows every person of the report with their minutes, the registration proposed,
how it was found and why, and a decision per row: **accept** the proposal, **change person**
(pick another registration), **register** as a new participant, or **ignore**. Certain matches
(same email, same name, first given + first family name) start accepted; similar names start
"to review" and are written only once someone accepts them; hosts and panelists are listed last,
apart, and never registered by default. Rules live in :mod:`attendance.intake.virtual`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attendance import services
from attendance.domain import AttendanceError, Event, fold
from attendance.gui.widgets import ErrorLabel
from attendance.intake import virtual
from attendance.intake.virtual import Match, MatchKind, VirtualReport
from attendance.store import Store

FUZZY_TINT = QColor("#fff4ce")  # a similar name asks for a look before it is written
APART_TINT = QColor("#eef1f5")  # hosts and panelists, shown apart
MAX_COLUMN_WIDTH = 220  # pixels; longer texts are elided in the middle
# Decisions of a row, in the order of its combo box (REVIEW only while a similar name awaits a look).
ACCEPT, CHANGE, REGISTER, IGNORE, REVIEW = "accept", "change", "register", "ignore", "review"


class PersonPicker(QDialog):
    """Choose another registration of the event for a row of the report: type to filter the list."""

    def __init__(self, people: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change person"))
        self.people = people  # (registration id, full name), sorted by name
        self.search = QLineEdit(objectName="person_search")
        self.search.setPlaceholderText(self.tr("Type part of a name"))
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget(objectName="person_list")
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self._filter("")

    def _filter(self, text: str) -> None:
        wanted = fold(text)
        self.list.clear()
        for registration_id, name in self.people:
            if wanted in fold(name):
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, registration_id)
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def chosen(self) -> tuple[str, str] | None:
        """(registration id, name) of the selected person, or None."""
        item = self.list.currentItem()
        return (item.data(Qt.ItemDataRole.UserRole), item.text()) if item is not None else None


class VirtualReportDialog(QDialog):
    """Import one attendance report for one session of an event."""

    applied = Signal()  # check-ins were written (committed)

    NAME, EMAIL, MINUTES, MATCH, REGISTERED, DECISION = range(6)

    def __init__(self, store: Store, event: Event, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.report_event = event
        self.session_id = session_id
        self.path = ""
        self.report: VirtualReport | None = None
        self.matches: list[Match] = []
        self.decisions: list[str] = []
        self.setWindowTitle(self.tr("Virtual attendance report"))
        self.resize(1200, 600)

        self.choose_button = QPushButton(self.tr("Choose a Zoom, Teams, Meet or Webex report..."),
                                         objectName="choose_report")
        self.choose_button.clicked.connect(self.choose_file)
        self.summary = QLabel(objectName="report_summary")
        self.summary.setWordWrap(True)
        self.minimum = QDoubleSpinBox(objectName="minimum_minutes")
        self.minimum.setRange(0, 24 * 60)
        self.minimum.setDecimals(0)
        self.minimum.setSuffix(" " + self.tr("min"))
        self.minimum.valueChanged.connect(self._show_attended)
        session = next((s for s in services.sessions(store, event.id) if s.id == session_id), None)
        self.window_times = virtual.session_window(session) if session is not None else None
        self.session_times = QCheckBox(self.tr("Count only the session's times"), objectName="session_times")
        if self.window_times:
            self.session_times.setText(self.tr("Count only the session's times ({start}–{end})").format(
                start=self.window_times[0].strftime("%H:%M"), end=self.window_times[1].strftime("%H:%M")))
        self.session_times.setEnabled(self.window_times is not None)
        self.session_times.toggled.connect(lambda _on: self.path and self.load(self.path))
        self.table = QTableWidget(0, 6, objectName="report_rows")
        self.table.setHorizontalHeaderLabels([self.tr("Name in the report"), self.tr("Email"), self.tr("Minutes"),
                                              self.tr("How it was matched"), self.tr("Registered as"),
                                              self.tr("Decision")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.itemChanged.connect(self._ticked)
        self.hint = QLabel(self.tr("Ticked rows are written. Similar names (yellow) are written only once you "
                                   "accept them; hosts and panelists (grey, last) count only if registered. "
                                   "Rows under the minimum time are not counted."))
        self.hint.setWordWrap(True)
        self.error = ErrorLabel()
        self.outcome = QLabel(objectName="apply_result")
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = self.buttons.addButton(self.tr("Check in"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply_button.setObjectName("apply_report")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Minimum time to count as attended:"), self.minimum)
        form.addRow("", self.session_times)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        """Ask for the report file and load it."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attendance report"), "",
                                              self.tr("Reports (*.csv *.txt);;All files (*)"))
        if path:
            self.load(path)

    def load(self, path: str) -> bool:
        """Read a report and show its rows with the proposed matches; False (with a message) if unreadable."""
        self.error.show_message("")
        self.outcome.clear()
        window = self.window_times if self.session_times.isChecked() else None
        try:
            report = virtual.read_report(path, window=window)
            matches = virtual.match_report(self.store, self.report_event, report)
        except (AttendanceError, OSError) as error:
            self.error.show_message(str(error))
            self.apply_button.setEnabled(False)
            return False
        self.path = path
        # Participants first, in the report's order; hosts and panelists apart, last.
        self.report, self.matches = report, sorted(matches, key=lambda m: bool(m.attendee.role))
        self.decisions = [self._default_decision(match) for match in self.matches]
        matched = sum(1 for m in matches if m.kind is not MatchKind.NONE)
        review = sum(1 for m in matches if m.needs_review)
        self.summary.setText(self.tr("{source} report “{title}”: {people} people, {minutes} minutes; "
                                     "{matched} matched to registrations, {review} to review.").format(
            source=report.source.capitalize(), title=report.title or Path(path).name, people=len(report.attendees),
            minutes=round(report.meeting_minutes or 0), matched=matched, review=review))
        self.minimum.blockSignals(True)
        self.minimum.setValue(round(report.threshold(min_share=virtual.min_share_setting(self.store))))
        self.minimum.blockSignals(False)
        self._fill()
        self.apply_button.setEnabled(True)
        return True

    @staticmethod
    def _default_decision(match: Match) -> str:
        if match.needs_review:
            return REVIEW
        return ACCEPT if match.registration_id is not None else IGNORE

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.matches))
        for row, match in enumerate(self.matches):
            attendee = match.attendee
            name = QTableWidgetItem(attendee.name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            how = virtual.match_label(match.kind)
            if match.reason:
                how += " — " + virtual.reason_label(match.reason)
            if attendee.role:
                how = virtual.role_label(attendee.role) + " · " + how
            cells = [name, QTableWidgetItem(attendee.email), QTableWidgetItem(f"{attendee.minutes:.0f}"),
                     QTableWidgetItem(how), QTableWidgetItem(match.registered_name)]
            cells[self.MINUTES].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tint = FUZZY_TINT if match.kind is MatchKind.FUZZY else APART_TINT if attendee.role else None
            for column, item in enumerate(cells):
                item.setToolTip(item.text())
                if tint is not None:
                    item.setBackground(QBrush(tint))
                self.table.setItem(row, column, item)
            self.table.setCellWidget(row, self.DECISION, self._decision_box(row))
        self.table.blockSignals(False)
        for row in range(len(self.matches)):
            self._show_decision(row)
        self.table.resizeColumnsToContents()
        for column in (self.NAME, self.EMAIL, self.MATCH, self.REGISTERED):  # long names elided, full in tooltip
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN_WIDTH))
        self._show_attended()

    def _decision_box(self, row: int) -> QComboBox:
        box = QComboBox(objectName=f"decision_{row}")
        if self.decisions[row] == REVIEW:
            box.addItem(self.tr("To review: accept?"), REVIEW)
        if self.matches[row].registration_id is not None:
            box.addItem(self.tr("Accept"), ACCEPT)
        box.addItem(self.tr("Change person..."), CHANGE)
        box.addItem(self.tr("Register as new"), REGISTER)
        box.addItem(self.tr("Ignore"), IGNORE)
        box.activated.connect(lambda index, row=row, box=box: self._decided(row, box.itemData(index)))
        return box

    def _decided(self, row: int, decision: str) -> None:
        if decision == CHANGE:
            self.pick_person(row)
            return
        self.set_decision(row, decision)

    def set_decision(self, row: int, decision: str) -> None:
        """Accept, register, ignore (or leave to review) one row, as its combo box does."""
        self.decisions[row] = decision
        self._show_decision(row)

    def pick_person(self, row: int) -> None:
        """Open the person picker for a row; the person chosen replaces the proposal."""
        picker = PersonPicker(self.registrations(), self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen():
            self.change_person(row, *picker.chosen())
        else:
            self._show_decision(row)

    def registrations(self) -> list[tuple[str, str]]:
        """(registration id, full name) of the event's registrations, by name, for the picker."""
        return sorted(((p.registration_id, p.full_name) for p in services.participants(self.store,
                                                                                       self.report_event.id)),
                      key=lambda pair: pair[1].casefold())

    def change_person(self, row: int, registration_id: str, name: str) -> None:
        """Use another registration for a row (a person's choice: confirmed)."""
        self.matches[row] = replace(self.matches[row], registration_id=registration_id, registered_name=name,
                                    confirmed=True)
        self.table.item(row, self.REGISTERED).setText(name)
        box = self._decision_box(row)
        self.table.setCellWidget(row, self.DECISION, box)
        self.set_decision(row, ACCEPT)

    def _show_decision(self, row: int) -> None:
        box = self.table.cellWidget(row, self.DECISION)
        decision = self.decisions[row]
        if isinstance(box, QComboBox):
            index = box.findData(decision)
            box.setCurrentIndex(index if index >= 0 else box.findData(IGNORE))
        name = self.table.item(row, self.NAME)
        self.table.blockSignals(True)
        name.setCheckState(Qt.CheckState.Checked if decision in (ACCEPT, REGISTER) else Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        registered = self.table.item(row, self.REGISTERED)
        if decision == REGISTER:
            registered.setText(self.tr("(new registration)"))
        elif registered.text() == self.tr("(new registration)"):
            registered.setText(self.matches[row].registered_name)

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != self.NAME:
            return
        row = item.row()
        if item.checkState() == Qt.CheckState.Checked:
            self.set_decision(row, ACCEPT if self.matches[row].registration_id is not None else REGISTER)
        else:
            self.set_decision(row, IGNORE)

    def _show_attended(self) -> None:
        """Grey the minutes of those who stayed less than the minimum."""
        for row, match in enumerate(self.matches):
            item = self.table.item(row, self.MINUTES)
            if item is not None:
                short = match.attendee.minutes < self.minimum.value()
                item.setForeground(QBrush(QColor("#9aa0a6" if short else "#202124")))
                item.setToolTip(self.tr("Under the minimum time: not counted") if short else "")

    def set_ticked(self, row: int, ticked: bool) -> None:
        """Tick or untick one row (as a click on its box does)."""
        self.table.item(row, self.NAME).setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def chosen_matches(self) -> list[Match]:
        """The matches as the user decided them: accepted (confirmed), registered, or ignored."""
        chosen = []
        for match, decision in zip(self.matches, self.decisions, strict=True):
            if decision == ACCEPT and match.registration_id is not None:
                chosen.append(replace(match, confirmed=True))
            elif decision == REGISTER:
                chosen.append(Match(match.attendee, match.kind, register=True))
            else:
                chosen.append(Match(match.attendee, MatchKind.NONE))
        return chosen

    def apply(self) -> None:
        """Write the check-ins (one transaction) and say what was done."""
        if self.report is None:
            return
        try:
            summary = virtual.apply_matches(self.store, self.report_event, self.session_id, self.chosen_matches(),
                                            threshold_minutes=self.minimum.value())
        except AttendanceError as error:
            self.error.show_message(str(error))
            return
        left = sum(1 for decision in self.decisions if decision == REVIEW)
        outcome = (self.tr("Saved: {checked_in} checked in, {already} already checked in, "
                                     "{too_short} under the minimum time, {registered} registered, "
                                     "{ignored} ignored.").format(
            checked_in=len(summary.checked_in), already=len(summary.already), too_short=len(summary.too_short),
            registered=len(summary.registered), ignored=len(summary.ignored))
            + (" " + self.tr("Similar names left to review, not written: {count}.").format(count=left)
               if left else ""))
        if self.report.meeting_minutes and 0 < self.minimum.value() <= self.report.meeting_minutes:
            # The minimum chosen becomes this laptop's setting, as a share of the meeting.
            virtual.set_min_share_setting(self.store, self.minimum.value() / self.report.meeting_minutes)
        self.applied.emit()
        self.load(self.path)
        self.outcome.setText(outcome)
