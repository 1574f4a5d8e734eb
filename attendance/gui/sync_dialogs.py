"""Sync in the window: export and import dialogs, and the pages that review conflicts and duplicates.

Thin over :mod:`attendance.sync.bundles` and :mod:`attendance.sync.merge`: the dialogs gather choices and show
the core's figures; every rule (what a bundle holds, how it merges, what a conflict is) lives there.
An import is previewed first (computed without writing) and applied only when the person confirms.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attendance import services
from attendance.domain import AttendanceError
from attendance.gui import workers
from attendance.gui.models import value_label
from attendance.gui.widgets import DeferredPage, ErrorLabel
from attendance.gui.workers import Job
from attendance.store import Store

if TYPE_CHECKING:  # imported where used: merge and sync load rapidfuzz, needed only on these pages
    from attendance.sync import bundles as sync
    from attendance.sync import merge

AnyIndex = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table of plain rows: each row a tuple of display values, with its source object."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple[Any, tuple[str, ...]]] = []

    def set_rows(self, rows: list[tuple[Any, tuple[str, ...]]]) -> None:
        """Replace every row: (the object behind the row, its display texts)."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def item(self, row: int) -> Any:
        """The object behind a row."""
        return self.rows[row][0]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][1][index.column()]
        return None


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    return view


def _shown(value: Any) -> str:
    """A value as a person reads it (empty for none)."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


# Fields whose values are domain words ("not_stated"), shown in the chosen language.
_DOMAIN_FIELDS = {"sex", "role", "status", "kind", "modality", "sector", "method", "source"}
# Fields that hold the id of another row, shown by that row's name.
_REFERENCES = {"institution_id": ("institutions", "name"), "person_id": ("people", "family_names"),
               "event_id": ("events", "title"), "session_id": ("sessions", "date")}


def field_value(store: Store, field: str, value: Any) -> str:
    """A field's value as a person reads it: translated domain words, names instead of ids."""
    if isinstance(value, str) and field in _DOMAIN_FIELDS:
        return value_label(value)
    if isinstance(value, str) and field in _REFERENCES:
        table, column = _REFERENCES[field]
        row = store.row(table, value) or {}
        return str(row.get(column) or value)
    return _shown(value)


class FieldLabels(QObject):
    """Readable, translated names of the fields a conflict can be about."""

    def label(self, field: str) -> str:
        """The field's name for people; the column name when it has none."""
        labels = {
            "given_names": self.tr("Given names"), "family_names": self.tr("Family names"), "sex": self.tr("Sex"),
            "email": self.tr("Email"), "phone": self.tr("Phone"), "country": self.tr("Country"),
            "position": self.tr("Position"), "institution_id": self.tr("Institution"), "notes": self.tr("Notes"),
            "role": self.tr("Role"), "status": self.tr("Status"), "title": self.tr("Title"), "code": self.tr("Code"),
            "name": self.tr("Name"), "acronym": self.tr("Acronym"), "sector": self.tr("Sector"),
            "date": self.tr("Date"), "label": self.tr("Label"), "venue": self.tr("Venue"), "city": self.tr("City"),
        }
        return labels.get(field, field)


# --------------------------------------------------------------------------- export
class ExportBundleDialog(QDialog):
    """File › Export sync bundle: everything, the changes since the last bundle, or the selected event."""

    exported = Signal(object)  # the ExportResult, after the file is written

    def __init__(self, store: Store, event_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.event_id = event_id
        self.setWindowTitle(self.tr("Export sync bundle"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Write this laptop's work to a file for another laptop or the coordinator.")))
        self.everything = QRadioButton(self.tr("Everything on this laptop"))
        self.since_last = QRadioButton(self.tr("Only what changed since the last bundle sent"))
        event_title = services.get_event(store, event_id).title if event_id else ""
        self.one_event = QRadioButton(self.tr("Only the selected event, to set up another desk: {title}")
                                      .format(title=event_title))
        self.one_event.setEnabled(event_id is not None)
        self.scope = QButtonGroup(self)
        for button in (self.everything, self.since_last, self.one_event):
            self.scope.addButton(button)
            layout.addWidget(button)
        has_sent = store.scalar("SELECT 1 FROM sync_bundles_sent WHERE scope != 'event' LIMIT 1") is not None
        (self.since_last if has_sent else self.everything).setChecked(True)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("bundle_path")
        self.path_edit.setPlaceholderText(self.tr("Bundle file (.zip)"))
        browse = QPushButton(self.tr("Choose..."))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export sync bundle"), "attendance-sync.zip",
                                              self.tr("Sync bundles (*.zip)"))
        if path:
            self.path_edit.setText(path)

    def export(self) -> sync.ExportResult | None:
        """Write the bundle to the chosen file; closes on success, says why not otherwise."""
        from attendance.sync import bundles as sync

        text = self.path_edit.text().strip()
        if not text:
            self.error.show_message(self.tr("Choose the file to write."))
            return None
        path = Path(text) if text.lower().endswith(".zip") else Path(text + ".zip")
        try:
            result = sync.export_bundle(self.store, path, event_id=self.event_id if self.one_event.isChecked()
                                        else None, since_last=self.since_last.isChecked())
        except AttendanceError as error:
            self.error.show_message(str(error))
            return None
        self.exported.emit(result)
        self.accept()
        return result


# --------------------------------------------------------------------------- import
class UntrustedSender:
    """A preview that stopped at a laptop not trusted yet: its fingerprint, for the person to compare."""

    def __init__(self, message: str, fingerprint: str) -> None:
        self.message = message
        self.fingerprint = fingerprint


def _in_worker(database: Path, bundle: Path, *, dry_run: bool,
               trust_fingerprint: str | None = None) -> Callable[[Callable[[int, int], None]], Any]:
    """A worker's job: preview or import a bundle on the worker thread's own connection."""

    def work(_progress: Callable[[int, int], None]) -> sync.ImportPreview | UntrustedSender:
        from attendance.sync import bundles as sync
        from attendance.sync.signing import UntrustedDevice

        with Store(database, verify=False) as store:
            try:
                return sync.import_bundle(store, bundle, dry_run=dry_run, trust_fingerprint=trust_fingerprint)
            except sync.BundleError as error:
                if isinstance(error.__cause__, UntrustedDevice):
                    return UntrustedSender(str(error), error.__cause__.fingerprint)
                raise

    return work


class ImportPreviewDialog(QDialog):
    """File › Import sync bundle: what the bundle would change, then one click to merge it.

    Reading the preview and importing both run in a worker thread (a big bundle takes seconds) with
    its own database connection; the dialog shows the result and closes only after the commit.
    """

    previewed = Signal()  # the figures are shown (or why the bundle cannot be imported)
    imported = Signal(object)  # the ImportPreview, after the transaction committed

    def __init__(self, store: Store, path: str | Path, parent: QWidget | None = None, *,
                 thread_pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.path = Path(path)
        self.preview: sync.ImportPreview | None = None
        self.trust_fingerprint: str | None = None  # confirmed by the person, for this bundle's sender
        self.pending_fingerprint: str | None = None  # shown, not confirmed yet
        self.thread_pool = thread_pool or QThreadPool.globalInstance()
        self._jobs: list[Job] = []  # kept alive until their signals have been delivered
        self.importing = False
        self.setWindowTitle(self.tr("Import sync bundle"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.figures = QFormLayout()
        layout.addLayout(self.figures)
        self.conflicts_label = QLabel(self.tr("Conflicts (the later value is applied; review them afterwards):"))
        self.conflicts_model = RowsModel([self.tr("Record"), self.tr("Field"), self.tr("This laptop"),
                                          self.tr("Bundle")], self)
        self.conflicts_view = _table(self.conflicts_model, "preview_conflicts")
        self.duplicates_label = QLabel(self.tr("Possible duplicate people (nothing is merged by itself):"))
        self.duplicates_model = RowsModel([self.tr("Already here"), self.tr("Arriving"), self.tr("Why")], self)
        self.duplicates_view = _table(self.duplicates_model, "preview_duplicates")
        for widget in (self.conflicts_label, self.conflicts_view, self.duplicates_label, self.duplicates_view):
            layout.addWidget(widget)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.sender_code = QLabel(objectName="sender_fingerprint")
        self.sender_code.setStyleSheet("font-family: monospace; font-size: 18pt;")
        self.sender_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_sender = QPushButton(self.tr("The codes are the same: &trust this laptop"),
                                        objectName="trust_sender_button")
        self.trust_sender.clicked.connect(self.confirm_sender)
        layout.addWidget(self.sender_code)
        layout.addWidget(self.trust_sender)
        # While only the question is shown, the spare room goes below it, not between its lines.
        self.question_space = QWidget()
        self.question_space.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.question_space)
        self.question_space.hide()
        self.sender_code.hide()
        self.trust_sender.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_button")
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.heading.setText(self.tr("Reading {name}...").format(name=self.path.name))
        self.import_button.setEnabled(False)
        for widget in (self.conflicts_label, self.conflicts_view, self.duplicates_label, self.duplicates_view):
            widget.hide()
        self._start(_in_worker(store.path, self.path, dry_run=True), self._show_preview, self._cannot_read)

    def _start(self, work: Callable[[Callable[[int, int], None]], Any], finished: Callable[[Any], None],
               failed: Callable[[str], None]) -> None:
        job = Job(work)
        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        self._jobs.append(job)
        self.thread_pool.start(job)

    def _cannot_read(self, message: str) -> None:
        self.heading.setText(self.tr("This file cannot be imported. Nothing was changed."))
        self.error.show_message(message)
        self.previewed.emit()

    def _ask_to_trust(self, sender: UntrustedSender) -> None:
        from attendance.sync.devices import format_fingerprint

        self.heading.setText(self.tr("This bundle comes from a laptop this one does not trust yet. Compare its "
                                     "fingerprint below with the one its Devices page shows; import only if they "
                                     "are the same."))
        self.sender_code.setText(format_fingerprint(sender.fingerprint))
        self.pending_fingerprint = sender.fingerprint
        self.sender_code.show()
        self.trust_sender.show()
        self.question_space.show()
        self.previewed.emit()

    def confirm_sender(self) -> None:
        """The person compared the codes: trust that laptop for this import (recorded when importing)."""
        self.trust_fingerprint = self.pending_fingerprint
        self.sender_code.hide()
        self.trust_sender.hide()
        self.question_space.hide()
        self.heading.setText(self.tr("Reading {name}...").format(name=self.path.name))
        self._start(_in_worker(self.store.path, self.path, dry_run=True, trust_fingerprint=self.trust_fingerprint),
                    self._show_preview, self._cannot_read)

    def _show_preview(self, preview: sync.ImportPreview | UntrustedSender) -> None:
        if isinstance(preview, UntrustedSender):
            self._ask_to_trust(preview)
            return
        self.preview = preview
        self.import_button.setEnabled(not preview.already_imported)
        if preview.already_imported:
            self.heading.setText(self.tr("This bundle was already imported; importing it again changes nothing."))
        else:
            self.heading.setText(self.tr("Bundle {name} from laptop {device}, made {created}.").format(
                name=self.path.name, device=preview.device_id, created=preview.created_at[:16].replace("T", " ")))
        for label, value in (
                (self.tr("Changes in the bundle"), preview.changes_total),
                (self.tr("New to this laptop"), preview.changes_new),
                (self.tr("New people"), preview.new_people),
                (self.tr("People updated"), preview.updated_people),
                (self.tr("New registrations"), preview.new_registrations),
                (self.tr("New check-ins"), preview.new_checkins),
                (self.tr("People erased"), preview.erased_people),
                (self.tr("Conflicts to review"), len(preview.conflicts)),
                (self.tr("Possible duplicate people"), len(preview.duplicates))):
            figure = QLabel(str(value))
            figure.setObjectName("figure")
            self.figures.addRow(label + ":", figure)
        if preview.waiting_rows:
            self.figures.addRow(QLabel(self.tr("{count} rows wait for an earlier bundle from that laptop.")
                                       .format(count=preview.waiting_rows)))
        labels = FieldLabels()
        self.conflicts_model.set_rows([
            (c, (self._record(c.entity, c.entity_id), labels.label(c.field),
                 field_value(self.store, c.field, c.local.fields[c.field]),
                 field_value(self.store, c.field, c.remote.fields[c.field]))) for c in preview.conflicts])
        self.duplicates_model.set_rows([
            (d, (d.first_name, d.second_name, self.tr("same email") if d.reason == "email"
                 else self.tr("same name and institution"))) for d in preview.duplicates])
        self.conflicts_label.setVisible(bool(preview.conflicts))
        self.conflicts_view.setVisible(bool(preview.conflicts))
        self.duplicates_label.setVisible(bool(preview.duplicates))
        self.duplicates_view.setVisible(bool(preview.duplicates))
        self.previewed.emit()

    def _record(self, entity: str, entity_id: str) -> str:
        row = self.store.row(entity, entity_id) or {}
        if entity == "people":
            return f"{row.get('given_names', '')} {row.get('family_names', '')}".strip()
        return str(row.get("title") or row.get("name") or row.get("label") or row.get("date") or entity_id[:8])

    def apply(self) -> None:
        """Merge the bundle in one transaction (in the worker); the dialog closes after the commit."""
        self.import_button.setEnabled(False)
        self.importing = True
        self.heading.setText(self.tr("Importing {name}...").format(name=self.path.name))
        self._start(_in_worker(self.store.path, self.path, dry_run=False, trust_fingerprint=self.trust_fingerprint),
                    self._imported, self._import_failed)

    def reject(self) -> None:
        """Cancel closes the dialog, except while the import runs: it ends with its commit or rollback."""
        if not self.importing:
            super().reject()

    def _imported(self, result: sync.ImportPreview | UntrustedSender) -> None:
        if isinstance(result, UntrustedSender):  # its trust was revoked while the preview was shown
            self._import_failed(result.message)
            return
        self.importing = False
        self.store.catch_up_clock()  # the worker's connection wrote; edits made here from now on come later
        self.imported.emit(result)
        self.accept()

    def _import_failed(self, message: str) -> None:
        self.importing = False
        self.heading.setText(self.tr("Nothing was imported."))
        self.error.show_message(message)
        self.import_button.setEnabled(True)


# --------------------------------------------------------------------------- review pages
class ConflictsPage(DeferredPage):
    """Conflicts from sync: the same field changed on two laptops. Pick a value; the choice syncs."""

    def __init__(self, store: Store, window: Any) -> None:
        super().__init__()
        self.store = store
        self.window_ = window
        self.setWindowTitle(self.tr("Conflicts"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The same detail was changed on two laptops before they synced. The later change "
                               "is applied for now; choose the right value and it will win on every laptop "
                               "after the next sync."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RowsModel([self.tr("Record"), self.tr("Field"), self.tr("Value here"),
                                self.tr("Value from the other laptop"), self.tr("Applied now")], self)
        self.view = _table(self.model, "conflicts_table")
        layout.addWidget(self.view, 1)
        self.empty = QLabel(self.tr("No conflicts to review."))
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.keep_local = QPushButton(self.tr("Keep the value &here"))
        self.keep_remote = QPushButton(self.tr("Keep the value from the &other laptop"))
        self.keep_local.clicked.connect(lambda: self.resolve_selected("local"))
        self.keep_remote.clicked.connect(lambda: self.resolve_selected("remote"))
        buttons.addStretch(1)
        buttons.addWidget(self.keep_local)
        buttons.addWidget(self.keep_remote)
        layout.addLayout(buttons)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        window.data_changed.connect(self.refresh_when_shown)  # read when first shown, then after saves

    def set_event(self, event_id: str | None) -> None:
        """Conflicts are not per event: the list stays as it is."""

    def refresh(self) -> None:
        """Read the open conflicts again."""
        from attendance.sync import merge

        found = merge.open_conflicts(self.store)
        labels = FieldLabels()
        self.model.set_rows([(c, (c.label, labels.label(c.field), field_value(self.store, c.field, c.local_value),
                                  field_value(self.store, c.field, c.remote_value),
                                  field_value(self.store, c.field, c.current))) for c in found])
        self.empty.setVisible(not found)
        if found:
            self.view.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = bool(self.view.selectionModel().selectedRows())
        self.keep_local.setEnabled(chosen)
        self.keep_remote.setEnabled(chosen)

    def resolve_selected(self, side: str) -> None:
        """Settle the selected conflict with one side's value (a new change, committed)."""
        from attendance.sync import merge

        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        conflict = self.model.item(rows[0].row())
        try:
            merge.resolve_conflict(self.store, conflict.id, side)
        except AttendanceError as error:
            self.error.show_message(str(error))
            return
        self.error.show_message("")
        self.window_.notify_data_changed()


class DuplicatesPage(DeferredPage):
    """Possible duplicate people (same email, or same name and institution), merged only on request."""

    def __init__(self, store: Store, window: Any, *, confirm: Any = None) -> None:
        super().__init__()
        self.store = store
        self.window_ = window
        self.confirm = confirm or self._ask
        self.setWindowTitle(self.tr("Duplicates"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("These people may be the same person. Merging keeps the first one, moves the "
                               "second one's registrations and check-ins to them and fills in their missing "
                               "details; it is logged and syncs to the other laptops."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RowsModel([self.tr("Keep"), self.tr("Merge into them"), self.tr("Why"), self.tr("Email"),
                                self.tr("Institution")], self)
        self.view = _table(self.model, "duplicates_table")
        layout.addWidget(self.view, 1)
        self.empty = QLabel(self.tr("No possible duplicate people."))
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.swap_button = QPushButton(self.tr("&Swap which one is kept"))
        self.merge_button = QPushButton(self.tr("&Merge..."))
        self.swap_button.clicked.connect(self.swap_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        buttons.addStretch(1)
        buttons.addWidget(self.swap_button)
        buttons.addWidget(self.merge_button)
        layout.addLayout(buttons)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.swapped: set[tuple[str, str]] = set()
        self.reads = workers.LatestRead(store, self, failed=self.error.show_message)
        window.data_changed.connect(self.refresh_when_shown)  # read when first shown, then after saves

    def set_event(self, event_id: str | None) -> None:
        """People are shared by all events: the list stays as it is."""

    def refresh(self) -> None:
        """Look for possible duplicates again: in the worker when there are many people (at 20,000 the
        search takes about a second), showing "Looking..." meanwhile."""
        from attendance.sync import merge

        many = workers.many_rows(self.store, "people")
        if many and self.model.rowCount() == 0:
            self.empty.setText(self.tr("Looking for possible duplicates..."))
            self.empty.show()
        self.reads.read(merge.possible_duplicates, self._found, in_worker=many)
        self._update_buttons()  # no merge from a list being replaced

    def _found(self, pairs: list[merge.DuplicatePair]) -> None:
        self.empty.setText(self.tr("No possible duplicate people."))
        rows = []
        for pair in pairs:
            keep, other = (pair.first_id, pair.first_name), (pair.second_id, pair.second_name)
            if (pair.first_id, pair.second_id) in self.swapped:
                keep, other = other, keep
            why = self.tr("same email") if pair.reason == "email" else self.tr("same name and institution")
            rows.append(((keep[0], other[0]), (keep[1], other[1], why, pair.email or "", pair.institution or "")))
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if rows:
            self.view.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = bool(self.view.selectionModel().selectedRows()) and not self.reads.loading
        self.swap_button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen)

    def _selected(self) -> tuple[str, str] | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def swap_selected(self) -> None:
        """Keep the second person of the selected pair instead of the first."""
        pair = self._selected()
        if pair is None:
            return
        self.swapped ^= {pair, (pair[1], pair[0])}
        self.refresh()

    def _ask(self, keep_name: str, merge_name: str) -> bool:
        return QMessageBox.question(self, self.tr("Merge people"), self.tr(
            "Merge {merged} into {kept}? {merged} disappears from lists; their registrations and check-ins "
            "move to {kept}.").format(merged=merge_name, kept=keep_name)) == QMessageBox.StandardButton.Yes

    def merge_selected(self) -> merge.PeopleMerged | None:
        """After confirmation, merge the selected pair's second person into the first."""
        from attendance.sync import merge

        pair = self._selected()
        if pair is None:
            return None
        texts = self.model.rows[self.view.selectionModel().selectedRows()[0].row()][1]
        if not self.confirm(texts[0], texts[1]):
            return None
        try:
            result = merge.merge_people(self.store, *pair)
        except AttendanceError as error:
            self.error.show_message(str(error))
            return None
        self.error.show_message("")
        self.window_.notify_data_changed()
        return result
