"""The duplicate-suggestion panel of the registration dialog: "is this someone we already know?".

As names (or an email or phone) are typed, the panel lists known people who may be the same
person (from :class:`attendance.intake.matching.PeopleIndex`, held once per open database and refreshed
incrementally) with their institution, country and number of events. Picking one fills the form
from that person and makes the dialog register *them* (their history is kept); "New person" hides
the list and the dialog creates a new person as usual.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attendance import i18n, services
from attendance.gui.widgets import pick_country
from attendance.store import Store

if TYPE_CHECKING:
    from attendance.gui.registration_dialog import RegistrationDialog
    from attendance.intake.matching import Candidate, PeopleIndex

_INDEXES: WeakKeyDictionary[Store, PeopleIndex] = WeakKeyDictionary()


def people_index(store: Store) -> PeopleIndex:
    """The index of known people for this open database: built on first use, then only refreshed."""
    from attendance.intake.matching import PeopleIndex  # here: rapidfuzz loads when a dialog first needs it

    index = _INDEXES.get(store)
    if index is None:
        index = _INDEXES[store] = PeopleIndex.from_store(store)
    else:
        index.refresh()
    return index


class DuplicatePanel(QWidget):
    """Possible matches for the typed person, with "Use this person" and "New person"."""

    person_chosen = Signal(str)  # the person id picked; the dialog fills its fields from it
    DELAY_MS = 150  # wait for a pause in typing before searching

    def __init__(self, store: Store, parent: QWidget | None = None, *, index: PeopleIndex | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicate_panel")
        self.store = store
        self.index = index or people_index(store)
        self.chosen_person_id: str | None = None
        self.event_id: str | None = None  # the dialog's event: matches already registered for it are said
        self.registered_here: set[str] = set()
        self._query: tuple[str, str, str, str] = ("", "", "", "")
        self._dismissed: tuple[str, str, str, str] | None = None
        self.candidates: list[Candidate] = []

        self.title = QLabel(objectName="duplicate_title")
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, 4, objectName="duplicate_table")
        self.table.setAccessibleName(self.tr("Possible matches"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Institution"), self.tr("Country"),
                                              self.tr("Events")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda _index: self.use_selected())  # double-click or Enter on a row
        self.use_button = QPushButton(self.tr("&Use this person"), objectName="use_person")
        self.use_button.clicked.connect(self.use_selected)
        self.new_button = QPushButton(self.tr("&New person"), objectName="new_person")
        self.new_button.clicked.connect(self.new_person)
        for button in (self.use_button, self.new_button):
            # Not "auto default": the dialog's Register button must stay the one Enter presses
            # (keyPressEvent below still lets Enter press a focused panel button).
            button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

        self._timer = QTimer(self, singleShot=True, interval=self.DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a panel button presses it and on the list picks the row; it never saves the form."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
                return
            if focused is self.table:
                return  # the table already emitted activated (use_selected)
        super().keyPressEvent(event)

    # ----------------------------------------------------------------- searching
    def look_for(self, given: str, family: str, email: str = "", phone: str = "") -> None:
        """Remember what was typed and search after a short pause in typing."""
        self._query = (given, family, email, phone)
        if not (given.strip() or family.strip()):  # a cleared form: nothing to look for
            self.reset()
            return
        self._timer.start()

    def search_now(self) -> None:
        """Search the index for the typed person now and show the candidates (or hide)."""
        self._timer.stop()
        if self.chosen_person_id is not None or self._query == self._dismissed:
            return
        given, family, email, phone = self._query
        self.candidates = self.index.suggest(given, family, email=email, phone=phone)
        self._show_candidates()

    def _registered_for_event(self) -> set[str]:
        """Which candidates already have a live registration for the dialog's event."""
        ids = [candidate.person.person_id for candidate in self.candidates]
        if self.event_id is None or not ids:
            return set()
        marks = ", ".join("?" * len(ids))
        return {row[0] for row in self.store.execute(
            f"SELECT person_id FROM registrations WHERE event_id = ? AND deleted_at IS NULL "
            f"AND person_id IN ({marks})", [self.event_id, *ids]).fetchall()}

    def _show_candidates(self) -> None:
        self.table.setRowCount(len(self.candidates))
        self.registered_here = self._registered_for_event()
        for row, candidate in enumerate(self.candidates):
            person = candidate.person
            name = person.full_name
            if person.person_id in self.registered_here:
                name = self.tr("{name} (already registered for this event)").format(name=name)
            cells = (name, person.institution, i18n.country_name(person.country), str(person.events))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long institution is shortened in its column
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 0 and candidate.reason != "name":
                    item.setToolTip(self.tr("Same email") if candidate.reason == "email" else self.tr("Same phone"))
                self.table.setItem(row, column, item)
        if self.candidates:
            self.table.selectRow(0)
            self.title.setText(self.tr("Possible matches among people already known: pick one to register them "
                                       "(their history is kept), or choose New person."))
            if self.candidates[0].person.person_id in self.registered_here:
                self.title.setText(self.tr("{name} is already registered for this event: edit that registration "
                                           "on the Participants page, or choose New person if this is someone "
                                           "else.").format(name=self.candidates[0].person.full_name))
            self.table.resizeRowsToContents()  # a long institution wraps onto two lines
            rows_height = sum(self.table.rowHeight(r) for r in range(len(self.candidates)))
            self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + rows_height
                                      + 2 * self.table.frameWidth() + 2)
        self.setVisible(bool(self.candidates))
        self._fit()

    def _fit(self) -> None:
        """Ask for the height the wrapped title really needs: a dialog that cannot grow otherwise
        squeezes the panel to a one-line title and the buttons overlap the list."""
        self.setMinimumHeight(0)
        self.setMinimumHeight(self.layout().totalHeightForWidth(max(self.width(), 400)))

    # ----------------------------------------------------------------- choosing
    def use_selected(self) -> None:
        """Register the selected known person: remember them and tell the dialog to fill the form."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.candidates):
            return
        person = self.candidates[row].person
        self.chosen_person_id = person.person_id
        self.person_chosen.emit(person.person_id)
        self.title.setText(self.tr("Registering {name}, already known (events so far: {events}). Their details "
                                   "were filled in; change what is new.").format(name=person.full_name,
                                                                             events=person.events))
        self.table.hide()
        self.use_button.hide()
        self.new_button.setText(self.tr("&Not this person"))
        self.show()
        self._fit()

    def new_person(self) -> None:
        """Not a known person: forget any choice and hide the list until the names change."""
        self.chosen_person_id = None
        self._dismissed = self._query
        self._restore_widgets()
        self.hide()

    def reset(self) -> None:
        """Back to nothing typed (after a save in walk-in mode)."""
        self._timer.stop()
        self.chosen_person_id = None
        self._dismissed = None
        self.candidates = []
        self._restore_widgets()
        self.hide()

    def _restore_widgets(self) -> None:
        self.table.show()
        self.use_button.show()
        self.new_button.setText(self.tr("&New person"))


def attach(dialog: RegistrationDialog) -> DuplicatePanel:
    """Put a duplicate panel into a registration dialog's slot and wire it up.

    Typing names, an email or a phone searches; picking a person fills the dialog and sets its
    ``person_id`` so that saving registers the known person.
    """
    panel = DuplicatePanel(dialog.store, dialog)
    panel.event_id = dialog.event_id
    dialog.suggestions_layout.addWidget(panel)

    def typed() -> None:
        panel.look_for(dialog.given_names.text(), dialog.family_names.text(), dialog.email.text(),
                       dialog.phone.text())

    def chosen(person_id: str) -> None:
        person = services.get_person(dialog.store, person_id)
        institution = dialog.store.row("institutions", person.institution_id) if person.institution_id else None
        for field, value in ((dialog.given_names, person.given_names), (dialog.family_names, person.family_names),
                             (dialog.institution, institution["name"] if institution else ""),
                             (dialog.position, person.position or ""), (dialog.email, person.email or ""),
                             (dialog.phone, person.phone or "")):
            field.blockSignals(True)  # filling in is not typing: no new search
            field.setText(value)
            field.blockSignals(False)
        dialog.sex.setCurrentIndex(max(dialog.sex.findData(person.sex), 0))
        pick_country(dialog.country, person.country)
        dialog.consent.setChecked(bool(person.consent_at))
        dialog.person_id = person_id
        dialog.sex.setFocus()

    def not_this_person() -> None:
        dialog.person_id = None

    dialog.names_changed.connect(lambda _given, _family: typed())
    dialog.email.editingFinished.connect(typed)
    dialog.phone.editingFinished.connect(typed)
    panel.person_chosen.connect(chosen)
    panel.new_button.clicked.connect(not_this_person)
    dialog.registered.connect(lambda _registration_id: (panel.reset(), panel.index.refresh()))

    # Tab: names, then the panel's list and buttons (skipped by Qt while hidden), then the rest of
    # the form. They stay out of dialog.tab_order, which lists the form's always-visible fields.
    position = dialog.tab_order.index(dialog.family_names) + 1
    chain = [dialog.family_names, panel.table, panel.use_button, panel.new_button, dialog.tab_order[position]]
    for before, after in pairwise(chain):
        QWidget.setTabOrder(before, after)
    return panel
