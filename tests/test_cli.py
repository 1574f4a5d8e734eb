"""The command line through real subprocesses: output, JSON contracts, errors and exit codes."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from attendance.cli.main import build_parser

ROOT = Path(__file__).resolve().parents[1]


def run(db: Path, *args: str, lang: str | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m attendance --db DB ARGS`` with its output captured."""
    env = {**os.environ, "ATTENDANCE_LANG": lang or "en"}
    return subprocess.run([sys.executable, "-m", "attendance", "--db", str(db), *args], capture_output=True,
                          text=True, env=env, timeout=60)


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"


def test_event_add_prints_the_code_last_and_list_shows_it(db: Path) -> None:
    added = run(db, "event", "add", "--title", "Taller de marcaje", "--start", "2026-12-07", "--end",
                "2026-12-10", "--country", "Perú", "--kind", "workshop")
    assert added.returncode == 0, added.stderr
    code = added.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"[A-Z0-9]{2,12}", code)
    listed = json.loads(run(db, "event", "list", "--json").stdout)
    assert listed == [{"code": code, "title": "Taller de marcaje", "kind": "workshop", "modality": "in_person",
                       "start_date": "2026-12-07", "end_date": "2026-12-10", "country": "PE", "sessions": 4}]


def test_event_blocks_register_and_participants(db: Path) -> None:
    run(db, "event", "add", "--title", "Course", "--code", "C26", "--dates",
        "2026-12-07..2026-12-10,2027-02-15..2027-02-18")
    shown = json.loads(run(db, "event", "show", "C26", "--json").stdout)
    assert len(shown["sessions"]) == 8 and "badge_key" not in shown
    registered = run(db, "register", "c26", "--given", "José", "--family", "Núñez", "--sex", "male",
                     "--institution", "Policía Nacional", "--country", "PA", "--email", "jn@example.org")
    assert registered.returncode == 0, registered.stderr
    assert "José Núñez" in registered.stdout
    people = json.loads(run(db, "participants", "C26", "--json").stdout)
    assert len(people) == 1
    assert set(people[0]) >= {"id", "person_id", "given_names", "family_names", "sex", "institution", "sector",
                              "country", "email", "role", "status", "badge_payload", "sessions_attended"}
    assert people[0]["family_names"] == "Núñez" and people[0]["badge_payload"].startswith("AT1C26")
    found = json.loads(run(db, "participants", "C26", "--search", "nunez", "--json").stdout)
    assert [p["id"] for p in found] == [people[0]["id"]]


def test_errors_are_one_clear_line_with_a_non_zero_exit(db: Path) -> None:
    unknown = run(db, "participants", "NOPE")
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == "Error: No event with code NOPE"
    bad_date = run(db, "event", "add", "--title", "X", "--start", "12/07/2026")
    assert bad_date.returncode == 1 and "not a date" in bad_date.stderr
    run(db, "event", "add", "--title", "X", "--code", "X26")
    bad_sex = run(db, "register", "X26", "--given", "A", "--sex", "mujer")
    assert bad_sex.returncode == 1 and "'mujer' is not one of female, male, other, not_stated" in bad_sex.stderr
    spanish = run(db, "participants", "NOPE", lang="es")
    assert spanish.stderr.strip() == "Error: No hay ningún evento con el código NOPE"


def test_a_damaged_database_names_the_way_out(db: Path) -> None:
    db.write_bytes(b"not a database at all" * 500)
    result = run(db, "event", "list")
    assert result.returncode == 2
    assert "not an Attendance database" in result.stderr and "restore" in result.stderr


def test_backup_restore_and_check(db: Path, tmp_path: Path) -> None:
    run(db, "event", "add", "--title", "Kept", "--code", "KEEP")
    backup = tmp_path / "copy.db"
    assert run(db, "backup", "-o", str(backup)).returncode == 0
    run(db, "event", "add", "--title", "Later", "--code", "LATER")
    assert run(db, "restore", str(backup)).returncode == 0
    codes = [e["code"] for e in json.loads(run(db, "event", "list", "--json").stdout)]
    assert codes == ["KEEP"]
    assert run(db, "check").stdout.strip() == "ok"


def test_check_computes_again_attendance_figures_that_disagree(db: Path) -> None:
    run(db, "event", "add", "--title", "Course", "--code", "C26", "--start", "2026-12-07", "--end", "2026-12-08")
    run(db, "register", "C26", "--given", "Ana", "--family", "Núñez", "--sex", "female")
    conn = sqlite3.connect(db)
    conn.execute("UPDATE participation SET sex = 'male'")  # as a damaged file would hold
    conn.commit()
    conn.close()
    result = run(db, "check")
    assert result.returncode == 0
    assert result.stdout.splitlines() == ["ok", "The attendance figures of 1 registration disagreed with its "
                                                "check-ins; they were computed again."]
    assert run(db, "check").stdout.strip() == "ok"


def test_demo_creates_realistic_events(db: Path) -> None:
    result = run(db, "demo")
    assert result.returncode == 0, result.stderr
    events = json.loads(run(db, "event", "list", "--json").stdout)
    assert len(events) == 3
    assert {e["kind"] for e in events} == {"course", "webinar", "workshop"}
    people = [p for e in events for p in json.loads(run(db, "participants", e["code"], "--json").stdout)]
    assert 140 <= len({p["person_id"] for p in people}) <= 160
    stated = [p for p in people if p["sex"] in ("female", "male")]
    share = sum(p["sex"] == "female" for p in stated) / len(stated)
    assert 0.35 <= share <= 0.45
    assert any(p["sessions_attended"] for p in people)
    webinar = next(e for e in events if e["kind"] == "webinar")
    countries = {p["country"] for p in json.loads(run(db, "participants", webinar["code"], "--json").stdout)}
    assert len(countries) == 7


def test_every_subcommand_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in _subcommands(build_parser()) if f"attendance {name}" not in readme]
    assert not missing, f"README.md does not document: {missing}"


def test_every_subcommand_has_help(capsys) -> None:
    # In-process: one interpreter per subcommand would cost a second each for no extra truth.
    for name in _subcommands(build_parser()):
        with pytest.raises(SystemExit) as exited:
            build_parser().parse_args([*name.split(), "--help"])
        assert exited.value.code == 0, name
        assert f"usage: attendance {name}" in capsys.readouterr().out, name


def _subcommands(parser, prefix: str = "") -> list[str]:
    names = []
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            for name, child in action.choices.items():
                full = f"{prefix}{name}"
                nested = _subcommands(child, f"{full} ")
                names.extend(nested or [full])
    return names


def test_the_command_line_starts_without_pdf_or_spreadsheet_libraries() -> None:
    # Scripts call `attendance checkin` once per scan: its start must not load what only exports need.
    code = ("import sys; from attendance.cli.main import build_parser; build_parser(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in {'fpdf', 'openpyxl', 'qrcode', 'PIL', "
            "'fontTools', 'sqlite_utils', 'numpy'} "
            "or m in {'attendance.documents.badge_sheets', 'attendance.documents.sheets'}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_output_into_a_closed_pipe_ends_quietly(db: Path) -> None:
    # `attendance portfolio --json | head`: the reader went away. A BrokenPipeError traceback
    # reached the user; now the command ends with 1 and nothing on stderr.
    assert run(db, "demo").returncode == 0
    read_end, write_end = os.pipe()
    os.close(read_end)  # closed before the command writes: every write fails, deterministically
    try:
        ended = subprocess.run([sys.executable, "-m", "attendance", "--db", str(db), "portfolio", "--json"],
                               stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=60,
                               env={**os.environ, "ATTENDANCE_LANG": "en"})
    finally:
        os.close(write_end)
    assert ended.returncode == 1
    assert ended.stderr == ""
