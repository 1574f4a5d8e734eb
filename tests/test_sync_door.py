"""The door is never locked out by a sync import, and an interrupted import is finished by importing again.

A bundle is checked whole before anything is written, then written in short transactions of whole
rows (``bundles.CHUNK_CHANGES``): four check-in desks (separate processes) keep scanning while a
120,000-change bundle is imported; an import killed between two pieces leaves every row done or
untouched, and importing the same bundle again gives exactly what a clean import gives. The p99
wait of a scan during the import is measured by ``benchmarks/bench_door.py``.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from sync_support import pair

from attendance import badges, services
from attendance.store import Store
from attendance.sync import bundles, merge

CHILD = Path(__file__).resolve().parent / "door_child.py"
SYNCED = ("events", "sessions", "institutions", "people", "registrations", "checkins")


def build_bundle(folder: Path, people: int, checkins: int, receivers: tuple[Path, ...], seed: int = 5) -> Path:
    """A laptop's whole history as a bundle: one event, people, registrations, check-ins (a few undone),
    edits and one erasure; about ``2 * people + checkins`` changes. The laptops at ``receivers`` and
    the source trust each other as coordinators (the badge key is sealed for them, the erasure accepted)."""
    rng = random.Random(seed)
    source = Store(folder / "source.db")
    laptops = [Store(path) for path in receivers]
    pair(source, *laptops, coordinator=True)
    for laptop in laptops:
        laptop.close()
    event = services.create_event(source, title="Regional Course", code="RC26", start_date="2026-12-07",
                                  end_date="2026-12-11")
    sessions = [s.id for s in services.sessions(source, event.id)]
    institutions = source.insert_many("institutions", [
        {"name": f"Institución {n}", "folded_name": f"institucion {n}", "sector": "police", "country": "JM"}
        for n in range(50)])
    person_ids = source.insert_many("people", [
        {"given_names": f"Ana {n}", "family_names": f"Núñez {n}", "sex": rng.choice(["female", "male"]),
         "email": f"p{n}@example.org", "institution_id": rng.choice(institutions)} for n in range(people)])
    registrations = source.insert_many("registrations", [
        {"event_id": event.id, "person_id": person, "institution_id": None, "role": "participant",
         "status": "registered", "badge_token": badges.new_badge_token(), "source": "import",
         "registered_at": "2026-12-01T09:00:00.000Z", "position": "Inspector"} for person in person_ids])
    checkin_ids = source.insert_many("checkins", [
        {"registration_id": rng.choice(registrations), "event_id": event.id, "session_id": rng.choice(sessions),
         "badge_token": None, "at": "2026-12-07T09:00:00.000Z", "method": "scan"} for _ in range(checkins)])
    with source.transaction():
        for person in person_ids[:200]:
            source.update("people", person, {"phone": f"+1 876 555 {rng.randrange(10_000):04d}"})
    undo = services.undo_checkin(source, checkin_ids[-1])
    services.undo_checkin(source, undo)  # an undo of an undo: rows of one table that refer to each other
    merge.erase_person(source, person_ids[-1])
    bundle = bundles.export_bundle(source, folder / "bundle.zip").path
    source.close()
    return bundle


def contents(path: Path) -> dict[str, list[tuple]]:
    """Everything an import writes, in a comparable form (no local clock values)."""
    store = Store(path)
    found = {table: store.execute(f"SELECT * FROM [{table}] ORDER BY id").fetchall() for table in SYNCED}
    found["changes"] = store.execute("SELECT id, entity, entity_id, fields, at, device_id, author, based_on "
                                     "FROM changes ORDER BY id").fetchall()
    found["conflicts"] = store.execute("SELECT field, local_change_id, remote_change_id FROM sync_conflicts "
                                       "ORDER BY 1, 2, 3").fetchall()
    found["bundles"] = store.execute("SELECT bundle_id FROM sync_bundles_imported").fetchall()
    store.close()
    return found


def test_four_desks_keep_checking_in_during_a_120000_change_import(tmp_path: Path) -> None:
    door = tmp_path / "door.db"
    bundle = build_bundle(tmp_path, people=25_000, checkins=70_000, receivers=(door,))
    store = Store(door)
    event = services.create_event(store, title="Door", code="DOOR", start_date="2026-12-07", end_date="2026-12-07")
    people = store.insert_many("people", [{"given_names": f"G{n}", "family_names": f"F{n}"} for n in range(4_000)])
    store.insert_many("registrations", [
        {"event_id": event.id, "person_id": person, "role": "participant", "status": "registered",
         "badge_token": badges.new_badge_token(), "source": "import", "registered_at": "2026-12-01T09:00:00.000Z"}
        for person in people])
    stop = tmp_path / "stop"
    desks = [subprocess.Popen([sys.executable, str(CHILD), str(door), "DOOR", str(n * 1_000), "1000", str(stop),
                               str(tmp_path / f"desk{n}.jsonl")], stdout=subprocess.PIPE, text=True)
             for n in range(4)]
    try:
        for desk in desks:
            assert desk.stdout.readline().strip() == "ready"
        began = time.time()
        preview = bundles.import_bundle(store, bundle)
        ended = time.time()
    finally:
        stop.touch()
        for desk in desks:
            desk.wait(timeout=120)
    assert preview.changes_new == preview.changes_total >= 120_000
    scans = [json.loads(line) for n in range(4) for line in (tmp_path / f"desk{n}.jsonl").read_text().splitlines()]
    during = [scan for scan in scans if began <= scan["started"] <= ended]
    assert [scan for scan in scans if scan["error"]] == []  # no scan refused, "database is locked" or other
    assert {scan["status"] for scan in scans} == {"checked_in"}
    assert len(during) >= 20  # the desks really scanned while the import ran, in four processes
    # A scan waits for one short piece of the import, not for the whole import.
    assert max(scan["seconds"] for scan in during) < (ended - began) / 3
    assert store.scalar("SELECT count(*) FROM checkins WHERE event_id = ?", [event.id]) == len(scans)
    assert store.scalar("SELECT count(*) FROM changes") == preview.changes_total + len(scans) + 8_000 + \
        store.scalar("SELECT count(*) FROM changes WHERE entity IN ('events', 'sessions') AND device_id = ?",
                     [store.device_id])
    store.close()


KILLER = textwrap.dedent("""
    import os, signal, sys
    from attendance.store import Store
    from attendance.sync import bundles
    bundles.CHUNK_CHANGES = 1_000
    write_piece, pieces = bundles._write_piece, []
    def dying(store, piece, **options):
        write_piece(store, piece, **options)  # the third piece's rows are written, not yet committed
        pieces.append(piece)
        if len(pieces) == 3:
            os.kill(os.getpid(), signal.SIGKILL)
    bundles._write_piece = dying
    bundles.import_bundle(Store(sys.argv[1]), sys.argv[2])
""")


def test_an_import_killed_between_pieces_is_completed_by_importing_it_again(tmp_path: Path) -> None:
    clean, resumed = tmp_path / "clean.db", tmp_path / "resumed.db"
    bundle = build_bundle(tmp_path, people=1_500, checkins=3_000, receivers=(clean, resumed))
    with Store(clean) as store:
        bundles.import_bundle(store, bundle)
    killed = subprocess.run([sys.executable, "-c", KILLER, str(resumed), str(bundle)], timeout=300)
    assert killed.returncode == -signal.SIGKILL
    with Store(resumed) as store:
        written = store.scalar("SELECT count(*) FROM changes WHERE device_id != ?", [store.device_id])
        assert 0 < written < 6_000  # two pieces committed, the third rolled back, the rest never written
        assert store.scalar("SELECT count(*) FROM sync_bundles_imported") == 0
        assert store.execute("PRAGMA foreign_key_check").fetchall() == []
        again = bundles.import_bundle(store, bundle)
        assert again.changes_new == again.changes_total - written
        assert bundles.import_bundle(store, bundle).already_imported
    assert contents(resumed) == contents(clean)


def test_an_edit_at_the_desk_between_two_pieces_is_merged_as_in_one_piece(tmp_path: Path, monkeypatch) -> None:
    source = Store(tmp_path / "source.db")
    event = services.create_event(source, title="Course", code="C1", start_date="2026-12-07", end_date="2026-12-08")
    registration = services.register(source, event.id, given_names="Ana", family_names="Núñez")
    desk = Store(tmp_path / "desk.db")
    pair(source, desk)
    first = bundles.export_bundle(source, tmp_path / "first.zip").path
    bundles.import_bundle(desk, first)
    source.update("registrations", registration.id, {"position": "Analyst"})
    for n in range(20):  # new people: written in pieces before the registration
        services.register(source, event.id, given_names=f"Other {n}", family_names="Person")
    second = bundles.export_bundle(source, tmp_path / "second.zip").path
    other_program = Store(tmp_path / "desk.db")
    edits: list[str] = []

    def between_pieces(_seconds: float) -> None:
        if not edits:  # another program on the desk fixes the job title while the import pauses
            other_program.update("registrations", registration.id, {"position": "Director"})
            edits.append("Director")

    monkeypatch.setattr(bundles, "CHUNK_CHANGES", 1)
    monkeypatch.setattr(bundles.time, "sleep", between_pieces)
    bundles.import_bundle(desk, second)
    assert edits == ["Director"]
    assert desk.row("registrations", registration.id)["position"] == "Director"  # the later edit wins
    for store in (source, desk, other_program):
        store.close()


def test_a_bundle_naming_a_row_never_received_writes_nothing_even_in_pieces(tmp_path: Path, monkeypatch) -> None:
    source = Store(tmp_path / "source.db")
    event = services.create_event(source, title="Course", code="C1", start_date="2026-12-07", end_date="2026-12-08")
    before = source.scalar("SELECT max(rowid) FROM changes")
    for n in range(30):
        services.register(source, event.id, given_names=f"Person {n}", family_names="Núñez")
    source.insert("sessions", {"event_id": event.id, "date": "2026-12-09", "label": "Extra", "position": 9})
    with source.transaction():
        source.execute("INSERT INTO sync_bundles_sent (bundle_id, created_at, scope, changes_total, watermark) "
                       "VALUES ('x', '2026-01-01T00:00:00.000Z', 'all', 0, ?)", [before])
    later = bundles.export_bundle(source, tmp_path / "later.zip", since_last=True).path  # no event in it
    desk = Store(tmp_path / "desk.db")
    pair(source, desk)
    monkeypatch.setattr(bundles, "CHUNK_CHANGES", 5)
    try:
        bundles.import_bundle(desk, later)
    except bundles.AttendanceError as error:
        assert "has not received" in str(error)
    else:
        raise AssertionError("imported a bundle whose rows refer to an event this laptop never received")
    assert desk.scalar("SELECT count(*) FROM changes WHERE device_id = ?", [source.device_id]) == 0
    source.close()
    desk.close()


def test_a_pre_registration_import_lets_go_of_the_write_lock_between_its_batches(tmp_path: Path,
                                                                                  monkeypatch) -> None:
    import sqlite3

    from attendance import checkin
    from attendance.intake import importer

    store = Store(tmp_path / "door.db")
    event = services.create_event(store, title="Door", code="DOOR", start_date="2026-12-07", end_date="2026-12-07")
    walk_in = services.register(store, event.id, given_names="Door", family_names="Keeper")
    path = tmp_path / "list.csv"
    path.write_text("First name,Last name,Email\n" + "".join(f"Ana {n},Núñez,a{n}@example.org\n" for n in range(1_600)),
                    encoding="utf-8")
    door = Store(tmp_path / "door.db")
    free: list[bool] = []

    def pause(_seconds: float) -> None:  # another program, between two batches
        probe = sqlite3.connect(tmp_path / "door.db", timeout=0, isolation_level=None)
        try:
            probe.execute("BEGIN IMMEDIATE")  # refused at once if the import held the lock
            probe.execute("ROLLBACK")
            free.append(True)
        finally:
            probe.close()
        if len(free) == 1:
            result = checkin.check_in_registration(door, services.get_event(door, event.id), walk_in.id,
                                                   services.sessions(door, event.id)[0].id)
            assert result.status is checkin.CheckInStatus.CHECKED_IN

    monkeypatch.setattr(importer.time, "sleep", pause)
    report = importer.import_file(store, event.id, path)
    assert report.problem is None and report.count("added") == 1_600
    assert free == [True, True, True]  # 4 batches of 500: the lock was free after each but the last
    assert store.scalar("SELECT count(*) FROM checkins") == 1
    door.close()
    store.close()
