"""The Devices page (this laptop's code and QR, trusting and revoking) and confirming a sender's
fingerprint when its first bundle is imported. Screenshots go to screenshots/."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt

from attendance import services
from attendance.gui import main_window
from attendance.gui.devices_page import DevicesPage
from attendance.gui.events_page import EventsPage
from attendance.gui.main_window import MainWindow
from attendance.gui.settings import file_settings
from attendance.store import Store
from attendance.sync import bundles as sync
from attendance.sync import devices, merge

SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"


@pytest.fixture(autouse=True)
def devices_pages(monkeypatch) -> None:
    """The window with the events page and the Devices page only."""
    monkeypatch.setattr(main_window, "PAGES", [EventsPage, DevicesPage])


@pytest.fixture()
def window(qtbot, store: Store, event, tmp_path: Path) -> MainWindow:
    made = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(made)
    made.select_event(event.id)
    return made


def _open(window: MainWindow) -> DevicesPage:
    page = window.page(DevicesPage)
    window.show()
    window.tabs.setCurrentWidget(page)
    window.resize(1000, 640)
    return page


def test_the_page_shows_this_laptop_s_code_and_a_qr_code_that_scans_to_it(qtbot, window: MainWindow,
                                                                          store: Store, tmp_path: Path) -> None:
    page = _open(window)
    me = devices.identity(store)
    assert page.own_code.text() == devices.format_fingerprint(me.fingerprint)
    picture = tmp_path / "qr.png"
    page.qr.pixmap().save(str(picture))
    pixels = np.asarray(Image.open(picture).convert("L"))
    assert [r.text for r in zxingcpp.read_barcodes(pixels, formats=zxingcpp.BarcodeFormat.QRCode)] == [
        devices.qr_text(store)]
    assert devices.qr_text(store).startswith(me.fingerprint + ":")


def test_trust_by_typed_code_then_revoke(qtbot, window: MainWindow, store: Store, tmp_path: Path) -> None:
    other = Store(tmp_path / "other.db")
    code = devices.format_fingerprint(devices.identity(other).fingerprint)
    page = _open(window)
    assert not page.empty.isHidden()
    page.code_edit.setText("12")
    qtbot.mouseClick(page.trust_button, Qt.MouseButton.LeftButton)
    assert "24 digits" in page.error.text()  # a mistyped code: said so, nothing trusted
    assert devices.list_devices(store) == []
    page.code_edit.setText(code.replace(" ", "-"))
    page.coordinator.setChecked(True)
    qtbot.mouseClick(page.trust_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    assert page.model.rows[0][1] == (code, "", "coordinator", "all events")
    assert page.error.text() == "" and page.code_edit.text() == ""
    qtbot.wait(20)
    SCREENSHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SCREENSHOTS / "devices-page.png"))
    page.view.selectRow(0)
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    assert page.model.rows[0][1][2] == "revoked"
    assert devices.list_devices(store)[0].trust == devices.REVOKED
    assert not page.revoke_button.isEnabled()
    other.close()


def test_importing_a_first_bundle_asks_to_compare_the_sender_s_code(qtbot, window: MainWindow, store: Store,
                                                                   tmp_path: Path) -> None:
    desk = Store(tmp_path / "desk.db")
    devices.trust(desk, devices.qr_text(store))  # the desk scanned this laptop's QR code: keys sealed for it
    services.create_event(desk, title="Desk Course", code="DC26", start_date="2026-12-07", end_date="2026-12-07")
    bundle = sync.export_bundle(desk, tmp_path / "desk.zip").path
    dialog = window.import_sync_bundle(str(bundle))
    dialog.resize(760, 420)
    qtbot.waitUntil(lambda: dialog.trust_sender.isVisible())
    assert dialog.sender_code.text() == devices.format_fingerprint(devices.identity(desk).fingerprint)
    assert not dialog.import_button.isEnabled()
    qtbot.wait(20)
    dialog.grab().save(str(SCREENSHOTS / "sync-import-confirm-sender.png"))
    qtbot.mouseClick(dialog.trust_sender, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.import_button.isEnabled()
    assert devices.list_devices(store) == []  # nothing recorded before the import itself
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert store.scalar("SELECT count(*) FROM events WHERE code = 'DC26'") == 1
    trusted = devices.list_devices(store)
    assert [(d.fingerprint, d.device_id, d.trust) for d in trusted] == [
        (devices.identity(desk).fingerprint, desk.device_id, devices.TRUSTED)]
    desk.close()


def test_held_changes_are_accepted_or_rejected_on_the_page(qtbot, window: MainWindow, store: Store, event,
                                                          tmp_path: Path) -> None:
    desk = Store(tmp_path / "desk.db")
    devices.trust(store, devices.qr_text(desk))  # a desk, not a coordinator
    devices.trust(desk, devices.identity(store).fingerprint, coordinator=True)
    sync.import_bundle(desk, sync.export_bundle(store, tmp_path / "setup.zip", event_id=event.id).path)
    ana = services.register(desk, event.id, given_names="Ana", family_names="Núñez")
    sync.import_bundle(store, sync.export_bundle(desk, tmp_path / "one.zip", since_last=True).path)
    merge.erase_person(desk, ana.person_id)
    services.delete_event(desk, event.id)
    assert sync.import_bundle(store, sync.export_bundle(desk, tmp_path / "two.zip", since_last=True).path
                              ).held_changes == 2
    page = _open(window)
    assert sorted(row[1][:2] for row in page.held_model.rows) == [("deletes an event", "SNR26"),
                                                                  ("erases a person", "Ana Núñez")]
    assert not page.accept_button.isEnabled()
    qtbot.wait(20)
    window.grab().save(str(SCREENSHOTS / "devices-page-held.png"))
    erasure = next(n for n, row in enumerate(page.held_model.rows) if row[0].reason == "person_erased")
    page.held_view.selectRow(erasure)
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert store.row("people", ana.person_id)["erased_at"] is not None
    assert [row[1][0] for row in page.held_model.rows] == ["deletes an event"]
    page.held_view.selectRow(0)
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    assert page.held_model.rowCount() == 0
    assert store.row("events", event.id)["deleted_at"] is None
    desk.close()
