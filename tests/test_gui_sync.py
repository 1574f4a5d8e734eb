"""Sync in the window, offscreen: export a bundle, preview and import one, settle a conflict, merge
duplicates. Screenshots of the import preview and the review pages go to screenshots/."""

from __future__ import annotations

import datetime as dt
import json
import time
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sync_support import pair  # tests/ is on sys.path

from attendance import services
from attendance.gui import main_window
from attendance.gui.events_page import EventsPage
from attendance.gui.main_window import MainWindow
from attendance.gui.settings import file_settings
from attendance.gui.sync_dialogs import ConflictsPage, DuplicatesPage
from attendance.store import Store
from attendance.sync import bundles as sync
from attendance.sync import merge

SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"


@pytest.fixture(autouse=True)
def sync_pages(monkeypatch) -> None:
    """The window with the events page and the two review pages only (fast, independent of others' pages)."""
    monkeypatch.setattr(main_window, "PAGES", [EventsPage, ConflictsPage, DuplicatesPage])


@pytest.fixture()
def window(qtbot, store: Store, event, tmp_path: Path) -> MainWindow:
    made = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(made)
    made.select_event(event.id)
    return made


def shoot(widget, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def figures(dialog) -> dict[str, str]:
    """The preview's figures as {label: value}."""
    form = dialog.figures
    found = {}
    for row in range(form.rowCount()):
        label = form.itemAt(row, form.ItemRole.LabelRole)
        field = form.itemAt(row, form.ItemRole.FieldRole)
        if label and field:
            found[label.widget().text().rstrip(":")] = field.widget().text()
    return found


def test_export_dialog_writes_a_bundle_of_the_selected_event(qtbot, window: MainWindow, event,
                                                            tmp_path: Path) -> None:
    dialog = window.export_sync_bundle()
    assert dialog.everything.isChecked()  # nothing sent yet
    qtbot.mouseClick(dialog.one_event, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "desk2"))
    shoot(dialog, "sync-export-dialog")
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    with zipfile.ZipFile(tmp_path / "desk2.zip") as bundle:
        manifest = json.loads(bundle.read("manifest.json"))
    assert (manifest["scope"], manifest["event_id"], manifest["counts"]["sessions"]) == ("event", event.id, 4)
    assert not dialog.isVisible()


def test_export_dialog_asks_for_a_file(qtbot, window: MainWindow) -> None:
    dialog = window.export_sync_bundle()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible() and "file" in dialog.error.text()


def _desk_with_changes(tmp_path: Path, store: Store, event) -> tuple[Path, str]:
    """A second desk that edited Ana's email (a conflict) and registered a likely duplicate of Luis."""
    ana = services.register(store, event.id, given_names="Ana", family_names="Núñez", institution="Policía")
    services.register(store, event.id, given_names="Luis", family_names="Pérez", email="luis@example.org")
    desk = Store(tmp_path / "desk2.db")
    pair(store, desk, coordinator=True)
    sync.import_bundle(desk, sync.export_bundle(store, tmp_path / "setup.zip").path)
    services.update_person(store, ana.person_id, email="ana@policia.gob")
    time.sleep(0.005)
    services.update_person(desk, ana.person_id, email="ana.nunez@correo.org")
    services.register(desk, event.id, given_names="Luis Alberto", family_names="Pérez Gómez",
                      email="luis@example.org", sex="male")
    for n in range(3):
        services.register(desk, event.id, given_names=f"Walk-in {n}", family_names="Campbell")
    bundle = sync.export_bundle(desk, tmp_path / "from-desk2.zip", since_last=True).path
    desk.close()
    return bundle, ana.person_id


def test_import_preview_then_import_then_settle_the_conflict(qtbot, window: MainWindow, store: Store, event,
                                                              tmp_path: Path) -> None:
    bundle, ana = _desk_with_changes(tmp_path, store, event)
    before = store.scalar("SELECT count(*) FROM changes")
    dialog = window.import_sync_bundle(str(bundle))
    dialog.resize(760, 560)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    shown = figures(dialog)
    assert (shown["New people"], shown["New registrations"], shown["Conflicts to review"],
            shown["Possible duplicate people"]) == ("4", "4", "1", "1")
    assert dialog.conflicts_model.rows[0][1][1:] == ("Email", "ana@policia.gob", "ana.nunez@correo.org")
    assert dialog.duplicates_model.rows[0][1][:2] == ("Luis Pérez", "Luis Alberto Pérez Gómez")
    assert store.scalar("SELECT count(*) FROM changes") == before  # the preview wrote nothing
    qtbot.wait(20)  # rows added to a shown dialog appear at the next turn of the event loop
    shoot(dialog, "sync-import-preview")
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        dialog.reject()  # Cancel while importing does not close the dialog before the commit
        assert dialog.isVisible()
    assert store.row("people", ana)["email"] == "ana.nunez@correo.org"  # the later write, applied meanwhile

    page = window.page(ConflictsPage)
    window.show()  # the review pages read their lists when shown
    window.tabs.setCurrentWidget(page)
    window.resize(1100, 600)
    assert page.model.rowCount() == 1
    assert page.model.rows[0][1] == ("Ana Núñez", "Email", "ana@policia.gob", "ana.nunez@correo.org",
                                     "ana.nunez@correo.org")
    shoot(window, "sync-conflicts-page")
    qtbot.mouseClick(page.keep_local, Qt.MouseButton.LeftButton)
    assert store.row("people", ana)["email"] == "ana@policia.gob"
    assert page.model.rowCount() == 0 and merge.open_conflicts(store) == []
    assert not page.empty.isHidden()

    duplicates = window.page(DuplicatesPage)
    window.tabs.setCurrentWidget(duplicates)
    assert duplicates.model.rows[0][1][:3] == ("Luis Pérez", "Luis Alberto Pérez Gómez", "same email")
    shoot(window, "sync-duplicates-page")
    duplicates.confirm = lambda kept, merged: (kept, merged) == ("Luis Pérez", "Luis Alberto Pérez Gómez")
    qtbot.mouseClick(duplicates.merge_button, Qt.MouseButton.LeftButton)
    luis = [p for p in services.participants(store, event.id) if p.family_names.startswith("Pérez")]
    assert [(p.given_names, p.sex) for p in luis] == [("Luis", "male")]  # kept, sex filled in from the merged
    assert duplicates.model.rowCount() == 0


def test_swapping_which_person_is_kept(qtbot, window: MainWindow, store: Store, event) -> None:
    first = services.register(store, event.id, given_names="Ana", family_names="Núñez", email="ana@example.org")
    second = services.register(store, event.id, given_names="Ana María", family_names="Núñez",
                               email="ana@example.org")
    page = window.page(DuplicatesPage)
    window.show()
    window.tabs.setCurrentWidget(page)  # a hidden review page reads its list when first shown
    qtbot.mouseClick(page.swap_button, Qt.MouseButton.LeftButton)
    assert page.model.rows[0][1][:2] == ("Ana María Núñez", "Ana Núñez")
    page.confirm = lambda kept, merged: True
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert store.row("people", first.person_id)["merged_into"] == second.person_id


def test_a_damaged_bundle_is_explained_and_cannot_be_imported(qtbot, window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "broken.zip"
    bad.write_bytes(b"not a zip at all")
    dialog = window.import_sync_bundle(str(bad))
    qtbot.waitUntil(dialog.error.isVisible)
    assert not dialog.import_button.isEnabled()
    assert "not a sync bundle" in dialog.error.text() and dialog.error.isVisible()
    assert "Nothing was changed" in dialog.heading.text()
    assert not dialog.findChildren(QLabel, "figure")


def test_after_an_import_in_the_worker_a_local_edit_still_wins(qtbot, window: MainWindow, store: Store, event,
                                                                tmp_path: Path) -> None:
    person = services.register(store, event.id, given_names="Ana", family_names="Núñez").person_id
    desk = Store(tmp_path / "desk2.db")
    pair(store, desk, coordinator=True)
    sync.import_bundle(desk, sync.export_bundle(store, tmp_path / "setup.zip").path)
    # A laptop whose clock runs hours ahead (within the drift an import allows).
    desk._last_stamp = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=3)).isoformat(timespec="milliseconds")[:23] + "Z"
    services.update_person(desk, person, position="Inspector")
    bundle = sync.export_bundle(desk, tmp_path / "ahead.zip", since_last=True).path
    desk.close()
    dialog = window.import_sync_bundle(str(bundle))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    services.update_person(store, person, position="Chief Inspector")
    latest = store.rows("SELECT fields FROM changes WHERE entity_id = ? ORDER BY at DESC LIMIT 1", [person])
    assert json.loads(latest[0]["fields"]) == {"position": "Chief Inspector"}


def test_conflict_values_are_shown_in_words(qtbot, window: MainWindow, store: Store, event, tmp_path: Path) -> None:
    from attendance import i18n

    person = services.register(store, event.id, given_names="Ana", family_names="Núñez", sex="female").person_id
    desk = Store(tmp_path / "desk2.db")
    pair(store, desk, coordinator=True)
    sync.import_bundle(desk, sync.export_bundle(store, tmp_path / "setup.zip").path)
    services.update_person(store, person, sex="not_stated")
    time.sleep(0.005)
    services.update_person(desk, person, sex="male")
    sync.import_bundle(store, sync.export_bundle(desk, tmp_path / "desk.zip", since_last=True).path)
    desk.close()
    i18n.set_language("es")
    page = window.page(ConflictsPage)
    page.refresh()
    assert page.model.rows[0][1][1:] == ("Sex", "No indicado", "Hombre", "Hombre")
