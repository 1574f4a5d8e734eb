"""The institutions tool: see every institution with its sector, country and people, fix the sector and
country reports count by, and merge two records of the same institution ("PNC" and "Policía
Nacional Civil") through :func:`attendance.services.merge_institutions`.

Also the row the registration dialog shows under its institution field when the typed name is a
new institution, asking for its sector and country (:func:`attach_new_institution_fields`).
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attendance import i18n, services
from attendance.domain import AttendanceError, Institution, Sector
from attendance.gui.widgets import ErrorLabel, pick_country, picked_country, setup_country_picker
from attendance.reports.summary import sector_label
from attendance.store import Store

if TYPE_CHECKING:
    from attendance.gui.registration_dialog import RegistrationDialog

_PEOPLE_SQL = ("SELECT institution_id, count(*) FROM people WHERE deleted_at IS NULL AND institution_id IS NOT NULL "
               "GROUP BY institution_id")


class InstitutionsDialog(QDialog):
    """List institutions, edit the selected one's sector and country, merge a duplicate into another."""

    changed = Signal()  # an institution was edited or merged (committed)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.institutions: list[Institution] = []
        self.setWindowTitle(self.tr("Institutions"))

        self.table = QTableWidget(0, 5, objectName="institutions_table")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Acronym"), self.tr("Sector"),
                                              self.tr("Country"), self.tr("People")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)

        self.edit_box = edit_box = QGroupBox(self.tr("Selected institution"))
        self.sector = QComboBox(objectName="sector")
        for sector in Sector:
            self.sector.addItem(_capitalised(sector_label(sector.value)), sector.value)
        self.country = QComboBox(objectName="institution_country")
        setup_country_picker(self.country)
        self.save_button = QPushButton(self.tr("&Save sector and country"), objectName="save_institution")
        self.save_button.clicked.connect(self.save_selected)
        edit_form = QFormLayout(edit_box)
        edit_form.addRow(self.tr("Se&ctor:"), self.sector)
        edit_form.addRow(self.tr("C&ountry:"), self.country)
        edit_form.addRow(self.save_button)

        merge_box = QGroupBox(self.tr("Merge two records of the same institution"))
        self.merge_from = QComboBox(objectName="merge_from")
        self.merge_into = QComboBox(objectName="merge_into")
        self.merge_button = QPushButton(self.tr("&Merge"), objectName="merge_button")
        self.merge_button.clicked.connect(self.merge)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merge_from, 1)
        merge_row.addWidget(QLabel(self.tr("into")))
        merge_row.addWidget(self.merge_into, 1)
        merge_row.addWidget(self.merge_button)
        merge_layout = QVBoxLayout(merge_box)
        merge_layout.addWidget(QLabel(self.tr("Its people and registrations move to the one kept; it disappears "
                                              "from lists. The change is logged and syncs.")))
        merge_layout.addLayout(merge_row)

        self.error = ErrorLabel()
        self.status = QLabel(objectName="institutions_status")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(edit_box)
        layout.addWidget(merge_box)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(820, 560)
        self.reload()

    def reload(self) -> None:
        """Refill the table and the merge choices from the database."""
        self.institutions = services.list_institutions(self.store)
        people = dict(self.store.execute(_PEOPLE_SQL).fetchall())
        self.table.setRowCount(len(self.institutions))
        for row, institution in enumerate(self.institutions):
            cells = (institution.name, institution.acronym or "", _capitalised(sector_label(institution.sector)),
                     i18n.country_name(institution.country), str(people.get(institution.id, 0)))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        for combo in (self.merge_from, self.merge_into):
            combo.clear()
            for institution in self.institutions:
                label = f"{institution.name} ({institution.acronym})" if institution.acronym else institution.name
                combo.addItem(label, institution.id)
        self.merge_into.setCurrentIndex(min(1, self.merge_into.count() - 1))
        self._selected()

    def selected(self) -> Institution | None:
        """The institution of the selected row, if any."""
        row = self.table.currentRow()
        return self.institutions[row] if 0 <= row < len(self.institutions) else None

    def _selected(self) -> None:
        institution = self.selected()
        self.edit_box.setEnabled(institution is not None)
        if institution is not None:
            self.sector.setCurrentIndex(max(self.sector.findData(institution.sector), 0))
            pick_country(self.country, institution.country)

    def save_selected(self) -> None:
        """Save the selected institution's sector and country."""
        institution = self.selected()
        if institution is None:
            return
        try:
            services.update_institution(self.store, institution.id, sector=self.sector.currentData(),
                                        country=picked_country(self.country))
        except AttendanceError as error:
            self.error.show_message(str(error))
            return
        self.error.show_message("")
        self.status.setText(self.tr("Saved: {name}.").format(name=institution.name))
        self.changed.emit()
        self._reload_keeping(institution.id)

    def merge(self, *, confirm: bool = True) -> bool:
        """Merge the first chosen institution into the second (after a confirmation); True when done."""
        merge_id, keep_id = self.merge_from.currentData(), self.merge_into.currentData()
        if merge_id is None or keep_id is None:
            return False
        names = {i.id: i.name for i in self.institutions}
        if confirm and merge_id != keep_id and QMessageBox.question(
                self, self.tr("Merge institutions"),
                self.tr("Merge \"{merged}\" into \"{kept}\"? Its people and registrations move to \"{kept}\".")
                .format(merged=names[merge_id], kept=names[keep_id])) != QMessageBox.StandardButton.Yes:
            return False
        try:
            moved = services.merge_institutions(self.store, keep_id, merge_id)
        except AttendanceError as error:
            self.error.show_message(str(error))
            return False
        self.error.show_message("")
        self.status.setText(self.tr("Merged \"{merged}\" into \"{kept}\" ({moved} records moved).").format(
            merged=names[merge_id], kept=names[keep_id], moved=moved))
        self.changed.emit()
        self._reload_keeping(keep_id)
        return True

    def _reload_keeping(self, institution_id: str) -> None:
        self.reload()
        for row, institution in enumerate(self.institutions):
            if institution.id == institution_id:
                self.table.selectRow(row)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class NewInstitutionFields(QWidget):
    """Sector and country asked for an institution typed for the first time (reports count by them).

    Shown under the registration dialog's institution field while its text matches no known
    institution (by folded name or acronym); hidden otherwise.
    """

    def __init__(self, store: Store, institution: QLineEdit, person_country: QComboBox,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_institution")
        self.store = store
        self.person_country = person_country
        self.sector = QComboBox(objectName="new_institution_sector")
        for sector in Sector:
            self.sector.addItem(_capitalised(sector_label(sector.value)), sector.value)
        self.sector.setCurrentIndex(self.sector.findData(Sector.OTHER.value))
        self.country = QComboBox(objectName="new_institution_country")
        setup_country_picker(self.country)
        self.country.lineEdit().setPlaceholderText(self.tr("same as the person"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("New institution, sector:")))
        layout.addWidget(self.sector, 1)
        layout.addWidget(QLabel(self.tr("country:")))
        layout.addWidget(self.country, 1)
        institution.textChanged.connect(self._typed)
        self.hide()

    def _typed(self, text: str) -> None:
        self.setVisible(bool(text.strip()) and services.find_institution(self.store, text) is None)

    def values(self) -> dict[str, str | None]:
        """``sector`` and ``country`` for a new institution (the person's country if none chosen), else {}."""
        if self.isHidden():
            return {}
        return {"sector": self.sector.currentData(),
                "country": picked_country(self.country) or picked_country(self.person_country)}

    def clear(self) -> None:
        """Back to the defaults for the next new institution."""
        self.sector.setCurrentIndex(self.sector.findData(Sector.OTHER.value))
        self.country.setCurrentIndex(0)


def attach_new_institution_fields(dialog: RegistrationDialog) -> NewInstitutionFields:
    """Put the new-institution row under the registration dialog's institution field, in Tab order."""
    fields = NewInstitutionFields(dialog.store, dialog.institution, dialog.country, dialog)
    for form in dialog.findChildren(QFormLayout):
        row, _role = form.getWidgetPosition(dialog.institution)
        if row >= 0:
            form.insertRow(row + 1, fields)
            break
    after = dialog.tab_order[dialog.tab_order.index(dialog.institution) + 1]
    for before, following in pairwise([dialog.institution, fields.sector, fields.country, after]):
        QWidget.setTabOrder(before, following)
    dialog.registered.connect(lambda _registration_id: fields.clear())
    return fields
