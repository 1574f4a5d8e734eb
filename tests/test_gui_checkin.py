"""The Check-in page driven like a door: a scanner typing into the field, clicks, Ctrl+Z, names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from attendance import assets, badges, checkin, services
from attendance.checkin import CheckInStatus
from attendance.gui import camera
from attendance.gui.checkin_page import STATUS_LOOK, CheckInPage, initials, sound_kind
from attendance.gui.settings import file_settings
from attendance.gui.sounds import SOUNDS
from attendance.intake import virtual


@pytest.fixture()
def people(store, event):
    """Two registered participants (one woman, one man), and a cancelled one."""
    ana = services.register(store, event.id, given_names="Ana Lucía", family_names="Núñez", sex="female",
                            institution="Policía Nacional")
    ben = services.register(store, event.id, given_names="Ben", family_names="Cole", sex="male")
    gone = services.register(store, event.id, given_names="Carl", family_names="Gone", sex="male")
    services.cancel_registration(store, gone.id)
    return {"ana": ana, "ben": ben, "gone": gone}


@pytest.fixture()
def page(qtbot, store, event, people):
    shown = CheckInPage(store)
    qtbot.addWidget(shown)
    shown.set_event(event.id)
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.scan_field.hasFocus)
    return shown


def counts_text(page):
    """The live counts once the event loop has run (they follow the banner by one turn)."""
    QApplication.processEvents()
    return page.counts.text()


def payload(event, registration):
    return services.badge_payload(event, registration.badge_token)


def scan(qtbot, page, text, key=Qt.Key.Key_Return):
    qtbot.keyClicks(page.scan_field, text)
    qtbot.keyClick(page.scan_field, key)


def test_a_scan_shows_the_banner_counts_and_recent_row_and_keeps_focus(qtbot, page, event, people):
    assert counts_text(page).startswith("Present 0 / 2 registered")
    scan(qtbot, page, payload(event, people["ana"]))
    assert page.banner.status is CheckInStatus.CHECKED_IN
    assert page.banner.name.text() == "Ana Lucía Núñez"
    assert page.banner.institution.text() == "Policía Nacional"
    assert page.banner.message.text() == "Checked in"
    assert counts_text(page).startswith("Present 1 / 2 registered · women 1 · men 0")
    assert page.recent_model.rowCount() == 1
    assert page.recent_model.index(0, page.recent_model.NAME).data() == "Ana Lucía Núñez"
    assert page.scan_field.text() == ""
    qtbot.waitUntil(page.scan_field.hasFocus)
    qtbot.mouseClick(page.recent.viewport(), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.banner, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.scan_field.hasFocus)


def test_a_code_ending_in_tab_is_accepted(qtbot, page, event, people):
    scan(qtbot, page, payload(event, people["ben"]), Qt.Key.Key_Tab)
    assert page.banner.status is CheckInStatus.CHECKED_IN
    assert page.scan_field.hasFocus()


def test_the_second_scan_says_already_and_writes_nothing(qtbot, page, store, event, people):
    scan(qtbot, page, payload(event, people["ana"]))
    scan(qtbot, page, payload(event, people["ana"]))
    assert page.banner.status is CheckInStatus.ALREADY
    assert page.banner.message.text().startswith("Already checked in at ")
    assert store.scalar("SELECT count(*) FROM checkins") == 1
    assert page.recent_model.rowCount() == 2


def _status_payloads(store, event, people):
    other = services.create_event(store, title="Other", code="OTH26", start_date="2026-12-01")
    stranger = services.register(store, other.id, given_names="Dee", family_names="Other")
    good = payload(event, people["ana"])
    return {
        CheckInStatus.CHECKED_IN: good,
        CheckInStatus.OTHER_DESK: badges.make_payload(event.code, "ABCDEFGH", event.badge_key),
        CheckInStatus.OTHER_EVENT: payload(other, stranger),
        CheckInStatus.INVALID: good[:-1] + ("0" if good[-1] != "0" else "1"),
        CheckInStatus.CANCELLED: payload(event, people["gone"]),
        CheckInStatus.UNKNOWN: "7501234567890",
        CheckInStatus.ALREADY: good,
    }


def test_each_status_has_its_own_colour_and_symbol(qtbot, page, store, event, people):
    colours = {colour for colour, _ in STATUS_LOOK.values()}
    symbols = {symbol for _, symbol in STATUS_LOOK.values()}
    assert len(colours) == len(symbols) == len(CheckInStatus)
    for status, text in _status_payloads(store, event, people).items():
        scan(qtbot, page, text)
        assert page.banner.status is status
        colour, symbol = STATUS_LOOK[status]
        assert page.banner.symbol.text() == symbol and colour in page.banner.styleSheet()
    assert page.recent_model.rowCount() == len(CheckInStatus)
    assert "another desk" in counts_text(page)
    other_desk_row = next(row for row in range(page.recent_model.rowCount())
                          if page.recent_model.scan(row).status is CheckInStatus.OTHER_DESK)
    assert page.recent_model.index(other_desk_row, page.recent_model.NAME).data() == "Badge ABCDEFGH"


def test_ctrl_z_undoes_the_last_checkin_and_the_row_changes_in_place(qtbot, page, store, event, people):
    scan(qtbot, page, payload(event, people["ana"]))
    resets, changes = [], []
    page.recent_model.modelReset.connect(lambda: resets.append(1))
    page.recent_model.dataChanged.connect(lambda first, last: changes.append(first.row()))
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.scalar("SELECT count(*) FROM checkins WHERE undoes IS NOT NULL") == 1
    assert counts_text(page).startswith("Present 0 / 2")
    assert "Undone" in page.recent_model.index(0, page.recent_model.STATUS).data()
    assert (resets, changes) == ([], [0])
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.banner.name.text() == "Nothing to undo"


def test_any_recent_checkin_can_be_undone_from_the_list(qtbot, page, store, event, people):
    scan(qtbot, page, payload(event, people["ana"]))
    scan(qtbot, page, payload(event, people["ben"]))
    page.recent.selectRow(1)  # Ana, the older one
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert store.scalar("SELECT count(*) FROM effective_checkins") == 1
    assert counts_text(page).startswith("Present 1 / 2 registered · women 0 · men 1")
    qtbot.waitUntil(page.scan_field.hasFocus)


def test_typing_a_name_without_accents_finds_and_checks_in_with_enter(qtbot, page, store, event, people):
    qtbot.keyClicks(page.scan_field, "nunez")
    qtbot.waitUntil(page.suggestions.isVisible)
    assert page.suggestions.count() == 1
    assert page.suggestions.item(0).text() == "Ana Lucía Núñez — Policía Nacional · not yet"
    assert page.suggestions.currentRow() == -1  # nothing is checked in that the operator did not pick
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)  # the first Enter picks the first name
    assert page.banner.status is None and page.suggestions.currentRow() == 0
    assert store.scalar("SELECT count(*) FROM checkins") == 0 and page.scan_field.text() == "nunez"
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert page.banner.status is CheckInStatus.CHECKED_IN and page.banner.name.text() == "Ana Lucía Núñez"
    assert store.scalar("SELECT method FROM checkins") == "manual"
    assert not page.suggestions.isVisible()
    qtbot.keyClicks(page.scan_field, "nunez")
    qtbot.waitUntil(page.suggestions.isVisible)
    at = checkin.local_time(store.scalar("SELECT at FROM checkins"))
    assert page.suggestions.item(0).text() == f"Ana Lucía Núñez — Policía Nacional · in at {at}"


def test_hide_names_shows_initials_only(qtbot, page, event, people):
    qtbot.mouseClick(page.hide_names, Qt.MouseButton.LeftButton)
    assert page.hide_names.isChecked()
    scan(qtbot, page, payload(event, people["ana"]))
    assert page.banner.name.text() == "A. L. N."
    assert page.banner.institution.text() == ""
    assert page.recent_model.index(0, page.recent_model.NAME).data() == "A. L. N."
    assert initials("Jean-Baptiste", "de la Cruz") == "J.-B. D. L. C."


def test_walk_in_is_registered_then_checked_in(qtbot, page, store, event):
    qtbot.mouseClick(page.walk_in_button, Qt.MouseButton.LeftButton)
    dialog = page.walk_in_dialog
    qtbot.keyClicks(dialog.given_names, "Walk")
    qtbot.keyClicks(dialog.family_names, "In")
    dialog.save()
    assert page.banner.status is CheckInStatus.CHECKED_IN and page.banner.name.text() == "Walk In"
    assert counts_text(page).startswith("Present 1 / 3")


def test_without_the_camera_extra_the_option_explains_how_to_get_it(qtbot, store, event, monkeypatch):
    real_find_spec = camera.importlib.util.find_spec

    def no_multimedia(name, *args):
        return None if name == "PySide6.QtMultimedia" else real_find_spec(name, *args)

    monkeypatch.setattr(camera.importlib.util, "find_spec", no_multimedia)
    shown = CheckInPage(store)
    qtbot.addWidget(shown)
    assert not shown.camera_option.isEnabled()
    assert 'pip install "workshop-attendance[camera]"' in shown.camera_option.toolTip()
    assert camera.camera_support()[0] is False


def test_each_cue_has_its_sound_file():
    for status in CheckInStatus:
        assert assets.icon(SOUNDS[sound_kind(status)]).is_file()
    assert {sound_kind(s) for s in CheckInStatus} == {"ok", "warn", "error"}


def test_a_camera_frame_is_decoded_in_the_thread_pool(qtbot, event, people):
    import numpy
    import qrcode
    from PySide6.QtCore import QThreadPool

    text = payload(event, people["ana"])
    grey = numpy.array(qrcode.make(text, border=4, box_size=6).convert("L"))
    signals = camera.DecodeSignals()
    with qtbot.waitSignal(signals.decoded, timeout=5000) as found:
        QThreadPool.globalInstance().start(camera.DecodeFrame(grey, signals))
    assert found.args == [text]


def test_the_same_code_is_not_read_again_for_three_seconds():
    now = [100.0]
    repeat = camera.RepeatFilter(clock=lambda: now[0])
    assert repeat.accept("AT1X")
    now[0] += 2.9
    assert not repeat.accept("AT1X") and repeat.accept("AT1Y")
    now[0] += 2.9  # still held in front of the camera: the gap restarts at each sighting
    assert not repeat.accept("AT1X")
    now[0] += 3.0
    assert repeat.accept("AT1X")


def test_the_session_defaults_to_the_nearest_and_can_be_changed(qtbot, page, store, event, people):
    sessions = services.sessions(store, event.id)
    assert page.session_id() == sessions[0].id  # the course is in December 2026: the first day is nearest
    scan(qtbot, page, payload(event, people["ana"]))
    page.session_selector.setCurrentIndex(2)
    assert page.recent_model.rowCount() == 0 and counts_text(page).startswith("Present 0 / 2")
    scan(qtbot, page, payload(event, people["ana"]))
    assert page.banner.status is CheckInStatus.CHECKED_IN
    assert store.scalar("SELECT session_id FROM checkins ORDER BY at DESC LIMIT 1") == sessions[2].id


def test_the_page_is_a_tab_of_the_main_window(qtbot, store, event, people, tmp_path):
    from attendance.gui.main_window import MainWindow

    window = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    checkin_page = window.page(CheckInPage)
    assert window.tabs.tabText(window.tabs.indexOf(checkin_page)) == "Check-in"
    assert checkin_page.current_event is not None and checkin_page.current_event.id == event.id
    assert QApplication.instance() is not None


def test_the_virtual_report_dialog_confirms_matches_and_checks_in(qtbot, page, store, event, samples):
    from attendance.gui.virtual_dialog import VirtualReportDialog

    sofia = services.register(store, event.id, given_names="Sofía", family_names="Thompson",
                              email="sofia.thompson0@example.org")
    services.register(store, event.id, given_names="Rodrigo", family_names="Novaez")
    dialog = VirtualReportDialog(store, event, page.session_id(), page)
    qtbot.addWidget(dialog)
    assert dialog.load(str(samples / "zoom-participants.csv"))
    assert dialog.minimum.value() == 83 and dialog.table.rowCount() == 23
    ticked = [dialog.table.item(row, 0).text() for row in range(23)
              if dialog.table.item(row, 0).checkState() == Qt.CheckState.Checked]
    assert ticked == ["Sofía Thompson", "Rodrigo Nováez"]
    dialog.set_ticked(next(row for row in range(23) if dialog.table.item(row, 0).text() == "Rodrigo Nováez"),
                      False)
    dialog.minimum.setValue(100)
    dialog.apply()
    assert "1 checked in" in dialog.outcome.text()
    assert virtual.min_share_setting(store) == pytest.approx(100 / 166, abs=0.001)  # remembered for next time
    assert store.scalar("SELECT registration_id FROM checkins WHERE method = 'virtual'") == sofia.id
    assert not dialog.load(str(samples / "preregistration-en.csv"))
    assert "not a Zoom participants report" in dialog.error.text()


def test_f11_toggles_full_screen_and_keeps_the_field_focused(qtbot, page):
    qtbot.keyClick(page.scan_field, Qt.Key.Key_F11)
    qtbot.waitUntil(page.window().isFullScreen)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not page.window().isFullScreen())
    qtbot.waitUntil(page.scan_field.hasFocus)
