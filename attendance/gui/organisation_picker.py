"""Pickers for an event's organisations and project, used by the event editor.

:class:`OrganisationPicker` chooses one organisation (the organiser) or several (partners,
funders) among those the database knows, or names a new one: a new name is only written when the
dialog saves, through :func:`attendance.organisations.find_or_create_organisation` (the service
the command line uses), so cancelling the dialog creates nothing. :class:`ProjectPicker` chooses
the event's project, or types the title of a new one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from attendance import organisations
from attendance.store import Store

# What a chosen line holds: the organisation's id (None for a name not saved yet) and its name.
Chosen = tuple[str | None, str]


class OrganisationPicker(QWidget):
    """A list of chosen organisations with a chooser to add one (existing, or a new name)."""

    def __init__(self, known: list[organisations.Organisation], *, single: bool = False,
                 language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.single = single
        self.chooser = QComboBox()
        self.chooser.setEditable(True)
        self.chooser.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.chooser.addItem("", None)
        for org in known:
            self.chooser.addItem(organisations.organisation_name(org, language), org.id)
        self.chooser.lineEdit().setPlaceholderText(self.tr("Choose an organisation or type a new name"))
        self.chooser.setAccessibleName(self.tr("Organisation to add"))
        for target in (self.chooser, self.chooser.lineEdit()):  # Enter adds, instead of saving the dialog
            target.installEventFilter(self)
        self.chooser.activated.connect(self._picked)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.chosen_list = QListWidget()
        self.chosen_list.setAccessibleName(self.tr("Chosen organisations"))
        self.chosen_list.setMaximumHeight(28 if single else 64)  # one line, or about three
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.chooser, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.chosen_list)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the chooser adds what is typed (the dialog's Save stays on its button)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_typed()
            return True
        return super().eventFilter(watched, event)

    def set_chosen(self, chosen: list[organisations.Organisation], language: str | None = None) -> None:
        """Show these organisations as chosen (in order)."""
        self.chosen_list.clear()
        for org in chosen:
            self._append(org.id, organisations.organisation_name(org, language))

    def chosen(self) -> list[Chosen]:
        """The chosen organisations in order: (id, name), id None for a new name."""
        return [self.chosen_list.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.chosen_list.count())]

    def add_typed(self) -> None:
        """Add the organisation picked or typed in the chooser (a known name is matched, else new)."""
        name = " ".join(self.chooser.currentText().split())
        if not name:
            return
        index = self.chooser.findText(name, Qt.MatchFlag.MatchFixedString)  # case-insensitive
        org_id = self.chooser.itemData(index) if index > 0 else None
        self._add(org_id, self.chooser.itemText(index) if index > 0 else name)

    def _picked(self, index: int) -> None:
        if index > 0:
            self._add(self.chooser.itemData(index), self.chooser.itemText(index))

    def _add(self, org_id: str | None, name: str) -> None:
        if any((org_id is not None and org_id == known) or name.casefold() == known_name.casefold()
               for known, known_name in self.chosen()):
            self.chooser.setCurrentIndex(0)
            return
        if self.single:
            self.chosen_list.clear()
        self._append(org_id, name)
        self.chooser.setCurrentIndex(0)
        self.chooser.clearEditText()

    def _append(self, org_id: str | None, name: str) -> None:
        item = QListWidgetItem(name if org_id else self.tr("{name} (new)").format(name=name))
        item.setData(Qt.ItemDataRole.UserRole, (org_id, name))
        self.chosen_list.addItem(item)

    def remove_selected(self) -> None:
        """Take the selected organisation off the list (the current one if none is selected)."""
        row = self.chosen_list.currentRow()
        if row < 0 and self.chosen_list.count():
            row = self.chosen_list.count() - 1
        if row >= 0:
            self.chosen_list.takeItem(row)

    def organisation_ids(self, store: Store) -> list[str]:
        """The chosen organisations' ids, creating the new names (call inside the save's transaction)."""
        return [org_id or organisations.find_or_create_organisation(store, name).id
                for org_id, name in self.chosen()]


class ProjectPicker(QComboBox):
    """The event's project: one of the known projects, none, or the title of a new one typed in."""

    def __init__(self, known: list[organisations.Project], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for project in known:
            self.addItem(f"{project.code} — {project.title}" if project.code else project.title, project.id)
        self.lineEdit().setPlaceholderText(self.tr("No project: choose one or type a new title"))

    def set_project(self, project: organisations.Project | None) -> None:
        """Show the event's project (or none)."""
        self.setCurrentIndex(max(self.findData(project.id), 0) if project else 0)

    def project_id(self, store: Store) -> str | None:
        """The chosen project's id (None for none), creating a typed new one (inside the save's transaction)."""
        text = " ".join(self.currentText().split())
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return self.itemData(index)
        return organisations.find_or_create_project(store, text).id
