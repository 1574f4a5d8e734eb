"""The Participants page: the selected event's people, searched as you type, with live counts.

Search ignores case and accents ("nunez" finds Núñez); cancelled registrations stay listed,
greyed. Register opens the registration dialog (Ctrl+N); double-click edits a person; the context
menu cancels a registration.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attendance import checkin, services
from attendance.domain import AttendanceError, RegistrationStatus
from attendance.gui import workers
from attendance.gui.models import ParticipantsModel, ParticipantsProxy, PreparedRows
from attendance.gui.registration_dialog import RegistrationDialog
from attendance.store import Store

if TYPE_CHECKING:
    from attendance.gui.main_window import MainWindow


class ParticipantsPage(QWidget):
    """The participants of the selected event."""

    def __init__(self, store: Store, window: MainWindow) -> None:
        super().__init__()
        self.store = store
        self.window_ = window
        self.event_id: str | None = None
        self._registered_text = ""
        self.setWindowTitle(self.tr("Participants"))

        self.search = QLineEdit(objectName="search")
        self.search.setPlaceholderText(self.tr("Search by name, institution, email or country"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.register_button = QPushButton(self.tr("&Register..."), objectName="register_button")
        self.register_button.setToolTip(self.tr("Register a participant (Ctrl+N)"))
        self.register_button.clicked.connect(self.open_registration)
        self.counts = QLabel(objectName="counts")

        self.model = ParticipantsModel(self)
        self.proxy = ParticipantsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(objectName="participants_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ParticipantsModel.FAMILY_NAMES, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Fixed row heights and column widths: measuring 100,000 rows' contents would freeze the window.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for column, width in ((ParticipantsModel.FAMILY_NAMES, 160), (ParticipantsModel.GIVEN_NAMES, 140),
                              (ParticipantsModel.SEX, 100), (ParticipantsModel.INSTITUTION, 260),
                              (ParticipantsModel.COUNTRY, 130), (ParticipantsModel.ROLE, 100),
                              (ParticipantsModel.STATUS, 90)):
            header.resizeSection(column, width)
        header.resizeSection(ParticipantsModel.SESSIONS, 140)
        header.setSectionResizeMode(ParticipantsModel.INSTITUTION, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._edit)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        # Who is in: everyone, or only those present / not yet arrived in the event's current session.
        self.presence = QComboBox(objectName="presence")
        self.presence.setAccessibleName(self.tr("Presence"))
        self.presence.currentIndexChanged.connect(self._presence_changed)
        self.presence_session: str | None = None

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.presence)
        top.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.table)
        self.reads = workers.LatestRead(store, self, failed=self.counts.setText)
        window.data_changed.connect(self.reload)
        self._enable()

    # ----------------------------------------------------------------- the page contract
    def set_event(self, event_id: str | None) -> None:
        """Show the participants of this event (none of the previous one's while they load)."""
        if event_id != self.event_id:
            self.model.set_rows([])
            self._registered_text = ""
        self.event_id = event_id
        self._fill_presence()
        self.reload()

    def _fill_presence(self) -> None:
        """The presence choices for the event's current session (today's, else the nearest)."""
        session = checkin.default_session(services.sessions(self.store, self.event_id)) if self.event_id else None
        self.presence_session = session.id if session else None
        self.presence.blockSignals(True)
        self.presence.clear()
        self.presence.addItem(self.tr("Everyone"), None)
        if session is not None:
            label = services.session_label(session, session.position + 1)
            self.presence.addItem(self.tr("Present in {session}").format(session=label), True)
            self.presence.addItem(self.tr("Not yet arrived in {session}").format(session=label), False)
        self.presence.blockSignals(False)
        self.presence.setEnabled(session is not None)
        self.model.set_presence(None)

    def _refresh_presence(self) -> None:
        """Someone arrived meanwhile: re-read who is present, if the list is filtered by it."""
        if self.presence.currentData() is not None:
            self._presence_changed()

    def _presence_changed(self) -> None:
        keep = self.presence.currentData()
        if keep is None or self.presence_session is None:
            self.model.set_presence(None)
        else:
            present = frozenset(checkin.arrival_times(self.store, self.presence_session))
            self.model.set_presence(present, keep_present=keep)
        self._show_counts(reread=False)

    def reload(self) -> None:
        """Read the participants and counts again (after a save anywhere).

        A big event (over :data:`~attendance.gui.workers.READ_IN_WORKER` registrations) is read and
        prepared in a worker with its own connection, so the window keeps answering; meanwhile the
        rows shown are the same event's previous ones (none after an event switch), and a result
        that a newer reload overtook is dropped.
        """
        self._enable()
        if self.event_id is None:
            self.reads.drop()
            self.model.set_rows([])
            self._show_counts()
            return
        event_id, model = self.event_id, self.model

        def work(store: Store) -> tuple[PreparedRows, dict[str, int]]:
            return model.prepare(services.participants(store, event_id)), services.participant_counts(store, event_id)

        big = workers.big_event(self.store, event_id)
        if big:
            self.counts.setText(self.tr("Loading..."))
        self.reads.read(work, self._loaded, in_worker=big)

    def _loaded(self, result: tuple[PreparedRows, dict[str, int]]) -> None:
        prepared, counts = result
        self.model.set_prepared(prepared)
        self._refresh_presence()
        self._registered_text = self.tr("{registered} registered: {female} women, {male} men, {other} other, "
                                        "{not_stated} not stated").format(**counts)
        self._show_counts(reread=False)

    # ----------------------------------------------------------------- actions
    def open_registration(self) -> RegistrationDialog | None:
        """Open the registration dialog for the selected event (returned so callers and tests can drive it)."""
        if self.event_id is None:
            return None
        dialog = RegistrationDialog(self.store, self.event_id, parent=self, print_badge=self.window_.print_badge)
        dialog.registered.connect(self._registered)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit(self, proxy_row: int) -> RegistrationDialog:
        """Open the registration of the person in this (visible) row for editing."""
        dialog = RegistrationDialog(self.store, self.event_id or "", self.proxy.participant(proxy_row),
                                    parent=self)
        dialog.registered.connect(self._registered)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def cancel_registration(self, registration_id: str) -> None:
        """Cancel a registration (it stays listed, greyed) and refresh every page."""
        try:
            services.cancel_registration(self.store, registration_id)
        except AttendanceError as error:
            QMessageBox.warning(self, self.tr("Cancel registration"), str(error))
            return
        self.window_.notify_data_changed()

    def select_registration(self, registration_id: str) -> None:
        """Select and scroll to a registration's row, if the search shows it."""
        source_row = self.model.row_of(registration_id)
        if source_row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    # ----------------------------------------------------------------- internals
    def _registered(self, registration_id: str) -> None:
        self.window_.notify_data_changed()
        self.window_.statusBar().showMessage(self.tr("Registration saved."), 5000)
        self.select_registration(registration_id)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._show_counts(reread=False)

    def _show_counts(self, reread: bool = True) -> None:
        """The counts line: read from the database on reload; typing a search only changes "shown"."""
        if self.event_id is None:
            self._registered_text = self.tr("No event selected. Create one with File > New event.")
        elif reread or not self._registered_text:
            counts = services.participant_counts(self.store, self.event_id)
            self._registered_text = self.tr("{registered} registered: {female} women, {male} men, {other} other, "
                                            "{not_stated} not stated").format(**counts)
        text = self._registered_text
        if self.event_id and (self.search.text().strip() or self.presence.currentData() is not None):
            text += "  ·  " + self.tr("%n shown", "", self.proxy.rowCount())
        self.counts.setText(text)

    def _enable(self) -> None:
        self.register_button.setEnabled(self.event_id is not None)
        self.search.setEnabled(self.event_id is not None)

    def _edit(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit(index.row())

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        participant = self.proxy.participant(index.row())
        menu = QMenu(self)
        edit_action = menu.addAction(self.tr("Edit..."))
        reprint_action = menu.addAction(self.tr("Reprint badge..."))
        cancel_action = menu.addAction(self.tr("Cancel registration"))
        reprint_action.setEnabled(participant.status == RegistrationStatus.REGISTERED)
        cancel_action.setEnabled(participant.status == RegistrationStatus.REGISTERED)
        chosen = menu.exec(self.table.viewport().mapToGlobal(position))
        if chosen is edit_action:
            self.edit(index.row())
        elif chosen is reprint_action:
            self.window_.print_badge(participant.registration_id)
        elif chosen is cancel_action and QMessageBox.question(
                self, self.tr("Cancel registration"),
                self.tr("Cancel the registration of {name}? The row stays in the list, greyed, and the "
                        "badge no longer checks in.").format(name=participant.full_name),
        ) == QMessageBox.StandardButton.Yes:
            self.cancel_registration(participant.registration_id)
