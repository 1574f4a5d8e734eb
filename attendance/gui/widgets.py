"""Small widgets shared by the pages and dialogs: the country picker, the inline error label,
remembered file-dialog folders, and :class:`DeferredPage` (a page that refreshes only while it is
visible)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QStringListModel, Qt, QUrl
from PySide6.QtGui import QAccessible, QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from attendance import i18n
from attendance.domain import fold
from attendance.gui.workers import Job, Progress, run_behind_progress


def setup_country_picker(combo: QComboBox, language: str | None = None) -> None:
    """Turn a combo into a country picker: names in the language, ISO codes as item data.

    The combo is editable with a completer matching anywhere in the name, so typing "jam" offers
    Jamaica; the first item is empty (no country).
    """
    combo.clear()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("", None)
    names = i18n.country_names(language)
    for code, name in names.items():
        combo.addItem(name, code)
    combo.setCompleter(ranked_completer(list(names.values()), combo.lineEdit(), combo))


def ranked_key(typed: str, name: str) -> tuple[int, int, str] | None:
    """How well ``name`` matches what was typed: names starting with it first, then a word starting
    with it, then anywhere; None when it does not match. Accents and case are ignored ("per" puts
    Peru before Clipperton Island)."""
    wanted, folded = fold(typed), fold(name)
    if not wanted:
        return None
    position = folded.find(wanted)
    if position < 0:
        return None
    if position == 0:
        return 0, len(folded), folded
    word_start = any(word.startswith(wanted) for word in folded.split())
    return (1 if word_start else 2), position, folded


def ranked_completer(words: list[str], field: QLineEdit, parent: QWidget) -> QCompleter:
    """A completer for ``field`` that lists the matching ``words`` best first (see :func:`ranked_key`)."""
    model = QStringListModel(parent)
    completer = QCompleter(model, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setMaxVisibleItems(10)

    def update(text: str) -> None:
        ranked = sorted((key, word) for word in words if (key := ranked_key(text, word)) is not None)
        model.setStringList([word for _key, word in ranked[:50]])

    field.textEdited.connect(update)
    completer.words = words  # type: ignore[attr-defined]  # kept with it (replaced with a new completer)
    return completer


def picked_country(combo: QComboBox) -> str | None:
    """The ISO code of the chosen country, or the typed text for the core to resolve (or reject)."""
    text = combo.currentText().strip()
    if not text:
        return None
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)  # case-insensitive exact name
    return combo.itemData(index) if index > 0 else text


def pick_country(combo: QComboBox, code: str | None) -> None:
    """Show the country with this ISO code (or nothing)."""
    index = combo.findData(code) if code else 0
    combo.setCurrentIndex(max(index, 0))


def remembered_folder(settings: QSettings, key: str) -> str:
    """The folder a file dialog of this kind used last, else the user's documents (never the process's folder)."""
    folder = settings.value(key)
    if isinstance(folder, str) and Path(folder).is_dir():
        return folder
    documents = Path.home() / "Documents"
    return str(documents if documents.is_dir() else Path.home())


def remember_folder(settings: QSettings, key: str, chosen_file: str | Path) -> None:
    """Remember the folder of a file the user chose, for the next dialog of this kind."""
    settings.setValue(key, str(Path(chosen_file).parent))


class ErrorLabel(QLabel):
    """A red, word-wrapped line under a form that shows what went wrong (hidden when empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_label")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_message(self, message: str) -> None:
        """Show a message (an empty one hides the label)."""
        self.setText(message)
        self.setVisible(bool(message))


class SavedFileMessages:
    """For a page that writes files: its message line (``self.message``, a QLabel), the folder of the
    last file saved (``self.last_saved``) and its exports in the worker, shared by the Reports and
    Portfolio pages. The page keeps its jobs in ``self._jobs`` and enables its buttons in ``_enable``."""

    message: QLabel
    last_saved: Path | None
    open_folder_button: QPushButton
    _jobs: list[Job]
    _enable: Callable[[], None]  # the page's: its buttons, by whether a job runs

    def _run_export(self, work: Callable[[Progress], Path], *, title: str, writing: str, saved: str) -> Job:
        """Write a file in the worker behind a progress dialog titled ``title``: the message line says
        ``writing``, then ``saved`` (its ``{path}`` filled in) or why it failed. The texts come
        translated by the page, in its own translation context."""

        def done(result: Path) -> None:
            self.last_saved = result
            self.open_folder_button.setEnabled(True)
            self._say(saved.format(path=result))

        self._say(writing)
        return run_behind_progress(self, work, label=writing, title=title,  # type: ignore[arg-type]
                                   name="export_progress", jobs=self._jobs, enable=self._enable, done=done,
                                   failed=lambda message: self._say(message, error=True))

    def open_folder(self) -> None:
        """Show the folder of the last saved file in the system's file manager."""
        if self.last_saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_saved.parent)))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)


class DeferredPage(QWidget):
    """A page whose expensive refresh waits until it is visible (start-up, saves made on other pages).

    Subclasses implement :meth:`refresh` (read and show now) and call :meth:`refresh_when_shown`
    from ``set_event`` and on ``window.data_changed``: a visible page refreshes at once, a hidden
    one is marked stale and refreshes in its next ``showEvent``. Pages start stale, so a page that
    is never opened never reads its data (and never imports the libraries its work needs).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stale = True

    def refresh(self) -> None:
        """Read and show the page's data now (subclasses implement this)."""
        raise NotImplementedError

    def refresh_when_shown(self) -> None:
        """Refresh now if the page is visible, else when it is next shown."""
        self.stale = not self.isVisible()
        if not self.stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with what changed while the page was hidden."""
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.refresh()


# ----------------------------------------------------------------------------- accessibility
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractSlider,
               QPlainTextEdit, QTextEdit)


def _is_own_control(widget: QWidget) -> bool:
    """Whether a widget is a control of its own (not the line edit inside a combo, not a scroll bar)."""
    if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):  # Qt's own parts
        return False
    parent = widget.parentWidget()
    while parent is not None:
        # Parts of another control: a combo's line edit, a table's headers, a field's clear button.
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit)) \
                or type(parent).__name__ == "QCalendarWidget":
            return False
        parent = parent.parentWidget()
    return True


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says a widget is (its accessible name, or the text Qt derives from it)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "") or widget.accessibleName()


def _label_text(widget: QWidget) -> str:
    """The text of the label that names a widget: a label whose buddy it is, or its form row's label."""
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return label.text()
    parent = widget.parentWidget()
    for form in parent.findChildren(QFormLayout) if parent is not None else []:
        label = form.labelForField(widget)
        if isinstance(label, QLabel) and label.text():
            return label.text()
    return _label_before(widget)


def _label_before(widget: QWidget) -> str:
    """The text of a label placed just before the widget in its layout ("country: [field]")."""
    parent = widget.parentWidget()
    layouts = [parent.layout()] if parent is not None and parent.layout() is not None else []
    while layouts:
        layout = layouts.pop()
        items = [layout.itemAt(i) for i in range(layout.count())]
        for before, item in pairwise(items):
            if item.widget() is widget and isinstance(before.widget(), QLabel) and before.widget().text():
                return before.widget().text()
        layouts += [item.layout() for item in items if item.layout() is not None]
    return ""


def _area_title(widget: QWidget) -> str:
    """What the area holding a list is called: its group box's title, else its page's title."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title():
            return parent.title()
        if parent.windowTitle():
            return parent.windowTitle()
        parent = parent.parentWidget()
    return ""


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """The interactive widgets under ``root`` that have neither an accessible name nor a naming label."""
    return [widget for widget in root.findChildren(QWidget)
            if isinstance(widget, INTERACTIVE) and _is_own_control(widget)
            and not accessible_name(widget).strip() and not _label_text(widget)]


def name_controls(root: QWidget) -> None:
    """Give every interactive widget under ``root`` an accessible name where it has none.

    The name comes from what a sighted user reads for it: its form label, its placeholder, or its
    tooltip. Called for every page and dialog as it is first shown.
    """
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not _is_own_control(widget) or accessible_name(widget).strip():
            continue
        text = _label_text(widget) or getattr(widget, "placeholderText", lambda: "")() or widget.toolTip() \
            or (_area_title(widget) if isinstance(widget, QAbstractItemView) else "")
        if text:
            widget.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" :"))


class _NameOnShow(QObject):
    """Names the controls of every window (dialogs included) the first time it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a window's first Show, :func:`name_controls` it; never consumes the event."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow() \
                and not watched.property("controls_named"):
            watched.setProperty("controls_named", True)
            name_controls(watched)
        return False


def install_control_naming() -> None:
    """Make every window of the application name its controls when first shown (once per application)."""
    app = QCoreApplication.instance()
    if app is not None and getattr(app, "_attendance_naming", None) is None:
        app._attendance_naming = _NameOnShow(app)  # type: ignore[attr-defined]
        app.installEventFilter(app._attendance_naming)  # type: ignore[attr-defined]
