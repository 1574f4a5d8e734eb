"""The check-in service: every status, the one-row rule, undo, live counts, default session."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest

from attendance import badges, checkin, i18n, services
from attendance.checkin import CheckInStatus, check_in, check_in_registration
from attendance.domain import AttendanceError, NotFound
from attendance.store import Store


@pytest.fixture()
def first_session(store, event):
    return services.sessions(store, event.id)[0]


def _register(store, event, given="Ana", family="Núñez", sex="female", institution="Policía Nacional"):
    registration = services.register(store, event.id, given_names=given, family_names=family, sex=sex,
                                     institution=institution)
    return registration, services.badge_payload(event, registration.badge_token)


def _rows(store):
    return store.scalar("SELECT count(*) FROM checkins")


def test_a_valid_badge_checks_in_once_with_name_and_institution(store, event, first_session):
    registration, payload = _register(store, event)
    result = check_in(store, event, payload, first_session.id)
    assert result.status is CheckInStatus.CHECKED_IN
    assert (result.name, result.institution) == ("Ana Núñez", "Policía Nacional")
    assert result.registration_id == registration.id
    row = store.row("checkins", result.checkin_id)
    assert row["registration_id"] == registration.id and row["method"] == "scan"
    assert row["badge_token"] == registration.badge_token and row["at"] == result.at
    assert store.scalar("SELECT count(*) FROM effective_checkins") == 1
    assert result.message() == "Checked in"


def test_a_second_scan_is_already_with_the_first_time_and_no_second_row(store, event, first_session):
    _, payload = _register(store, event)
    first = check_in(store, event, payload, first_session.id)
    second = check_in(store, event, payload, first_session.id)
    assert second.status is CheckInStatus.ALREADY
    assert second.previous_at == first.at and second.checkin_id is None
    assert second.name == "Ana Núñez"
    assert _rows(store) == 1
    assert second.message() == f"Already checked in at {checkin.local_time(first.at)} for this session"
    assert len(checkin.local_time(first.at)) == 5


def test_two_scans_within_a_second_leave_one_checkin(store, event, first_session):
    _, payload = _register(store, event)
    started = dt.datetime.now()
    results = [check_in(store, event, payload, first_session.id) for _ in range(2)]
    assert (dt.datetime.now() - started).total_seconds() < 1
    assert [r.status for r in results] == [CheckInStatus.CHECKED_IN, CheckInStatus.ALREADY]
    assert _rows(store) == 1


def test_the_same_badge_checks_in_again_in_another_session(store, event):
    first, second = services.sessions(store, event.id)[:2]
    _, payload = _register(store, event)
    assert check_in(store, event, payload, first.id).status is CheckInStatus.CHECKED_IN
    assert check_in(store, event, payload, second.id).status is CheckInStatus.CHECKED_IN


def test_a_badge_of_another_event_is_named_and_writes_nothing(store, event, first_session):
    other = services.create_event(store, title="Other workshop", code="OTH26", start_date="2026-12-01")
    _, payload = _register(store, other)
    result = check_in(store, event, payload, first_session.id)
    assert result.status is CheckInStatus.OTHER_EVENT and result.event_code == "OTH26"
    # This laptop holds that event: its title and, as the badge verifies under its key, the person.
    assert result.message() == "Badge of another event: Other workshop (OTH26)"
    assert result.name and result.event_title == "Other workshop" and not result.admitted
    assert _rows(store) == 0


def test_a_tampered_badge_is_invalid(store, event, first_session):
    _, payload = _register(store, event)
    tampered = payload[:-1] + ("A" if payload[-1] != "A" else "B")
    result = check_in(store, event, tampered, first_session.id)
    assert result.status is CheckInStatus.INVALID
    truncated = check_in(store, event, payload[:-3], first_session.id)
    assert truncated.status is CheckInStatus.INVALID
    assert _rows(store) == 0


def test_text_that_is_not_a_badge_is_unknown(store, event, first_session):
    for text in ("hello", "7501234567890", "https://example.org", ""):
        assert check_in(store, event, text, first_session.id).status is CheckInStatus.UNKNOWN
    assert _rows(store) == 0


def test_a_badge_whose_registration_was_deleted_is_unknown(store, event, first_session):
    registration, payload = _register(store, event)
    store.tombstone("registrations", registration.id)
    assert check_in(store, event, payload, first_session.id).status is CheckInStatus.UNKNOWN
    assert _rows(store) == 0


def test_a_cancelled_registration_is_refused(store, event, first_session):
    registration, payload = _register(store, event)
    services.cancel_registration(store, registration.id)
    result = check_in(store, event, payload, first_session.id)
    assert result.status is CheckInStatus.CANCELLED and result.name == "Ana Núñez"
    assert not result.admitted
    assert _rows(store) == 0


def test_a_badge_from_another_desk_is_checked_in_provisionally_then_joined(store, event, first_session):
    token = badges.new_badge_token()
    payload = badges.make_payload(event.code, token, event.badge_key)
    result = check_in(store, event, payload, first_session.id)
    assert result.status is CheckInStatus.OTHER_DESK and result.admitted
    row = store.row("checkins", result.checkin_id)
    assert row["registration_id"] is None and row["badge_token"] == token
    again = check_in(store, event, payload, first_session.id)
    assert again.status is CheckInStatus.ALREADY and again.previous_at == result.at
    assert _rows(store) == 1
    counts = checkin.session_counts(store, event.id, first_session.id)
    assert (counts.present, counts.other_desk, counts.not_stated) == (1, 1, 0)
    # The other desk's registration arrives (as a merge would write it): the check-in is now theirs.
    registration = services.register(store, event.id, given_names="Bea", family_names="Ruiz", sex="female")
    store.db.execute("UPDATE registrations SET badge_token = ? WHERE id = ?", [token, registration.id])
    assert store.scalar("SELECT registration_id FROM effective_checkins") == registration.id
    counts = checkin.session_counts(store, event.id, first_session.id)
    assert (counts.present, counts.female, counts.other_desk) == (1, 1, 0)
    assert check_in(store, event, payload, first_session.id).status is CheckInStatus.ALREADY


def test_keyboard_layout_damage_is_repaired_and_reported(store, event, first_session):
    _, payload = _register(store, event)
    azerty = {"1": "&", "2": "é", "3": '"', "4": "'", "5": "(", "6": "-", "7": "è", "8": "_", "9": "ç",
              "0": "à", "A": "Q", "Q": "A", "Z": "W", "W": "Z"}
    typed = "".join(azerty.get(c, c) for c in payload)
    result = check_in(store, event, typed, first_session.id)
    assert result.status is CheckInStatus.CHECKED_IN and result.repaired_from == "azerty"


def test_a_session_of_another_event_is_refused(store, event):
    other = services.create_event(store, title="Other workshop", code="OTH26", start_date="2026-12-01")
    _, payload = _register(store, event)
    with pytest.raises(NotFound):
        check_in(store, event, payload, services.sessions(store, other.id)[0].id)


def test_manual_check_in_by_registration_follows_the_same_rules(store, event, first_session):
    registration, _ = _register(store, event)
    result = check_in_registration(store, event, registration.id, first_session.id)
    assert result.status is CheckInStatus.CHECKED_IN and result.method == "manual"
    assert store.row("checkins", result.checkin_id)["method"] == "manual"
    again = check_in_registration(store, event, registration.id, first_session.id)
    assert again.status is CheckInStatus.ALREADY
    with pytest.raises(NotFound):
        check_in_registration(store, event, "no-such-id", first_session.id)


def test_a_walk_in_is_registered_then_checked_in(store, event, first_session):
    registration = services.register(store, event.id, given_names="Walk", family_names="In", sex="male")
    result = check_in_registration(store, event, registration.id, first_session.id)
    assert result.status is CheckInStatus.CHECKED_IN
    assert checkin.session_counts(store, event.id, first_session.id).male == 1


def test_undo_appends_a_row_and_lets_the_person_check_in_again(store, event, first_session):
    _, payload = _register(store, event)
    first = check_in(store, event, payload, first_session.id)
    undo_id = checkin.undo_check_in(store, first.checkin_id)
    assert store.row("checkins", undo_id)["undoes"] == first.checkin_id
    assert store.row("checkins", first.checkin_id) is not None  # append-only: the original stays
    assert store.scalar("SELECT count(*) FROM effective_checkins") == 0
    with pytest.raises(AttendanceError):
        checkin.undo_check_in(store, first.checkin_id)
    with pytest.raises(AttendanceError):
        checkin.undo_check_in(store, undo_id)
    assert check_in(store, event, payload, first_session.id).status is CheckInStatus.CHECKED_IN


def test_undo_last_takes_back_the_latest_checkin_of_this_laptop(store, event, first_session):
    _, ana = _register(store, event)
    _, ben = _register(store, event, given="Ben", family="Cole", sex="male")
    check_in(store, event, ana, first_session.id)
    latest = check_in(store, event, ben, first_session.id)
    assert checkin.undo_last(store, event.id, first_session.id) == latest.checkin_id
    recent = checkin.recent_checkins(store, first_session.id)
    assert [(r.name, r.undone) for r in recent] == [("Ben Cole", True), ("Ana Núñez", False)]
    assert checkin.undo_last(store, event.id, first_session.id) is not None
    assert checkin.undo_last(store, event.id, first_session.id) is None


def test_session_counts_split_present_participants_by_sex(store, event, first_session):
    people = [("Ana", "A", "female"), ("Bea", "B", "female"), ("Carl", "C", "male"), ("Dee", "D", "other"),
              ("Eli", "E", "not_stated"), ("Fay", "F", "female")]
    payloads = [_register(store, event, given=g, family=f, sex=s)[1] for g, f, s in people]
    speaker = services.register(store, event.id, given_names="Sam", family_names="Speaker", sex="male",
                                role="speaker")
    for payload in payloads[:5]:
        check_in(store, event, payload, first_session.id)
    check_in_registration(store, event, speaker.id, first_session.id)
    counts = checkin.session_counts(store, event.id, first_session.id)
    assert counts == checkin.SessionCounts(present=5, registered=6, female=2, male=1, other=1, not_stated=1,
                                           other_desk=0)


def test_default_session_is_today_else_the_nearest(store, event):
    sessions = services.sessions(store, event.id)  # 7 to 10 December 2026
    assert checkin.default_session(sessions, dt.date(2026, 12, 9)).date == "2026-12-09"
    assert checkin.default_session(sessions, dt.date(2026, 11, 1)).date == "2026-12-07"
    assert checkin.default_session(sessions, dt.date(2027, 1, 5)).date == "2026-12-10"
    assert checkin.default_session([], dt.date(2026, 12, 9)) is None


def test_default_session_prefers_the_coming_one_on_a_tie(store):
    course = services.create_event(store, title="Split course", code="SPL26",
                                   session_dates=["2026-12-07", "2026-12-09"])
    sessions = services.sessions(store, course.id)
    assert checkin.default_session(sessions, dt.date(2026, 12, 8)).date == "2026-12-09"


def test_find_session_by_number_date_or_label(store, event):
    sessions = services.sessions(store, event.id)
    services.update_session(store, sessions[1].id, label="Practical")
    assert checkin.find_session(store, event, "3").id == sessions[2].id
    assert checkin.find_session(store, event, "2026-12-10").id == sessions[3].id
    assert checkin.find_session(store, event, "practical").id == sessions[1].id
    assert checkin.find_session(store, event, None, today=dt.date(2026, 12, 8)).id == sessions[1].id
    with pytest.raises(NotFound, match="No session 9 in event SNR26"):
        checkin.find_session(store, event, "9")


def test_status_lines_are_translated(store, event, first_session):
    _, payload = _register(store, event)
    check_in(store, event, payload, first_session.id)
    again = check_in(store, event, payload, first_session.id)
    i18n.set_language("es")
    assert again.message().startswith("Ya registró su asistencia a las")
    assert check_in(store, event, "hello", first_session.id).message() == "Credencial desconocida"


def test_two_programs_scanning_the_same_badge_at_once_queue_and_the_second_says_already(store, event,
                                                                                         first_session):
    registration, payload = _register(store, event)
    holding = threading.Event()

    def other_program() -> None:
        """Another program on the same file, in the middle of checking the same badge in."""
        with Store(store.path) as other:
            other.db.execute("BEGIN")
            other.db.execute("UPDATE meta SET value = value WHERE 0")
            holding.set()
            time.sleep(0.3)  # meanwhile this station must wait, not read "not yet checked in"
            services.record_checkin(other, registration.id, first_session.id, event_id=event.id)
            other.db.execute("COMMIT")

    thread = threading.Thread(target=other_program)
    thread.start()
    holding.wait(5)
    answer = check_in(store, event, payload, first_session.id)
    thread.join(10)
    assert answer.status is CheckInStatus.ALREADY
    assert _rows(store) == 1
