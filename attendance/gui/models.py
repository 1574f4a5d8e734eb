"""Read-only table models for the window's lists, tested without any widget.

Each model takes plain rows from the core (``set_rows``) and shows them; it never writes. The
participants model keeps one accent-folded search string per row and sorts its own Python list,
because a ``QSortFilterProxyModel`` sorting 100,000 rows through Python ``data()`` calls takes
seconds while ``list.sort`` with precomputed keys takes milliseconds. Its proxy only filters, by
reading flags the model computed in one pass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from attendance import i18n
from attendance.domain import Participant, RegistrationStatus, fold

AnyIndex = QModelIndex | QPersistentModelIndex


def value_label(value: str) -> str:
    """A domain value ("not_stated", "in_person") in the chosen language ("No indicado", "Presencial").

    The core's translation table already holds every enum value, keyed by its English words.
    """
    label = i18n.tr(value.replace("_", " ")) if value else ""
    return label[:1].upper() + label[1:]


class ParticipantsModel(QAbstractTableModel):
    """The participants of one event: one row per registration, cancelled ones greyed."""

    FAMILY_NAMES, GIVEN_NAMES, SEX, INSTITUTION, COUNTRY, ROLE, STATUS, SESSIONS = range(8)
    # Role holding the row's Participant, for views and dialogs that need the whole record.
    ParticipantRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Participant] = []
        self._countries: list[str] = []
        self._folded: list[str] = []
        self._matches = bytearray()
        self._words: list[str] = []
        self._sort_column = self.FAMILY_NAMES
        self._sort_order = Qt.SortOrder.AscendingOrder

    # ----------------------------------------------------------------- data in
    def set_rows(self, rows: list[Participant]) -> None:
        """Show these participants (replacing the previous rows), keeping the current sort and search."""
        self.beginResetModel()
        self._rows = list(rows)
        names = i18n.country_names()
        self._countries = [names.get(row.country, row.country) for row in self._rows]
        # One folded string per row, built once, so filtering as the user types is a substring test.
        self._folded = [
            fold(f"{row.given_names} {row.family_names} {row.institution} {row.institution_acronym} "
                 f"{row.email} {country}")
            for row, country in zip(self._rows, self._countries, strict=True)
        ]
        self._sort_rows()
        self._match_rows()
        self.endResetModel()

    def participant(self, row: int) -> Participant:
        """The participant shown in source row ``row``."""
        return self._rows[row]

    def row_of(self, registration_id: str) -> int:
        """The source row of a registration, or -1 when it is not shown."""
        for number, participant in enumerate(self._rows):
            if participant.registration_id == registration_id:
                return number
        return -1

    # ----------------------------------------------------------------- search (used by the proxy)
    def set_search_text(self, text: str) -> None:
        """Remember the typed words (folded) and flag the rows containing all of them."""
        self._words = fold(text).split()
        self._match_rows()

    def matches(self, row: int) -> bool:
        """Whether source row ``row`` contains every typed word (ignoring case and accents)."""
        return bool(self._matches[row])

    def _match_rows(self) -> None:
        words = self._words
        if not words:
            self._matches = bytearray(b"\x01") * len(self._rows)
            return
        self._matches = bytearray(all(word in text for word in words) for text in self._folded)

    # ----------------------------------------------------------------- sorting
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column (names and places compared folded)."""
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        self._sort_rows()
        self._match_rows()
        position = {id(p): n for n, p in enumerate(self._rows)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(position[id(before[i.row()])], i.column()) for i in old])
        self.layoutChanged.emit()

    def _sort_key(self, column: int) -> Callable[[int], Any]:
        rows, countries = self._rows, self._countries
        keys: dict[int, Callable[[int], Any]] = {
            self.FAMILY_NAMES: lambda n: (fold(rows[n].family_names), fold(rows[n].given_names)),
            self.GIVEN_NAMES: lambda n: (fold(rows[n].given_names), fold(rows[n].family_names)),
            self.SEX: lambda n: rows[n].sex,
            self.INSTITUTION: lambda n: fold(rows[n].institution),
            self.COUNTRY: lambda n: fold(countries[n]),
            self.ROLE: lambda n: rows[n].role,
            self.STATUS: lambda n: rows[n].status,
            self.SESSIONS: lambda n: rows[n].sessions_attended,
        }
        return keys.get(column, keys[self.FAMILY_NAMES])

    def _sort_rows(self) -> None:
        order = sorted(range(len(self._rows)), key=self._sort_key(self._sort_column),
                       reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._rows = [self._rows[n] for n in order]
        self._countries = [self._countries[n] for n in order]
        self._folded = [self._folded[n] for n in order]

    # ----------------------------------------------------------------- Qt model
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Number of participants (none under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles in the chosen language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("ParticipantsModel", "Family names"),
            QCoreApplication.translate("ParticipantsModel", "Given names"),
            QCoreApplication.translate("ParticipantsModel", "Sex"),
            QCoreApplication.translate("ParticipantsModel", "Institution"),
            QCoreApplication.translate("ParticipantsModel", "Country"),
            QCoreApplication.translate("ParticipantsModel", "Role"),
            QCoreApplication.translate("ParticipantsModel", "Status"),
            QCoreApplication.translate("ParticipantsModel", "Sessions attended"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, grey text for cancelled registrations, the Participant for ParticipantRole."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.row(), index.column())
        if role == Qt.ItemDataRole.ForegroundRole and row.status == RegistrationStatus.CANCELLED:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SESSIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ParticipantRole:
            return row
        return None

    def _display(self, row: Participant, number: int, column: int) -> Any:
        if column == self.FAMILY_NAMES:
            return row.family_names
        if column == self.GIVEN_NAMES:
            return row.given_names
        if column == self.SEX:
            return value_label(row.sex)
        if column == self.INSTITUTION:
            return row.institution
        if column == self.COUNTRY:
            return self._countries[number]
        if column == self.ROLE:
            return value_label(row.role)
        if column == self.STATUS:
            return value_label(row.status)
        if column == self.SESSIONS:
            return row.sessions_attended
        return None


class ParticipantsProxy(QSortFilterProxyModel):
    """Filters the participants model by the search box; sorting is delegated to the model."""

    def set_search_text(self, text: str) -> None:
        """Show only rows containing every typed word, ignoring case and accents."""
        model = self.sourceModel()
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10: invalidateRowsFilter is deprecated
            self.beginFilterChange()
            model.set_search_text(text)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            model.set_search_text(text)
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """A row is shown when the model flagged it as matching the search."""
        return self.sourceModel().matches(source_row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the model sort its list (fast); the proxy keeps the model's order."""
        self.sourceModel().sort(column, order)

    def participant(self, proxy_row: int) -> Participant:
        """The participant shown in a row of the proxy (the view's row)."""
        return self.sourceModel().participant(self.mapToSource(self.index(proxy_row, 0)).row())


@dataclass(frozen=True)
class EventSummary:
    """One line of the events list: the event's own fields plus counts from the core."""

    id: str
    code: str
    title: str
    kind: str
    start_date: str | None
    end_date: str | None
    country: str | None
    sessions: int
    registered: int


class EventsModel(QAbstractTableModel):
    """All events with their dates, country and counts."""

    CODE, TITLE, KIND, DATES, COUNTRY, SESSIONS, REGISTERED = range(7)
    EventIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[EventSummary] = []

    def set_rows(self, rows: list[EventSummary]) -> None:
        """Show these events, replacing the previous ones."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def event_id(self, row: int) -> str:
        """The id of the event in ``row``."""
        return self._rows[row].id

    def row_of(self, event_id: str | None) -> int:
        """The row showing an event, or -1."""
        return next((n for n, row in enumerate(self._rows) if row.id == event_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of events."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles in the chosen language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("EventsModel", "Code"),
            QCoreApplication.translate("EventsModel", "Title"),
            QCoreApplication.translate("EventsModel", "Kind"),
            QCoreApplication.translate("EventsModel", "Dates"),
            QCoreApplication.translate("EventsModel", "Country"),
            QCoreApplication.translate("EventsModel", "Sessions"),
            QCoreApplication.translate("EventsModel", "Registered"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text; the event id under EventIdRole."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == self.EventIdRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (self.SESSIONS, self.REGISTERED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.code, row.title, value_label(row.kind), i18n.date_range(row.start_date, row.end_date),
                i18n.country_name(row.country), row.sessions, row.registered)[index.column()]
