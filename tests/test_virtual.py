"""Virtual attendance: both sample reports read, match and check in as the users would expect."""

from __future__ import annotations

import pytest

from attendance import checkin, services
from attendance.domain import InvalidValue
from attendance.intake import virtual
from attendance.intake.intervals import parse_duration
from attendance.intake.virtual import MatchKind


@pytest.fixture()
def webinar(store):
    return services.create_event(store, title="Crime Gun Preventive Strategy", code="CGP22", kind="webinar",
                                 modality="virtual", start_date="2022-02-24")


def _register(store, event, given, family, email=None, sex="not_stated"):
    return services.register(store, event.id, given_names=given, family_names=family, email=email, sex=sex).id


def test_durations_are_read_in_every_report_format():
    assert parse_duration("166") == 166
    assert parse_duration("2h 5m") == 125
    assert parse_duration("3h 29m 32s") == pytest.approx(209.533, abs=0.01)
    assert parse_duration("2 h 59 min 24 s") == pytest.approx(179.4)
    assert parse_duration("45m 30s") == 45.5
    assert parse_duration("01:02:30") == 62.5 and parse_duration("1:02:03") == pytest.approx(62.05)
    assert parse_duration("59 min") == parse_duration("59 mins") == 59
    assert parse_duration("1 hr 5 min") == 65 and parse_duration("1 h y 5 min") == 65
    assert parse_duration("") is None and parse_duration("soon") is None and parse_duration("--") is None


def test_the_zoom_report_is_read_with_reconnections_merged(samples):
    report = virtual.read_report(samples / "zoom-participants.csv")
    assert report.source == "zoom" and report.meeting_minutes == 166
    assert report.title == "Building a Crime Gun Preventive Strategy in the Caribbean"
    assert len(report.attendees) == 23  # 26 rows, three people reconnected
    by_name = {a.name: a for a in report.attendees}
    # Laptop 09:57:28-11:31:28 and phone 11:02-12:40 overlap: the union, not 94 + 98.
    assert by_name["Rodrigo Nováez"].rows == 2 and by_name["Rodrigo Nováez"].minutes == pytest.approx(162.53)
    assert by_name["Nadège Gómez Ruiz"].minutes == pytest.approx(164.8)  # joined before the meeting: clipped
    assert by_name["Mirlande O'Brien"].rows == 2 and by_name["Mirlande O'Brien"].email == ""
    assert by_name["Iñaki Muñoz"].other_name == "Iñaki"  # "Iñaki (Iñaki Muñoz)": the original name is used
    assert by_name["Sofía Thompson"].minutes == 160
    assert report.threshold() == 83
    assert report.threshold(min_minutes=30) == 30 and report.threshold(min_share=0.25) == 41.5


def test_the_teams_report_is_read_from_utf16_sections(samples):
    report = virtual.read_report(samples / "teams-attendance.csv")
    assert report.source == "teams"
    assert report.title == "Taller virtual sobre control de transferencias de armas"
    assert report.meeting_minutes == pytest.approx(209.533, abs=0.01)
    assert len(report.attendees) == 14
    by_name = {a.name: a for a in report.attendees}
    assert by_name["Héctor Quiñónez"].minutes == pytest.approx(209.533, abs=0.01)  # 3h 41m, capped
    assert by_name["Luz Marina Ibáñez"].minutes == 60
    assert by_name["Óscar Zúñiga"].email == "oscar.zuniga@mire.gob.example"


def test_a_file_that_is_no_report_is_refused_clearly(tmp_path, samples):
    path = tmp_path / "list.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InvalidValue, match=r"list\.csv is not a Zoom participants report") as refused:
        virtual.read_report(path)
    assert "Teams attendance list (2020)" in str(refused.value) and "Webex meeting attendees" in str(refused.value)
    assert str(refused.value).endswith("Its first line is: “a,b”")
    with pytest.raises(InvalidValue):
        virtual.read_report(samples / "preregistration-en.csv")


def _zoom_registrations(store, event):
    ids = {
        "Sofía Thompson": _register(store, event, "Sofía", "Thompson", "sofia.thompson0@example.org", "female"),
        "Juan Carlos Castañeda": _register(store, event, "Juan Carlos", "CASTAÑEDA", "jc@policia.example"),
        "Iñaki Muñoz": _register(store, event, "Inaki", "Munoz"),
        "Rodrigo Nováez": _register(store, event, "Rodrigo", "Nováez", "rodrigo.novaez10@example.org"),
        "Nadège Gómez Ruiz": _register(store, event, "Nadege", "Gomes Ruiz", sex="female"),
        "Mirlande O'Brien": _register(store, event, "Mirlande", "OBrien"),
        "Sebastián Benoît": _register(store, event, "Sebastián", "Benoît", "sebastian.benoit20@example.org"),
    }
    cancelled = _register(store, event, "Ramón", "Muñoz")
    services.cancel_registration(store, cancelled)
    return ids


def test_zoom_rows_match_by_email_then_name_then_fuzzy_name(store, webinar, samples):
    ids = _zoom_registrations(store, webinar)
    matches = virtual.match_report(store, webinar, virtual.read_report(samples / "zoom-participants.csv"))
    found = {m.attendee.name: (m.kind, m.registration_id) for m in matches if m.kind is not MatchKind.NONE}
    assert found == {
        "Sofía Thompson": (MatchKind.EMAIL, ids["Sofía Thompson"]),
        "Juan Carlos Castañeda": (MatchKind.NAME, ids["Juan Carlos Castañeda"]),
        "Iñaki Muñoz": (MatchKind.NAME, ids["Iñaki Muñoz"]),
        "Rodrigo Nováez": (MatchKind.EMAIL, ids["Rodrigo Nováez"]),
        "Nadège Gómez Ruiz": (MatchKind.FUZZY, ids["Nadège Gómez Ruiz"]),
        "Mirlande O'Brien": (MatchKind.NAME, ids["Mirlande O'Brien"]),
        "Sebastián Benoît": (MatchKind.EMAIL, ids["Sebastián Benoît"]),
    }
    assert len(matches) == 23  # the 16 others (Ramón Muñoz's registration is cancelled) stay unmatched


def test_applying_the_zoom_report_checks_in_those_who_stayed_and_is_idempotent(store, webinar, samples):
    _zoom_registrations(store, webinar)
    report = virtual.read_report(samples / "zoom-participants.csv")
    session = services.sessions(store, webinar.id)[0]
    matches = virtual.match_report(store, webinar, report)
    unconfirmed = virtual.apply_matches(store, webinar, session.id, matches, threshold_minutes=report.threshold())
    assert unconfirmed.unconfirmed == ["Nadège Gómez Ruiz"]  # a similar name is not written unconfirmed
    matches = virtual.confirm_similar(matches)
    summary = virtual.apply_matches(store, webinar, session.id, matches, threshold_minutes=report.threshold())
    assert sorted(summary.checked_in) == ["Nadège Gómez Ruiz"]
    assert sorted(summary.already + summary.checked_in) == sorted([
        "Sofía Thompson", "Juan Carlos Castañeda", "Iñaki Muñoz", "Rodrigo Nováez", "Nadège Gómez Ruiz",
        "Mirlande O'Brien"])
    assert summary.too_short == ["Sebastián Benoît"]
    assert len(summary.ignored) == 16
    assert store.scalar("SELECT count(*) FROM checkins WHERE method = 'virtual'") == 6
    again = virtual.apply_matches(store, webinar, session.id, matches, threshold_minutes=report.threshold())
    assert again.checked_in == [] and len(again.already) == 6
    assert store.scalar("SELECT count(*) FROM checkins") == 6
    counts = checkin.session_counts(store, webinar.id, session.id)
    assert (counts.present, counts.female) == (6, 2)


def test_unmatched_rows_can_be_registered_and_checked_in(store, webinar, samples):
    report = virtual.read_report(samples / "zoom-participants.csv")
    session = services.sessions(store, webinar.id)[0]
    matches = virtual.match_report(store, webinar, report)
    chosen = [m if m.attendee.name not in ("Keisha Peña", "Nadège De la Cruz") else
              virtual.Match(m.attendee, m.kind, register=True) for m in matches]
    summary = virtual.apply_matches(store, webinar, session.id, chosen, threshold_minutes=83)
    assert sorted(summary.registered) == ["Keisha Peña", "Nadège De la Cruz"]
    assert summary.checked_in == ["Keisha Peña"] and summary.too_short == ["Nadège De la Cruz"]
    people = {(p.given_names, p.family_names, p.email) for p in services.participants(store, webinar.id)}
    assert people == {("Keisha", "Peña", "keisha.pena6@example.org"),
                      ("Nadège", "De la Cruz", "nadege.de19@example.org")}
    rematched = virtual.match_report(store, webinar, report)
    assert {m.attendee.name for m in rematched if m.kind is MatchKind.EMAIL} == {"Keisha Peña",
                                                                                 "Nadège De la Cruz"}


def test_teams_rows_match_and_check_in_above_half_the_meeting(store, samples):
    event = services.create_event(store, title="Taller virtual", code="TVA21", start_date="2021-10-18")
    session = services.sessions(store, event.id)[0]
    ids = {
        "Héctor Quiñónez": _register(store, event, "Héctor", "Quiñónez", "hector.quinonez@mire.gob.example"),
        "José Luis Solís": _register(store, event, "Jose Luis", "Solis"),
        "María José Núñez": _register(store, event, "Núñez", "María José"),  # swapped by the importer
        "Patrice Núñez": _register(store, event, "Patrice", "Nunes"),
        "Luz Marina Ibáñez": _register(store, event, "Luz Marina", "Ibáñez", "luz.ibanez@mire.gob.example"),
    }
    report = virtual.read_report(samples / "teams-attendance.csv")
    matches = virtual.match_report(store, event, report)
    found = {m.attendee.name: (m.kind, m.registration_id) for m in matches if m.kind is not MatchKind.NONE}
    assert found == {
        "Héctor Quiñónez": (MatchKind.EMAIL, ids["Héctor Quiñónez"]),
        "José Luis Solís": (MatchKind.NAME, ids["José Luis Solís"]),
        "María José Núñez": (MatchKind.NAME, ids["María José Núñez"]),
        "Patrice Núñez": (MatchKind.FUZZY, ids["Patrice Núñez"]),
        "Luz Marina Ibáñez": (MatchKind.EMAIL, ids["Luz Marina Ibáñez"]),
    }
    summary = virtual.apply_matches(store, event, session.id, virtual.confirm_similar(matches),
                                    threshold_minutes=report.threshold())
    # Half of 3h 29m 32s is 104.8 minutes: José Luis (1h 41m), María José (1h 10m), Luz Marina (1h) stayed less.
    assert sorted(summary.checked_in) == ["Héctor Quiñónez", "Patrice Núñez"]
    assert sorted(summary.too_short) == ["José Luis Solís", "Luz Marina Ibáñez", "María José Núñez"]


def test_one_registration_is_proposed_for_one_attendee_only(store, webinar, samples):
    only = _register(store, webinar, "Óscar", "Nováez")
    matches = virtual.match_report(store, webinar, virtual.read_report(samples / "zoom-participants.csv"))
    assert [(m.attendee.name, m.kind) for m in matches if m.registration_id == only] == [
        ("Óscar Nováez", MatchKind.NAME)]


def test_split_name_keeps_family_particles():
    assert virtual.split_name("Nadège De la Cruz") == ("Nadège", "De la Cruz")
    assert virtual.split_name("Juan Carlos Castañeda") == ("Juan Carlos", "Castañeda")
    assert virtual.split_name("Iñaki") == ("Iñaki", "")


def test_the_minimum_share_is_a_setting_of_the_laptop(store):
    assert virtual.min_share_setting(store) == 0.5
    virtual.set_min_share_setting(store, 0.75)
    assert virtual.min_share_setting(store) == 0.75
    with pytest.raises(InvalidValue):
        virtual.set_min_share_setting(store, 1.5)
    store.set_meta(virtual.MIN_SHARE_KEY, "nonsense")
    assert virtual.min_share_setting(store) == 0.5
