"""The Check-in page: the door. Scan, search a name or register a walk-in; see who came.

A USB scanner types the badge code and Enter (or Tab) into whatever has focus, so the scan field
keeps the focus: every other control on the page takes none, and a click anywhere on the page
hands it back. Each answer of :func:`attendance.checkin.check_in` shows in a large banner with its
own colour *and* symbol (never colour alone) and an audible cue. Typing letters searches the
event's participants (accents ignored); Enter checks in the highlighted one. The rules all live in
:mod:`attendance.checkin`; this page only shows them.
"""

from __future__ import annotations

import time
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
    Signal,
)
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont, QKeyEvent, QKeySequence, QShortcut
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
    QSlider,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attendance import checkin, services
from attendance.checkin import CheckInResult, CheckInStatus
from attendance.domain import AttendanceError
from attendance.gui import sounds, workers
from attendance.gui.arrivals_panel import ArrivalsPanel
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
BANNER_INK = "#ffffff"  # text on every status colour (contrast of at least 4.5:1, tested)
IDLE_INK = "#202124"
UNDONE_SYMBOL = "↶"
SEARCH_DELAY_MS = 200  # a scanner types a whole code well within this, so scans never trigger a search
MAX_SUGGESTIONS = 8
NOTIFY_DELAY_MS = 2000  # other pages refresh once the queue pauses, not after every scan
FLASH_MS = 300  # the banner's frame lights up this long for each answer, so two alike answers differ
# Keys typed this close together, Enter included, are a scanner's burst: a scan, never a name search.
# People type about one key per 100-250 ms; scanners send one every 1-20 ms.
BURST_GAP_S = 0.04
BURST_MIN_CHARS = 4
VOLUME_KEY = "checkin/volume"
WALK_IN = "walk-in"  # item data of the "Register «…» as a walk-in" suggestion


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
        self.counter = QLabel(objectName="banner_counter")  # "Scan 12": a new answer always looks new
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.answers = 0
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
        layout.addWidget(self.counter)
        self.setMinimumHeight(170)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Check-in result"))
        self.colour, self.ink, self.flashing = IDLE_LOOK[0], IDLE_INK, False
        self._unflash = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._unflash.timeout.connect(lambda: self._restyle(flash=False))

    @staticmethod
    def _set_font(label: QLabel, points: int, *, bold: bool = False) -> None:
        font = QFont(label.font())
        font.setPointSize(points)
        font.setBold(bold)
        label.setFont(font)

    def show_idle(self, text: str, detail: str = "") -> None:
        """The waiting state: a neutral colour and an invitation to scan (or a note under it)."""
        self.status = None
        self._paint(*IDLE_LOOK, dark_text=True)
        self.name.setText(text)
        self.institution.clear()
        self.message.setText(detail)
        self._announce(f"{text} {detail}".strip())

    def show_result(self, status: CheckInStatus, name: str, institution: str, message: str) -> None:
        """Show one answer in its colour with its symbol."""
        self.status = status
        self._paint(*STATUS_LOOK[status], dark_text=False)
        self.name.setText(name)
        self.institution.setText(institution)
        self.institution.setVisible(bool(institution))
        self.message.setText(message)
        self.answers += 1
        self.counter.setText(self.tr("Scan {number}").format(number=self.answers))
        self._restyle(flash=True)
        self._unflash.start()
        self._announce(", ".join(part for part in (message, name, institution) if part))

    def show_note(self, text: str, detail: str = "", symbol: str = IDLE_LOOK[1]) -> None:
        """A neutral message that is not a scan's answer (undo, hints), flashed so it is noticed."""
        self.show_idle(text, detail)
        self.symbol.setText(symbol)
        self._restyle(flash=True)
        self._unflash.start()

    def _paint(self, colour: str, symbol: str, *, dark_text: bool) -> None:
        self.colour, self.ink = colour, IDLE_INK if dark_text else BANNER_INK
        self._restyle(flash=False)
        self.symbol.setText(symbol)

    def _restyle(self, *, flash: bool) -> None:
        # The flash is a thick frame in the text's own colour: the text's contrast never changes.
        self.flashing = flash
        border = f"6px solid {self.ink}" if flash else f"6px solid {self.colour}"
        self.setStyleSheet(f"#banner {{ background: {self.colour}; border: {border}; border-radius: 8px; }} "
                           f"#banner QLabel {{ color: {self.ink}; background: transparent; border: none; }}")

    def _announce(self, text: str) -> None:
        """Tell screen readers what the banner now says (the door's answer is spoken, not only shown)."""
        self.setAccessibleDescription(text)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))


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
    scanned: str = ""  # the code as read, shown for a refused scan that names nobody


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

    def mark_undone(self, checkin_id: str, undone: bool = True) -> None:
        """Show a check-in as undone, or counting again after a redo (dataChanged on its row only)."""
        for number, row in enumerate(self._rows):
            if row.checkin_id == checkin_id:
                self._rows[number] = replace(row, undone=undone)
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
                if not (row.given_names or row.family_names):
                    if row.status is CheckInStatus.OTHER_DESK:
                        return self.tr("Badge {token}").format(token=row.badge_token)
                    return self.tr("Code {code}").format(code=row.scanned) if row.scanned else ""
                return initials(row.given_names, row.family_names) if self.hide_names else \
                    f"{row.given_names} {row.family_names}".strip()
            if column == self.INSTITUTION:
                return "" if self.hide_names else row.institution
            if row.undone:
                undone = self.tr("Undone")
                return f"{UNDONE_SYMBOL} {undone}"
            return f"{STATUS_LOOK[row.status][1]} {row.message}"
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
        self.hide_names = QCheckBox(self.tr("&Hide names"), objectName="hide_names")
        self.hide_names.setToolTip(self.tr("Show initials only, for a screen the queue can see"))
        self.hide_names.toggled.connect(self._hide_names_toggled)
        self.camera_option = QCheckBox(self.tr("Webcam"), objectName="camera_option")
        self.camera_ok, camera_hint = camera_support()
        self.camera_option.setEnabled(self.camera_ok)
        self.camera_option.setToolTip(camera_hint or self.tr("Read badges with the computer's camera"))
        self.camera_option.toggled.connect(self._camera_toggled)
        self.walk_in_button = QPushButton(self.tr("Walk-in (F2)"), objectName="walk_in")
        self.walk_in_button.setToolTip(self.tr("Register someone who is not on the list and check them in"))
        self.walk_in_button.clicked.connect(lambda: self.register_walk_in())
        self.arrivals_button = QPushButton(self.tr("Not yet arrived (F3)"), objectName="not_yet_arrived",
                                           checkable=True)
        self.arrivals_button.toggled.connect(self._arrivals_toggled)
        self.volume = QSlider(Qt.Orientation.Horizontal, objectName="volume")
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(10)
        self.volume.setFixedWidth(90)
        self.volume.setAccessibleName(self.tr("Sound volume"))
        self.volume.setToolTip(self.tr("Sound volume (left end: mute)"))
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
        self.scan_field.setAccessibleName(self.tr("Scan or name"))
        self.suggestions = QListWidget(objectName="suggestions")
        self.suggestions.setAccessibleName(self.tr("Matching participants"))
        self.suggestions.hide()
        self.suggestions.itemClicked.connect(self._suggestion_clicked)
        self._picked = False  # whether the operator chose a suggestion (arrow keys or click)
        self._typed_at: list[float] = []  # when each character of the field arrived
        self._typed_text = ""
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
        self.recent.setAccessibleName(self.tr("Recent scans"))
        self.recent.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recent.customContextMenuRequested.connect(self._recent_menu)
        self.undo_button = QPushButton(self.tr("Undo selected check-in"), objectName="undo_selected")
        self.undo_button.clicked.connect(self.undo_selected)
        self.undo_last_button = QPushButton(self.tr("Undo last (Ctrl+Z)"), objectName="undo_last")
        self.undo_last_button.clicked.connect(self.undo_last)
        redo_keys = QKeySequence(QKeySequence.StandardKey.Redo).toString(QKeySequence.SequenceFormat.NativeText)
        self.redo_button = QPushButton(self.tr("Redo ({keys})").format(keys=redo_keys), objectName="redo_last")
        self.redo_button.clicked.connect(self.redo_last)

        self.arrivals = ArrivalsPanel(self)
        self.arrivals.chosen.connect(self._arrival_chosen)
        self.arrivals.closed.connect(lambda: self.arrivals_button.setChecked(False))
        self.arrivals.scanned.connect(self._scanned_in_panel)
        self.arrivals.hide()

        self.camera_area = QVBoxLayout()
        # Two rows: the session and the desk's settings, then the actions. In one row the buttons'
        # Spanish, French and Portuguese labels made the window wider than a 1024-pixel screen.
        top = QHBoxLayout()
        session_label = QLabel(self.tr("&Session:"))
        session_label.setBuddy(self.session_selector)
        top.addWidget(session_label)
        top.addWidget(self.session_selector, 1)
        top.addWidget(self.hide_names)
        top.addWidget(self.camera_option)
        volume_label = QLabel(self.tr("Sound:"))
        volume_label.setBuddy(self.volume)
        top.addWidget(volume_label)
        top.addWidget(self.volume)
        actions = QHBoxLayout()
        for widget in (self.walk_in_button, self.arrivals_button, self.virtual_button, self.full_screen_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        undo_row = QHBoxLayout()
        recent_label = QLabel(self.tr("Recent scans"))
        recent_label.setBuddy(self.recent)
        undo_row.addWidget(recent_label, 1)
        undo_row.addWidget(self.undo_button)
        undo_row.addWidget(self.undo_last_button)
        undo_row.addWidget(self.redo_button)
        door = QVBoxLayout()
        door.addWidget(self.scan_field)
        door.addWidget(self.suggestions)
        door.addWidget(self.banner)
        door.addWidget(self.counts)
        door.addLayout(self.camera_area)
        door.addLayout(undo_row)
        door.addWidget(self.recent, 1)
        middle = QHBoxLayout()
        middle.addLayout(door, 3)
        middle.addWidget(self.arrivals, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addLayout(middle, 1)

        # Only the scan field takes focus: a click on any other control leaves the cursor there.
        # Each control has a key instead (F2, F3, F11, Ctrl+Z, Ctrl+Shift+Z, Alt+S, Alt+H).
        for widget in (self.session_selector, self.hide_names, self.camera_option, self.walk_in_button,
                       self.arrivals_button, self.virtual_button, self.full_screen_button, self.suggestions,
                       self.recent, self.undo_button, self.undo_last_button, self.redo_button, self.volume):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            widget.installEventFilter(self)
        self.recent.viewport().installEventFilter(self)
        self.scan_field.installEventFilter(self)
        self.installEventFilter(self)
        shortcut = QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_last)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for keys, slot in ((QKeySequence(Qt.Key.Key_F11), self.toggle_full_screen),
                           (QKeySequence(Qt.Key.Key_F2), lambda: self.register_walk_in()),
                           (QKeySequence(Qt.Key.Key_F3), self.arrivals_button.toggle)):
            shortcut = QShortcut(keys, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self._notify_timer = QTimer(self, singleShot=True, interval=NOTIFY_DELAY_MS)
        self._notify_timer.timeout.connect(self._notify_window)
        settings = window.settings if window is not None else None
        volume = int(settings.value(VOLUME_KEY, sounds.DEFAULT_VOLUME)) if settings is not None \
            else sounds.DEFAULT_VOLUME
        self.sounds = sounds.DoorSounds(sounds.find_backend(), QApplication.beep, volume)
        self.volume.setValue(volume)
        self.volume.valueChanged.connect(self._volume_changed)
        self.camera_scanner: QWidget | None = None
        self.walk_in_dialog: QWidget | None = None  # kept so it is not collected while open
        self.virtual_dialog: QWidget | None = None
        self._registered: int | None = None
        self.recounts = workers.LatestRead(store, self)  # the registered figure of a big event
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
        self._registered = None  # another event's figure
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
        for widget in (self.scan_field, self.walk_in_button, self.virtual_button, self.arrivals_button):
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
        self.recount_soon()
        self.banner.show_idle(self.tr("Ready to scan") if session_id else self.tr("This event has no sessions"))
        self._refresh_arrivals()
        self.refocus()

    def _recent_message(self, other_desk: bool) -> str:
        return self.tr("Registered at another desk") if other_desk else self.tr("Checked in")

    # ----------------------------------------------------------------- scanning
    def submit(self) -> None:
        """Enter or Tab in the scan field: a scan always wins; a name is checked in only when picked.

        A badge payload at the end of the field, or a burst typed at scanner speed, is a scan,
        whatever was typed before it. Otherwise a suggestion the operator picked (arrow keys or a
        click) is checked in; a typed name with matches highlights the first one (Enter again
        checks it in), and a name with no match offers to register it as a walk-in.
        """
        self._search_timer.stop()
        field_text = self.scan_field.text()
        text = field_text.strip()
        if self.current_event is None or self.session_id() is None or not text:
            self._clear_field()
            return
        scanned = checkin.badge_at_end(field_text) or self._burst(field_text)
        if scanned is None and not any(c.isalpha() for c in text):
            scanned = text  # digits and signs typed by hand: another kind of barcode, not a name
        item = self.suggestions.currentItem() if self._picked and self.suggestions.isVisible() else None
        picked = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if scanned is None and picked is None:
            self._offer_names(text)
            return
        self._clear_field()
        if scanned is None and picked == WALK_IN:
            self.register_walk_in(text)
            return
        try:
            if scanned is not None:
                result = checkin.check_in(self.store, self.current_event, scanned, self.session_id())
            else:
                result = checkin.check_in_registration(self.store, self.current_event, picked, self.session_id())
        except AttendanceError as error:
            self.banner.show_result(CheckInStatus.UNKNOWN, "", "", str(error))
            return
        self.show_result(result)

    def _clear_field(self) -> None:
        """Empty the field and drop the suggestions (stale after a scan)."""
        self.scan_field.clear()
        self._typed_at, self._typed_text = [], ""
        self.suggestions.clear()
        self.suggestions.hide()
        self._picked = False

    def _burst(self, text: str) -> str | None:
        """The end of the field typed at scanner speed, Enter included, or None."""
        now = time.monotonic()
        times = self._typed_at if len(self._typed_at) == len(text) else []
        if not times or now - times[-1] > BURST_GAP_S:
            return None
        start = len(times) - 1
        while start > 0 and times[start] - times[start - 1] <= BURST_GAP_S:
            start -= 1
        burst = text[start:].strip()
        return burst if len(burst) >= BURST_MIN_CHARS else None

    def _offer_names(self, text: str) -> None:
        """Enter on a typed name: highlight the first match, or offer to register it as a walk-in."""
        self._search(text)
        if self.suggestions.count():
            self._pick(0)
            item = self.suggestions.item(0)
            if item.data(Qt.ItemDataRole.UserRole) != WALK_IN:
                self.banner.show_note(self.tr("Press Enter again to check in the highlighted name"),
                                      self.tr("or choose another with the arrow keys"))
        self.refocus()

    def _pick(self, row: int) -> None:
        self.suggestions.setCurrentRow(row)
        self._picked = True

    def _suggestion_clicked(self, item: QListWidgetItem) -> None:
        self._pick(self.suggestions.row(item))
        self.submit()

    def show_result(self, result: CheckInResult) -> None:
        """Show an answer: banner, cue, recent list and counts (also used for walk-ins)."""
        hide = self.hide_names.isChecked()
        name = initials(result.given_names, result.family_names) if hide else result.name
        institution = "" if hide else result.institution
        if result.status is CheckInStatus.OTHER_DESK:
            name = name or self.tr("Badge {token}").format(token=result.badge_token)
        elif not name and not result.admitted and result.scanned:
            name = self.tr("Code {code}").format(code=result.scanned)
        self.banner.show_result(result.status, name, institution, result.message())
        self.sounds.play(sound_kind(result.status))
        self.recent_model.add(ScanRow(result.at or self.store.stamp(), result.status, result.given_names,
                                      result.family_names, result.institution, result.message(),
                                      result.checkin_id, badge_token=result.badge_token, scanned=result.scanned))
        if result.checkin_id:
            # The counts follow in the next turn of the event loop: the banner, which the queue is
            # watching, is painted first, and a burst of scans is counted once.
            self._recount_registered |= result.method != "scan" or self._registered is None
            self._counts_timer.start()
            self._notify_timer.start()
        self.checked_in.emit(result)
        self.refocus()

    def _text_edited(self, text: str) -> None:
        now = time.monotonic()
        if text.startswith(self._typed_text) and len(self._typed_at) == len(self._typed_text):
            self._typed_at += [now] * (len(text) - len(self._typed_text))
        else:
            self._typed_at = [now] * len(text)
        self._typed_text = text
        self._picked = False
        if checkin.badge_at_end(text) is not None:
            self._search_timer.stop()
            self.suggestions.hide()
        elif len(text.strip()) >= 2:
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self.suggestions.hide()

    def _search(self, text: str | None = None) -> None:
        """Suggest the participants whose names start with the typed words, with whether they are in."""
        text = (self.scan_field.text() if text is None else text).strip()
        self.suggestions.clear()
        self._picked = False
        session_id = self.session_id()
        if self.current_event is None or session_id is None or not text:
            self.suggestions.hide()
            return
        hide = self.hide_names.isChecked()
        found = checkin.arrivals(self.store, self.current_event.id, session_id, text=text, limit=MAX_SUGGESTIONS)
        for person in found:
            name = initials(person.given_names, person.family_names) if hide else person.name
            label = name if hide else f"{name} — {person.institution}".rstrip(" —")
            state = (self.tr("in at {time}").format(time=checkin.local_time(person.arrived_at))
                     if person.arrived_at else self.tr("not yet"))
            item = QListWidgetItem(f"{label} · {state}")
            item.setData(Qt.ItemDataRole.UserRole, person.registration_id)
            self.suggestions.addItem(item)
        if not found:
            offer = QListWidgetItem(self.tr("Register «{name}» as a walk-in (F2)").format(name=text))
            offer.setData(Qt.ItemDataRole.UserRole, WALK_IN)
            self.suggestions.addItem(offer)
        rows_height = self.suggestions.sizeHintForRow(0) * self.suggestions.count()
        self.suggestions.setFixedHeight(rows_height + 2 * self.suggestions.frameWidth() + 2)
        self.suggestions.setCurrentRow(-1)
        self.suggestions.setVisible(True)

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
            self.banner.show_note(self.tr("Nothing to undo"))
        else:
            self.recent_model.mark_undone(checkin_id)
            self._after_change(self.tr("Check-in of {name} undone"), self.tr("Check-in of a badge from another "
                                                                             "desk undone"), checkin_id)
        self.refocus()

    def redo_last(self) -> None:
        """Ctrl+Shift+Z: take back the latest undo this laptop made in the session."""
        if self.current_event is None:
            return
        try:
            redone = checkin.redo_last(self.store, self.current_event.id, self.session_id())
        except AttendanceError as error:
            self.banner.show_note(self.tr("Cannot redo"), str(error))
            return
        self._after_redo(redone)

    def redo_row(self, row: int) -> None:
        """Take back the undo of the check-in shown in one row of the recent list."""
        scan = self.recent_model.scan(row)
        if scan.checkin_id is None or not scan.undone:
            return
        try:
            checkin.redo_check_in(self.store, scan.checkin_id)
        except AttendanceError as error:
            self.banner.show_note(self.tr("Cannot redo"), str(error))
            return
        self._after_redo(scan.checkin_id)

    def _after_redo(self, checkin_id: str | None) -> None:
        if checkin_id is None:
            self.banner.show_note(self.tr("Nothing to redo"))
        else:
            self.recent_model.mark_undone(checkin_id, undone=False)
            self._after_change(self.tr("Check-in of {name} counts again"),
                               self.tr("Check-in of a badge from another desk counts again"), checkin_id)
        self.refocus()

    def _after_change(self, note: str, nameless_note: str, checkin_id: str) -> None:
        given, family = checkin.checkin_person(self.store, checkin_id)
        name = initials(given, family) if self.hide_names.isChecked() else f"{given} {family}".strip()
        self.banner.show_note(note.format(name=name) if name else nameless_note, symbol=UNDONE_SYMBOL)
        self.refresh_counts()
        self._refresh_arrivals()
        self._notify_timer.start()

    def _recent_menu(self, position: Any) -> None:
        index = self.recent.indexAt(position)
        if not index.isValid():
            return
        scan = self.recent_model.scan(index.row())
        menu = QMenu(self)
        action = menu.addAction(self.tr("Undo this check-in"))
        action.setEnabled(scan.checkin_id is not None and not scan.undone)
        action.triggered.connect(lambda: self.undo_row(index.row()))
        redo = menu.addAction(self.tr("Redo this check-in"))
        redo.setEnabled(scan.checkin_id is not None and scan.undone)
        redo.triggered.connect(lambda: self.redo_row(index.row()))
        menu.exec(self.recent.viewport().mapToGlobal(position))
        self.refocus()

    # ----------------------------------------------------------------- counts
    def recount_soon(self) -> None:
        """Recount everything in the next turn of the event loop: the page (or the new session) is
        drawn first, and the window is not held while 20,000 registrations are counted."""
        self._recount_registered = True
        self._counts_timer.start()

    def _counts_after_scans(self) -> None:
        self.refresh_counts(recount=self._recount_registered)
        self._recount_registered = False
        self._refresh_arrivals()

    def refresh_counts(self, recount: bool = True) -> None:
        """Present / registered in the session, and present women, men, other, not stated.

        ``recount=False`` (after a scan) keeps the registered figure: a scan does not change it.
        """
        session_id = self.session_id()
        if self.current_event is None or session_id is None:
            self.counts.clear()
            return
        if recount and self._big_event():
            self._recount_in_worker()  # the registered figure comes back from a worker
            if self._registered is None:
                self.counts.setText(self.tr("Counting..."))
                return
            recount = False
        counts = checkin.session_counts(self.store, self.current_event.id, session_id,
                                        registered=None if recount else self._registered)
        self._registered = counts.registered
        text = self.tr("Present {present} / {registered} registered · women {female} · men {male} · "
                       "other {other} · not stated {not_stated}").format(**counts.__dict__)
        if counts.other_desk:
            text += " · " + self.tr("{count} registered at another desk (sex unknown until merged)").format(
                count=counts.other_desk)
        self.counts.setText(text)

    def _big_event(self) -> bool:
        """Whether counting the event's registrations would hold the window (over READ_IN_WORKER)."""
        return workers.big_event(self.store, self.current_event.id)

    def _recount_in_worker(self) -> None:
        """Count the registered participants with the worker's own connection, then show the counts."""
        event_id = self.current_event.id
        self.recounts.read(lambda store: (event_id, services.participant_counts(store, event_id)["registered"]),
                           self._recounted)

    def _recounted(self, result: tuple[str, int]) -> None:
        event_id, registered = result
        if self.current_event is not None and self.current_event.id == event_id:
            self._registered = registered
            self.refresh_counts(recount=False)

    # ----------------------------------------------------------------- walk-ins and virtual reports
    def register_walk_in(self, typed_name: str = "") -> QWidget | None:
        """F2: the registration form in walk-in mode; each person it registers is checked in straight away.

        ``typed_name`` (a name typed at the door with no match) fills the name fields: the first
        word as given names, the rest as family names.
        """
        if self.current_event is None or self.session_id() is None:
            return None
        from attendance.gui.registration_dialog import RegistrationDialog

        dialog = RegistrationDialog(self.store, self.current_event.id, parent=self, walk_in=True,
                                    print_badge=self.window_.print_badge if self.window_ is not None else None)
        given, _, family = typed_name.strip().partition(" ")
        dialog.given_names.setText(given)
        dialog.family_names.setText(family.strip())
        dialog.registered.connect(self._walk_in_registered)
        self.walk_in_dialog = dialog
        dialog.finished.connect(lambda _result: self.refocus())
        dialog.open()
        (dialog.family_names if given else dialog.given_names).setFocus()
        return dialog

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
        if self.arrivals.isVisible() and self.arrivals.isAncestorOf(QApplication.focusWidget()):
            return  # the operator is searching the not-yet-arrived list (Esc comes back)
        if self.isVisible() and self.scan_field.isEnabled() and QApplication.activeModalWidget() is None:
            self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: Any) -> None:
        """Coming to the page recounts (people may have registered elsewhere) and focuses the scan field."""
        super().showEvent(event)
        self.recount_soon()
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
            if event.matches(QKeySequence.StandardKey.Redo):
                self.redo_last()
                return True
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.suggestions.isVisible():
                # The first arrow press picks the first (or last) name; later ones move.
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                last = self.suggestions.count() - 1
                row = self.suggestions.currentRow() + step if self._picked else (0 if step > 0 else last)
                self._pick(max(0, min(last, row)))
                return True
            if event.key() == Qt.Key.Key_Escape:
                self._clear_field()
                return True
        return super().eventFilter(watched, event)

    def _volume_changed(self, volume: int) -> None:
        self.sounds.set_volume(volume)
        if self.window_ is not None:
            self.window_.settings.setValue(VOLUME_KEY, volume)
        self.refocus()

    # ----------------------------------------------------------------- who is not yet here
    def _arrivals_toggled(self, shown: bool) -> None:
        self.arrivals.setVisible(shown)
        if shown:
            self._refresh_arrivals()
            self.arrivals.filter.setFocus()
        else:
            self.refocus()

    def _refresh_arrivals(self) -> None:
        if self.arrivals.isVisible():
            self.arrivals.show_people(self.store, self.current_event.id if self.current_event else None,
                                      self.session_id(), self.hide_names.isChecked())

    def _scanned_in_panel(self, text: str) -> None:
        """A badge scanned while the list's search had the keyboard is checked in like any scan."""
        self.scan_field.setText(text)
        self._typed_at, self._typed_text = [], text
        self.submit()
        self.arrivals.filter.setFocus()

    def _arrival_chosen(self, registration_id: str) -> None:
        if self.current_event is None or self.session_id() is None:
            return
        try:
            result = checkin.check_in_registration(self.store, self.current_event, registration_id,
                                                   self.session_id())
        except AttendanceError as error:
            self.banner.show_result(CheckInStatus.UNKNOWN, "", "", str(error))
            return
        self.show_result(result)
        self.arrivals.filter.setFocus()

    def _notify_window(self) -> None:
        # A window closed meanwhile (its database closing) has no pages left to tell.
        if self.window_ is not None and self.window_.isVisible():
            self.window_.notify_data_changed()
