"""``attendance checkin`` and ``attendance virtual``: status lines, exit codes and JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from attendance import badges, services
from attendance.cli.main import main
from attendance.intake import virtual
from attendance.store import Store


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    """A database file holding the course SNR26 (7-10 Dec 2026) with two registrations, one cancelled."""
    path = tmp_path / "cli.db"
    with Store(path) as store:
        event = services.create_event(store, title="Course", code="SNR26", start_date="2026-12-07",
                                      end_date="2026-12-10")
        services.register(store, event.id, given_names="Ana", family_names="Núñez", sex="female",
                          institution="Policía Nacional")
        cancelled = services.register(store, event.id, given_names="Ben", family_names="Cole")
        services.cancel_registration(store, cancelled.id)
    return path


def _payloads(db: Path) -> dict[str, str]:
    with Store(db) as store:
        event = services.event_by_code(store, "SNR26")
        other_token = badges.new_badge_token()
        return {
            **{p.given_names: services.badge_payload(event, p.badge_token)
               for p in services.participants(store, event.id)},
            "other desk": badges.make_payload("SNR26", other_token, event.badge_key),
            "other event": badges.make_payload("XYZ26", other_token, badges.new_badge_key()),
        }


def test_exit_codes_say_checked_in_already_or_rejected(db, capsys):
    payloads = _payloads(db)
    assert main(["--db", str(db), "checkin", "snr26", payloads["Ana"], "--session", "2"]) == 0
    assert capsys.readouterr().out.strip() == "Checked in — Ana Núñez — Policía Nacional"
    assert main(["--db", str(db), "checkin", "SNR26", payloads["Ana"], "--session", "2026-12-08"]) == 3
    assert capsys.readouterr().out.startswith("Already checked in at ")
    assert main(["--db", str(db), "checkin", "SNR26", payloads["other desk"], "--session", "2"]) == 0
    assert "another desk" in capsys.readouterr().out
    for rejected in (payloads["Ben"], payloads["other event"], "AT1SNR26XXXX", "hello"):
        assert main(["--db", str(db), "checkin", "SNR26", rejected, "--session", "2"]) == 4
    assert capsys.readouterr().out.splitlines() == ["Registration cancelled — Ben Cole",
                                                    "Badge of another event (XYZ26)",
                                                    "Invalid or tampered badge", "Unknown badge"]
    with Store(db) as store:
        assert store.scalar("SELECT count(*) FROM checkins") == 2


def test_json_output_and_a_session_that_does_not_exist(db, capsys):
    payload = _payloads(db)["Ana"]
    assert main(["--db", str(db), "checkin", "SNR26", payload, "--session", "1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "checked_in" and data["name"] == "Ana Núñez" and data["checkin_id"]
    assert data["message"] == "Checked in"
    assert main(["--db", str(db), "checkin", "SNR26", payload, "--session", "9"]) == 1
    assert "No session 9 in event SNR26" in capsys.readouterr().err


def test_the_process_exit_code_and_spanish_status_line(db):
    payload = _payloads(db)["Ana"]
    env = {**os.environ, "ATTENDANCE_LANG": "es"}
    command = [sys.executable, "-m", "attendance", "--db", str(db), "checkin", "SNR26", payload, "--session", "1"]
    first = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    second = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert (first.returncode, second.returncode) == (0, 3), first.stderr + second.stderr
    assert first.stdout.startswith("Asistencia registrada — Ana Núñez")
    assert second.stdout.startswith("Ya registró su asistencia a las ")


def test_virtual_dry_run_then_import_then_reimport(db, samples, capsys):
    with Store(db) as store:
        event = services.event_by_code(store, "SNR26")
        services.register(store, event.id, given_names="Sofía", family_names="Thompson",
                          email="sofia.thompson0@example.org")
        services.register(store, event.id, given_names="Sebastian", family_names="Benoit")
    report = str(samples / "zoom-participants.csv")
    assert main(["--db", str(db), "virtual", "SNR26", report, "--session", "1", "--dry-run", "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    matched = {row["name"]: (row["match"], row["attended"]) for row in dry["rows"] if row["match"] != "none"}
    assert matched == {"Sofía Thompson": ("email", True), "Sebastián Benoît": ("name", False)}
    assert dry["threshold_minutes"] == 83 and dry["summary"] is None
    with Store(db) as store:
        assert store.scalar("SELECT count(*) FROM checkins") == 0
    assert main(["--db", str(db), "virtual", "SNR26", report, "--session", "1", "--min-minutes", "15"]) == 0
    out = capsys.readouterr().out
    assert "2 checked in, 0 already checked in, 0 stayed too briefly" in out
    assert "0 registered from the report, 21 ignored" in out
    assert main(["--db", str(db), "virtual", "SNR26", report, "--session", "1", "--min-minutes", "15"]) == 0
    assert "0 checked in, 2 already checked in" in capsys.readouterr().out
    with Store(db) as store:
        assert store.scalar("SELECT count(*) FROM checkins WHERE method = 'virtual'") == 2


def test_virtual_refuses_a_file_that_is_no_report(db, samples, capsys):
    assert main(["--db", str(db), "virtual", "SNR26", str(samples / "preregistration-en.csv")]) == 1
    assert "is not a Zoom participants report or a Teams attendance report" in capsys.readouterr().err


def test_virtual_uses_the_laptop_minimum_share_unless_told(db, samples, capsys):
    with Store(db) as store:
        virtual.set_min_share_setting(store, 0.25)
    report = str(samples / "zoom-participants.csv")
    assert main(["--db", str(db), "virtual", "SNR26", report, "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["threshold_minutes"] == 41.5
    assert main(["--db", str(db), "virtual", "SNR26", report, "--dry-run", "--json", "--min-share", "0.5"]) == 0
    assert json.loads(capsys.readouterr().out)["threshold_minutes"] == 83
