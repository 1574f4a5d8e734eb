"""The Events page: every event with its dates, country, sessions and registrations.

Double-clicking an event opens the event editor; the selected event is highlighted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from attendance import services
from attendance.gui import workers
from attendance.gui.models import EventsModel, EventSummary
from attendance.store import Store

if TYPE_CHECKING:
    from attendance.gui.main_window import MainWindow


def event_summaries(store: Store) -> list[EventSummary]:
    """The events list's rows: each live event with its session and registration counts."""
    return [
        EventSummary(id=event.id, code=event.code, title=event.title, kind=event.kind,
                     start_date=event.start_date, end_date=event.end_date, country=event.country,
                     sessions=len(services.sessions(store, event.id)),
                     registered=services.participant_counts(store, event.id)["registered"])
        for event in services.list_events(store)
    ]


class EventsPage(QWidget):
    """A table of all events; double-click one to edit it."""

    def __init__(self, store: Store, window: MainWindow) -> None:
        super().__init__()
        self.store = store
        self.window_ = window
        self.setWindowTitle(self.tr("Events"))

        self.model = EventsModel(self)
        self.table = QTableView()
        self.table.setObjectName("events_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(EventsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._edit)

        new_button = QPushButton(self.tr("New event..."))
        new_button.clicked.connect(window.new_event)
        edit_button = QPushButton(self.tr("Edit event..."))
        edit_button.clicked.connect(lambda: self._edit(self.table.currentIndex()))
        buttons = QHBoxLayout()
        buttons.addWidget(new_button)
        buttons.addWidget(edit_button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        window.data_changed.connect(self.reload)
        self._event_id: str | None = None
        self.reads = workers.LatestRead(store, self)
        self.reload()

    def set_event(self, event_id: str | None) -> None:
        """Highlight the selected event."""
        self._event_id = event_id
        row = self.model.row_of(event_id)
        if row >= 0:
            self.table.selectRow(row)

    def reload(self) -> None:
        """Read the events again from the database: in the worker when there are many registrations
        (counting 100,000 takes ~0.3 s, and every scan at the door saves)."""
        self.reads.read(event_summaries, self._loaded, in_worker=workers.many_rows(self.store, "registrations"))

    def _loaded(self, rows: list[EventSummary]) -> None:
        self.model.set_rows(rows)
        self.set_event(self._event_id)

    def _edit(self, index: QModelIndex) -> None:
        if index.isValid():
            self.window_.edit_event(self.model.event_id(index.row()))
