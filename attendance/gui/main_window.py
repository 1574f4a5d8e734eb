"""The main window: an event selector, menus, and a tab of pages that follow the selected event.

To add a page, write a QWidget class taking ``(store, window)`` that sets its tab title with
``self.setWindowTitle(self.tr("..."))`` and has ``set_event(event_id: str | None)``, then append
it to :data:`PAGES`: the class itself (built with the window) or a :class:`LazyPage` naming its
module, class and title (imported and built the first time its tab is shown, or when
``window.page(Class)`` asks for it, which keeps the window's start short). The window calls
``set_event`` on every built page whenever the selected event changes, and emits
:attr:`MainWindow.data_changed` after something was saved so pages can refresh
(``window.data_changed.connect(...)``; a page that saves calls ``window.notify_data_changed()``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QRunnable, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)

from attendance import checkin, demo, services
from attendance.gui import settings as keys
from attendance.gui.events_page import EventsPage
from attendance.gui.hub_sync import HubSync
from attendance.gui.participants_page import ParticipantsPage
from attendance.gui.widgets import install_control_naming, name_controls, remember_folder, remembered_folder
from attendance.i18n import LANGUAGES
from attendance.store import Store

if TYPE_CHECKING:  # imported when opened, not at start-up (the wizard loads the importer, openpyxl on use)
    from attendance.gui.event_dialog import EventDialog
    from attendance.gui.import_wizard import ImportWizard
    from attendance.gui.institutions_dialog import InstitutionsDialog
    from attendance.gui.registration_dialog import RegistrationDialog
    from attendance.gui.settings_dialog import SettingsDialog
    from attendance.gui.sync_dialogs import ExportBundleDialog, ImportPreviewDialog

PageFactory = Callable[[Store, "MainWindow"], QWidget]
BUNDLE_FOLDER_KEY = "folders/bundles"  # where the last sync bundle was picked


@dataclass(frozen=True)
class LazyPage:
    """A page whose module is imported, and the page built, only when it is first needed."""

    module: str
    class_name: str
    title: str  # the tab title exactly as the class passes it to self.tr(), so it is translated alike

    def load(self) -> PageFactory:
        """Import the page's module and give its class."""
        return getattr(importlib.import_module(self.module), self.class_name)

    def is_for(self, page_type: type) -> bool:
        """Whether this names ``page_type``."""
        return (page_type.__module__, page_type.__name__) == (self.module, self.class_name)


# The window's pages, in tab order. Add yours here (see the module docstring for the contract).
PAGES: list[PageFactory | LazyPage] = [
    EventsPage, ParticipantsPage,
    LazyPage("attendance.gui.checkin_page", "CheckInPage", "Check-in"),
    LazyPage("attendance.gui.badges_page", "BadgesPage", "Badges"),
    LazyPage("attendance.gui.reports_page", "ReportsPage", "Reports"),
    LazyPage("attendance.gui.portfolio_page", "PortfolioPage", "Portfolio"),
    LazyPage("attendance.gui.sync_dialogs", "ConflictsPage", "Conflicts"),
    LazyPage("attendance.gui.sync_dialogs", "DuplicatesPage", "Duplicates"),
    LazyPage("attendance.gui.devices_page", "DevicesPage", "Devices"),
]


class MainWindow(QMainWindow):
    """The application window over one open database."""

    event_changed = Signal(object)  # the selected event's id, or None
    data_changed = Signal()  # something was saved: pages refresh what they show

    def __init__(self, store: Store, settings: QSettings, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.language = language
        self.setWindowTitle(self.tr("Attendance"))

        self.event_selector = QComboBox()
        self.event_selector.setObjectName("event_selector")
        self.event_selector.setMinimumContentsLength(64)
        self.event_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_selector.currentIndexChanged.connect(self._selected_event_changed)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.pages: list[QWidget] = []
        self._placeholders: dict[QWidget, LazyPage] = {}  # tabs whose page is not built yet
        for entry in PAGES:
            if isinstance(entry, LazyPage):
                placeholder = QWidget()
                self._placeholders[placeholder] = entry
                self.tabs.addTab(placeholder, QCoreApplication.translate(entry.class_name, entry.title))
            else:
                self.add_page(entry(store, self))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)
        self.event_selector.setAccessibleName(self.tr("Event"))
        self.tabs.setAccessibleName(self.tr("Pages"))
        install_control_naming()

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.hub_sync = HubSync(self)
        self.check_job: QRunnable | None = None  # File › Check database, while it runs in the worker

        geometry = settings.value(keys.GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        # The event running today, else the one used last, else the next, else the latest.
        remembered = settings.value(keys.LAST_EVENT_KEY)
        self.reload_events(select=checkin.default_event(store, remembered=remembered if isinstance(
            remembered, str) else None))

    # ----------------------------------------------------------------- pages
    def add_page(self, page: QWidget) -> None:
        """Add a page as a tab titled with its window title; it will follow the selected event."""
        self.pages.append(page)
        self.tabs.addTab(page, page.windowTitle())
        name_controls(page)

    def page(self, page_type: type[QWidget]) -> QWidget:
        """The window's page of this class, built now if it was not yet (tests, pages that link)."""
        for page in self.pages:
            if isinstance(page, page_type):
                return page
        placeholder = next(tab for tab, entry in self._placeholders.items() if entry.is_for(page_type))
        return self._build(placeholder)

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) in self._placeholders:
            self._build(self.tabs.widget(index))

    def _build(self, placeholder: QWidget) -> QWidget:
        """Put the real page where its placeholder tab is, following the selected event."""
        entry = self._placeholders.pop(placeholder)
        page = entry.load()(self.store, self)
        # Given its event while still hidden: a deferred page then reads its data once, when shown
        # (set after the swap, it read everything twice: on showing, then again for set_event).
        page.set_event(self.current_event_id())
        index = self.tabs.indexOf(placeholder)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)  # the swap is not a tab change
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, page.windowTitle())
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        self.pages.append(page)
        name_controls(page)
        return page

    # ----------------------------------------------------------------- events
    def current_event_id(self) -> str | None:
        """The id of the event chosen in the toolbar, or None when there are no events."""
        return self.event_selector.currentData()

    def select_event(self, event_id: str | None) -> None:
        """Make an event the current one (pages follow through ``set_event``)."""
        index = self.event_selector.findData(event_id)
        if index >= 0:
            self.event_selector.setCurrentIndex(index)

    def reload_events(self, select: object = None) -> None:
        """Refill the event selector from the database, keeping or choosing the selected event."""
        wanted = select if isinstance(select, str) else self.current_event_id()
        self.event_selector.blockSignals(True)
        self.event_selector.clear()
        for event in services.list_events(self.store):
            self.event_selector.addItem(f"{event.code} — {event.title}", event.id)
        index = self.event_selector.findData(wanted)
        self.event_selector.setCurrentIndex(index if index >= 0 else 0 if self.event_selector.count() else -1)
        self.event_selector.blockSignals(False)
        has_event = self.current_event_id() is not None
        self.edit_event_action.setEnabled(has_event)
        self._selected_event_changed()

    def _selected_event_changed(self) -> None:
        event_id = self.current_event_id()
        self.edit_event_action.setEnabled(event_id is not None)
        self.import_action.setEnabled(event_id is not None)
        for page in self.pages:
            page.set_event(event_id)
        self.event_changed.emit(event_id)

    def print_badge(self, registration_id: str) -> None:
        """Print one person's badge with the layout chosen on the Badges page (reprint, walk-ins)."""
        from attendance.gui.badges_page import BadgesPage

        self.page(BadgesPage).reprint_badge(registration_id)

    def notify_data_changed(self) -> None:
        """Tell every page that something was saved (they refresh what they show)."""
        self.data_changed.emit()

    def new_event(self) -> EventDialog:
        """Open the event editor for a new event (window-modal); the event is selected once saved."""
        from attendance.gui.event_dialog import EventDialog

        dialog = EventDialog(self.store, None, self)
        dialog.accepted.connect(lambda: self._event_saved(dialog.event_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_event(self, event_id: str | None = None) -> EventDialog | None:
        """Open the event editor on an event (the selected one by default)."""
        from attendance.gui.event_dialog import EventDialog

        event_id = event_id or self.current_event_id()
        if event_id is None:
            return None
        dialog = EventDialog(self.store, event_id, self)
        dialog.accepted.connect(lambda: self._event_saved(event_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _event_saved(self, event_id: str | None) -> None:
        self.reload_events(select=event_id)
        self.notify_data_changed()
        self.statusBar().showMessage(self.tr("Event saved."), 5000)

    def register_participant(self) -> RegistrationDialog | None:
        """Open the registration dialog for the selected event over whatever page is shown.

        At the door (the Check-in page shown) it is the walk-in form: saving also checks in.
        """
        door = self.tabs.currentWidget()
        if hasattr(door, "register_walk_in"):
            return door.register_walk_in()
        if ParticipantsPage not in [type(page) for page in self.pages]:
            return None
        return self.page(ParticipantsPage).open_registration()

    def import_participants(self, path: str | None = None) -> ImportWizard | None:
        """Open the import wizard for the selected event (window-modal); pages refresh after an import."""
        from attendance.gui.import_wizard import ImportWizard

        event_id = self.current_event_id()
        if event_id is None:
            return None
        wizard = ImportWizard(self.store, event_id, self, path=path, settings=self.settings)
        wizard.imported.connect(lambda _report: self.notify_data_changed())
        wizard.finished.connect(wizard.deleteLater)
        wizard.open()
        return wizard

    def edit_settings(self) -> SettingsDialog:
        """Open the document settings (organisation, logos, signatory, certificates, reports, lists)."""
        from attendance.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self.settings, self)
        dialog.saved.connect(self.notify_data_changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_institutions(self) -> InstitutionsDialog:
        """Open the institutions tool (sector, country, merging duplicates)."""
        from attendance.gui.institutions_dialog import InstitutionsDialog

        dialog = InstitutionsDialog(self.store, self)
        dialog.changed.connect(self.notify_data_changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_sync_bundle(self) -> ExportBundleDialog:
        """Open the sync bundle export dialog (everything, since the last bundle, or the selected event)."""
        from attendance.gui.sync_dialogs import ExportBundleDialog

        dialog = ExportBundleDialog(self.store, self.current_event_id(), self)
        dialog.exported.connect(lambda result: self.statusBar().showMessage(
            self.tr("Wrote {count} changes to {path}").format(count=result.changes, path=result.path), 8000))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def import_sync_bundle(self, path: str | None = None) -> ImportPreviewDialog | None:
        """Preview a sync bundle (chosen in a file dialog unless given) and import it on confirmation."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import sync bundle"),
                                                  remembered_folder(self.settings, BUNDLE_FOLDER_KEY),
                                                  self.tr("Sync bundles (*.zip)"))
            if not path:
                return None
            remember_folder(self.settings, BUNDLE_FOLDER_KEY, path)
        from attendance.gui.sync_dialogs import ImportPreviewDialog

        dialog = ImportPreviewDialog(self.store, path, self)
        dialog.imported.connect(self._bundle_imported)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _bundle_imported(self, _preview: object) -> None:
        self.reload_events(select=self.current_event_id())
        self.notify_data_changed()
        self.statusBar().showMessage(self.tr("Sync bundle imported."), 8000)

    # ----------------------------------------------------------------- backups
    @staticmethod
    def _backups() -> ModuleType:
        """The backup dialogs' module, imported on first use (not on the start path)."""
        from attendance.gui import backup_dialogs

        return backup_dialogs

    def start_auto_backups(self) -> None:
        """Check every few minutes, in a worker, whether an automatic backup is due (app.start calls this)."""
        self.auto_backups = self._backups().AutoBackups(self.store.path, self)
        self.auto_backups.failed.connect(lambda message: self.statusBar().showMessage(message, 15000))
        QTimer.singleShot(60_000, self.auto_backups.run)

    def restore_backup(self) -> QWidget:
        """File › Restore: the automatic backups with date and counts; the window reloads after a restore."""
        dialog = self._backups().RestoreDialog(self.store, self.settings, self)
        dialog.restored.connect(self._backup_restored)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _backup_restored(self, kept: object) -> None:
        self.reload_events(select=self.current_event_id())
        self.notify_data_changed()
        self.statusBar().showMessage(self.tr("Backup restored. What it replaced is kept in {path}").format(
            path=kept), 15000)

    def offer_demo(self, answer: Callable[[], bool] | None = None) -> bool:
        """On an empty database, offer to create the demo events; True when the demo was created.

        ``answer`` replaces the question dialog (tests pass ``lambda: True``).
        """
        if services.list_events(self.store):
            return False
        ask = answer or (lambda: QMessageBox.question(
            self, self.tr("Welcome to Attendance"),
            self.tr("The database is empty. Create a demo with three realistic events and about 150 "
                    "participants, to see what the app does? You can delete it later or start a new "
                    "database.")) == QMessageBox.StandardButton.Yes)
        if not ask():
            return False
        demo.create_demo(self.store)
        self.reload_events()
        self.notify_data_changed()
        return True

    # ----------------------------------------------------------------- language
    def set_language(self, language: str) -> None:
        """Save the chosen UI language and apply it now: the window is rebuilt in it, on the same event and tab.

        Every change is committed when it is made and dialogs are modal, so nothing typed is lost;
        the new window replaces this one. Both stay referenced by the application: the old one's
        background jobs may still report to it.
        """
        if language == self.settings.value(keys.LANGUAGE_KEY, self.language):
            return
        self.settings.setValue(keys.LANGUAGE_KEY, language)
        self.save_settings()
        from attendance.gui.app import install_translators  # the app module imports this one

        application = QCoreApplication.instance()
        install_translators(application, language)
        replacement = MainWindow(self.store, self.settings, language)
        replacement.tabs.setCurrentIndex(self.tabs.currentIndex())
        replacement.setGeometry(self.geometry())
        replacement.setWindowState(self.windowState())
        replacement.show()
        windows = getattr(application, "_attendance_windows", [])
        application._attendance_windows = [*windows, self, replacement]  # type: ignore[attr-defined]
        self.close()

    # ----------------------------------------------------------------- window
    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's size and position and the selected event."""
        self.save_settings()
        super().closeEvent(event)

    def save_settings(self) -> None:
        """Write geometry and the last event to the settings now."""
        self.settings.setValue(keys.GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(keys.LAST_EVENT_KEY, self.current_event_id() or "")
        self.settings.sync()

    def show_about(self) -> None:
        """The About box: what the app is and its version."""
        from importlib.metadata import PackageNotFoundError, version  # (20 ms: only for About)

        try:
            number = version("workshop-attendance")
        except PackageNotFoundError:
            number = "?"
        QMessageBox.about(self, self.tr("About Attendance"), self.tr(
            "<h3>Attendance {version}</h3><p>Registration, QR badges, check-in and sex-disaggregated "
            "attendance reports for workshops, webinars and courses. Works offline.</p>").format(version=number))

    def _build_actions(self) -> None:
        self.new_event_action = QAction(self.tr("&New event..."), self)
        self.new_event_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_event_action.triggered.connect(self.new_event)
        self.edit_event_action = QAction(self.tr("&Edit event..."), self)
        self.edit_event_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_event_action.triggered.connect(lambda: self.edit_event())
        # Window-wide, so Ctrl+N registers a walk-in from any page (the check-in desk included).
        self.register_action = QAction(self.tr("&Register a participant..."), self)
        self.register_action.setShortcut(QKeySequence("Ctrl+N"))
        self.register_action.triggered.connect(lambda: self.register_participant())
        self.import_action = QAction(self.tr("&Import participants..."), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.import_participants())
        self.institutions_action = QAction(self.tr("I&nstitutions..."), self)
        self.institutions_action.triggered.connect(self.edit_institutions)
        self.settings_action = QAction(self.tr("Se&ttings..."), self)
        self.settings_action.triggered.connect(self.edit_settings)
        self.export_bundle_action = QAction(self.tr("E&xport sync bundle..."), self)
        self.export_bundle_action.triggered.connect(self.export_sync_bundle)
        self.import_bundle_action = QAction(self.tr("Im&port sync bundle..."), self)
        self.import_bundle_action.triggered.connect(lambda: self.import_sync_bundle())
        self.hub_sync_action = QAction(self.tr("Sync with &hub"), self)
        self.hub_sync_action.triggered.connect(lambda: self.hub_sync.sync())
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.backup_action = QAction(self.tr("&Back up..."), self)
        self.backup_action.triggered.connect(lambda: self._backups().back_up(self))
        self.restore_action = QAction(self.tr("&Restore a backup..."), self)
        self.restore_action.triggered.connect(lambda: self.restore_backup())
        self.check_action = QAction(self.tr("&Check database"), self)
        self.check_action.triggered.connect(lambda: self._backups().check_database(self))
        self.about_action = QAction(self.tr("&About Attendance"), self)
        self.about_action.triggered.connect(self.show_about)
        self.language_actions = QActionGroup(self)
        current = self.settings.value(keys.LANGUAGE_KEY, self.language)
        for code, name in LANGUAGES.items():  # each language named in itself, never translated
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, code=code: self.set_language(code))
            self.language_actions.addAction(action)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_event_action)
        file_menu.addAction(self.edit_event_action)
        file_menu.addAction(self.register_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.institutions_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_bundle_action)
        file_menu.addAction(self.import_bundle_action)
        file_menu.addAction(self.hub_sync_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.check_action)
        file_menu.addSeparator()
        language_menu = file_menu.addMenu(self.tr("&Language"))
        language_menu.addActions(self.language_actions.actions())
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Event"))
        toolbar.setObjectName("event_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Event:") + " "))
        toolbar.addWidget(self.event_selector)
        toolbar.addSeparator()
        toolbar.addAction(self.new_event_action)
        toolbar.addAction(self.edit_event_action)
        self.addToolBar(toolbar)
