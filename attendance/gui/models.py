"""Read-only table models for the window's lists, tested without any widget.

Each model takes plain rows from the core (``set_rows``) and shows them; it never writes.

The participants model sorts and searches its own Python lists: a ``QSortFilterProxyModel`` that
sorts or filters 100,000 rows calls back into Python for every row or comparison (sorting took
7 s here, filtering 0.4 s a keystroke), while list operations on precomputed folded strings take
milliseconds. The proxy in front of it stays, so views and other code see the usual
model/proxy pair, and forwards sorting and searching to the model.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
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
_FIELD = "\x01"  # between the fields of a row's folded search text: not a space, sorts before any letter

class _MarkTable(dict[int, int | None]):
    """For str.translate: a combining mark (accent) maps to nothing, any other character to itself.

    Filled as characters are met (a few hundred distinct ones in a list of names) instead of
    scanning the whole BMP up front; mapping the others to themselves also saves str.translate
    the lookup failure it would otherwise take on every plain letter.
    """

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


@cache
def _without_marks() -> _MarkTable:
    """The shared table of :class:`_MarkTable`."""
    return _MarkTable()


def fast_fold(text: str) -> str:
    """The same result as :func:`attendance.domain.fold`, several times faster on long lists.

    ASCII text only needs lower case and single spaces; other text drops its combining marks with
    one ``str.translate`` instead of a Python loop over its characters (text beyond the BMP, rare
    in names, goes to ``fold`` itself).
    """
    if text.isascii():
        return " ".join(text.lower().split())
    if max(text) > "\uffff":
        return fold(text)
    decomposed = unicodedata.normalize("NFKD", text).translate(_without_marks())
    return " ".join(decomposed.casefold().split())


def value_label(value: str) -> str:
    """A domain value ("not_stated", "in_person") in the chosen language ("No indicado", "Presencial").

    The core's translation table already holds every enum value, keyed by its English words.
    """
    label = i18n.tr(value.replace("_", " ")) if value else ""
    return label[:1].upper() + label[1:]



class TitledTableModel(QAbstractTableModel):
    """A flat table whose column count and header come from :meth:`titles` (in the current language)."""

    def titles(self) -> tuple[str, ...]:
        """The column titles, translated; subclasses list them with literal texts for lupdate."""
        raise NotImplementedError

    @cached_property
    def _column_count(self) -> int:
        return len(self.titles())  # views ask often; the count does not change with the language

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Number of columns."""
        return 0 if parent.isValid() else self._column_count

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles in the chosen language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None


@dataclass(frozen=True)
class PreparedRows:
    """Participants with their per-row values, in sort order (see :meth:`ParticipantsModel.prepare`)."""

    rows: list[Participant]
    countries: list[str]
    folded: list[str]
    sort_column: int
    sort_order: Qt.SortOrder


class ParticipantsModel(TitledTableModel):
    """The participants of one event matching the search, one row per registration, cancelled ones greyed."""

    FAMILY_NAMES, GIVEN_NAMES, SEX, INSTITUTION, COUNTRY, ROLE, STATUS, SESSIONS = range(8)
    # Role holding the row's Participant, for views and dialogs that need the whole record.
    ParticipantRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # All rows in the current sort order, with per-row values computed once in set_rows.
        self._rows: list[Participant] = []
        self._countries: list[str] = []
        self._folded: list[str] = []
        # Positions in _rows of the rows matching the search: what the model shows.
        self._shown: list[int] = []
        self._words: list[str] = []
        # Presence filter: (registration ids present in a session, keep present or keep absent), or None.
        self._presence: tuple[frozenset[str], bool] | None = None
        self._sort_column = self.FAMILY_NAMES
        self._sort_order = Qt.SortOrder.AscendingOrder

    # ----------------------------------------------------------------- data in
    def set_rows(self, rows: list[Participant]) -> None:
        """Show these participants (replacing the previous rows), keeping the current sort and search."""
        self.set_prepared(self.prepare(rows))

    def prepare(self, rows: list[Participant]) -> PreparedRows:
        """The per-row values and sort order of ``rows``: plain data, so a worker thread may compute it
        (at 20,000 rows this takes about 0.3 s, too long for the GUI thread)."""
        rows = list(rows)
        names = i18n.country_names()
        countries = [names.get(row.country, row.country) for row in rows]
        # One folded string per row holds every searchable field, in sort order, separated by a
        # character no typed word contains: searching is a substring test, sorting by family names
        # is sorting these strings, and the other sort keys are split out of them.
        folded = [
            fast_fold(f"{row.family_names}{_FIELD}{row.given_names}{_FIELD}{row.institution}{_FIELD}"
                      f"{row.institution_acronym}{_FIELD}{row.email}{_FIELD}{country}")
            for row, country in zip(rows, countries, strict=True)
        ]
        order = sorted(range(len(rows)), key=self._sort_key(self._sort_column, rows, folded),
                       reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return PreparedRows([rows[n] for n in order], [countries[n] for n in order], [folded[n] for n in order],
                            self._sort_column, self._sort_order)

    def set_prepared(self, prepared: PreparedRows) -> None:
        """Show rows made by :meth:`prepare` (re-sorted if the sort changed meanwhile)."""
        self.beginResetModel()
        self._rows, self._countries, self._folded = prepared.rows, prepared.countries, prepared.folded
        if (prepared.sort_column, prepared.sort_order) != (self._sort_column, self._sort_order):
            self._sort_rows()
        self._match_rows()
        self.endResetModel()

    def participant(self, row: int) -> Participant:
        """The participant shown in row ``row``."""
        return self._rows[self._shown[row]]

    def row_of(self, registration_id: str) -> int:
        """The row showing a registration, or -1 when it is not shown."""
        for row, position in enumerate(self._shown):
            if self._rows[position].registration_id == registration_id:
                return row
        return -1

    def total(self) -> int:
        """Number of participants loaded, shown or not."""
        return len(self._rows)

    # ----------------------------------------------------------------- search
    def set_search_text(self, text: str) -> None:
        """Show only the rows containing every typed word, ignoring case and accents."""
        words = fold(text).split()
        if words == self._words:
            return
        self.beginResetModel()
        self._words = words
        self._match_rows()
        self.endResetModel()

    def set_presence(self, present_ids: frozenset[str] | None, keep_present: bool = True) -> None:
        """Show only those present (``keep_present``) or not yet present among ``present_ids``; None: all."""
        self.beginResetModel()
        self._presence = None if present_ids is None else (present_ids, keep_present)
        self._match_rows()
        self.endResetModel()

    def _match_rows(self) -> None:
        self._match_words()
        if self._presence is not None:
            ids, keep_present = self._presence
            rows = self._rows
            self._shown = [n for n in self._shown if (rows[n].registration_id in ids) == keep_present]

    def _match_words(self) -> None:
        folded = self._folded
        if not self._words:
            self._shown = list(range(len(folded)))
            return
        # Narrow the candidates word by word: a list comprehension over 100,000 strings takes a few ms.
        shown = [n for n, text in enumerate(folded) if self._words[0] in text]
        for word in self._words[1:]:
            shown = [n for n in shown if word in folded[n]]
        self._shown = shown

    # ----------------------------------------------------------------- sorting
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column (names and places compared folded)."""
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        kept = [(self._rows[self._shown[i.row()]], i.column()) for i in old]
        self._sort_rows()
        self._match_rows()
        row_now = {id(self._rows[position]): row for row, position in enumerate(self._shown)}
        self.changePersistentIndexList(old, [
            self.index(row_now[id(participant)], column) if id(participant) in row_now else QModelIndex()
            for participant, column in kept])
        self.layoutChanged.emit()

    def _sort_key(self, column: int, rows: list[Participant] | None = None,
                  folded: list[str] | None = None) -> Callable[[int], Any]:
        rows = self._rows if rows is None else rows
        folded = self._folded if folded is None else folded
        field = {self.INSTITUTION: 2, self.COUNTRY: 5}.get(column)
        if column == self.GIVEN_NAMES:
            return lambda n: folded[n].split(_FIELD, 2)[1::-1]  # given names, then family names
        if field is not None:
            return lambda n: folded[n].split(_FIELD)[field]
        attribute = {self.SEX: "sex", self.ROLE: "role", self.STATUS: "status",
                     self.SESSIONS: "sessions_attended"}.get(column)
        if attribute:
            return lambda n: getattr(rows[n], attribute)
        return lambda n: folded[n]  # family names, then given names...

    def _sort_rows(self) -> None:
        order = sorted(range(len(self._rows)), key=self._sort_key(self._sort_column),
                       reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._rows = [self._rows[n] for n in order]
        self._countries = [self._countries[n] for n in order]
        self._folded = [self._folded[n] for n in order]

    # ----------------------------------------------------------------- Qt model
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Number of participants shown (none under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._shown)

    def titles(self) -> tuple[str, ...]:
        """Column titles in the chosen language."""
        return (
            QCoreApplication.translate("ParticipantsModel", "Family names"),
            QCoreApplication.translate("ParticipantsModel", "Given names"),
            QCoreApplication.translate("ParticipantsModel", "Sex"),
            QCoreApplication.translate("ParticipantsModel", "Institution"),
            QCoreApplication.translate("ParticipantsModel", "Country"),
            QCoreApplication.translate("ParticipantsModel", "Role"),
            QCoreApplication.translate("ParticipantsModel", "Status"),
            QCoreApplication.translate("ParticipantsModel", "Sessions attended"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, grey text for cancelled registrations, the Participant for ParticipantRole."""
        if not index.isValid():
            return None
        position = self._shown[index.row()]
        row = self._rows[position]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, position, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and row.status == RegistrationStatus.CANCELLED:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SESSIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ParticipantRole:
            return row
        return None

    def _display(self, row: Participant, position: int, column: int) -> Any:
        if column == self.FAMILY_NAMES:
            return row.family_names
        if column == self.GIVEN_NAMES:
            return row.given_names
        if column == self.SEX:
            return value_label(row.sex)
        if column == self.INSTITUTION:
            return row.institution
        if column == self.COUNTRY:
            return self._countries[position]
        if column == self.ROLE:
            return value_label(row.role)
        if column == self.STATUS:
            return value_label(row.status)
        if column == self.SESSIONS:
            return row.sessions_attended
        return None


class ParticipantsProxy(QSortFilterProxyModel):
    """The view's model over the participants model: forwards sorting and searching to it (fast)."""

    def set_search_text(self, text: str) -> None:
        """Show only rows containing every typed word, ignoring case and accents."""
        self.sourceModel().set_search_text(text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the model sort its list; the proxy keeps the model's order."""
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


class EventsModel(TitledTableModel):
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

    def titles(self) -> tuple[str, ...]:
        """Column titles in the chosen language."""
        return (
            QCoreApplication.translate("EventsModel", "Code"),
            QCoreApplication.translate("EventsModel", "Title"),
            QCoreApplication.translate("EventsModel", "Kind"),
            QCoreApplication.translate("EventsModel", "Dates"),
            QCoreApplication.translate("EventsModel", "Country"),
            QCoreApplication.translate("EventsModel", "Sessions"),
            QCoreApplication.translate("EventsModel", "Registered"),
        )

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
        column = index.column()  # only this cell's text: formatting the dates (Babel) is the costly one
        if column == self.DATES:
            return i18n.date_range(row.start_date, row.end_date)
        if column == self.KIND:
            return value_label(row.kind)
        if column == self.COUNTRY:
            return i18n.country_name(row.country)
        return (row.code, row.title, None, None, None, row.sessions, row.registered)[column]
