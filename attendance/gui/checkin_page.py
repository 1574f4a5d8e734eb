"""The Check-in page: the door. Scan, search a name or register a walk-in; see who came.

A USB scanner types the badge code and Enter (or Tab) into whatever has focus, so the scan field
keeps the focus: every other control on the page takes none, and a click anywhere on the page
hands it back. Each answer of :func:`attendance.checkin.check_in` shows in a large banner with its
own colour *and* symbol (never colour alone) and an audible cue. Typing letters searches the
event's participants (accents ignored); Enter checks in the highlighted one. The rules all live in
:mod:`attendance.checkin`; this page only shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attendance import assets, checkin, services
from attendance.checkin import CheckInResult, CheckInStatus
from attendance.domain import AttendanceError
from attendance.gui.camera import camera_support
from attendance.store import Store

if TYPE_CHECKING:
    from attendance.gui.main_window import MainWindow

AnyIndex = QModelIndex | QPersistentModelIndex

# Background colour and symbol of each status: the symbol tells the statuses apart without colour.
STATUS_LOOK: dict[CheckInStatus, tuple[str, str]] = {
    CheckInStatus.CHECKED_IN: ("#1b7f3b", "✔"),
    CheckInStatus.ALREADY: ("#a85d00", "↺"),
    CheckInStatus.OTHER_DESK: ("#1f5fa8", "⇄"),
    CheckInStatus.OTHER_EVENT: ("#7b3fa0", "⚠"),
    CheckInStatus.INVALID: ("#b3261e", "✖"),
    CheckInStatus.CANCELLED: ("#4a4a4a", "⊘"),
    CheckInStatus.UNKNOWN: ("#3b3b3b", "?"),
}
IDLE_LOOK = ("#e8eaed", "▦")
# Sound files per kind of answer (resources/icons/checkin_*.wav), played when QtMultimedia exists.
SOUNDS = {"ok": "checkin_ok.wav", "warn": "checkin_warn.wav", "error": "checkin_error.wav"}
SEARCH_DELAY_MS = 200  # a scanner types a whole code well within this, so scans never trigger a search
MAX_SUGGESTIONS = 8
NOTIFY_DELAY_MS = 2000  # other pages refresh once the queue pauses, not after every scan


def initials(given_names: str, family_names: str) -> str:
    """Initials for the hide-names mode: "Ana Lucía", "Núñez García" -> "A. L. N. G."."""
    words = f"{given_names} {family_names}".split()
    # "Jean-Baptiste" -> "J.-B.": each part of a hyphenated name keeps its initial.
    return " ".join("-".join(f"{part[0].upper()}." for part in word.split("-") if part[:1].isalpha())
                    for word in words if word[:1].isalpha())


def sound_kind(status: CheckInStatus) -> str:
    """Which cue a status plays: ok (admitted), warn (already), or error (refused)."""
    if status in (CheckInStatus.CHECKED_IN, CheckInStatus.OTHER_DESK):
        return "ok"
    return "warn" if status is CheckInStatus.ALREADY else "error"


class Banner(QFrame):
    """The big answer: a symbol, the person's name and institution, and the status line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.status: CheckInStatus | None = None
        self.symbol = QLabel(objectName="banner_symbol")
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.symbol.setMinimumWidth(110)
        self.name = QLabel(objectName="banner_name")
        self.institution = QLabel(objectName="banner_institution")
        self.message = QLabel(objectName="banner_message")
        for label in (self.name, self.institution, self.message):
            label.setWordWrap(True)
        self._set_font(self.symbol, 56, bold=True)
        self._set_font(self.name, 26, bold=True)
        self._set_font(self.institution, 15)
        self._set_font(self.message, 18, bold=True)
        text = QVBoxLayout()
        text.addWidget(self.name)
        text.addWidget(self.institution)
        text.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addWidget(self.symbol)
        layout.addLayout(text, 1)
        self.setMinimumHeight(170)
        self.setAutoFillBackground(True)

    @staticmethod
    def _set_font(label: QLabel, points: int, *, bold: bool = False) -> None:
        font = QFont(label.font())
        font.setPointSize(points)
        font.setBold(bold)
        label.setFont(font)

    def show_idle(self, text: str) -> None:
        """The waiting state: a neutral colour and an invitation to scan."""
        self.status = None
        self._paint(*IDLE_LOOK, dark_text=True)
        self.name.setText(text)
        self.institution.clear()
        self.message.clear()

    def show_result(self, status: CheckInStatus, name: str, institution: str, message: str) -> None:
        """Show one answer in its colour with its symbol."""
        self.status = status
        self._paint(*STATUS_LOOK[status], dark_text=False)
        self.name.setText(name)
        self.institution.setText(institution)
        self.institution.setVisible(bool(institution))
        self.message.setText(message)

    def _paint(self, colour: str, symbol: str, *, dark_text: bool) -> None:
        ink = "#202124" if dark_text else "#ffffff"
        self.setStyleSheet(f"#banner {{ background: {colour}; border-radius: 8px; }} "
                           f"#banner QLabel {{ color: {ink}; background: transparent; }}")
        self.symbol.setText(symbol)


@dataclass(frozen=True)
class ScanRow:
    """One line of the recent-scans list (this station's answers, newest first)."""

    at: str
    status: CheckInStatus
    given_names: str
    family_names: str
    institution: str
    message: str
    checkin_id: str | None
    undone: bool = False
    badge_token: str | None = None  # shown for a badge registered at another desk (no name yet)


class RecentScansModel(QAbstractTableModel):
    """The recent scans, newest on top; new rows are inserted and undos change one row (no reset)."""

    TIME, NAME, INSTITUTION, STATUS = range(4)
    LIMIT = 50

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ScanRow] = []
        self.hide_names = False

    def set_rows(self, rows: list[ScanRow]) -> None:
        """Replace every row (when the event or the session changes)."""
        self.beginResetModel()
        self._rows = rows[:self.LIMIT]
        self.endResetModel()

    def add(self, row: ScanRow) -> None:
        """Put a new answer on top, dropping the oldest beyond LIMIT."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, row)
        self.endInsertRows()
        if len(self._rows) > self.LIMIT:
            self.beginRemoveRows(QModelIndex(), self.LIMIT, len(self._rows) - 1)
            del self._rows[self.LIMIT:]
            self.endRemoveRows()

    def mark_undone(self, checkin_id: str) -> None:
        """Show a check-in as undone (dataChanged on its row only)."""
        for number, row in enumerate(self._rows):
            if row.checkin_id == checkin_id:
                self._rows[number] = replace(row, undone=True)
                self.dataChanged.emit(self.index(number, 0), self.index(number, self.STATUS))

    def set_hide_names(self, hide: bool) -> None:
        """Show initials only (or full names again) in the name column."""
        self.hide_names = hide
        if self._rows:
            self.dataChanged.emit(self.index(0, self.NAME), self.index(len(self._rows) - 1, self.INSTITUTION))

    def scan(self, row: int) -> ScanRow:
        """The scan shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Time"), self.tr("Name"), self.tr("Institution"), self.tr("Status"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIME:
                return checkin.local_time(row.at)
            if column == self.NAME:
                if row.status is CheckInStatus.OTHER_DESK and not (row.given_names or row.family_names):
                    return self.tr("Badge {token}").format(token=row.badge_token)
                return initials(row.given_names, row.family_names) if self.hide_names else \
                    f"{row.given_names} {row.family_names}".strip()
            if column == self.INSTITUTION:
                return "" if self.hide_names else row.institution
            symbol = STATUS_LOOK[row.status][1]
            return f"{symbol} {self.tr('Undone')}" if row.undone else f"{symbol} {row.message}"
        if role == Qt.ItemDataRole.FontRole and row.undone:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


class CheckInPage(QWidget):
    """Check people in for one session of the selected event."""

    checked_in = Signal(object)  # the CheckInResult of every answer shown

    def __init__(self, store: Store, window: MainWindow | None = None) -> None:
        super().__init__(window)
        self.store = store
        self.window_ = window
        self.current_event: services.Event | None = None
        self.setWindowTitle(self.tr("Check-in"))

        self.session_selector = QComboBox(objectName="session_selector")
        self.session_selector.currentIndexChanged.connect(self._session_changed)
        self.hide_names = QCheckBox(self.tr("Hide names"), objectName="hide_names")
        self.hide_names.setToolTip(self.tr("Show initials only, for a screen the queue can see"))
        self.hide_names.toggled.connect(self._hide_names_toggled)
        self.camera_option = QCheckBox(self.tr("Webcam"), objectName="camera_option")
        self.camera_ok, camera_hint = camera_support()
        self.camera_option.setEnabled(self.camera_ok)
        self.camera_option.setToolTip(camera_hint or self.tr("Read badges with the computer's camera"))
        self.camera_option.toggled.connect(self._camera_toggled)
        self.walk_in_button = QPushButton(self.tr("Walk-in..."), objectName="walk_in")
        self.walk_in_button.clicked.connect(self.register_walk_in)
        self.virtual_button = QPushButton(self.tr("Virtual report..."), objectName="virtual_report")
        self.virtual_button.setToolTip(self.tr("Count attendance from a Zoom or Teams attendance report"))
        self.virtual_button.clicked.connect(self.import_virtual_report)
        self.full_screen_button = QPushButton(self.tr("Full screen (F11)"), objectName="full_screen")
        self.full_screen_button.clicked.connect(self.toggle_full_screen)

        self.scan_field = QLineEdit(objectName="scan_field")
        self.scan_field.setPlaceholderText(self.tr("Scan a badge, or type a name and press Enter"))
        font = QFont(self.scan_field.font())
        font.setPointSize(16)
        self.scan_field.setFont(font)
        self.scan_field.textEdited.connect(self._text_edited)
        self.scan_field.returnPressed.connect(self.submit)
        self.suggestions = QListWidget(objectName="suggestions")
        self.suggestions.hide()
        self.suggestions.itemDoubleClicked.connect(lambda _item: self.submit())
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)

        self.banner = Banner()
        self.counts = QLabel(objectName="counts")
        counts_font = QFont(self.counts.font())
        counts_font.setPointSize(13)
        self.counts.setFont(counts_font)
        self.counts.setWordWrap(True)

        self.recent_model = RecentScansModel(self)
        self.recent = QTableView(objectName="recent_scans")
        self.recent.setModel(self.recent_model)
        self.recent.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recent.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent.verticalHeader().hide()
        self.recent.setWordWrap(False)
        # Fixed widths: measuring contents on every new row would slow each scan down.
        header = self.recent.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((RecentScansModel.TIME, 70), (RecentScansModel.NAME, 260),
                              (RecentScansModel.INSTITUTION, 300)):
            header.resizeSection(column, width)
        self.recent.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recent.customContextMenuRequested.connect(self._recent_menu)
        self.undo_button = QPushButton(self.tr("Undo selected check-in"), objectName="undo_selected")
        self.undo_button.clicked.connect(self.undo_selected)
        self.undo_last_button = QPushButton(self.tr("Undo last (Ctrl+Z)"), objectName="undo_last")
        self.undo_last_button.clicked.connect(self.undo_last)

        self.camera_area = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Session:")))
        top.addWidget(self.session_selector, 1)
        for widget in (self.hide_names, self.camera_option, self.walk_in_button, self.virtual_button,
                       self.full_screen_button):
            top.addWidget(widget)
        undo_row = QHBoxLayout()
        undo_row.addWidget(QLabel(self.tr("Recent scans")), 1)
        undo_row.addWidget(self.undo_button)
        undo_row.addWidget(self.undo_last_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scan_field)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.banner)
        layout.addWidget(self.counts)
        layout.addLayout(self.camera_area)
        layout.addLayout(undo_row)
        layout.addWidget(self.recent, 1)

        # Only the scan field takes focus: a click on any other control leaves the cursor there.
        for widget in (self.session_selector, self.hide_names, self.camera_option, self.walk_in_button,
                       self.virtual_button, self.full_screen_button, self.suggestions, self.recent,
                       self.undo_button, self.undo_last_button):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            widget.installEventFilter(self)
        self.recent.viewport().installEventFilter(self)
        self.scan_field.installEventFilter(self)
        self.installEventFilter(self)
        shortcut = QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_last)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        full_screen = QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)
        full_screen.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self._notify_timer = QTimer(self, singleShot=True, interval=NOTIFY_DELAY_MS)
        self._notify_timer.timeout.connect(self._notify_window)
        self._sounds = self._load_sounds()
        self.camera_scanner: QWidget | None = None
        self.walk_in_dialog: QWidget | None = None  # kept so it is not collected while open
        self.virtual_dialog: QWidget | None = None
        self._registered: int | None = None
        self._recount_registered = False
        self._counts_timer = QTimer(self, singleShot=True, interval=0)
        self._counts_timer.timeout.connect(self._counts_after_scans)
        if window is not None:
            window.data_changed.connect(self.refresh_counts)
        self.banner.show_idle(self.tr("Ready to scan"))

    # ----------------------------------------------------------------- event and session
    def set_event(self, event_id: str | None) -> None:
        """Follow the selected event: list its sessions and choose today's (or the nearest)."""
        self.current_event = services.get_event(self.store, event_id) if event_id else None
        sessions = services.sessions(self.store, event_id) if event_id else []
        chosen = checkin.default_session(sessions)
        self.session_selector.blockSignals(True)
        self.session_selector.clear()
        for number, session in enumerate(sessions, 1):
            label = services.session_label(session, number)
            self.session_selector.addItem(f"{label} — {session.date}", session.id)
        if chosen is not None:
            self.session_selector.setCurrentIndex(self.session_selector.findData(chosen.id))
        self.session_selector.blockSignals(False)
        for widget in (self.scan_field, self.walk_in_button, self.virtual_button):
            widget.setEnabled(chosen is not None)
        self._session_changed()

    def session_id(self) -> str | None:
        """The session check-ins go to."""
        return self.session_selector.currentData()

    def _session_changed(self) -> None:
        session_id = self.session_id()
        rows = [] if session_id is None else [
            ScanRow(r.at, CheckInStatus.OTHER_DESK if r.other_desk else CheckInStatus.CHECKED_IN, r.given_names,
                    r.family_names, r.institution, self._recent_message(r.other_desk), r.checkin_id, r.undone,
                    r.badge_token)
            for r in checkin.recent_checkins(self.store, session_id, limit=RecentScansModel.LIMIT)]
        self.recent_model.set_rows(rows)
        self.refresh_counts()
        self.banner.show_idle(self.tr("Ready to scan") if session_id else self.tr("This event has no sessions"))
        self.refocus()

    def _recent_message(self, other_desk: bool) -> str:
        return self.tr("Registered at another desk") if other_desk else self.tr("Checked in")

    # ----------------------------------------------------------------- scanning
    def submit(self) -> None:
        """Enter or Tab in the scan field: check in the highlighted name, or the scanned code."""
        text = self.scan_field.text().strip()
        self._search_timer.stop()
        chosen = self.suggestions.currentItem() if self.suggestions.isVisible() else None
        self.scan_field.clear()
        self.suggestions.hide()
        if self.current_event is None or self.session_id() is None or not text:
            return
        try:
            if chosen is not None and not checkin.looks_like_badge(text):
                registration_id = chosen.data(Qt.ItemDataRole.UserRole)
                result = checkin.check_in_registration(self.store, self.current_event, registration_id,
                                                       self.session_id())
            else:
                result = checkin.check_in(self.store, self.current_event, text, self.session_id())
        except AttendanceError as error:
            self.banner.show_result(CheckInStatus.UNKNOWN, "", "", str(error))
            return
        self.show_result(result)

    def show_result(self, result: CheckInResult) -> None:
        """Show an answer: banner, cue, recent list and counts (also used for walk-ins)."""
        name = initials(result.given_names, result.family_names) if self.hide_names.isChecked() else result.name
        institution = "" if self.hide_names.isChecked() else result.institution
        if result.status is CheckInStatus.OTHER_DESK:
            name = name or self.tr("Badge {token}").format(token=result.badge_token)
        self.banner.show_result(result.status, name, institution, result.message())
        self._play(sound_kind(result.status))
        self.recent_model.add(ScanRow(result.at or self.store.stamp(), result.status, result.given_names,
                                      result.family_names, result.institution, result.message(),
                                      result.checkin_id, badge_token=result.badge_token))
        if result.checkin_id:
            # The counts follow in the next turn of the event loop: the banner, which the queue is
            # watching, is painted first, and a burst of scans is counted once.
            self._recount_registered |= result.method != "scan" or self._registered is None
            self._counts_timer.start()
            self._notify_timer.start()
        self.checked_in.emit(result)
        self.refocus()

    def _text_edited(self, text: str) -> None:
        if len(text.strip()) >= 2 and not checkin.looks_like_badge(text):
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self.suggestions.hide()

    def _search(self) -> None:
        """Suggest the participants whose names start with the typed words (accents ignored)."""
        text = self.scan_field.text().strip()
        self.suggestions.clear()
        if self.current_event is None or not text:
            self.suggestions.hide()
            return
        found = services.participants(self.store, self.current_event.id, text=text)[:MAX_SUGGESTIONS]
        for participant in found:
            name = initials(participant.given_names, participant.family_names) if self.hide_names.isChecked() \
                else f"{participant.given_names} {participant.family_names}"
            label = name if self.hide_names.isChecked() else f"{name} — {participant.institution}".rstrip(" —")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, participant.registration_id)
            self.suggestions.addItem(item)
        if found:
            self.suggestions.setCurrentRow(0)
            rows_height = self.suggestions.sizeHintForRow(0) * len(found)
            self.suggestions.setFixedHeight(rows_height + 2 * self.suggestions.frameWidth() + 2)
        self.suggestions.setVisible(bool(found))

    # ----------------------------------------------------------------- undo
    def undo_last(self) -> None:
        """Ctrl+Z: undo the latest check-in this laptop made in the session."""
        if self.current_event is None:
            return
        try:
            undone = checkin.undo_last(self.store, self.current_event.id, self.session_id())
        except AttendanceError as error:
            QMessageBox.warning(self, self.tr("Undo"), str(error))
            return
        self._after_undo(undone)

    def undo_selected(self) -> None:
        """Undo the check-in selected in the recent list."""
        rows = self.recent.selectionModel().selectedRows()
        if rows:
            self.undo_row(rows[0].row())

    def undo_row(self, row: int) -> None:
        """Undo the check-in shown in one row of the recent list (if it wrote one and is not undone)."""
        scan = self.recent_model.scan(row)
        if scan.checkin_id is None or scan.undone:
            return
        try:
            checkin.undo_check_in(self.store, scan.checkin_id)
        except AttendanceError as error:
            QMessageBox.warning(self, self.tr("Undo"), str(error))
            return
        self._after_undo(scan.checkin_id)

    def _after_undo(self, checkin_id: str | None) -> None:
        if checkin_id is None:
            self.banner.show_idle(self.tr("Nothing to undo"))
        else:
            self.recent_model.mark_undone(checkin_id)
            self.banner.show_idle(self.tr("Check-in undone"))
            self.refresh_counts()
            self._notify_timer.start()
        self.refocus()

    def _recent_menu(self, position: Any) -> None:
        index = self.recent.indexAt(position)
        if not index.isValid():
            return
        scan = self.recent_model.scan(index.row())
        menu = QMenu(self)
        action = menu.addAction(self.tr("Undo this check-in"))
        action.setEnabled(scan.checkin_id is not None and not scan.undone)
        action.triggered.connect(lambda: self.undo_row(index.row()))
        menu.exec(self.recent.viewport().mapToGlobal(position))
        self.refocus()

    # ----------------------------------------------------------------- counts
    def _counts_after_scans(self) -> None:
        self.refresh_counts(recount=self._recount_registered)
        self._recount_registered = False

    def refresh_counts(self, recount: bool = True) -> None:
        """Present / registered in the session, and present women, men, other, not stated.

        ``recount=False`` (after a scan) keeps the registered figure: a scan does not change it.
        """
        session_id = self.session_id()
        if self.current_event is None or session_id is None:
            self.counts.clear()
            return
        counts = checkin.session_counts(self.store, self.current_event.id, session_id,
                                        registered=None if recount else self._registered)
        self._registered = counts.registered
        text = self.tr("Present {present} / {registered} registered · women {female} · men {male} · "
                       "other {other} · not stated {not_stated}").format(**counts.__dict__)
        if counts.other_desk:
            text += " · " + self.tr("{count} registered at another desk (sex unknown until merged)").format(
                count=counts.other_desk)
        self.counts.setText(text)

    # ----------------------------------------------------------------- walk-ins and virtual reports
    def register_walk_in(self) -> None:
        """Open the registration form; each person it registers is checked in straight away."""
        if self.current_event is None or self.session_id() is None:
            return
        from attendance.gui.registration_dialog import RegistrationDialog

        dialog = RegistrationDialog(self.store, self.current_event.id, parent=self,
                                    print_badge=self.window_.print_badge if self.window_ is not None else None)
        dialog.registered.connect(self._walk_in_registered)
        self.walk_in_dialog = dialog
        dialog.finished.connect(lambda _result: self.refocus())
        dialog.open()

    def _walk_in_registered(self, registration_id: str) -> None:
        if self.current_event is None or self.session_id() is None:
            return
        result = checkin.check_in_registration(self.store, self.current_event, registration_id, self.session_id())
        self.show_result(result)

    def import_virtual_report(self) -> None:
        """Open the virtual-attendance dialog for the selected session."""
        if self.current_event is None or self.session_id() is None:
            return
        from attendance.gui.virtual_dialog import VirtualReportDialog

        dialog = VirtualReportDialog(self.store, self.current_event, self.session_id(), parent=self)
        dialog.applied.connect(self._session_changed)
        dialog.applied.connect(self._notify_timer.start)
        dialog.finished.connect(lambda _result: self.refocus())
        self.virtual_dialog = dialog
        dialog.open()

    # ----------------------------------------------------------------- kiosk, privacy, camera
    def toggle_full_screen(self) -> None:
        """F11: the whole window full screen (or back)."""
        top = self.window()
        top.showNormal() if top.isFullScreen() else top.showFullScreen()
        self.refocus()

    def _hide_names_toggled(self, hide: bool) -> None:
        self.recent_model.set_hide_names(hide)
        if self.banner.status is not None:
            self.banner.show_idle(self.tr("Ready to scan"))
        self.refocus()

    def _camera_toggled(self, on: bool) -> None:
        if on and self.camera_scanner is None and self.camera_ok:
            from attendance.gui.camera import CameraScanner

            self.camera_scanner = CameraScanner(self)
            self.camera_scanner.code_read.connect(self._camera_code)
            self.camera_area.addWidget(self.camera_scanner)
        if self.camera_scanner is not None:
            self.camera_scanner.setVisible(on)
            self.camera_scanner.start() if on else self.camera_scanner.stop()
        self.refocus()

    def _camera_code(self, text: str) -> None:
        self.scan_field.setText(text)
        self.submit()

    # ----------------------------------------------------------------- focus, keys, sound
    def refocus(self) -> None:
        """Give the keyboard back to the scan field once the current event is handled."""
        QTimer.singleShot(0, self._take_focus)

    def _take_focus(self) -> None:
        if self.isVisible() and self.scan_field.isEnabled() and QApplication.activeModalWidget() is None:
            self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: Any) -> None:
        """Coming to the page recounts (people may have registered elsewhere) and focuses the scan field."""
        super().showEvent(event)
        self.refresh_counts()
        if self.camera_scanner is not None and self.camera_option.isChecked():
            self.camera_scanner.start()
        self.refocus()

    def hideEvent(self, event: Any) -> None:
        """Leaving the page closes the camera (it is opened again on return if the option is on)."""
        super().hideEvent(event)
        if self.camera_scanner is not None:
            self.camera_scanner.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refocus after clicks; in the scan field, Tab submits, Up/Down move in suggestions, Ctrl+Z undoes."""
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease:
            self.refocus()
        elif watched is self.scan_field and kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.submit()
                return True
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo_last()
                return True
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.suggestions.isVisible():
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                row = max(0, min(self.suggestions.count() - 1, self.suggestions.currentRow() + step))
                self.suggestions.setCurrentRow(row)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.scan_field.clear()
                self.suggestions.hide()
                return True
        return super().eventFilter(watched, event)

    def _load_sounds(self) -> dict[str, Any]:
        """QSoundEffect per cue when QtMultimedia is installed (the camera extra); else none, and beep."""
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            return {}
        sounds = {}
        for kind, file_name in SOUNDS.items():
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(assets.icon(file_name))))
            sounds[kind] = effect
        return sounds

    def _play(self, kind: str) -> None:
        effect = self._sounds.get(kind)
        if effect is not None:
            effect.play()
        else:
            QApplication.beep()

    def _notify_window(self) -> None:
        if self.window_ is not None:
            self.window_.notify_data_changed()
