"""Accessible to everyone at the desk: every control of every page and dialog is named; banner contrast."""

from __future__ import annotations

import pytest

from attendance import services
from attendance.checkin import CheckInStatus
from attendance.gui import checkin_page
from attendance.gui.main_window import PAGES, LazyPage, MainWindow
from attendance.gui.settings import file_settings
from attendance.gui.widgets import accessible_name, unnamed_controls


def _describe(widget):
    return f"{type(widget).__name__} {widget.objectName() or '(no objectName)'} in {type(widget.window()).__name__}"


@pytest.fixture()
def window(qtbot, store, event, tmp_path):
    services.register(store, event.id, given_names="Ana", family_names="Núñez")
    shown = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(shown)
    shown.resize(1200, 800)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_every_control_of_every_page_has_a_name(qtbot, window):
    for entry in PAGES:
        page_type = entry.load() if isinstance(entry, LazyPage) else entry
        page = window.page(page_type)
        window.tabs.setCurrentWidget(page)
        qtbot.wait(10)
        assert "; ".join(_describe(w) for w in unnamed_controls(page)) == ""
    assert [_describe(w) for w in unnamed_controls(window)] == []


def _dialogs(window, store, event, samples):
    from attendance.gui.backup_dialogs import RestoreDialog
    from attendance.gui.registration_dialog import RegistrationDialog
    from attendance.gui.sync_dialogs import ExportBundleDialog
    from attendance.gui.virtual_dialog import VirtualReportDialog

    yield RegistrationDialog(store, event.id, parent=window, walk_in=True, print_badge=lambda _id: None)
    yield window.new_event()
    yield window.import_participants(str(samples / "preregistration-en.csv"))
    yield window.edit_institutions()
    yield ExportBundleDialog(store, event.id, window)
    yield VirtualReportDialog(store, event, services.sessions(store, event.id)[0].id, window)
    yield RestoreDialog(store, window.settings, window)
    yield window.edit_settings()


def test_every_control_of_every_dialog_has_a_name(qtbot, window, store, event, samples):
    for dialog in _dialogs(window, store, event, samples):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert "; ".join(_describe(w) for w in unnamed_controls(dialog)) == "", type(dialog).__name__
        dialog.close()


def test_the_scan_field_and_banner_speak(qtbot, store, event):
    page = checkin_page.CheckInPage(store)
    qtbot.addWidget(page)
    page.set_event(event.id)
    assert accessible_name(page.scan_field) == "Scan or name"
    page.scan_field.setText("7501234567890")
    page.submit()
    assert page.banner.accessibleDescription() == "Unknown badge, Code 7501234567890"
    assert accessible_name(page.banner) == "Check-in result"


def _luminance(colour: str) -> float:
    channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_banner_text_keeps_a_contrast_of_at_least_4_5_on_every_status_colour(qtbot, store, event):
    assert contrast("#ffffff", "#000000") == pytest.approx(21)
    for status, (colour, _symbol) in checkin_page.STATUS_LOOK.items():
        assert contrast(checkin_page.BANNER_INK, colour) >= 4.5, status
    assert contrast(checkin_page.IDLE_INK, checkin_page.IDLE_LOOK[0]) >= 4.5
    banner = checkin_page.Banner()
    qtbot.addWidget(banner)
    for status in CheckInStatus:
        banner.show_result(status, "Ana", "", "x")
        assert f"color: {checkin_page.BANNER_INK}" in banner.styleSheet()
        assert f"background: {checkin_page.STATUS_LOOK[status][0]}" in banner.styleSheet()
