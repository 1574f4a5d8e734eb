"""``attendance virtual``: similar names are shown by --dry-run and written only with --accept fuzzy."""

from __future__ import annotations

import json

import pytest

from attendance import services
from attendance.cli.main import main
from attendance.store import Store


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "attendance.db"
    with Store(path) as store:
        event = services.create_event(store, title="Taller virtual", code="TV25", start_date="2025-06-12")
        services.register(store, event.id, given_names="Carmen Elena", family_names="Zúñiga Montaño")
        services.register(store, event.id, given_names="Jean-Marc", family_names="Baptiste")
        services.register(store, event.id, given_names="Wilner", family_names="Joseph",
                          email="wilner.joseph@example.org")
    return path


def _checkins(db):
    with Store(db) as store:
        return store.scalar("SELECT count(*) FROM checkins WHERE method = 'virtual'")


def test_dry_run_shows_reasons_and_what_needs_confirming(db, samples, capsys):
    report = str(samples / "zoom-participants-current.csv")
    assert main(["--db", str(db), "virtual", "TV25", report, "--dry-run", "--json"]) == 0
    rows = {row["name"]: row for row in json.loads(capsys.readouterr().out)["rows"]}
    assert (rows["CARMEN ZUNIGA"]["match"], rows["CARMEN ZUNIGA"]["reason"]) == ("name", "short name")
    assert (rows["J. Baptiste"]["match"], rows["J. Baptiste"]["needs_review"]) == ("fuzzy", True)
    assert rows["Wilner Joseph <wilner.joseph@example.org>"]["match"] == "email"
    assert main(["--db", str(db), "virtual", "TV25", report, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "first given and first family name" in out and "[to confirm: --accept fuzzy]" in out
    assert out.rstrip().endswith("Dry run: nothing was written.") and _checkins(db) == 0


def test_only_certain_matches_are_written_unless_fuzzy_ones_are_accepted(db, samples, capsys):
    report = str(samples / "zoom-participants-current.csv")
    assert main(["--db", str(db), "virtual", "TV25", report]) == 0
    out = capsys.readouterr().out
    assert "2 checked in, 0 already checked in, 0 stayed too briefly" in out
    assert "1 similar name not confirmed: not written (confirm with --accept fuzzy)" in out
    assert _checkins(db) == 2
    assert main(["--db", str(db), "virtual", "TV25", report, "--accept", "fuzzy"]) == 0
    assert "1 checked in, 2 already checked in" in capsys.readouterr().out
    assert _checkins(db) == 3


def test_an_unknown_layout_is_a_message_and_writes_nothing(db, tmp_path, capsys):
    odd = tmp_path / "export.csv"
    odd.write_text("Nombre;Apellido;Correo\nAna;Pérez;ana@x.org\n", encoding="cp1252")
    assert main(["--db", str(db), "virtual", "TV25", str(odd), "--register-unmatched"]) == 1
    err = capsys.readouterr().err
    assert "Zoom webinar attendees" in err and "Its first line is: “Nombre;Apellido;Correo”" in err
    assert "Traceback" not in err and _checkins(db) == 0
    with Store(db) as store:
        assert store.scalar("SELECT count(*) FROM registrations") == 3


def test_the_session_times_are_used_only_when_asked_and_set(db, samples, capsys):
    report = str(samples / "zoom-participants-current.csv")
    assert main(["--db", str(db), "virtual", "TV25", report, "--session-times", "--dry-run"]) == 1
    assert "The session has no start and end times" in capsys.readouterr().err
    with Store(db) as store:
        session = services.sessions(store, services.event_by_code(store, "TV25").id)[0]
        store.update("sessions", session.id, {"starts": "10:00", "ends": "11:00"})
    assert main(["--db", str(db), "virtual", "TV25", report, "--session-times", "--dry-run", "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    rows = {row["name"]: row["minutes"] for row in dry["rows"]}
    assert dry["meeting_minutes"] == 60 and rows["CARMEN ZUNIGA"] == 60 and rows["iPhone de Usuario"] == 30
