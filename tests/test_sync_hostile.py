"""A hostile corpus of sync bundles: each forged bundle is refused cleanly, says why, and writes nothing.

Every attack of issue 18's report: SQL through a field name, impossible or far-future stamps, a
change that names another row's id or a bookkeeping column, values outside the domain, huge
integers and deep JSON, a change claiming this laptop's id, a known change id with other content,
and zip bombs (made at test time) that stop at the cap, checked in a subprocess for peak memory.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_support import pair  # tests/ is on sys.path

from attendance import services
from attendance.store import SYNCED_TABLES, Store, new_id
from attendance.sync import bundles as sync
from attendance.sync import validation


def dump(store: Store) -> dict[str, list[tuple]]:
    """Every synced row and change, ordered by id."""
    tables = {t: [tuple(r.values()) for r in store.rows(f"SELECT * FROM [{t}] ORDER BY id")] for t in SYNCED_TABLES}
    tables["changes"] = [tuple(r.values()) for r in store.rows("SELECT * FROM changes ORDER BY id")]
    return tables


def forge(path: Path, lines: list[dict], *, device_id: str = "feedfacecafe0001", raw: bytes | None = None) -> Path:
    """A bundle with a correct manifest (hashes recomputed, as any attacker can) around the given changes."""
    body = raw if raw is not None else b"".join((json.dumps(line) + "\n").encode() for line in lines)
    manifest = {"format": sync.FORMAT, "format_version": sync.FORMAT_VERSION, "schema_version": "0004",
                "bundle_id": new_id(), "device_id": device_id, "created_at": "2026-11-01T00:00:00.000Z",
                "scope": "all", "counts": {"changes": len(lines)},
                "files": {sync.CHANGES_FILE: {"sha256": hashlib.sha256(body).hexdigest(), "bytes": len(body)}}}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr(sync.MANIFEST_FILE, json.dumps(manifest))
        bundle.writestr(sync.CHANGES_FILE, body)
    return path


def change(entity: str, entity_id: str, fields: dict, *, at: str = "2026-11-01T10:00:00.000Z",
           based_on: str | None = None, device_id: str = "feedfacecafe0001", change_id: str | None = None) -> dict:
    """One bundle line."""
    return {"id": change_id or new_id(), "entity": entity, "entity_id": entity_id, "fields": json.dumps(fields),
            "at": at, "device_id": device_id, "author": "mallory", "based_on": based_on}


def attacks(store: Store, event) -> dict[str, list[dict]]:
    """One forged list of changes per attack, against the fixture's event."""
    person = services.register(store, event.id, given_names="Ana", family_names="Núñez", email="ana@example.org")
    known = store.rows("SELECT * FROM changes WHERE entity = 'people' AND entity_id = ?", [person.person_id])[0]
    return {
        "sql_in_field_name": [change("people", person.person_id,
                                     {"given_names] = 'x', [family_names": "pwned"}, based_on=known["id"])],
        "unknown_table": [change("meta", new_id(), {"value": "x"})],
        "year_9999": [change("people", person.person_id, {"notes": "x"}, at="9999-12-31T23:59:59.999Z",
                             based_on=known["id"])],
        "not_a_stamp": [change("people", person.person_id, {"notes": "x"}, at="zzz", based_on=known["id"])],
        "year_9000": [change("people", person.person_id, {"notes": "x"}, at="9000-01-01T00:00:00.000Z",
                             based_on=known["id"])],
        "other_row_id": [change("people", new_id(), {"id": person.person_id, "given_names": "Eve"})],
        "bookkeeping_column": [change("people", person.person_id, {"device_id": "x"}, based_on=known["id"])],
        "not_a_uuid": [change("people", "1; DROP TABLE people", {"given_names": "Eve"})],
        "unknown_sex": [change("people", new_id(), {"given_names": "Eve", "sex": "robot"})],
        "huge_integer": [change("sessions", new_id(), {"event_id": event.id, "date": "2026-11-01",
                                                       "position": 2**70})],
        "ten_megabyte_name": [change("people", new_id(), {"given_names": "A" * 10_000_000})],
        "own_device": [change("people", new_id(), {"given_names": "Eve"}, device_id=store.device_id)],
        "known_id_other_content": [change("people", person.person_id, {"given_names": "Eve"},
                                          change_id=known["id"])],
        "duplicate_id_in_bundle": [change("people", new_id(), {"given_names": "Eve"}, change_id=known["id"][:-1] + "0"),
                                   change("people", new_id(), {"given_names": "Mallory"},
                                          change_id=known["id"][:-1] + "0")],
        "bad_foreign_key": [change("registrations", new_id(), {"event_id": "'; --", "person_id": person.person_id,
                                                               "badge_token": "x", "registered_at": "2026"})],
    }


ATTACKS = ["sql_in_field_name", "unknown_table", "year_9999", "not_a_stamp", "year_9000", "other_row_id",
           "bookkeeping_column", "not_a_uuid", "unknown_sex", "huge_integer", "ten_megabyte_name", "own_device",
           "known_id_other_content", "duplicate_id_in_bundle", "bad_foreign_key"]


@pytest.mark.parametrize("attack", ATTACKS)
def test_every_forged_bundle_is_refused_and_writes_nothing(tmp_path: Path, store: Store, event, attack: str) -> None:
    lines = attacks(store, event)[attack]
    before = dump(store)
    bundle = forge(tmp_path / f"{attack}.zip", lines)
    with pytest.raises(sync.BundleError, match=r"refused|damaged"):
        sync.import_bundle(store, bundle)
    assert dump(store) == before
    # The laptop still works afterwards (no poisoned clock, no crash).
    services.register(store, event.id, given_names="Keisha", family_names="Brown")
    assert store.stamp() < "2100"


def test_a_refusal_names_the_line_and_the_reason_in_the_users_language(tmp_path: Path, store: Store,
                                                                      event) -> None:
    from attendance import i18n

    good = change("people", new_id(), {"given_names": "Eve"})
    bad = change("people", new_id(), {"sex": "robot"})
    bundle = forge(tmp_path / "b.zip", [good, bad])
    with pytest.raises(sync.BundleError, match="Change 2 was refused: the value of sex is not valid"):
        sync.import_bundle(store, bundle)
    i18n.set_language("es")
    try:
        with pytest.raises(sync.BundleError, match="Se rechazó el cambio 2"):
            sync.import_bundle(store, bundle)
    finally:
        i18n.set_language("en")


def test_deep_json_and_garbage_are_damaged_lines_not_tracebacks(tmp_path: Path, store: Store, event) -> None:
    deep = b'{"id": ' + b"[" * 200_000 + b"]" * 200_000 + b"}\n"
    for raw in (deep, b"[1, 2]\n", b'"text"\n', b'{"fields": 5}\n'):
        with pytest.raises(sync.BundleError):
            sync.import_bundle(store, forge(tmp_path / "g.zip", [{}], raw=raw))


def test_a_valid_but_unsigned_forged_change_is_refused_and_a_paired_device_s_is_accepted(tmp_path: Path,
                                                                                         store: Store, event) -> None:
    person = new_id()
    before = dump(store)
    bundle = forge(tmp_path / "ok.zip", [change("people", person, {"given_names": "Eve", "sex": "female"})])
    with pytest.raises(sync.BundleError, match="not signed"):
        sync.import_bundle(store, bundle)
    assert dump(store) == before
    # The same change made on a real, paired laptop passes every check (the corpus does not refuse everything).
    other = Store(tmp_path / "other.db")
    pair(store, other)
    eve = other.insert("people", {"given_names": "Eve", "family_names": "Smith", "sex": "female"})
    assert sync.import_bundle(store, sync.export_bundle(other, tmp_path / "real.zip").path).new_people == 1
    assert store.row("people", eve)["given_names"] == "Eve"
    other.close()


BOMB_CHILD = textwrap.dedent("""
    import json, sys
    from attendance.store import Store
    from attendance.sync import bundles as sync
    store = Store(sys.argv[1])
    before = store.scalar("SELECT count(*) FROM changes")
    try:
        sync.import_bundle(store, sys.argv[2])
        outcome = "imported"
    except sync.BundleError as error:
        outcome = "refused: " + str(error)
    # VmHWM: this process's own peak (ru_maxrss would carry over the forking test runner's size).
    status = open("/proc/self/status").read()
    peak_mb = int(status.split("VmHWM:")[1].split()[0]) / 1024
    print(json.dumps({"outcome": outcome, "peak_mb": peak_mb,
                      "written": store.scalar("SELECT count(*) FROM changes") - before}))
""")


@pytest.mark.parametrize("declared", ["honest_small", "lying_huge"])
def test_a_zip_bomb_stops_at_the_cap_with_bounded_memory(tmp_path: Path, store: Store, event, declared: str) -> None:
    """1 GiB of zeros (about 1 MB zipped): refused while streaming, well under 300 MB of memory."""
    bomb = tmp_path / "bomb.zip"
    size = 1 << 30
    manifest = {"format": sync.FORMAT, "format_version": sync.FORMAT_VERSION, "schema_version": "0004",
                "bundle_id": new_id(), "device_id": "feedfacecafe0001", "created_at": "2026-11-01T00:00:00.000Z",
                "counts": {"changes": 1},
                "files": {sync.CHANGES_FILE: {"sha256": "0" * 64,
                                              "bytes": 1000 if declared == "honest_small" else size}}}
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(sync.MANIFEST_FILE, json.dumps(manifest))
        with archive.open(sync.CHANGES_FILE, "w", force_zip64=True) as member:
            zeros = b"\0" * (1 << 20)
            for _ in range(size // len(zeros)):
                member.write(zeros)
    assert bomb.stat().st_size < 3 << 20
    store.close()
    result = subprocess.run([sys.executable, "-c", BOMB_CHILD, str(store.path), str(bomb)], capture_output=True,
                            text=True, timeout=300, check=True)
    report = json.loads(result.stdout)
    assert report["outcome"].startswith("refused") and "bytes" in report["outcome"]
    assert report["written"] == 0
    assert report["peak_mb"] <= 300


# --------------------------------------------------------------------------- fuzzing
def _mutations() -> st.SearchStrategy:
    keys = st.sampled_from(["id", "entity", "entity_id", "fields", "at", "device_id", "author", "based_on"])
    values = st.one_of(st.none(), st.integers(min_value=-(2**80), max_value=2**80), st.text(max_size=30),
                       st.sampled_from(["people", "events", "checkins", "9999-12-31T23:59:59.999Z",
                                        '{"given_names] = 1 --": "x"}', '{"id": "x"}', '{"sex": "robot"}',
                                        '{"given_names": "Eve"}', "2026-11-01T10:00:00.000Z"]),
                       st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(),
                                                                              max_size=2))
    return st.lists(st.tuples(st.integers(min_value=0, max_value=3), keys, values), min_size=1, max_size=4)


@settings(max_examples=60, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(mutations=_mutations())
def test_fuzzed_bundles_are_imported_or_refused_never_a_traceback(tmp_path: Path, store: Store, event,
                                                                  mutations) -> None:
    lines = [change("people", new_id(), {"given_names": f"P{n}", "sex": "female"}) for n in range(4)]
    for index, key, value in mutations:
        lines[index][key] = value
    before = dump(store)
    try:
        sync.import_bundle(store, forge(tmp_path / "fuzz.zip", lines))
    except sync.BundleError:
        assert dump(store) == before
        return
    # Accepted: every row written is explained by the change log.
    for row in store.rows("SELECT * FROM people"):
        logged = store.scalar("SELECT count(*) FROM changes WHERE entity = 'people' AND entity_id = ?", [row["id"]])
        assert logged >= 1
    for line in lines:
        assert validation.is_uuid(line["id"])
