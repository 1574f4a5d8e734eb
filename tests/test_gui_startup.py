"""Start-up stays light: no PDF, spreadsheet, fuzzy-matching or camera library is imported before the
window shows, tabs other than Events and Participants are built when first shown (``LazyPage``), and
pages that are not visible do their reading when first shown (``DeferredPage``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from attendance import demo, services
from attendance.gui.badges_page import BadgesPage
from attendance.gui.main_window import MainWindow
from attendance.gui.reports_page import ReportsPage
from attendance.gui.settings import file_settings
from attendance.gui.sync_dialogs import DuplicatesPage
from attendance.store import Store

# Imported by the action that needs them (first badge sheet, export, import, camera), never at start.
NOT_AT_START = ["fpdf", "fontTools", "openpyxl", "rapidfuzz", "zxingcpp", "PIL", "qrcode",
                "attendance.documents.badge_sheets", "attendance.documents.sheets", "attendance.documents.pdf",
                "attendance.documents.lists", "attendance.intake.importer", "attendance.intake.matching",
                "attendance.sync.merge", "attendance.sync.bundles",
                "attendance.gui.import_wizard", "attendance.gui.event_dialog",
                # pages and dialogs built when first shown or opened
                "attendance.gui.checkin_page", "attendance.gui.badges_page", "attendance.gui.reports_page",
                "attendance.gui.sync_dialogs", "sqlite_utils", "numpy"]

STARTED = """
import json, sys
from attendance.gui import app as gui_app
from attendance.gui.settings import file_settings
app = gui_app.application()
window = gui_app.start(sys.argv[1], "en", file_settings(sys.argv[2]), offer_demo=False)
app.processEvents()
assert window.isVisible()
print(json.dumps(sorted(name for name in sys.modules if name.split(".")[0] in {"fpdf", "fontTools", "openpyxl",
      "rapidfuzz", "zxingcpp", "PIL", "qrcode", "sqlite_utils", "numpy"} or name.startswith("attendance."))))
"""


def test_the_window_shows_without_importing_what_only_actions_need(tmp_path: Path) -> None:
    with Store(tmp_path / "demo.db") as store:
        demo.create_demo(store)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", STARTED, str(tmp_path / "demo.db"), str(tmp_path / "s.ini")],
                          capture_output=True, text=True, env=env, check=True)
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "attendance.gui.participants_page" in loaded  # the pages built with the window are there
    assert sorted(name for name in NOT_AT_START if name in loaded) == []


def test_a_lazy_tab_is_built_with_the_selected_event_when_first_shown(qtbot, store, event, tmp_path: Path) -> None:
    from attendance.gui.checkin_page import CheckInPage

    services.register(store, event.id, given_names="Ana", family_names="Núñez")
    window = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    window.select_event(event.id)
    window.show()
    titles = [window.tabs.tabText(n) for n in range(window.tabs.count())]
    assert titles == ["Events", "Participants", "Check-in", "Badges", "Reports", "Portfolio", "Conflicts", "Duplicates",
                      "Devices"]
    assert not any(isinstance(page, CheckInPage) for page in window.pages)
    window.tabs.setCurrentIndex(titles.index("Check-in"))
    shown = window.tabs.currentWidget()
    assert isinstance(shown, CheckInPage) and window.page(CheckInPage) is shown
    assert shown.current_event is not None and shown.current_event.id == event.id
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Check-in"


def test_hidden_pages_read_their_data_when_first_shown(qtbot, store, event, tmp_path: Path) -> None:
    services.register(store, event.id, given_names="Ana", family_names="Núñez", email="ana@example.org")
    services.register(store, event.id, given_names="Ana María", family_names="Núñez", email="ana@example.org")
    window = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    window.select_event(event.id)
    window.show()
    badges, reports, duplicates = (window.page(BadgesPage), window.page(ReportsPage),
                                   window.page(DuplicatesPage))
    assert badges.stale and badges.model.rowCount() == 0 and badges.layout_picker.count() == 0
    assert reports.stale and reports.summary is None
    assert duplicates.stale and duplicates.model.rowCount() == 0

    window.tabs.setCurrentWidget(badges)
    assert not badges.stale and badges.model.rowCount() == 2 and badges.layout_picker.count() > 0
    window.tabs.setCurrentWidget(reports)
    assert reports.summary is not None and reports.key_figures.text().startswith("2 registered")
    window.tabs.setCurrentWidget(duplicates)
    assert duplicates.model.rowCount() == 1

    # a save made while a page is hidden marks it stale; it catches up when shown again
    window.tabs.setCurrentIndex(0)
    services.register(store, event.id, given_names="Luis", family_names="Pérez")
    window.notify_data_changed()
    assert badges.stale and badges.model.rowCount() == 2
    window.tabs.setCurrentWidget(badges)
    assert badges.model.rowCount() == 3
