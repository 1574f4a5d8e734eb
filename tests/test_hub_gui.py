"""File › Sync with hub: enrols on first use, syncs in a worker (the window stays usable) and keeps the
status line ("last synced 09:14, 3 changes waiting") current; a failure is said, never raised."""

from __future__ import annotations

from pathlib import Path

from hub_support import enrolment_code

from attendance import services
from attendance.gui.app import install_translators
from attendance.gui.main_window import MainWindow
from attendance.gui.settings import file_settings
from attendance.store import Store
from attendance.sync import hub_client


def test_sync_with_hub_from_the_file_menu(qtbot, qapp, tmp_path: Path, hub, hub_database: str) -> None:
    install_translators(qapp, "en")  # as the app does at start: English plural forms come from its .qm
    other = Store(tmp_path / "other.db")
    hub_client.enrol(other, hub.url, enrolment_code(hub_database, "other"))
    services.create_event(other, title="Regional Course", code="RC26", start_date="2026-12-07",
                          end_date="2026-12-08")
    hub_client.sync_with_hub(other)

    store = Store(tmp_path / "desk.db")
    services.create_event(store, title="Local Workshop", code="LW26", start_date="2026-12-09",
                          end_date="2026-12-09")
    window = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    window.show()
    assert window.hub_sync.status_label.text() == ""  # not enrolled: nothing to say
    menu = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Sync with &hub" in menu
    with qtbot.waitSignal(window.hub_sync.synced, timeout=60_000) as done:
        job = window.hub_sync.sync(enrolment=(hub.url, enrolment_code(hub_database, "desk")))
        assert job is not None and window.hub_sync.running  # in a worker: the window goes on
        assert window.hub_sync.status_label.text() == "Hub: syncing..."
    assert done.args[0].pulled > 0 and done.args[0].pushed > 0
    assert [window.event_selector.itemText(n) for n in range(window.event_selector.count())
            if "RC26" in window.event_selector.itemText(n)]
    assert window.hub_sync.status_label.text().startswith("Hub: last synced ")
    assert window.hub_sync.status_label.text().endswith(", 0 changes waiting")
    event = services.event_by_code(store, "LW26")
    store.update("events", event.id, {"title": "Local Workshop 2"})
    window.hub_sync.refresh_status()
    assert window.hub_sync.status_label.text().endswith(", 1 change waiting")

    hub.stop()
    with qtbot.waitSignal(window.hub_sync.sync_failed, timeout=60_000) as failed:
        window.hub_sync_action.trigger()
    assert "Could not reach the hub" in failed.args[0]
    assert "Could not reach the hub" in window.statusBar().currentMessage()
    assert window.hub_sync.status_label.text().endswith(", 1 change waiting")
