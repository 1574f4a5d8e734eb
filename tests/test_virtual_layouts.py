"""One test per meeting-report layout: exact minutes per person, the meeting's length, who is checked in.

Each sample in tests/samples/ reproduces a real export (see its README) with synthetic people. The
minutes are the union of each person's stays within the meeting (or their totals, capped), and only
certain matches (email, same name, usual short name) are written without a person's confirmation.
"""

from __future__ import annotations

import pytest

from attendance import services
from attendance.domain import InvalidValue
from attendance.intake import virtual
from attendance.intake.virtual import MatchKind


@pytest.fixture()
def meeting(store):
    return services.create_event(store, title="Taller virtual", code="TV24", kind="workshop", modality="virtual",
                                 start_date="2024-03-18")


def _register(store, event, people):
    """Register (given, family, email, institution) rows; returns nothing, names are asserted by attendee."""
    for given, family, email, *institution in people:
        services.register(store, event.id, given_names=given, family_names=family, email=email,
                          institution=institution[0] if institution else None)


def _run(store, event, sample, *, accept_fuzzy=False):
    """Read, match and apply a report as the CLI does by default; returns (report, matches, summary)."""
    report = virtual.read_report(sample)
    matches = virtual.match_report(store, event, report)
    chosen = virtual.confirm_similar(matches) if accept_fuzzy else matches
    session = services.sessions(store, event.id)[0]
    summary = virtual.apply_matches(store, event, session.id, chosen, threshold_minutes=report.threshold())
    return report, matches, summary


def _minutes(report):
    return {attendee.name: round(attendee.minutes, 1) for attendee in report.attendees}


def test_zoom_current_wording_without_summary_block(store, meeting, samples):
    _register(store, meeting, [("Carmen Elena", "Zúñiga Montaño", None),
                               ("Sebastián", "Ñancupil Rojas", "sebastian.nancupil@seguridad.example"),
                               ("Ana Lucía", "Pérez Rodríguez", None),
                               ("Keisha", "Thompson", None, "Ministerio de Seguridad Nacional"),
                               ("Keisha", "Thompson", None, "Policía de Barbados"),
                               ("Jean-Marc", "Baptiste", None),
                               ("Wilner", "Joseph", "wilner.joseph@example.org")])
    report, matches, summary = _run(store, meeting, samples / "zoom-participants-current.csv")
    assert report.layout == "zoom-meeting" and report.source == "zoom"
    # No meeting block: the meeting is the span of every stay (09:45-12:15), not the host's merged time.
    assert report.meeting_minutes == 150 and report.threshold() == 75
    assert _minutes(report) == {
        "Unidad Organizadora": 150.0,  # laptop 09:45-12:15 and phone 10:00-12:00: counted once
        "Sebastian Nancupil": 70.0,  # two devices 10:00-11:00 and 10:10-11:10: 70, not 120
        "CARMEN ZUNIGA": 100.0, "Ana Pérez (Invitada)": 125.0,
        "Thompson, Keisha - Ministerio de Seguridad Nacional": 135.0, "J. Baptiste": 120.0,
        "Wilner Joseph <wilner.joseph@example.org>": 90.0, "iPhone de Usuario": 30.0}
    reasons = {m.attendee.name: (m.kind, m.reason, m.registered_name) for m in matches if m.kind is not MatchKind.NONE}
    assert reasons == {
        "Sebastian Nancupil": (MatchKind.EMAIL, "email", "Sebastián Ñancupil Rojas"),
        "CARMEN ZUNIGA": (MatchKind.NAME, "short name", "Carmen Elena Zúñiga Montaño"),
        "Ana Pérez (Invitada)": (MatchKind.NAME, "short name", "Ana Lucía Pérez Rodríguez"),
        "Thompson, Keisha - Ministerio de Seguridad Nacional": (MatchKind.NAME, "institution", "Keisha Thompson"),
        "J. Baptiste": (MatchKind.FUZZY, "initials", "Jean-Marc Baptiste"),
        "Wilner Joseph <wilner.joseph@example.org>": (MatchKind.EMAIL, "email", "Wilner Joseph")}
    keisha = next(m for m in matches if m.attendee.name.startswith("Thompson"))
    assert store.scalar("SELECT i.name FROM registrations r JOIN institutions i ON i.id = r.institution_id "
                        "WHERE r.id = ?", [keisha.registration_id]) == "Ministerio de Seguridad Nacional"
    assert sorted(summary.checked_in) == ["Ana Pérez (Invitada)", "CARMEN ZUNIGA",
                                          "Thompson, Keisha - Ministerio de Seguridad Nacional",
                                          "Wilner Joseph <wilner.joseph@example.org>"]
    assert summary.too_short == ["Sebastian Nancupil"] and summary.unconfirmed == ["J. Baptiste"]


ZOOM_WITH_SUMMARY = ["zoom-participants-es.csv", "zoom-participants-es-excel.csv", "zoom-participants-fr.csv",
                     "zoom-participants-pt.csv"]


@pytest.mark.parametrize("sample", ZOOM_WITH_SUMMARY)
def test_zoom_participants_in_spanish_french_portuguese_and_after_excel(store, meeting, samples, sample):
    _register(store, meeting, [("María José", "Núñez", "maria.nunez@policia.example"),
                               ("Luis", "Ordóñez", "luis.ordonez@aduanas.example"),
                               ("Fabienne", "Étienne", None), ("Raúl", "Castillo", None)])
    report, _matches, summary = _run(store, meeting, samples / sample)
    assert report.layout == "zoom-meeting" and report.title.endswith(("armas", "armes"))
    assert (report.start.isoformat(), report.end.isoformat()) == ("2024-03-18T14:00:00", "2024-03-18T16:00:00")
    assert report.meeting_minutes == 120
    assert _minutes(report) == {"Coordinación Unidad": 120.0, "María José Núñez": 120.0, "Luis Ordóñez": 40.0,
                                "Raúl Castillo": 70.0, "Fabienne Étienne": 120.0}
    host = next(a for a in report.attendees if a.name == "Coordinación Unidad")
    assert host.role == "host"  # the summary's user email is the host's, shown apart and not registered
    assert sorted(summary.checked_in) == ["Fabienne Étienne", "María José Núñez", "Raúl Castillo"]
    assert summary.too_short == ["Luis Ordóñez"] and "Coordinación Unidad" in summary.ignored


def test_zoom_unique_users_totals_are_capped_at_the_meeting(store, meeting, samples):
    _register(store, meeting, [("Andre", "Campbell", "andre.campbell@police.example"),
                               ("Tamara", "Gittens", "tamara.gittens@customs.example"),
                               ("Marlon", "Persaud", "marlon.persaud@defence.example")])
    report, _matches, summary = _run(store, meeting, samples / "zoom-unique-users.csv")
    assert report.meeting_minutes == 120
    assert _minutes(report) == {"Andre Campbell": 120.0, "Tamara Gittens": 50.0, "Marlon Persaud": 60.0}
    assert sorted(summary.checked_in) == ["Andre Campbell", "Marlon Persaud"] and summary.too_short == [
        "Tamara Gittens"]


def test_zoom_webinar_attendee_report_sections_and_absentees(store, meeting, samples):
    _register(store, meeting, [("Patricia", "Liburd", "patricia.liburd@example.org"),
                               ("Ximena", "Quiñones", "ximena.quinones@example.org"),
                               ("Iván", "Desrosiers", "ivan.desrosiers@example.org"),
                               ("Dwayne", "Liburd", "dwayne.liburd@example.org"),
                               ("Wilner", "Étienne", None)])
    report, _matches, summary = _run(store, meeting, samples / "zoom-webinar-attendees.csv")
    assert report.layout == "zoom-webinar" and report.title == "Control de armas pequeñas en el Caribe"
    assert report.meeting_minutes == 90
    assert _minutes(report) == {"UNLIREC Webinars": 90.0, "Patricia Liburd": 90.0, "Ximena Quiñones": 90.0,
                                "Iván Desrosiers": 40.0, "Dwayne Liburd": 0.0, "Wilner Étienne": 90.0}
    roles = {a.name: a.role for a in report.attendees if a.role}
    assert roles == {"UNLIREC Webinars": "host", "Patricia Liburd": "panelist"}
    assert not next(a for a in report.attendees if a.name == "Dwayne Liburd").attended  # "Attended: No", "--"
    # The panelist is a registered participant: counted; the host is not registered: not counted.
    assert sorted(summary.checked_in) == ["Patricia Liburd", "Wilner Étienne", "Ximena Quiñones"]
    assert sorted(summary.too_short) == ["Dwayne Liburd", "Iván Desrosiers"]


def test_zoom_webinar_registration_report_lists_registrants_without_time(store, meeting, samples):
    report, matches, summary = _run(store, meeting, samples / "zoom-webinar-registration.csv")
    assert report.layout == "zoom-registration" and report.meeting_minutes is None
    assert _minutes(report) == {"Ximena Quiñones": 0.0, "Iván Desrosiers": 0.0, "Dwayne Liburd": 0.0}
    registering = [virtual.Match(m.attendee, m.kind, register=True) for m in matches]
    session = services.sessions(store, meeting.id)[0]
    summary = virtual.apply_matches(store, meeting, session.id, registering, threshold_minutes=1)
    assert sorted(summary.registered) == ["Dwayne Liburd", "Iván Desrosiers", "Ximena Quiñones"]
    assert summary.checked_in == [] and store.scalar("SELECT count(*) FROM checkins") == 0


def test_teams_2020_joined_left_list_in_utf16(store, meeting, samples):
    _register(store, meeting, [("Joaquín", "Ordóñez", None), ("Tamara", "Persaud", None),
                               ("Marlon", "Campbell", None)])
    report, _matches, summary = _run(store, meeting, samples / "teams-2020-attendance.csv")
    assert report.layout == "teams-2020" and report.meeting_minutes == 90  # first to last timestamp
    assert _minutes(report) == {"Roseline Williams": 90.0, "Joaquín Ordóñez": 85.0,  # 20 + 65, a gap between
                                "Tamara Persaud": 50.0,  # two devices 10:10 and 10:15, out at 10:40 and 11:00
                                "Marlon Campbell": 60.0}  # never left: until the end of the list
    assert sorted(summary.checked_in) == ["Joaquín Ordóñez", "Marlon Campbell", "Tamara Persaud"]


def test_teams_2021_meeting_summary_with_day_first_dates(store, meeting, samples):
    _register(store, meeting, [("Luis", "Baptiste", "luis.baptiste@police.example"),
                               ("Nadège", "Gittens", "nadege.gittens@douanes.example"),
                               ("Iván Alejandro", "Zúñiga Ordóñez", None)])
    report, matches, summary = _run(store, meeting, samples / "teams-2021-meeting-summary.csv")
    assert report.layout == "teams-2021" and report.title == "Curso de restauración de números de serie"
    assert (report.start.isoformat(), report.meeting_minutes) == ("2021-10-18T09:00:00", 180)
    assert _minutes(report) == {"Patricia Castillo": 180.0, "Luis Baptiste": 165.0, "Nadège Gittens": 59.0,
                                "Iván Zúñiga": 180.0}
    assert next(a for a in report.attendees if a.name == "Patricia Castillo").role == "host"  # Organizer
    assert next(m for m in matches if m.attendee.name == "Iván Zúñiga").reason == "short name"
    assert sorted(summary.checked_in) == ["Iván Zúñiga", "Luis Baptiste"] and summary.too_short == ["Nadège Gittens"]


@pytest.mark.parametrize("sample", ["teams-attendance-es.csv", "teams-attendance-fr.csv", "teams-attendance-pt.csv"])
def test_teams_current_report_in_spanish_french_portuguese_uses_the_activities(store, meeting, samples, sample):
    _register(store, meeting, [("Óscar", "Quiñones", "oscar.quinones@policia.example"),
                               ("Ana Lucía", "Persaud", "ana.persaud@aduanas.example"),
                               ("Carmen", "Gittens", "carmen.gittens@defensa.example")])
    report, _matches, summary = _run(store, meeting, samples / sample)
    assert report.layout == "teams" and report.title.startswith(("Reunión regional", "Réunion régionale",
                                                                  "Reunião regional"))
    assert next(a for a in report.attendees if a.name == "Sofía Ibáñez").role == "host"  # Organizador, Organisateur
    # "5/3/24", "05/03/2024": nothing above 12, so the headers' language decides: 5 March.
    assert (report.start.isoformat(), report.end.isoformat()) == ("2024-03-05T14:00:00", "2024-03-05T17:00:00")
    assert report.meeting_minutes == 180
    assert _minutes(report) == {"Sofía Ibáñez": 180.0, "Óscar Quiñones": 150.0,  # 60 + 110 overlapping: 150
                                "Ana Lucía Persaud": 174.4, "Carmen Gittens": 59.4}
    assert sorted(summary.checked_in) == ["Ana Lucía Persaud", "Óscar Quiñones"]


def test_teams_current_report_in_english_uses_the_participant_totals(store, meeting, samples):
    report, _matches, _summary = _run(store, meeting, samples / "teams-attendance.csv")
    assert report.layout == "teams" and report.meeting_minutes == pytest.approx(209.53)
    minutes = _minutes(report)
    assert (minutes["Héctor Quiñónez"], minutes["José Luis Solís"], minutes["Luz Marina Ibáñez"]) == (
        209.5, 101.0, 60.0)  # 3h 41m capped at the meeting; 1h 41m; 1h 0m


@pytest.mark.parametrize("sample", ["meet-attendance.csv", "meet-attendance-es.csv", "meet-attendance-pt.csv"])
def test_google_meet_attendance_report(store, meeting, samples, sample):
    _register(store, meeting, [("Keisha", "Joseph", None), ("Raúl", "Núñez", "raul.nunez@fiscalia.example"),
                               ("Ximena", "Campbell", "ximena.campbell@aduanas.example")])
    report, _matches, summary = _run(store, meeting, samples / sample)
    assert report.layout == "meet" and report.meeting_minutes == 90  # 10:00 AM to 11:30 AM
    assert _minutes(report) == {"Keisha Joseph": 90.0, "Raúl Núñez": 70.0, "Ximena Campbell": 30.0}
    assert sorted(summary.checked_in) == ["Keisha Joseph", "Raúl Núñez"] and summary.too_short == ["Ximena Campbell"]


@pytest.mark.parametrize("sample", ["webex-attendees.csv", "webex-attendees-es.csv", "webex-attendees-pt.csv"])
def test_webex_meeting_attendee_report(store, meeting, samples, sample):
    _register(store, meeting, [("Andre", "Joseph", "andre.joseph@police.example"),
                               ("Fabienne", "Castillo", "fabienne.castillo@douanes.example")])
    report, _matches, summary = _run(store, meeting, samples / sample)
    assert report.layout == "webex" and report.meeting_minutes == 90
    assert (report.start.isoformat(), report.end.isoformat()) == ("2024-03-13T10:00:00", "2024-03-13T11:30:00")
    assert _minutes(report) == {"Tamara Ordóñez": 90.0, "Andre Joseph": 90.0, "Fabienne Castillo": 40.0}
    assert next(a for a in report.attendees if a.name == "Tamara Ordóñez").role == "host"
    assert summary.checked_in == ["Andre Joseph"] and summary.too_short == ["Fabienne Castillo"]


def test_the_session_times_clip_the_minutes_when_chosen(samples):
    from datetime import datetime

    window = (datetime(2024, 3, 18, 14, 30), datetime(2024, 3, 18, 15, 30))
    report = virtual.read_report(samples / "zoom-participants-es.csv", window=window)
    assert report.meeting_minutes == 60
    assert _minutes(report) == {"Coordinación Unidad": 60.0, "María José Núñez": 60.0, "Luis Ordóñez": 20.0,
                                "Raúl Castillo": 60.0, "Fabienne Étienne": 60.0}


def test_importing_the_same_report_twice_adds_nothing(store, meeting, samples):
    _register(store, meeting, [("Andre", "Joseph", "andre.joseph@police.example")])
    _run(store, meeting, samples / "webex-attendees.csv")
    changes = store.scalar("SELECT count(*) FROM changes")
    _report, _matches, again = _run(store, meeting, samples / "webex-attendees.csv")
    assert again.checked_in == [] and again.already == ["Andre Joseph"]
    assert store.scalar("SELECT count(*) FROM changes") == changes


@pytest.mark.parametrize(("content", "first_line"), [
    (b"", ""), (b"\xff\xfe", ""), (b"Nombre;Apellido\nAna;P\xe9rez\n", "Nombre;Apellido"),
    (b'{"json": 1}', '{"json": 1}'), (b"Meeting ID,Topic\n1,Taller\n", "Meeting ID,Topic")])
def test_an_unknown_layout_is_refused_naming_the_layouts_and_its_first_line(store, meeting, tmp_path, content,
                                                                             first_line):
    path = tmp_path / "odd.csv"
    path.write_bytes(content)
    before = store.scalar("SELECT count(*) FROM changes")
    with pytest.raises(InvalidValue) as refused:
        virtual.read_report(path)
    message = str(refused.value)
    assert "Zoom webinar attendees" in message and "Google Meet attendance" in message
    assert message.endswith(f"Its first line is: “{first_line}”")
    assert store.scalar("SELECT count(*) FROM changes") == before


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-8", ","), ("utf-16-le-bom", "\t"), ("utf-16-be-bom", ";"),
                                                     ("cp1252", ";"), ("utf-8-sig", "\t")])
def test_any_encoding_and_delimiter_gives_the_same_minutes(tmp_path, samples, encoding, delimiter):
    import csv
    import io

    rows = list(csv.reader(io.StringIO((samples / "zoom-participants-es.csv").read_text("utf-8-sig"))))
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    text = buffer.getvalue()
    data = {"utf-16-le-bom": b"\xff\xfe" + text.encode("utf-16-le"),
            "utf-16-be-bom": b"\xfe\xff" + text.encode("utf-16-be")}.get(encoding) or text.encode(encoding)
    path = tmp_path / "resaved.csv"
    path.write_bytes(data)
    report = virtual.read_report(path)
    assert report.meeting_minutes == 120 and report.title == "Taller de marcaje y registro de armas"
    assert _minutes(report) == {"Coordinación Unidad": 120.0, "María José Núñez": 120.0, "Luis Ordóñez": 40.0,
                                "Raúl Castillo": 70.0, "Fabienne Étienne": 120.0}
