"""Signed changes through the hub, against a real PostgreSQL server and a real hub process: the hub
verifies every pushed change against its author's signed chain with the bundle reader's own
functions (a forged page, a chain missing a change, an unknown or revoked author: refused with a JSON
error, nothing written), keeps the segments, and a laptop verifies each pulled page the same way
(a hub row altered in PostgreSQL: the laptop refuses that page)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from sync_support import pair  # tests/ is on sys.path
from test_hub import assert_same_as_hub, laptop, raw_request

from attendance import services
from attendance.cli.main import main
from attendance.hub import service
from attendance.store import Store
from attendance.sync import bundles, devices, held, hub_client, signing
from attendance.sync.hub_client import HubSyncError


def hub_cursor(database_url: str) -> int:
    with service.connect(database_url) as conn:
        return service.cursor(conn)


def own_rows(store: Store) -> list[tuple]:
    return [tuple(r) for r in store.execute(
        "SELECT id, entity, entity_id, fields, at, device_id, author, based_on FROM changes ORDER BY rowid")]


def push(hub, store: Store, signed: bytes, lines: bytes) -> tuple[int, dict]:
    """Push a page as the laptop would, with its own token."""
    return raw_request(hub, "POST", "/v1/push", hub_client.hub_link(store).token, signed + lines,
                       {"Attendance-Devices": str(len(signed))})


def with_segments(signed: bytes, change) -> bytes:
    """The ``devices.json`` with each segment's fields changed by ``change(segment_json)``."""
    document = json.loads(signed)
    for item in document["devices"]:
        change(item)
    return json.dumps(document).encode()


def test_a_forged_push_with_the_token_but_without_the_key_is_refused(tmp_path: Path, hub, hub_database: str) -> None:
    desk = laptop(tmp_path, "desk", hub, hub_database)
    services.create_event(desk, title="Course", code="C26", start_date="2026-12-07", end_date="2026-12-07")
    signed, lines = hub_client.signed_page(desk, own_rows(desk))
    # The attacker holds the token: edits a change, recomputes its hash in the segment, cannot re-sign.
    forged_lines = lines.replace(b"Course", b"Forged", 1)
    assert forged_lines != lines

    def rehash(item: dict) -> None:
        hashes = b"".join(signing.change_hash(line) for line in forged_lines.splitlines())
        item["hashes"], item["count"] = base64.b64encode(hashes).decode(), len(hashes) // 32
    status, body = push(hub, desk, with_segments(signed, rehash), forged_lines)
    assert status == 400 and "do not match its signature" in body["error"]
    status, body = push(hub, desk, signed, forged_lines)  # the genuine segment, an edited line
    assert status == 400 and "not signed by its device" in body["error"]
    assert hub_cursor(hub_database) == 0  # nothing written
    assert push(hub, desk, signed, lines)[0] == 200  # the genuine page goes in
    with service.connect(hub_database) as conn:  # the hub keeps the segment it accepted
        kept = conn.execute("SELECT device_id, count FROM hub_chain_segments").fetchall()
    assert kept == [(desk.device_id, len(own_rows(desk)))]


def test_a_push_whose_chain_skips_a_change_is_refused(tmp_path: Path, hub, hub_database: str) -> None:
    desk = laptop(tmp_path, "desk", hub, hub_database)
    services.create_event(desk, title="Course", code="C26", start_date="2026-12-07", end_date="2026-12-07")
    rows = own_rows(desk)
    signed, lines = hub_client.signed_page(desk, rows)

    def skip_second(item: dict) -> None:  # the chain without its second change (the signature as it was)
        raw = base64.b64decode(item["hashes"])
        item["hashes"] = base64.b64encode(raw[:32] + raw[64:]).decode()
        item["count"] -= 1
    status, body = push(hub, desk, with_segments(signed, skip_second), lines)
    assert status == 400 and "do not match its signature" in body["error"]
    # A genuinely signed segment of the first change only, with the page carrying the others too.
    first_signed, _ = hub_client.signed_page(desk, rows[:1])
    status, body = push(hub, desk, first_signed, lines)
    assert status == 400 and "line 2 is not signed" in body["error"]
    assert hub_cursor(hub_database) == 0


def test_changes_of_unknown_or_revoked_devices_are_refused(tmp_path: Path, hub, hub_database: str) -> None:
    stranger = Store(tmp_path / "stranger.db")  # never enrolled with the hub
    services.create_event(stranger, title="Elsewhere", code="E26", start_date="2026-12-07", end_date="2026-12-07")
    desk, relay = laptop(tmp_path, "desk", hub, hub_database), laptop(tmp_path, "relay", hub, hub_database)
    services.create_event(desk, title="Course", code="C26", start_date="2026-12-07", end_date="2026-12-07")
    pair(stranger, relay)
    bundles.export_bundle(stranger, tmp_path / "stranger.zip")
    bundles.import_bundle(relay, tmp_path / "stranger.zip")
    with pytest.raises(HubSyncError, match=r"403.*not enrolled with this hub"):
        hub_client.sync_with_hub(relay)
    assert hub_cursor(hub_database) == 0
    # A desk the hub revoked: its changes relayed by another laptop are refused too.
    relay2 = laptop(tmp_path, "relay2", hub, hub_database)
    pair(desk, relay2)
    bundles.export_bundle(desk, tmp_path / "desk.zip")
    bundles.import_bundle(relay2, tmp_path / "desk.zip")
    assert main(["hub", "revoke", desk.device_id, "--database", hub_database]) == 0
    with pytest.raises(HubSyncError, match="403") as refused:
        hub_client.sync_with_hub(relay2)
    assert devices.format_fingerprint(devices.identity(desk).fingerprint) in str(refused.value)
    assert "revoked" in str(refused.value)
    assert hub_cursor(hub_database) == 0


def test_a_relayed_desks_changes_verify_on_the_hub_and_on_a_third_laptop(tmp_path: Path, hub,
                                                                          hub_database: str) -> None:
    desk = laptop(tmp_path, "desk", hub, hub_database)  # enrolled, then offline: its changes go by a relay
    event = services.create_event(desk, title="Course", code="C26", start_date="2026-12-07", end_date="2026-12-07")
    services.register(desk, event.id, given_names="Ana", family_names="Núñez", sex="female")
    relay, third = laptop(tmp_path, "relay", hub, hub_database), laptop(tmp_path, "third", hub, hub_database)
    pair(desk, relay)
    bundles.export_bundle(desk, tmp_path / "stick.zip")
    bundles.import_bundle(relay, tmp_path / "stick.zip")
    assert hub_client.sync_with_hub(relay).pushed == len(own_rows(desk))
    with service.connect(hub_database) as conn:
        authors = {row[0] for row in conn.execute("SELECT DISTINCT device_id FROM hub_chain_segments")}
    assert authors == {desk.device_id}  # the desk's own signed segment, relayed
    assert hub_client.sync_with_hub(third).pulled == len(own_rows(desk))  # verified on the third laptop
    assert [e.code for e in services.list_events(third)] == ["C26"]
    known = devices.known(third, devices.identity(desk).fingerprint)
    assert known is not None and known.trust == devices.TRUSTED and known.via == devices.VIA_HUB
    assert_same_as_hub(third, hub_database)


def test_a_pulled_page_is_verified_and_a_hub_row_altered_in_postgresql_is_refused(
        tmp_path: Path, hub, hub_database: str, capsys: pytest.CaptureFixture[str]) -> None:
    desk, coordinator = laptop(tmp_path, "desk", hub, hub_database), laptop(tmp_path, "coord", hub, hub_database)
    event = services.create_event(desk, title="Course", code="C26", start_date="2026-12-07", end_date="2026-12-07")
    registration = services.register(desk, event.id, given_names="Ana", family_names="Núñez", sex="female")
    hub_client.sync_with_hub(desk)
    with service.connect(hub_database) as conn:  # someone with the database edits a change in place
        conn.execute("UPDATE hub_changes SET fields = replace(fields, 'Núñez', 'Impostor') WHERE entity = 'people'")
    with pytest.raises(HubSyncError, match="refused") as refused:
        hub_client.sync_with_hub(coordinator)
    assert "not signed by its device" in str(refused.value)
    assert coordinator.scalar("SELECT count(*) FROM changes") == 0  # nothing of that page
    assert coordinator.scalar("SELECT pull_cursor FROM hub_link") == 0  # the pull stays where it was
    with service.connect(hub_database) as conn:  # put right, the same pull goes through, verified
        conn.execute("UPDATE hub_changes SET fields = replace(fields, 'Impostor', 'Núñez') WHERE entity = 'people'")
    assert hub_client.sync_with_hub(coordinator).pulled == len(own_rows(desk))
    assert coordinator.row("registrations", registration.id) is not None
    assert main(["--db", str(coordinator.path), "device", "list"]) == 0
    listed = capsys.readouterr().out
    assert devices.format_fingerprint(devices.identity(desk).fingerprint) in listed and "via hub" in listed


def test_privileged_changes_pulled_from_the_hub_wait_for_review_as_from_a_bundle(tmp_path: Path, hub,
                                                                                 hub_database: str) -> None:
    desk, other = laptop(tmp_path, "desk", hub, hub_database), laptop(tmp_path, "other", hub, hub_database)
    event = services.create_event(desk, title="Course", code="C26", start_date="2026-12-07", end_date="2026-12-07")
    hub_client.sync_with_hub(desk)
    hub_client.sync_with_hub(other)
    services.delete_event(desk, event.id)  # privileged: the desk is trusted via hub, not as coordinator
    hub_client.sync_with_hub(desk)
    hub_client.sync_with_hub(other)
    assert [e.code for e in services.list_events(other)] == ["C26"]
    assert [h.reason for h in held.held_changes(other)] == ["event_deleted"]
    with service.connect(hub_database) as conn:  # the hub keeps every change: the coordinator rules are each laptop's
        assert service.merged_rows(conn)[("events", event.id)]["deleted_at"]
