"""The door in a long day: a scan always checks in the badge's owner, walk-ins, who is in, undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from attendance import badges, services
from attendance.checkin import CheckInStatus
from attendance.gui.checkin_page import CheckInPage


@pytest.fixture()
def people(store, event):
    """Raúl Ordóñez (whose name the operator half-types) and Ana Núñez (who scans her badge)."""
    raul = services.register(store, event.id, given_names="Raúl", family_names="Ordóñez", sex="male",
                             institution="Aduanas")
    ana = services.register(store, event.id, given_names="Ana", family_names="Núñez", sex="female")
    ben = services.register(store, event.id, given_names="Ben", family_names="Cole", sex="male")
    return {"raul": raul, "ana": ana, "ben": ben}


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


def payload(event, registration):
    return services.badge_payload(event, registration.badge_token)


def checked_in(store):
    return [row["registration_id"] for row in store.rows("SELECT registration_id FROM effective_checkins")]


def test_a_half_typed_name_then_a_scan_checks_in_the_badges_owner(qtbot, page, store, event, people):
    qtbot.keyClicks(page.scan_field, "raul ordo")
    qtbot.waitUntil(page.suggestions.isVisible)  # Raúl is suggested and the operator walks away
    assert "Raúl Ordóñez" in page.suggestions.item(0).text()
    # Ana arrives and scans: the scanner's characters land after the typed text, then Enter.
    qtbot.keyClicks(page.scan_field, payload(event, people["ana"]))
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert checked_in(store) == [people["ana"].id]
    assert page.banner.status is CheckInStatus.CHECKED_IN and page.banner.name.text() == "Ana Núñez"
    assert not page.suggestions.isVisible() and page.suggestions.count() == 0  # stale suggestions gone
    assert page.scan_field.text() == ""


def test_a_picked_suggestion_loses_to_a_scan_too(qtbot, page, store, event, people):
    qtbot.keyClicks(page.scan_field, "raul")
    qtbot.waitUntil(page.suggestions.isVisible)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Down)  # picked, then the scanner types
    qtbot.keyClicks(page.scan_field, payload(event, people["ben"]))
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Tab)
    assert checked_in(store) == [people["ben"].id]


def test_a_fast_burst_is_a_scan_even_when_it_is_no_badge(qtbot, page, store, event, people):
    qtbot.keyClicks(page.scan_field, "ana")
    qtbot.waitUntil(page.suggestions.isVisible)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Down)
    qtbot.wait(100)  # a person's pause, then a scanner's burst of another barcode and its Enter
    qtbot.keyClicks(page.scan_field, "7501234567890")
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert checked_in(store) == []
    assert page.banner.status is CheckInStatus.UNKNOWN
    assert page.recent_model.index(0, page.recent_model.NAME).data() == "Code 7501234567890"


def test_a_badge_damaged_after_a_typed_name_is_refused_not_taken_for_the_name(qtbot, page, store, event, people):
    good = payload(event, people["ana"])
    qtbot.keyClicks(page.scan_field, "raul")
    qtbot.waitUntil(page.suggestions.isVisible)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Down)
    qtbot.keyClicks(page.scan_field, good[:-1] + ("0" if good[-1] != "0" else "1"))
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert checked_in(store) == [] and page.banner.status is CheckInStatus.INVALID


def test_a_name_is_checked_in_only_when_picked(qtbot, page, store, people):
    qtbot.keyClicks(page.scan_field, "cole")
    qtbot.waitUntil(page.suggestions.isVisible)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Down)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert checked_in(store) == [people["ben"].id]
    assert store.scalar("SELECT method FROM checkins") == "manual"


def test_f2_opens_a_walk_in_form_whose_save_registers_and_checks_in(qtbot, page, store, event):
    qtbot.keyClick(page.scan_field, Qt.Key.Key_F2)
    dialog = page.walk_in_dialog
    assert dialog is not None and dialog.isVisible() and dialog.walk_in.isChecked()
    assert "F2" in page.walk_in_button.text()
    qtbot.keyClicks(dialog.given_names, "Walk")
    qtbot.keyClicks(dialog.family_names, "In")
    dialog.save()
    assert page.banner.status is CheckInStatus.CHECKED_IN and page.banner.name.text() == "Walk In"
    assert store.scalar("SELECT count(*) FROM effective_checkins WHERE session_id = ?", [page.session_id()]) == 1
    assert dialog.isVisible() and dialog.given_names.text() == ""  # stays open for the next walk-in


def test_enter_on_a_name_with_no_match_offers_a_walk_in_and_keeps_the_text(qtbot, page, store, event):
    qtbot.keyClicks(page.scan_field, "Zoe Nadie")
    qtbot.wait(100)  # a person's Enter comes well after the last letter (a scanner's does not)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert page.scan_field.text() == "Zoe Nadie"
    assert page.suggestions.isVisible()
    assert page.suggestions.currentItem().text() == "Register «Zoe Nadie» as a walk-in (F2)"
    assert page.banner.status is None and store.scalar("SELECT count(*) FROM checkins") == 0
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    dialog = page.walk_in_dialog
    assert (dialog.given_names.text(), dialog.family_names.text()) == ("Zoe", "Nadie")
    dialog.save()
    assert page.banner.status is CheckInStatus.CHECKED_IN and page.banner.name.text() == "Zoe Nadie"


def test_ctrl_n_at_the_door_registers_and_checks_in(qtbot, store, event, people, tmp_path):
    from attendance.gui.main_window import MainWindow
    from attendance.gui.settings import file_settings

    window = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    door = window.page(CheckInPage)
    window.tabs.setCurrentWidget(door)
    dialog = window.register_participant()
    assert dialog is door.walk_in_dialog and dialog.walk_in.isChecked()
    dialog.given_names.setText("Desk")
    dialog.family_names.setText("Walker")
    dialog.save()
    assert store.scalar("SELECT count(*) FROM effective_checkins") == 1


def test_a_rejected_scan_shows_its_code_in_recent_scans_and_two_alike_answers_differ(qtbot, page, store, event):
    for _ in range(2):
        qtbot.keyClicks(page.scan_field, "AT1ZZZ")
        qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
        if _ == 0:
            first = (page.banner.counter.text(), page.banner.flashing)
    assert page.banner.status is CheckInStatus.INVALID
    assert first[1] and page.banner.flashing
    assert first[0] != page.banner.counter.text()  # "Scan 1" then "Scan 2": the second is seen as new
    assert page.recent_model.rowCount() == 2
    assert page.recent_model.index(0, page.recent_model.NAME).data() == "Code AT1ZZZ"
    qtbot.waitUntil(lambda: not page.banner.flashing, timeout=2000)


def test_another_events_badge_names_the_event_and_the_person_known_here(qtbot, page, store, event):
    other = services.create_event(store, title="Drones workshop", code="DRN26", start_date="2026-11-02")
    dee = services.register(store, other.id, given_names="Dee", family_names="Other")
    qtbot.keyClicks(page.scan_field, payload(other, dee))
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert page.banner.status is CheckInStatus.OTHER_EVENT
    assert page.banner.name.text() == "Dee Other"
    assert page.banner.message.text() == "Badge of another event: Drones workshop (DRN26)"
    assert "Dee Other" in page.banner.accessibleDescription()  # what a screen reader is told


def test_not_yet_arrived_shrinks_as_people_are_scanned_and_checks_in_from_the_list(qtbot, page, store, event,
                                                                                  people):
    qtbot.keyClick(page.scan_field, Qt.Key.Key_F3)
    panel = page.arrivals
    qtbot.waitUntil(panel.isVisible)
    assert panel.list.count() == 3 and panel.title.text() == "Not yet arrived: 3"
    qtbot.keyClicks(panel.filter, payload(event, people["ana"]))  # scanned while the list has the keyboard
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    assert checked_in(store) == [people["ana"].id]
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    qtbot.keyClicks(panel.filter, "cole")
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    assert set(checked_in(store)) == {people["ana"].id, people["ben"].id}
    qtbot.waitUntil(lambda: panel.list.count() == 0)
    qtbot.keyClick(panel.filter, Qt.Key.Key_Escape)
    assert not panel.isVisible()
    qtbot.waitUntil(page.scan_field.hasFocus)


def test_undo_names_the_person_and_redo_brings_the_check_in_back(qtbot, page, store, event, people):
    qtbot.keyClicks(page.scan_field, payload(event, people["ana"]))
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.banner.name.text() == "Check-in of Ana Núñez undone"
    assert page.recent_model.index(0, page.recent_model.STATUS).data() == "↶ Undone"
    assert checked_in(store) == []
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.banner.name.text() == "Check-in of Ana Núñez counts again"
    assert checked_in(store) == [people["ana"].id]
    assert page.recent_model.index(0, page.recent_model.STATUS).data().endswith("Checked in")
    page.undo_row(0)
    page.redo_row(0)  # from the recent list too
    assert checked_in(store) == [people["ana"].id]
    QApplication.processEvents()
    assert page.counts.text().startswith("Present 1 / 3")


def test_redo_is_refused_once_the_person_checked_in_again(store, event, people):
    from attendance import checkin

    session = services.sessions(store, event.id)[0]
    first = checkin.check_in(store, event, payload(event, people["ana"]), session.id)
    checkin.undo_check_in(store, first.checkin_id)
    checkin.check_in(store, event, payload(event, people["ana"]), session.id)
    with pytest.raises(Exception, match="again"):
        checkin.redo_check_in(store, first.checkin_id)
    assert len(checked_in(store)) == 1


def test_the_payload_at_the_end_of_the_field_is_found_through_layout_damage():
    from attendance import checkin

    code = "AT1SNR26K7Q2M9XD4HB7ZP1R"
    assert checkin.badge_at_end("raul ordo" + code) == code
    assert checkin.badge_at_end("mat" + code) == code
    azerty = "".join({"A": "Q", "1": "&"}.get(c, c) for c in code)  # what an AZERTY keyboard makes of it
    assert checkin.badge_at_end("ana " + azerty) == azerty
    assert checkin.badge_at_end("raul ordoñez") is None
    assert badges.PREFIX == "AT1"


def test_the_window_opens_on_the_event_running_today_else_remembered_next_latest(qtbot, store, tmp_path):
    import datetime as dt

    from attendance import checkin
    from attendance.gui import settings as keys
    from attendance.gui.main_window import MainWindow
    from attendance.gui.settings import file_settings

    today = dt.date.today()

    def make(code, start, days=1):
        made = services.create_event(store, title=code, code=code, start_date=(today + dt.timedelta(start)).isoformat(),
                                     end_date=(today + dt.timedelta(start + days - 1)).isoformat())
        return made.id

    past, future, far = make("PAST1", -40), make("SOON1", 5), make("FAR1", 90)
    assert checkin.default_event(store) == future  # nothing today: the next to come
    assert checkin.default_event(store, remembered=past) == past
    running = make("NOW1", -1, days=3)  # a three-day course with a session today
    settings = file_settings(str(tmp_path / "settings.ini"))
    settings.setValue(keys.LAST_EVENT_KEY, far)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    assert window.current_event_id() == running
    assert checkin.default_event(store, today=today + dt.timedelta(days=200)) == far  # all over: the latest


def test_a_big_list_is_read_in_a_worker_and_a_stale_result_is_dropped(qtbot, store, event, people, tmp_path,
                                                                      monkeypatch):
    from attendance.gui import participants_page, workers
    from attendance.gui.main_window import MainWindow
    from attendance.gui.settings import file_settings

    monkeypatch.setattr(workers, "READ_IN_WORKER", 1)  # every list counts as big
    window = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    page = window.page(participants_page.ParticipantsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    assert page.counts.text().startswith("3 registered")
    services.register(store, event.id, given_names="Dora", family_names="Late")
    page.reload()
    page.reload()  # the first reload's result arrives after the second started: dropped
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and not page.reads.loading, timeout=5000)
    assert page.counts.text().startswith("4 registered")


def test_a_deferred_page_reads_its_data_once_when_first_opened(qtbot, store, event, tmp_path, monkeypatch):
    from attendance.gui import reports_page
    from attendance.gui.main_window import MainWindow
    from attendance.gui.settings import file_settings

    reads = []
    real = reports_page.ReportsPage.refresh
    monkeypatch.setattr(reports_page.ReportsPage, "refresh", lambda page: (reads.append(1), real(page)))
    window = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == "Reports"))
    qtbot.wait(20)
    assert reads == [1]


def test_the_participants_page_filters_who_is_present_in_the_current_session(qtbot, store, event, people, tmp_path):
    from attendance import checkin
    from attendance.gui.main_window import MainWindow
    from attendance.gui.participants_page import ParticipantsPage
    from attendance.gui.settings import file_settings

    window = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    listing = window.page(ParticipantsPage)
    assert [listing.presence.itemText(i) for i in range(3)] == ["Everyone", "Present in Day 1",
                                                                "Not yet arrived in Day 1"]
    session = services.sessions(store, event.id)[0]
    checkin.check_in(store, event, payload(event, people["ana"]), session.id)
    listing.presence.setCurrentIndex(1)
    assert [listing.model.participant(r).family_names for r in range(listing.model.rowCount())] == ["Núñez"]
    listing.presence.setCurrentIndex(2)
    assert listing.model.rowCount() == 2 and "2 shown" in listing.counts.text()
    checkin.check_in(store, event, payload(event, people["ben"]), session.id)
    window.notify_data_changed()  # a scan at the door: the list follows
    assert [listing.model.participant(r).family_names for r in range(listing.model.rowCount())] == ["Ordóñez"]


def test_a_big_events_registered_figure_is_counted_in_a_worker(qtbot, page, store, event, people, monkeypatch):
    from attendance.gui import workers

    monkeypatch.setattr(workers, "READ_IN_WORKER", 1)
    page.set_event(event.id)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: page.counts.text().startswith("Present 0 / 3 registered"), timeout=5000)
    services.register(store, event.id, given_names="Dora", family_names="Late")
    page.refresh_counts()  # what a save elsewhere does
    assert page.counts.text().startswith("Present 0 / 3")  # the figure known so far, at once
    qtbot.waitUntil(lambda: page.counts.text().startswith("Present 0 / 4 registered") and not page.recounts.loading,
                    timeout=5000)
