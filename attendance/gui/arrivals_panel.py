"""The door's "not yet arrived" list: who of the event has no check-in in the session yet.

A side panel of the Check-in page (F3). Its search keeps the names that start with the typed
words; Enter or a double click checks the highlighted person in, and the list shrinks as people
arrive (scanned here, or picked from it). A badge scanned while its search has the keyboard is
handed back to the page as a scan. Esc closes it and gives the keyboard back to the scan field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from attendance import checkin
from attendance.store import Store

SHOWN_LIMIT = 300  # rows drawn at once; the search narrows the rest
FILTER_DELAY_MS = 150


class ArrivalsPanel(QFrame):
    """The people of the event not yet checked in for the session, searchable, checked in from here."""

    chosen = Signal(str)  # a registration id to check in
    scanned = Signal(str)  # a badge payload typed into the search
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arrivals_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(objectName="arrivals_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.filter = QLineEdit(objectName="arrivals_filter")
        self.filter.setPlaceholderText(self.tr("Search a name"))
        self.filter.setAccessibleName(self.tr("Search the people not yet arrived"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(objectName="arrivals_list")
        self.list.setAccessibleName(self.tr("People not yet arrived"))
        self.list.itemDoubleClicked.connect(lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.more = QLabel(objectName="arrivals_more")
        self.more.setWordWrap(True)
        self.check_in_button = QPushButton(self.tr("Check in (Enter)"), objectName="arrivals_check_in")
        self.check_in_button.clicked.connect(self.choose_current)
        self.close_button = QPushButton(self.tr("Close (Esc)"), objectName="arrivals_close")
        self.close_button.clicked.connect(self.closed.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_in_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more)
        layout.addLayout(buttons)
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self._reload)
        self.filter.textEdited.connect(self._filter_edited)
        self.filter.installEventFilter(self)
        self._source: tuple[Store, str | None, str | None, bool] | None = None

    def show_people(self, store: Store, event_id: str | None, session_id: str | None, hide_names: bool) -> None:
        """List the event's people not yet arrived in the session (filtered by the search)."""
        self._source = (store, event_id, session_id, hide_names)
        self._reload()

    def _filter_edited(self, text: str) -> None:
        if checkin.badge_at_end(text) is not None:
            return  # a scanner is typing: wait for its Enter
        self._timer.start()

    def _reload(self) -> None:
        if self._source is None:
            return
        store, event_id, session_id, hide_names = self._source
        self.list.clear()
        if event_id is None or session_id is None:
            self.title.setText(self.tr("Not yet arrived"))
            self.more.clear()
            return
        text = self.filter.text().strip() or None
        missing = checkin.arrivals(store, event_id, session_id, text=text, missing_only=True)
        from attendance.gui.checkin_page import initials  # (the page imports this module)

        for person in missing[:SHOWN_LIMIT]:
            name = initials(person.given_names, person.family_names) if hide_names else \
                f"{person.name} — {person.institution}".rstrip(" —")
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, person.registration_id)
            self.list.addItem(item)
        if missing:
            self.list.setCurrentRow(0)
        self.title.setText(self.tr("Not yet arrived: {count}").format(count=len(missing)))
        self.more.setText(self.tr("{count} more: type to narrow the list").format(count=len(missing) - SHOWN_LIMIT)
                          if len(missing) > SHOWN_LIMIT else "")
        self.more.setVisible(len(missing) > SHOWN_LIMIT)

    def choose_current(self) -> None:
        """Check in the highlighted person."""
        item = self.list.currentItem()
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search: Enter checks in (or hands a scan over), arrows move, Esc closes."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
                payload = checkin.badge_at_end(self.filter.text())
                if payload is not None:
                    self.filter.clear()
                    self._timer.stop()
                    self.scanned.emit(payload)
                else:
                    self.choose_current()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.list.count():
                step = -1 if key == Qt.Key.Key_Up else 1
                self.list.setCurrentRow(max(0, min(self.list.count() - 1, self.list.currentRow() + step)))
                return True
            if key == Qt.Key.Key_Escape:
                self.closed.emit()
                return True
        return super().eventFilter(watched, event)
