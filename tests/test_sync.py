"""Sync bundles between laptops: setting up a second desk, idempotent and all-or-nothing imports,
the merge rules (conflicts, provisional check-ins, erasure, tombstones), duplicate people, and a
two-desk day at the door."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import time
import zipfile
from pathlib import Path

import pytest
from sync_support import pair  # tests/ is on sys.path

from attendance import badges, checkin, i18n, services
from attendance.cli import main as cli
from attendance.domain import AttendanceError
from attendance.store import SYNCED_TABLES, Store
from attendance.sync import bundles as sync
from attendance.sync import merge


def dump(store: Store) -> dict[str, list[tuple]]:
    """Every synced row and change, ordered by id."""
    tables = {t: [tuple(r.values()) for r in store.rows(f"SELECT * FROM [{t}] ORDER BY id")] for t in SYNCED_TABLES}
    tables["changes"] = [tuple(r.values()) for r in store.rows(
        "SELECT id, entity, entity_id, fields, at, device_id, author, based_on FROM changes ORDER BY id")]
    return tables


@pytest.fixture()
def desk(tmp_path: Path, store: Store, event) -> Store:
    """A second laptop set up from a bundle of the fixture's event."""
    second = Store(tmp_path / "desk2.db")
    pair(store, second, coordinator=True)
    bundle = sync.export_bundle(store, tmp_path / "setup.zip", event_id=event.id).path
    sync.import_bundle(second, bundle)
    yield second
    second.close()


def exchange(tmp_path: Path, sender: Store, receiver: Store, name: str) -> sync.ImportPreview:
    """Send everything new from one laptop to another."""
    bundle = sync.export_bundle(sender, tmp_path / f"{name}.zip", since_last=True).path
    return sync.import_bundle(receiver, bundle)


# --------------------------------------------------------------------------- bundle format and export
def test_bundle_holds_a_manifest_with_hashes_and_the_changes_as_jsonl(tmp_path: Path, store: Store, event) -> None:
    result = sync.export_bundle(store, tmp_path / "all.zip")
    with zipfile.ZipFile(result.path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        lines = archive.read("changes.jsonl").decode().splitlines()
    assert manifest["format_version"] == 1 and manifest["schema_version"] == store.meta("schema_version")
    assert manifest["device_id"] == store.device_id and manifest["bundle_id"] == result.bundle_id
    assert manifest["counts"]["changes"] == len(lines) == result.changes == 5  # event + 4 sessions
    assert manifest["counts"]["sessions"] == 4
    assert {json.loads(line)["entity"] for line in lines} == {"events", "sessions"}
    assert manifest["files"]["changes.jsonl"]["sha256"] == hashlib.sha256(
        ("\n".join(lines) + "\n").encode()).hexdigest()


def test_since_last_sends_only_what_is_new(tmp_path: Path, store: Store, event) -> None:
    assert sync.export_bundle(store, tmp_path / "1.zip", since_last=True).changes == 5
    assert sync.export_bundle(store, tmp_path / "2.zip", since_last=True).changes == 0
    services.register(store, event.id, given_names="Ana", family_names="Núñez")
    # An event bundle does not move the watermark of "since last".
    sync.export_bundle(store, tmp_path / "event.zip", event_id=event.id)
    assert sync.export_bundle(store, tmp_path / "3.zip", since_last=True).changes == 2  # person, registration


def test_an_event_bundle_sets_up_a_second_desk_whose_badges_verify_everywhere(store: Store, event,
                                                                              desk: Store, tmp_path: Path) -> None:
    other_event = services.create_event(store, title="Other", code="OTH26", start_date="2027-01-01")
    assert services.event_by_code(desk, "SNR26").badge_key == event.badge_key
    assert len(services.sessions(desk, event.id)) == 4
    with pytest.raises(AttendanceError):
        services.event_by_code(desk, other_event.code)
    walk_in = services.register(desk, event.id, given_names="Keisha", family_names="Brown")
    payload = services.badge_payload(services.get_event(desk, event.id), walk_in.badge_token)
    parsed = badges.parse_payload(payload, event.code, services.get_event(store, event.id).badge_key)
    assert parsed.status is badges.PayloadStatus.VALID
    # The first desk admits the badge before the bundles are merged (provisional check-in).
    first_session = services.sessions(store, event.id)[0]
    result = checkin.check_in(store, event, payload, first_session.id)
    assert result.status is checkin.CheckInStatus.OTHER_DESK


# --------------------------------------------------------------------------- import: idempotent, all or nothing
def test_reimporting_a_bundle_or_its_changes_changes_nothing(tmp_path: Path, store: Store, event,
                                                             desk: Store) -> None:
    services.register(store, event.id, given_names="Ana", family_names="Núñez", institution="Policía")
    bundle = sync.export_bundle(store, tmp_path / "a.zip").path
    assert sync.import_bundle(desk, bundle).changes_new == 3
    before = dump(desk)
    again = sync.import_bundle(desk, bundle)
    assert again.already_imported and dump(desk) == before
    # Another bundle with the same changes (a new bundle id) adds nothing either.
    copy = sync.export_bundle(store, tmp_path / "b.zip").path
    assert sync.import_bundle(desk, copy).changes_new == 0
    assert dump(desk) == before


def test_dry_run_and_preview_write_nothing(tmp_path: Path, store: Store, event, desk: Store) -> None:
    services.register(store, event.id, given_names="Ana", family_names="Núñez")
    bundle = sync.export_bundle(store, tmp_path / "a.zip").path
    before = dump(desk)
    preview = sync.preview_import(desk, bundle)
    assert (preview.new_people, preview.new_registrations, preview.changes_new) == (1, 1, 2)
    assert sync.import_bundle(desk, bundle, dry_run=True).new_people == 1
    assert dump(desk) == before
    assert desk.scalar("SELECT count(*) FROM sync_bundles_imported") == 1  # only the setup bundle


def _rewrite(bundle: Path, target: Path, **replace: bytes) -> Path:
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(target, "w") as out:
        for name in source.namelist():
            if name in replace:
                if replace[name] is not None:
                    out.writestr(name, replace[name])
            else:
                out.writestr(name, source.read(name))
    return target


@pytest.mark.parametrize("damage, message", [
    ("tampered", "does not match its checksum"),
    ("missing_changes", "changes.jsonl is missing"),
    ("bad_json", "is damaged"),
    ("two_values_on_a_line", "Line 8 of the changes"),  # after 7 good lines
    ("future_format", "format version 2"),
    ("newer_schema", "newer version of Attendance"),
    ("not_a_zip", "not a readable zip"),
    ("no_manifest", "it has no manifest.json"),
])
def test_a_bad_bundle_writes_nothing_and_says_why(tmp_path: Path, store: Store, event, desk: Store,
                                                  damage: str, message: str) -> None:
    services.register(store, event.id, given_names="Ana", family_names="Núñez")
    bundle = sync.export_bundle(store, tmp_path / "good.zip").path
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        changes = archive.read("changes.jsonl")
    bad = tmp_path / "bad.zip"
    if damage == "tampered":
        _rewrite(bundle, bad, **{"changes.jsonl": changes.replace(b"Ana", b"Eve")})
    elif damage == "missing_changes":
        _rewrite(bundle, bad, **{"changes.jsonl": None})
    elif damage in ("bad_json", "two_values_on_a_line"):
        first = changes.splitlines()[0]
        broken = changes + (b"{not json\n" if damage == "bad_json" else first + b"," + first + b"\n")
        manifest["files"]["changes.jsonl"]["sha256"] = hashlib.sha256(broken).hexdigest()
        manifest["files"]["changes.jsonl"]["bytes"] = len(broken)
        _rewrite(bundle, bad, **{"changes.jsonl": broken, "manifest.json": json.dumps(manifest).encode()})
    elif damage in ("future_format", "newer_schema"):
        key, value = ("format_version", 2) if damage == "future_format" else ("schema_version", "9999")
        _rewrite(bundle, bad, **{"manifest.json": json.dumps({**manifest, key: value}).encode()})
    elif damage == "not_a_zip":
        bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    else:
        _rewrite(bundle, bad, **{"manifest.json": None})
    before = dump(desk)
    with pytest.raises(sync.BundleError, match=message):
        sync.import_bundle(desk, bad)
    assert dump(desk) == before


def test_bad_bundle_message_is_translated(tmp_path: Path, desk: Store) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"nonsense")
    i18n.set_language("es")
    with pytest.raises(sync.BundleError, match="no es un paquete de sincronización"):
        sync.import_bundle(desk, bad)


def test_a_bundle_missing_earlier_rows_is_refused_whole(tmp_path: Path, store: Store, event, desk: Store) -> None:
    sync.export_bundle(store, tmp_path / "first.zip", since_last=True)  # sent, but never imported on desk
    third = Store(tmp_path / "third.db")
    pair(store, desk, third, coordinator=True)
    services.register(store, event.id, given_names="Ana", family_names="Núñez")
    later = sync.export_bundle(store, tmp_path / "later.zip", since_last=True).path
    before = dump(third)
    with pytest.raises(AttendanceError, match="earlier bundles"):
        sync.import_bundle(third, later)
    assert dump(third) == before
    third.close()


# --------------------------------------------------------------------------- merge rules
def test_concurrent_edits_converge_and_the_conflict_is_kept_for_review(tmp_path: Path, store: Store, event,
                                                                       desk: Store) -> None:
    person = services.register(store, event.id, given_names="Ana", family_names="Núñez").person_id
    exchange(tmp_path, store, desk, "a1")
    services.update_person(store, person, email="ana@policia.gob")
    time.sleep(0.005)  # the desk's edit comes later (stamps have millisecond resolution)
    services.update_person(desk, person, email="ana.nunez@gmail.com", phone="+1 876 555 0100")
    preview = exchange(tmp_path, desk, store, "b1")
    exchange(tmp_path, store, desk, "a2")
    assert [(c.field, c.local.fields["email"], c.remote.fields["email"]) for c in preview.conflicts] == [
        ("email", "ana@policia.gob", "ana.nunez@gmail.com")]
    # Both laptops hold the later write, and the phone (no conflict) from the desk.
    for laptop in (store, desk):
        row = laptop.row("people", person)
        assert (row["email"], row["phone"]) == ("ana.nunez@gmail.com", "+1 876 555 0100")
    assert dump(store) == dump(desk)
    conflicts = merge.open_conflicts(store)
    assert [(c.field, c.local_value, c.remote_value, c.label) for c in conflicts] == [
        ("email", "ana@policia.gob", "ana.nunez@gmail.com", "Ana Núñez")]
    # Picking the older value is a new change that wins on every laptop and closes the conflict there.
    merge.resolve_conflict(store, conflicts[0].id, "local")
    assert merge.open_conflicts(store) == []
    exchange(tmp_path, store, desk, "a3")
    assert desk.row("people", person)["email"] == "ana@policia.gob"
    assert merge.open_conflicts(desk) == []
    assert dump(store) == dump(desk)


def test_edits_that_saw_each_other_are_not_conflicts(tmp_path: Path, store: Store, event, desk: Store) -> None:
    person = services.register(store, event.id, given_names="Ana", family_names="Núñez").person_id
    exchange(tmp_path, store, desk, "a1")
    services.update_person(desk, person, email="ana@policia.gob")
    exchange(tmp_path, desk, store, "b1")
    services.update_person(store, person, email="ana@policia.gov.jm")
    preview = exchange(tmp_path, store, desk, "a2")
    assert preview.conflicts == [] and desk.row("people", person)["email"] == "ana@policia.gov.jm"


def test_import_order_does_not_matter(tmp_path: Path, store: Store, event, desk: Store) -> None:
    third = Store(tmp_path / "third.db")
    pair(store, desk, third, coordinator=True)
    sync.import_bundle(third, sync.export_bundle(store, tmp_path / "setup3.zip", event_id=event.id).path)
    person = services.register(store, event.id, given_names="Ana", family_names="Núñez").person_id
    everything = sync.export_bundle(store, tmp_path / "a.zip").path
    sync.import_bundle(desk, everything)
    sync.import_bundle(third, everything)
    services.update_person(desk, person, position="Inspector")
    services.update_person(third, person, position="Sergeant", phone="555")
    from_desk = sync.export_bundle(desk, tmp_path / "d.zip").path
    from_third = sync.export_bundle(third, tmp_path / "t.zip").path
    sync.import_bundle(store, from_desk)
    sync.import_bundle(store, from_third)
    sync.import_bundle(desk, from_third)
    sync.import_bundle(third, from_desk)
    assert dump(store) == dump(desk) == dump(third)
    writes = store.rows("SELECT fields, at, device_id FROM changes WHERE entity_id = ? AND fields LIKE "
                        "'%position%' ORDER BY at DESC, device_id DESC", [person])
    latest = json.loads(writes[0]["fields"])["position"]  # the later write (the device id breaks a tie)
    assert store.row("people", person)["position"] == latest and latest in ("Inspector", "Sergeant")
    third.close()


def test_a_provisional_checkin_counts_once_its_registration_arrives(tmp_path: Path, store: Store, event,
                                                                    desk: Store) -> None:
    walk_in = services.register(desk, event.id, given_names="Keisha", family_names="Brown", sex="female")
    payload = services.badge_payload(event, walk_in.badge_token)
    session = services.sessions(store, event.id)[0]
    assert checkin.check_in(store, event, payload, session.id).status is checkin.CheckInStatus.OTHER_DESK
    assert checkin.session_counts(store, event.id, session.id).female == 0
    exchange(tmp_path, desk, store, "b1")
    counts = checkin.session_counts(store, event.id, session.id)
    assert (counts.female, counts.other_desk, counts.present) == (1, 0, 1)
    assert [p.sessions_attended for p in services.participants(store, event.id)] == [1]


def test_checkins_are_a_union_and_undos_and_tombstones_sync(tmp_path: Path, store: Store, event,
                                                            desk: Store) -> None:
    registration = services.register(store, event.id, given_names="Ana", family_names="Núñez")
    other = services.register(store, event.id, given_names="Luis", family_names="Pérez")
    exchange(tmp_path, store, desk, "a1")
    first, second = services.sessions(store, event.id)[:2]
    kept = services.record_checkin(store, registration.id, first.id, event_id=event.id)
    undone = services.record_checkin(desk, registration.id, second.id, event_id=event.id)
    services.undo_checkin(desk, undone)
    services.record_checkin(desk, registration.id, first.id, event_id=event.id)
    desk.tombstone("registrations", other.id)
    exchange(tmp_path, store, desk, "a2")
    exchange(tmp_path, desk, store, "b2")
    for laptop in (store, desk):
        assert laptop.scalar("SELECT count(*) FROM checkins") == 4
        assert laptop.rows("SELECT DISTINCT session_id FROM effective_checkins") == [{"session_id": first.id}]
        assert kept in {r["id"] for r in laptop.rows("SELECT id FROM effective_checkins")}
        assert [p.registration_id for p in services.participants(laptop, event.id)] == [registration.id]
    assert dump(store) == dump(desk)


# --------------------------------------------------------------------------- erasure
def test_an_erased_person_stays_erased_after_an_older_bundle_and_leaves_the_file(tmp_path: Path, store: Store,
                                                                                 event, desk: Store) -> None:
    person = services.register(store, event.id, given_names="Zenaida", family_names="Quispe-Huamán",
                               email="zenaida.quispe@example.org", institution="Fiscalía",
                               position="Fiscal Adjunta").person_id
    older = sync.export_bundle(store, tmp_path / "older.zip").path
    sync.import_bundle(desk, older)
    services.update_person(desk, person, phone="+51 999 888 777")  # a later edit made on the other desk
    from_desk = sync.export_bundle(desk, tmp_path / "desk.zip").path
    merge.erase_person(store, person)
    for bundle in (older, from_desk):  # stale bundles that still hold her
        sync.import_bundle(store, bundle)
    erasure = sync.export_bundle(store, tmp_path / "erasure.zip", since_last=True).path
    sync.import_bundle(desk, erasure)
    sync.import_bundle(desk, older)
    for laptop in (store, desk):
        row = laptop.row("people", person)
        assert row["erased_at"] and row["deleted_at"]
        assert (row["given_names"], row["email"], row["phone"], row["sex"]) == ("", None, None, "not_stated")
        assert services.participants(laptop, event.id) == []
        assert services.search_people(laptop, "zenaida") == []
        history = "".join(r["fields"] for r in laptop.rows("SELECT fields FROM changes WHERE entity_id = ?",
                                                           [person]))
        assert "Zenaida" not in history and "999 888" not in history
        everything = "".join(r["fields"] for r in laptop.rows("SELECT fields FROM changes"))
        assert "fiscal adjunta" not in everything.lower()
        assert laptop.scalar("SELECT count(*) FROM registrations WHERE position IS NOT NULL") == 0
        laptop.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        on_disk = laptop.path.read_bytes().lower()
        for secret in ("zenaida", "zenaida.quispe@example.org", "fiscal adjunta"):
            assert secret.encode() not in on_disk
    assert dump(store) == dump(desk)


# --------------------------------------------------------------------------- duplicate people
def test_possible_duplicates_are_flagged_and_merged_only_by_hand(tmp_path: Path, store: Store, event,
                                                                  desk: Store) -> None:
    first = services.register(store, event.id, given_names="José", family_names="Núñez", institution="PNP",
                              email="jnunez@pnp.gob.pe")
    second = services.register(desk, event.id, given_names="Jose", family_names="NUNEZ", institution="PNP")
    third = services.register(desk, event.id, given_names="José Luis", family_names="Núñez",
                              email="JNUNEZ@pnp.gob.pe")
    # A shared office address is not a duplicate: different names, same email.
    services.register(desk, event.id, given_names="Maria", family_names="Lopez", email="jnunez@pnp.gob.pe")
    session = services.sessions(desk, event.id)[0]
    services.record_checkin(desk, second.id, session.id, event_id=event.id)
    preview = exchange(tmp_path, desk, store, "b1")
    assert {(d.second_name, d.reason) for d in preview.duplicates} == {("Jose NUNEZ", "name"),
                                                                        ("José Luis Núñez", "email")}
    assert len(services.participants(store, event.id)) == 4  # nothing merged by itself
    pairs = {(p.first_id, p.second_id, p.reason) for p in merge.possible_duplicates(store)}
    assert pairs == {(first.person_id, second.person_id, "name"), (first.person_id, third.person_id, "email")}
    result = merge.merge_people(store, first.person_id, second.person_id)
    assert (result.registrations_joined, result.checkins_moved) == (1, 1)
    remaining = services.participants(store, event.id)
    assert first.person_id in {p.person_id for p in remaining} and len(remaining) == 3
    assert next(p for p in remaining if p.person_id == first.person_id).sessions_attended == 1
    assert store.row("people", second.person_id)["merged_into"] == first.person_id
    exchange(tmp_path, store, desk, "a1")  # the merge itself syncs
    assert second.person_id not in {p.person_id for p in services.participants(desk, event.id)}
    assert dump(store) == dump(desk)
    with pytest.raises(AttendanceError):
        merge.merge_people(store, first.person_id, first.person_id)


def test_merge_moves_registrations_of_other_events(store: Store, event) -> None:
    other = services.create_event(store, title="Webinar", code="WEB26", start_date="2027-02-01")
    keep = services.register(store, event.id, given_names="Ana", family_names="Núñez")
    duplicate = services.register(store, other.id, given_names="Ana", family_names="Nunez",
                                  email="ana@example.org")
    result = merge.merge_people(store, keep.person_id, duplicate.person_id)
    assert result.registrations_moved == 1
    assert [p.person_id for p in services.participants(store, other.id)] == [keep.person_id]
    assert services.get_person(store, keep.person_id).email == "ana@example.org"  # blank filled in


# --------------------------------------------------------------------------- a day at two desks
def test_two_desks_a_thousand_participants_no_checkin_lost(tmp_path: Path, store: Store) -> None:
    rng = random.Random(7)
    event = services.create_event(store, title="Regional Workshop", code="RW26", start_date="2026-12-07",
                                  end_date="2026-12-11")
    with store.transaction():
        registrations = [services.register(store, event.id, given_names=f"P{n}", family_names="Test",
                                           sex=rng.choice(["female", "male"])) for n in range(1000)]
    desk_b = Store(tmp_path / "desk-b.db")
    pair(store, desk_b, coordinator=True)
    sync.import_bundle(desk_b, sync.export_bundle(store, tmp_path / "setup.zip", event_id=event.id).path)
    desks = {"a": store, "b": desk_b}
    walk_ins: list[tuple[str, services.Registration]] = []
    for name, laptop in desks.items():
        with laptop.transaction():
            walk_ins += [(name, services.register(laptop, event.id, given_names=f"W{name}{n}", family_names="Walk"))
                         for n in range(25)]
    everyone = [("a", r) for r in registrations] + walk_ins
    truth: dict[str, set[str]] = {}
    written: set[str] = set()
    for session in services.sessions(store, event.id):
        truth[session.id] = set()
        scans: dict[str, list[str]] = {"a": [], "b": []}
        for _, registration in everyone:
            if rng.random() < 0.7:
                truth[session.id].add(registration.id)
                payload = services.badge_payload(event, registration.badge_token)
                chosen = ["a", "b"] if rng.random() < 0.2 else [rng.choice("ab")]
                for desk_name in chosen:
                    scans[desk_name].append(payload)
        for desk_name, payloads in scans.items():
            laptop = desks[desk_name]
            with laptop.transaction():
                for payload in payloads:
                    result = checkin.check_in(laptop, event, payload, session.id)
                    assert result.admitted
                    written.add(result.checkin_id)
    exchange(tmp_path, desk_b, store, "b-to-a")
    exchange(tmp_path, store, desk_b, "a-to-b")
    for laptop in desks.values():
        assert {r["id"] for r in laptop.rows("SELECT id FROM checkins")} == written
        for session_id, expected in truth.items():
            attended = {r["registration_id"] for r in laptop.rows(
                "SELECT DISTINCT registration_id FROM effective_checkins WHERE session_id = ?", [session_id])}
            assert attended == expected
    assert dump(store) == dump(desk_b)
    desk_b.close()


# --------------------------------------------------------------------------- command line
def test_cli_exports_imports_and_reviews(tmp_path: Path, store: Store, event, capsys) -> None:
    first = services.register(store, event.id, given_names="Ana", family_names="Núñez", email="ana@example.org")
    services.register(store, event.id, given_names="Anita", family_names="Núñez", email="ana@example.org")
    store.close()
    main_db, other_db = str(tmp_path / "attendance.db"), str(tmp_path / "other.db")
    bundle = str(tmp_path / "cli.zip")
    assert cli.main(["--db", other_db, "device", "show", "--json"]) == 0  # scanned by the coordinator:
    assert cli.main(["--db", main_db, "device", "trust", json.loads(capsys.readouterr().out)["qr"]]) == 0
    assert cli.main(["--db", main_db, "sync", "export", "-o", bundle, "--event", "SNR26"]) == 0
    assert "changes" in capsys.readouterr().out
    assert cli.main(["--db", main_db, "device", "show", "--json"]) == 0
    code = json.loads(capsys.readouterr().out)["fingerprint"]
    assert cli.main(["--db", other_db, "sync", "import", bundle, "--dry-run", "--json"]) == 1
    assert code in capsys.readouterr().err  # refused, naming the sender's fingerprint
    assert cli.main(["--db", other_db, "sync", "import", bundle, "--dry-run", "--json",
                     "--trust-fingerprint", code]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert (preview["new_people"], preview["new_registrations"]) == (2, 2)
    assert cli.main(["--db", other_db, "sync", "import", bundle, "--trust-fingerprint", code]) == 0
    assert "Imported." in capsys.readouterr().out
    assert cli.main(["--db", other_db, "sync", "import", bundle, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["already_imported"] is True
    assert cli.main(["--db", other_db, "sync", "conflicts", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert cli.main(["--db", other_db, "people", "duplicates", "--json"]) == 0
    pairs = json.loads(capsys.readouterr().out)
    assert [p["reason"] for p in pairs] == ["email"]
    assert cli.main(["--db", other_db, "people", "merge", pairs[0]["first_id"], pairs[0]["second_id"]]) == 0
    capsys.readouterr()
    assert cli.main(["--db", other_db, "people", "erase", first.person_id]) == 1  # not without --yes
    assert "--yes" in capsys.readouterr().err
    assert cli.main(["--db", other_db, "people", "erase", first.person_id, "--yes"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", other_db, "participants", "SNR26", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    (tmp_path / "bad.zip").write_bytes(b"junk")
    assert cli.main(["--db", other_db, "sync", "import", str(tmp_path / "bad.zip")]) == 1
    assert "not a sync bundle" in capsys.readouterr().err


def test_an_edit_made_after_an_import_wins_even_against_a_clock_running_ahead(tmp_path: Path, store: Store, event,
                                                                             desk: Store) -> None:
    person = services.register(store, event.id, given_names="Ana", family_names="Núñez").person_id
    exchange(tmp_path, store, desk, "a1")
    ahead = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=3)).isoformat(timespec="milliseconds")[:23] + "Z"
    desk._last_stamp = ahead  # that laptop's clock is hours ahead (within the drift allowed)
    services.update_person(desk, person, position="Inspector")
    exchange(tmp_path, desk, store, "b1")
    services.update_person(store, person, position="Chief Inspector")  # made later, by a person looking at it
    exchange(tmp_path, store, desk, "a2")
    assert store.row("people", person)["position"] == desk.row("people", person)["position"] == "Chief Inspector"
    reopened = Store(store.path)  # the clock is kept across restarts too
    assert reopened.stamp() > ahead
    reopened.close()


def test_a_change_that_arrives_before_its_row_waits_for_it(tmp_path: Path, store: Store, event, desk: Store) -> None:
    person = services.register(store, event.id, given_names="Ana", family_names="Núñez").person_id
    first = sync.export_bundle(store, tmp_path / "first.zip", since_last=True).path
    services.update_person(store, person, email="ana@example.org")
    second = sync.export_bundle(store, tmp_path / "second.zip", since_last=True).path
    assert sync.import_bundle(desk, second).waiting_rows == 1
    assert desk.row("people", person) is None
    sync.import_bundle(desk, first)
    assert desk.row("people", person)["email"] == "ana@example.org"
    assert dump(store) == dump(desk)


def test_the_coordinator_relays_one_desk_s_work_to_another(tmp_path: Path, store: Store, event,
                                                           desk: Store) -> None:
    third = Store(tmp_path / "third.db")
    pair(store, desk, third, coordinator=True)
    sync.import_bundle(third, sync.export_bundle(store, tmp_path / "setup3.zip", event_id=event.id).path)
    walk_in = services.register(desk, event.id, given_names="Keisha", family_names="Brown")
    exchange(tmp_path, desk, store, "desk-to-coordinator")
    exchange(tmp_path, store, third, "coordinator-onward")
    assert [p.registration_id for p in services.participants(third, event.id)] == [walk_in.id]
    third.close()
