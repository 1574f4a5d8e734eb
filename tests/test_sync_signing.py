"""Signed bundles: device keys, hash chains, trust by fingerprint, relays through a coordinator."""

from __future__ import annotations

import base64
import hashlib
import json
import stat
import zipfile
from pathlib import Path

import pytest
from sync_support import pair

from attendance import services
from attendance.cli.main import main
from attendance.store import Store
from attendance.sync import bundles as sync
from attendance.sync import devices, held, merge, sealing, signing


@pytest.fixture()
def laptops(tmp_path: Path, store: Store, event):
    """The coordinator (the fixture's store), a desk set up from its event, and a third laptop."""
    desk, third = Store(tmp_path / "desk.db"), Store(tmp_path / "third.db")
    yield store, desk, third
    desk.close()
    third.close()


def rewrite(bundle: Path, target: Path, edit) -> Path:
    """The bundle with its changes edited by ``edit`` and every checksum recomputed (as an attacker can)."""
    with zipfile.ZipFile(bundle) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    lines = edit(members[sync.CHANGES_FILE])
    manifest = json.loads(members[sync.MANIFEST_FILE])
    manifest["files"][sync.CHANGES_FILE] = {"sha256": hashlib.sha256(lines).hexdigest(), "bytes": len(lines)}
    manifest["counts"]["changes"] = len([line for line in lines.split(b"\n") if line.strip()])
    members[sync.CHANGES_FILE] = lines
    members[sync.MANIFEST_FILE] = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def test_the_private_key_is_a_0600_file_beside_the_database_never_inside_it(store: Store) -> None:
    me = devices.identity(store)
    path = devices.key_path(store)
    assert path == store.path.with_name("attendance.db.device-key")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    private = path.read_bytes()
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"PRIVATE KEY" not in store.path.read_bytes() and private.split(b"\n")[1] not in store.path.read_bytes()
    assert len(me.fingerprint) == 24 and me.fingerprint.isdigit()
    reopened = Store(store.path)  # the same key on every later open
    assert devices.identity(reopened).fingerprint == me.fingerprint
    reopened.close()


def test_fingerprints_are_typed_in_any_grouping_and_mistakes_are_named(store: Store) -> None:
    assert devices.format_fingerprint("1" * 24) == "1111 1111 1111 1111 1111 1111"
    assert devices.parse_fingerprint("1111-1111 1111.1111 11111111") == "1" * 24
    with pytest.raises(devices.InvalidValue, match="24 digits"):
        devices.parse_fingerprint("1111 1111")
    with pytest.raises(devices.InvalidValue, match="own fingerprint"):
        devices.trust(store, devices.identity(store).fingerprint)


def test_a_bundle_edited_and_re_hashed_without_the_key_is_refused(tmp_path: Path, laptops, event) -> None:
    coordinator, desk, _ = laptops
    pair(coordinator, desk)
    bundle = sync.export_bundle(coordinator, tmp_path / "event.zip", event_id=event.id).path
    forged = rewrite(bundle, tmp_path / "forged.zip",
                     lambda lines: lines.replace(b"Serial Number Restoration Course", b"Mallory's Course"))
    before = desk.scalar("SELECT count(*) FROM changes")
    with pytest.raises(sync.BundleError, match="signature does not match"):
        sync.import_bundle(desk, forged)
    assert desk.scalar("SELECT count(*) FROM changes") == before
    sync.import_bundle(desk, bundle)  # the genuine bundle passes
    assert desk.row("events", event.id)["title"] == "Serial Number Restoration Course"


def test_an_added_change_under_a_trusted_device_s_id_is_refused(tmp_path: Path, laptops, event) -> None:
    coordinator, desk, _ = laptops
    pair(coordinator, desk)
    bundle = sync.export_bundle(coordinator, tmp_path / "event.zip", event_id=event.id).path
    with zipfile.ZipFile(bundle) as archive:
        first = json.loads(archive.read(sync.CHANGES_FILE).split(b"\n")[0])
    forged_line = dict(first, id="0" * 8 + "-0000-4000-8000-" + "0" * 12,
                       fields=json.dumps({"title": "Forged"}), based_on=first["id"])
    forged = rewrite(bundle, tmp_path / "added.zip",
                     lambda lines: lines + (json.dumps(forged_line, sort_keys=True) + "\n").encode())
    # Re-sign the manifest with a key of the attacker's own: the manifest checks, the chain does not.
    mallory = Store(tmp_path / "mallory.db")
    with zipfile.ZipFile(forged) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members[signing.SIGNATURE_FILE] = signing.manifest_signature(mallory, members[sync.MANIFEST_FILE])
    signed = json.loads(members[signing.SIGNATURE_FILE])
    manifest = json.loads(members[sync.MANIFEST_FILE])
    manifest["device_id"] = signed["device_id"] = mallory.device_id
    members[sync.MANIFEST_FILE] = json.dumps(manifest).encode()
    members[signing.SIGNATURE_FILE] = signing.manifest_signature(mallory, members[sync.MANIFEST_FILE])
    with zipfile.ZipFile(tmp_path / "resigned.zip", "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    with pytest.raises(sync.BundleError, match="line 6 is not signed by its device"):
        sync.import_bundle(desk, tmp_path / "resigned.zip")
    assert desk.scalar("SELECT count(*) FROM changes") == 0
    mallory.close()


def test_a_bundle_of_an_unpaired_device_is_refused_with_its_fingerprint(tmp_path: Path, laptops, event) -> None:
    coordinator, desk, _ = laptops
    devices.trust(coordinator, devices.qr_text(desk))  # the coordinator scanned the desk's code
    bundle = sync.export_bundle(coordinator, tmp_path / "event.zip", event_id=event.id).path
    shown = devices.format_fingerprint(devices.identity(coordinator).fingerprint)
    with pytest.raises(sync.BundleError, match=f"device {shown}, which this laptop does not trust"):
        sync.import_bundle(desk, bundle)
    assert desk.scalar("SELECT count(*) FROM changes") == 0
    with pytest.raises(sync.BundleError, match="does not trust"):  # a wrong code confirms nothing
        sync.import_bundle(desk, bundle, trust_fingerprint="0" * 24)
    assert devices.list_devices(desk) == []
    preview = sync.import_bundle(desk, bundle, trust_fingerprint=shown)
    assert preview.changes_new == desk.scalar("SELECT count(*) FROM changes") > 0
    assert [(d.trust, d.device_id) for d in devices.list_devices(desk)] == [(devices.TRUSTED,
                                                                              coordinator.device_id)]


def test_a_desk_s_changes_relayed_through_the_coordinator_verify_on_a_third_laptop(tmp_path: Path, laptops,
                                                                                   event) -> None:
    coordinator, desk, third = laptops
    pair(coordinator, desk)
    pair(coordinator, third)
    devices.trust(third, devices.identity(desk).fingerprint)  # third trusts the desk, never meets it
    sync.import_bundle(desk, sync.export_bundle(coordinator, tmp_path / "setup.zip", event_id=event.id).path)
    sync.import_bundle(third, sync.export_bundle(coordinator, tmp_path / "setup3.zip", event_id=event.id).path)
    walk_in = services.register(desk, event.id, given_names="Keisha", family_names="Brown")
    sync.import_bundle(coordinator, sync.export_bundle(desk, tmp_path / "desk.zip", since_last=True).path)
    relayed = sync.export_bundle(coordinator, tmp_path / "relay.zip", since_last=True).path
    with zipfile.ZipFile(relayed) as archive:
        carried = {d["device_id"] for d in json.loads(archive.read(signing.DEVICES_FILE))["devices"]}
    assert desk.device_id in carried  # the desk's own signed chain travels with its changes
    sync.import_bundle(third, relayed)
    assert third.row("registrations", walk_in.id) is not None
    # Relayed again by the third laptop (a laptop the coordinator trusts), still the desk's signature.
    services.register(third, event.id, given_names="Ana", family_names="Núñez")
    fresh = Store(tmp_path / "fresh.db")
    pair(fresh, third)
    everything = sync.export_bundle(third, tmp_path / "third-all.zip").path
    with pytest.raises(sync.BundleError, match="does not trust"):  # fresh does not trust the desk or coordinator
        sync.import_bundle(fresh, everything)
    devices.trust(fresh, devices.identity(desk).fingerprint)
    devices.trust(fresh, devices.identity(coordinator).fingerprint)
    sync.import_bundle(fresh, everything)
    assert fresh.row("registrations", walk_in.id) is not None
    fresh.close()


def test_a_revoked_device_is_refused_and_its_earlier_changes_stay(tmp_path: Path, laptops, event) -> None:
    coordinator, desk, _ = laptops
    pair(coordinator, desk)
    sync.import_bundle(desk, sync.export_bundle(coordinator, tmp_path / "setup.zip", event_id=event.id).path)
    early = services.register(desk, event.id, given_names="Keisha", family_names="Brown")
    sync.import_bundle(coordinator, sync.export_bundle(desk, tmp_path / "one.zip", since_last=True).path)
    devices.revoke(coordinator, desk.device_id)
    late = services.register(desk, event.id, given_names="Mallory", family_names="Late")
    later = sync.export_bundle(desk, tmp_path / "two.zip", since_last=True).path
    before = coordinator.scalar("SELECT count(*) FROM changes")
    shown = devices.format_fingerprint(devices.identity(desk).fingerprint)
    with pytest.raises(sync.BundleError, match=f"device {shown}, which this laptop revoked"):
        sync.import_bundle(coordinator, later)
    assert coordinator.scalar("SELECT count(*) FROM changes") == before
    assert coordinator.row("registrations", early.id) is not None  # earlier changes stay
    assert coordinator.row("registrations", late.id) is None
    # Its earlier bundle again, or its earlier changes relayed back by a trusted laptop, are no refusal.
    assert sync.import_bundle(coordinator, tmp_path / "one.zip").already_imported
    third = Store(tmp_path / "relay.db")
    pair(third, coordinator)
    devices.trust(third, devices.identity(desk).fingerprint)
    sync.import_bundle(third, sync.export_bundle(coordinator, tmp_path / "c.zip").path)
    sync.import_bundle(coordinator, sync.export_bundle(third, tmp_path / "back.zip").path)
    assert coordinator.row("registrations", early.id) is not None
    third.close()


def test_an_erased_person_s_scrubbed_history_still_relays(tmp_path: Path, laptops, event) -> None:
    coordinator, desk, third = laptops
    pair(coordinator, desk, third, coordinator=True)
    sync.import_bundle(desk, sync.export_bundle(coordinator, tmp_path / "setup.zip", event_id=event.id).path)
    person = services.register(desk, event.id, given_names="Erin", family_names="Gone",
                               email="erin@example.org").person_id
    sync.import_bundle(coordinator, sync.export_bundle(desk, tmp_path / "desk.zip").path)
    merge.erase_person(coordinator, person)
    sync.import_bundle(third, sync.export_bundle(coordinator, tmp_path / "all.zip").path)
    assert third.row("people", person)["erased_at"] is not None
    assert third.row("people", person)["given_names"] != "Erin"


def test_cli_device_show_trust_list_revoke(tmp_path: Path, capsys) -> None:
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    assert main(["--db", two, "device", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert main(["--db", two, "device", "show"]) == 0
    printed = capsys.readouterr().out
    assert shown["fingerprint"] in printed and "█" in printed  # the code and its QR code
    assert main(["--db", one, "device", "list"]) == 0
    assert "No other device" in capsys.readouterr().out
    assert main(["--db", one, "device", "trust", shown["fingerprint"], "--coordinator"]) == 0
    assert "coordinator" in capsys.readouterr().out
    assert main(["--db", one, "device", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [{k: v for k, v in d.items() if k != "added_at"} for d in listed] == [
        {"fingerprint": shown["fingerprint"], "device_id": None, "trust": "coordinator", "events": []}]
    assert main(["--db", one, "device", "trust", "12 34"]) == 1
    assert "24 digits" in capsys.readouterr().err
    assert main(["--db", one, "device", "revoke", shown["fingerprint"]]) == 0
    assert "Revoked" in capsys.readouterr().out
    assert main(["--db", one, "device", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["trust"] == "revoked"


def test_privileged_changes_of_a_desk_wait_for_review_the_rest_is_imported(tmp_path: Path, laptops, event,
                                                                          capsys) -> None:
    coordinator, desk, _ = laptops
    pair(coordinator, desk)  # trusted both ways, neither a coordinator for the other
    devices.trust(desk, devices.identity(coordinator).fingerprint, coordinator=True)
    sync.import_bundle(desk, sync.export_bundle(coordinator, tmp_path / "setup.zip", event_id=event.id).path)
    ana = services.register(desk, event.id, given_names="Ana", family_names="Núñez", email="ana@example.org")
    sync.import_bundle(coordinator, sync.export_bundle(desk, tmp_path / "one.zip", since_last=True).path)
    key = coordinator.row("events", event.id)["badge_key"]
    desk.update("events", event.id, {"badge_key": "forged-key"})
    merge.erase_person(desk, ana.person_id)
    services.delete_event(desk, event.id)
    walk_in = services.register(desk, services.create_event(
        desk, title="Desk Course", code="DC26", start_date="2026-12-07", end_date="2026-12-07").id,
        given_names="Keisha", family_names="Brown")
    preview = sync.import_bundle(coordinator, sync.export_bundle(desk, tmp_path / "two.zip", since_last=True).path)
    assert preview.held_changes == 3
    assert coordinator.row("registrations", walk_in.id) is not None  # the ordinary changes arrived
    row = coordinator.row("events", event.id)
    assert (row["badge_key"], row["deleted_at"]) == (key, None)
    assert coordinator.row("people", ana.person_id)["given_names"] == "Ana"
    waiting = held.held_changes(coordinator)
    assert sorted(h.reason for h in waiting) == ["badge_key", "event_deleted", "person_erased"]
    assert all(h.fingerprint == devices.identity(desk).fingerprint for h in waiting)
    assert main(["--db", str(coordinator.path), "device", "held", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3
    by_reason = {h.reason: h.change.id for h in waiting}
    held.reject(coordinator, by_reason["badge_key"])
    held.reject(coordinator, by_reason["event_deleted"])
    held.accept(coordinator, by_reason["person_erased"])
    assert coordinator.row("people", ana.person_id)["erased_at"] is not None
    assert coordinator.row("events", event.id)["badge_key"] == key
    assert held.held_changes(coordinator) == []
    # The desk takes the coordinator's erasure, badge key and event at once: a coordinator's changes pass.
    coordinator.update("events", event.id, {"badge_key": key + "2"})
    sync.import_bundle(desk, sync.export_bundle(coordinator, tmp_path / "back.zip").path)
    assert desk.row("events", event.id)["badge_key"] == key + "2"


def test_a_coordinator_for_one_event_is_a_plain_desk_for_another(tmp_path: Path, laptops, event) -> None:
    coordinator, desk, _ = laptops
    other = services.create_event(coordinator, title="Other Course", code="OT26", start_date="2026-12-07",
                                  end_date="2026-12-07")
    devices.trust(desk, devices.identity(coordinator).fingerprint, coordinator=True)
    devices.trust(coordinator, devices.qr_text(desk), coordinator=True, event_id=event.id)
    sync.import_bundle(desk, sync.export_bundle(coordinator, tmp_path / "setup.zip").path)
    services.delete_event(desk, event.id)
    services.delete_event(desk, other.id)
    preview = sync.import_bundle(coordinator, sync.export_bundle(desk, tmp_path / "d.zip", since_last=True).path)
    assert preview.held_changes == 1
    assert coordinator.row("events", event.id)["deleted_at"] is not None
    assert coordinator.row("events", other.id)["deleted_at"] is None
    assert [h.change.entity_id for h in held.held_changes(coordinator)] == [other.id]


def test_the_badge_key_never_travels_in_clear_and_only_paired_laptops_open_it(tmp_path: Path, laptops,
                                                                             event) -> None:
    coordinator, desk, third = laptops
    pair(coordinator, desk)
    devices.trust(third, devices.qr_text(coordinator))  # third trusts the coordinator, which does not know it
    key = coordinator.row("events", event.id)["badge_key"]
    bundle = sync.export_bundle(coordinator, tmp_path / "event.zip", event_id=event.id).path
    with zipfile.ZipFile(bundle) as archive:
        inflated = b"".join(archive.read(name) for name in archive.namelist())
        sealed = json.loads(archive.read(sealing.KEYS_FILE))["sealed"]
    for form in (key.encode(), key.encode().hex().encode(), json.dumps(key).encode()):
        assert form not in bundle.read_bytes() and form not in inflated
    assert [item["recipient"] for item in sealed] == [devices.identity(desk).fingerprint]
    sync.import_bundle(desk, bundle)
    assert desk.row("events", event.id)["badge_key"] == key  # the paired desk verifies badges
    with pytest.raises(sync.BundleError, match="sealed for other laptops"):
        sync.import_bundle(third, bundle)
    assert third.scalar("SELECT count(*) FROM changes") == 0
    # Whoever finds the stick holds no key that opens a box; a box opens only with its recipient's key.
    box = next(base64.b64decode(item["box"]) for item in sealed)
    change_id = sealed[0]["change_id"]
    assert sealing.open_box(sealing.box_private(devices.identity(third)), box, change_id) is None
    assert sealing.open_box(sealing.box_private(devices.identity(desk)), box, change_id) == key
    assert sealing.open_box(sealing.box_private(devices.identity(desk)), box[:-1] + b"x", change_id) is None
    # Relayed by the desk to a laptop it paired with, the key is sealed anew and the signatures still verify.
    pair(desk, third)
    devices.trust(third, devices.identity(coordinator).fingerprint, coordinator=True)
    sync.import_bundle(third, sync.export_bundle(desk, tmp_path / "relay.zip").path)
    assert third.row("events", event.id)["badge_key"] == key
