"""The virtual-attendance dialog: pick a Zoom or Teams report, confirm the matches, check them in.

Each row of the report shows who it is, how long they stayed, and the registration proposed by
:func:`attendance.intake.virtual.match_report` (by email, by name, or a similar name). A ticked matched
row is confirmed; a ticked unmatched row is registered; unticked rows are ignored. The minimum
time starts at half the meeting. Applying calls :func:`attendance.intake.virtual.apply_matches` (one
transaction) and shows what it did.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attendance.domain import AttendanceError, Event
from attendance.gui.widgets import ErrorLabel
from attendance.intake import virtual
from attendance.intake.virtual import Match, MatchKind, VirtualReport
from attendance.store import Store

FUZZY_TINT = QColor("#fff4ce")  # a similar-name match asks for a look before it is confirmed


class VirtualReportDialog(QDialog):
    """Import one attendance report for one session of an event."""

    applied = Signal()  # check-ins were written (committed)

    NAME, EMAIL, MINUTES, MATCH, REGISTERED = range(5)

    def __init__(self, store: Store, event: Event, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.report_event = event
        self.session_id = session_id
        self.report: VirtualReport | None = None
        self.matches: list[Match] = []
        self.setWindowTitle(self.tr("Virtual attendance report"))
        self.resize(900, 560)

        self.choose_button = QPushButton(self.tr("Choose a Zoom or Teams report..."), objectName="choose_report")
        self.choose_button.clicked.connect(self.choose_file)
        self.summary = QLabel(objectName="report_summary")
        self.summary.setWordWrap(True)
        self.minimum = QDoubleSpinBox(objectName="minimum_minutes")
        self.minimum.setRange(0, 24 * 60)
        self.minimum.setDecimals(0)
        self.minimum.setSuffix(" " + self.tr("min"))
        self.minimum.valueChanged.connect(self._show_attended)
        self.table = QTableWidget(0, 5, objectName="report_rows")
        self.table.setHorizontalHeaderLabels([self.tr("Name in the report"), self.tr("Email"), self.tr("Minutes"),
                                              self.tr("Match"), self.tr("Registered as")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.hint = QLabel(self.tr("Ticked rows are checked in (matched) or registered (no match); "
                                   "untick a wrong match. Rows under the minimum time are not counted."))
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
        try:
            report = virtual.read_report(path)
            matches = virtual.match_report(self.store, self.report_event, report)
        except (AttendanceError, OSError) as error:
            self.error.show_message(str(error))
            self.apply_button.setEnabled(False)
            return False
        self.report, self.matches = report, matches
        matched = sum(1 for m in matches if m.kind is not MatchKind.NONE)
        self.summary.setText(self.tr("{source} report “{title}”: {people} people, {minutes} minutes; "
                                     "{matched} matched to registrations.").format(
            source=report.source.capitalize(), title=report.title, people=len(report.attendees),
            minutes=round(report.meeting_minutes or 0), matched=matched))
        self.minimum.blockSignals(True)
        self.minimum.setValue(round(report.threshold(min_share=virtual.min_share_setting(self.store))))
        self.minimum.blockSignals(False)
        self._fill()
        self.apply_button.setEnabled(True)
        return True

    def _fill(self) -> None:
        self.table.setRowCount(len(self.matches))
        for row, match in enumerate(self.matches):
            name = QTableWidgetItem(match.attendee.name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked if match.kind is not MatchKind.NONE else Qt.CheckState.Unchecked)
            cells = [name, QTableWidgetItem(match.attendee.email), QTableWidgetItem(f"{match.attendee.minutes:.0f}"),
                     QTableWidgetItem(virtual.match_label(match.kind)),
                     QTableWidgetItem(match.registered_name or self.tr("(new registration if ticked)"))]
            cells[self.MINUTES].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate(cells):
                if match.kind is MatchKind.FUZZY:
                    item.setBackground(QBrush(FUZZY_TINT))
                self.table.setItem(row, column, item)
        self._show_attended()

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
        """The matches as the user left them: ticked rows used (unmatched ones registered), the rest ignored."""
        chosen = []
        for row, match in enumerate(self.matches):
            ticked = self.table.item(row, self.NAME).checkState() == Qt.CheckState.Checked
            if not ticked:
                chosen.append(Match(match.attendee, MatchKind.NONE))
            elif match.registration_id is None:
                chosen.append(Match(match.attendee, match.kind, register=True))
            else:
                chosen.append(match)
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
        self.outcome.setText(self.tr("Saved: {checked_in} checked in, {already} already checked in, "
                                    "{too_short} under the minimum time, {registered} registered, "
                                    "{ignored} ignored.").format(
            checked_in=len(summary.checked_in), already=len(summary.already), too_short=len(summary.too_short),
            registered=len(summary.registered), ignored=len(summary.ignored)))
        if self.report.meeting_minutes and 0 < self.minimum.value() <= self.report.meeting_minutes:
            # The minimum chosen becomes this laptop's setting, as a share of the meeting.
            virtual.set_min_share_setting(self.store, self.minimum.value() / self.report.meeting_minutes)
        self.applied.emit()
        self.matches = virtual.match_report(self.store, self.report_event, self.report)
        self._fill()
