"""File › Settings…: the document settings (organisation, logos, signatory, certificates, reports, lists).

One field per entry of :data:`attendance.settings.SETTINGS`, labelled and explained by the registry
itself; logos and the signature show a preview. Save hands every value to
:func:`attendance.settings.save` at once (all checked, then written in one transaction) and says
"saved" only once it returned; a refused value is shown under the form and nothing is written.
(The window's own state, in QSettings, is :mod:`attendance.gui.settings`: a different thing.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from attendance import settings
from attendance.domain import AttendanceError
from attendance.gui.widgets import ErrorLabel, remember_folder, remembered_folder
from attendance.store import Store

IMAGE_FOLDER_KEY = "folders/images"  # where the last logo or signature was picked
PREVIEW = QSize(120, 60)
# The dialog's three boxes and the settings each holds, in the registry's keys.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("organisation", (settings.ORGANISATION_NAME, settings.ORGANISER_LOGO, settings.PARTNER_LOGOS)),
    ("certificates", (settings.SIGNATORY_NAME, settings.SIGNATORY_TITLE, settings.SIGNATURE_IMAGE,
                      settings.CERTIFICATE_THRESHOLD, settings.CERTIFICATE_RULE)),
    ("reports", (settings.REPORT_LANGUAGE, settings.REPORT_NOUN, settings.CSV_DELIMITER)),
)


def _preview(path: str) -> QPixmap | None:
    """The image scaled into the preview box, or None when there is none or it cannot be read."""
    pixmap = QPixmap(path) if path and Path(path).is_file() else QPixmap()
    if pixmap.isNull():
        return None
    return pixmap.scaled(PREVIEW, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class ImageField(QWidget):
    """A path of one image with its preview, a Choose… button and a Remove button."""

    def __init__(self, title: str, folder: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.title = title
        self.preview = QLabel(objectName="image_preview")
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #bbb; background: white; color: #555;")
        self.path = QLineEdit(objectName="image_path")
        self.path.setPlaceholderText(self.tr("No image"))
        self.path.setAccessibleName(title)
        self.path.textChanged.connect(self._show_preview)
        self.choose = QPushButton(self.tr("Choose..."), objectName="choose_image")
        self.choose.setAccessibleName(self.tr("Choose {setting}").format(setting=title))
        self.choose.clicked.connect(self.pick)
        self.remove = QPushButton(self.tr("Remove"), objectName="remove_image")
        self.remove.setAccessibleName(self.tr("Remove {setting}").format(setting=title))
        self.remove.clicked.connect(self.path.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch()
        column = QVBoxLayout()
        column.addWidget(self.path)
        column.addLayout(buttons)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(column, 1)
        self._show_preview("")

    def value(self) -> str:
        """The path as shown (checked by the core on save)."""
        return self.path.text().strip()

    def set_value(self, path: str) -> None:
        """Show a saved path and its preview."""
        self.path.setText(path)

    def pick(self) -> None:
        """Ask for an image file."""
        chosen, _ = QFileDialog.getOpenFileName(self, self.title, remembered_folder(self.folder, IMAGE_FOLDER_KEY),
                                                self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp)"))
        if chosen:
            remember_folder(self.folder, IMAGE_FOLDER_KEY, chosen)
            self.path.setText(chosen)

    def _show_preview(self, text: str) -> None:
        pixmap = _preview(text.strip())
        if pixmap is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Cannot read this image") if text.strip() else self.tr("No image"))
        else:
            self.preview.setPixmap(pixmap)


class ImageListField(QWidget):
    """Several images in order (partner and funder logos): thumbnails with Add…, Remove, Up and Down."""

    def __init__(self, title: str, folder: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.title = title
        self.list = QListWidget(objectName="image_list")
        self.list.setAccessibleName(title)
        # Logos side by side, each named under its thumbnail, in the order they are printed.
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setIconSize(PREVIEW)
        self.list.setGridSize(QSize(PREVIEW.width() + 16, PREVIEW.height() + 40))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(2 * PREVIEW.height() + 90)
        buttons = QVBoxLayout()
        for name, text, action in (("add_images", self.tr("Add..."), self.pick),
                                   ("remove_selected", self.tr("Remove"), self.remove_selected),
                                   ("move_up", self.tr("Up"), lambda: self.move(-1)),
                                   ("move_down", self.tr("Down"), lambda: self.move(1))):
            button = QPushButton(text, objectName=name)
            button.setAccessibleName(self.tr("{action}: {setting}").format(action=text.rstrip("."), setting=title))
            button.clicked.connect(action)
            buttons.addWidget(button)
        buttons.addStretch()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)

    def value(self) -> list[str]:
        """The paths in their order."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_value(self, paths: list[str]) -> None:
        """Show saved paths."""
        self.list.clear()
        self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> None:
        """Append images (each with its thumbnail, or a note when it cannot be read)."""
        for path in paths:
            pixmap = _preview(path)
            item = QListWidgetItem(QIcon(pixmap) if pixmap else QIcon(), Path(path).name if pixmap else
                                   self.tr("{name} (cannot read this image)").format(name=Path(path).name))
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.list.addItem(item)

    def pick(self) -> None:
        """Ask for one or more image files."""
        chosen, _ = QFileDialog.getOpenFileNames(self, self.title, remembered_folder(self.folder, IMAGE_FOLDER_KEY),
                                                 self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp)"))
        if chosen:
            remember_folder(self.folder, IMAGE_FOLDER_KEY, chosen[0])
            self.add_paths(chosen)

    def remove_selected(self) -> None:
        """Take the selected image out of the list."""
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def move(self, step: int) -> None:
        """Move the selected image up (-1) or down (+1)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.insertItem(target, self.list.takeItem(row))
        self.list.setCurrentRow(target)


class SettingsDialog(QDialog):
    """Edit every document setting; Save writes them all at once, through the core settings service."""

    saved = Signal()  # the settings were written (committed)

    def __init__(self, store: Store, folder: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Settings"))
        self.fields: dict[str, QWidget] = {}
        titles = {"organisation": self.tr("Organisation and logos"), "certificates": self.tr("Certificates"),
                  "reports": self.tr("Reports and lists")}
        boxes: dict[str, QGroupBox] = {}
        for group, keys in GROUPS:
            box = boxes[group] = QGroupBox(titles[group], objectName=f"{group}_box")
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key in keys:
                entry = settings.BY_KEY[key]
                field = self._field(entry, folder)
                field.setObjectName(key)
                field.setToolTip(entry.explanation())
                focus = self._focus_widget(field)
                focus.setAccessibleDescription(entry.explanation())
                label = QLabel(entry.title() + ":", objectName=f"{key}_label")
                label.setBuddy(focus)
                label.setToolTip(entry.explanation())
                label.setWordWrap(True)  # long labels (Spanish, French) take two lines, not the dialog's width
                label.setMaximumWidth(170)
                help_text = QLabel(entry.explanation(), objectName=f"{key}_help")
                help_text.setWordWrap(True)
                help_text.setStyleSheet("color: #555; font-size: 8pt;")
                cell = QVBoxLayout()
                cell.setSpacing(1)
                cell.addWidget(field)
                cell.addWidget(help_text)
                form.addRow(label, cell)
                self.fields[key] = field
        self.error_label = ErrorLabel(self)
        self.saved_label = QLabel(objectName="saved_label")
        self.saved_label.setStyleSheet("color: #1b5e20;")
        self.saved_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(boxes["certificates"])
        right.addWidget(boxes["reports"])
        right.addStretch()
        columns = QHBoxLayout()
        columns.addWidget(boxes["organisation"], 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error_label)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.buttons)
        self.load()
        # An edit after a save hides "saved" again (spin boxes hold a line edit too).
        for line in self.findChildren(QLineEdit):
            line.textChanged.connect(self._edited)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._edited)

    def _field(self, entry: settings.Setting, folder: QSettings) -> QWidget:
        """The widget that edits one setting, chosen by its kind."""
        if entry.kind is settings.Kind.IMAGE:
            return ImageField(entry.title(), folder)
        if entry.kind is settings.Kind.IMAGES:
            return ImageListField(entry.title(), folder)
        if entry.kind is settings.Kind.PERCENT:
            spin = QSpinBox()
            spin.setRange(1, 100)
            spin.setSuffix(" %")
            return spin
        if entry.kind is settings.Kind.CHOICE:
            combo = QComboBox()
            for choice, _label in entry.choices:
                combo.addItem(entry.choice_label(choice), choice)
            return combo
        return QLineEdit()

    @staticmethod
    def _focus_widget(field: QWidget) -> QWidget:
        """The control a label's mnemonic and a screen reader should reach inside a field."""
        if isinstance(field, ImageField):
            return field.path
        if isinstance(field, ImageListField):
            return field.list
        return field

    def load(self) -> None:
        """Show the saved values (defaults where nothing is saved)."""
        for key, current in settings.values(self.store).items():
            field = self.fields[key]
            if isinstance(field, ImageField | ImageListField):
                field.set_value(current)  # type: ignore[arg-type]
            elif isinstance(field, QSpinBox):
                field.setValue(int(current))  # type: ignore[arg-type]
            elif isinstance(field, QComboBox):
                field.setCurrentIndex(max(0, field.findData(current)))
            elif isinstance(field, QLineEdit):
                field.setText(str(current))

    def values(self) -> dict[str, settings.Value]:
        """What the fields hold, by setting key."""
        found: dict[str, settings.Value] = {}
        for key, field in self.fields.items():
            if isinstance(field, ImageField | ImageListField | QSpinBox):
                found[key] = field.value()
            elif isinstance(field, QComboBox):
                found[key] = field.currentData()
            elif isinstance(field, QLineEdit):
                found[key] = field.text()
        return found

    def save(self) -> bool:
        """Write every setting through the core; "saved" is shown only after it returned."""
        self.saved_label.hide()
        try:
            settings.save(self.store, self.values())
        except AttendanceError as error:
            self.error_label.show_message(str(error))
            return False
        self.error_label.show_message("")
        self.load()  # as stored: absolute paths, spaces tidied
        self.saved_label.setText(self.tr("Settings saved."))
        self.saved_label.show()
        self.saved.emit()
        return True

    def _edited(self) -> None:
        self.saved_label.hide()
