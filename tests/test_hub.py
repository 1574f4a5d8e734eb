"""The hub against a real PostgreSQL server and a real ``attendance hub serve`` process: enrolment,
push and pull by cursor in pages, the same merge as bundles, devices and revocation, the refusals
(401, 403, 413, 400 with a JSON error), and the commands."""

from __future__ import annotations

import http.client
import json
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from hub_support import enrolment_code
from sync_support import pair  # tests/ is on sys.path
from test_sync_property import canonical_dump

from attendance import services
from attendance.cli.main import main
from attendance.hub import service
from attendance.store import SYNCED_TABLES, Store
from attendance.sync import bundles, devices, hub_client
from attendance.sync.hub_client import HubSyncError


def laptop(folder: Path, name: str, hub, database_url: str) -> Store:
    """A new laptop database enrolled with the hub."""
    store = Store(folder / f"{name}.db")
    hub_client.enrol(store, hub.url, enrolment_code(database_url, name))
    return store


def assert_same_as_hub(store: Store, database_url: str) -> None:
    """The hub's merged rows are the laptop's rows (every field the hub holds, every row)."""
    with service.connect(database_url) as conn:
        merged = service.merged_rows(conn)
        logged = conn.execute("SELECT id, fields FROM hub_changes ORDER BY id").fetchall()
    local = {(table, row["id"]): row for table in SYNCED_TABLES for row in store.rows(f"SELECT * FROM [{table}]")}
    assert merged.keys() == local.keys()
    for key, state in merged.items():
        assert {name: local[key][name] for name in state} == state, key
    assert logged == [tuple(r) for r in store.execute("SELECT id, fields FROM changes ORDER BY id").fetchall()]


def raw_request(hub, method: str, path: str, token: str | None = None, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, dict]:
    """Send a request as any client would and return (status, JSON body)."""
    request = urllib.request.Request(hub.url + path, data=body, method=method, headers=dict(headers or {}))
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def announced_too_large(hub, token: str) -> tuple[int, dict]:
    """A push announcing a body over the limit: refused before the body is read."""
    connection = http.client.HTTPConnection("127.0.0.1", hub.port, timeout=30)
    connection.putrequest("POST", "/v1/push")
    connection.putheader("Authorization", f"Bearer {token}")
    connection.putheader("Content-Length", str(service.PUSH_LIMIT_BYTES + 1))
    connection.endheaders()
    connection.send(b"{")
    response = connection.getresponse()
    answer = response.status, json.loads(response.read())
    connection.close()
    return answer


def test_two_laptops_sync_through_the_hub_and_match_it(tmp_path: Path, hub, hub_database: str) -> None:
    first, second = laptop(tmp_path, "first", hub, hub_database), laptop(tmp_path, "second", hub, hub_database)
    event = services.create_event(first, title="Firearms Course", code="FC26", start_date="2026-12-07",
                                  end_date="2026-12-09")
    registration = services.register(first, event.id, given_names="Ana", family_names="Núñez", sex="female",
                                      email="ana@example.org", institution="Police")
    sent = hub_client.sync_with_hub(first)
    assert sent.pushed == first.scalar("SELECT count(*) FROM changes") and sent.pulled == 0
    received = hub_client.sync_with_hub(second)
    assert received.pushed == 0 and received.pulled == sent.pushed and received.hub_cursor == sent.hub_cursor
    session = services.sessions(second, event.id)[0]
    services.record_checkin(second, registration.id, session.id, event_id=event.id)
    services.update_person(second, registration.person_id, position="Inspector")
    services.update_person(first, registration.person_id, phone="+1 876 555 0100")
    assert hub_client.hub_status(second).waiting == 2
    hub_client.sync_with_hub(second)
    assert hub_client.hub_status(second).waiting == 0
    hub_client.sync_with_hub(first)
    hub_client.sync_with_hub(second)
    assert canonical_dump(first) == canonical_dump(second)
    assert_same_as_hub(first, hub_database)
    again = hub_client.sync_with_hub(first)
    assert (again.pushed, again.pulled) == (0, 0)


def test_a_laptop_sends_changes_it_got_by_bundle_but_never_echoes_the_hubs(tmp_path: Path, hub,
                                                                           hub_database: str) -> None:
    offline = Store(tmp_path / "offline.db")  # never reaches the hub
    services.create_event(offline, title="Offline Course", code="OC26", start_date="2026-12-07",
                          end_date="2026-12-07")
    relay, other = laptop(tmp_path, "relay", hub, hub_database), laptop(tmp_path, "other", hub, hub_database)
    pair(offline, relay, coordinator=True)
    bundles.export_bundle(offline, tmp_path / "stick.zip")
    bundles.import_bundle(relay, tmp_path / "stick.zip")
    assert hub_client.sync_with_hub(relay).pushed == offline.scalar("SELECT count(*) FROM changes")
    services.create_event(other, title="Online Course", code="ON26", start_date="2026-12-08", end_date="2026-12-08")
    hub_client.sync_with_hub(other)
    pulled = hub_client.sync_with_hub(relay)
    assert pulled.pulled == other.scalar("SELECT count(*) FROM changes WHERE device_id = ?", [other.device_id])
    assert hub_client.hub_status(relay).waiting == 0
    assert hub_client.sync_with_hub(relay).pushed == 0  # what came from the hub is not sent back
    assert_same_as_hub(relay, hub_database)


def test_pull_comes_in_pages_and_resumes_after_a_cut(tmp_path: Path, hub, hub_database: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    source = laptop(tmp_path, "source", hub, hub_database)
    event = services.create_event(source, title="Big Course", code="BC26", start_date="2026-12-07",
                                  end_date="2026-12-07")
    for n in range(30):
        services.register(source, event.id, given_names=f"Person {n}", family_names="Test", sex="male")
    monkeypatch.setattr(hub_client, "PUSH_PAGE", 7)
    hub_client.sync_with_hub(source)
    target = laptop(tmp_path, "target", hub, hub_database)
    monkeypatch.setattr(hub_client, "PULL_PAGE", 10)
    real_import, imported = bundles.import_bundle, []

    def cut_after_two_pages(store: Store, path: Path, **kwargs: object) -> bundles.ImportPreview:
        if len(imported) == 2:
            raise hub_client.HubUnreachable("connection cut")
        imported.append(path)
        return real_import(store, path, **kwargs)

    monkeypatch.setattr(bundles, "import_bundle", cut_after_two_pages)
    with pytest.raises(hub_client.HubUnreachable):
        hub_client.sync_with_hub(target)
    assert target.scalar("SELECT count(*) FROM changes WHERE device_id = ?", [source.device_id]) == 20
    assert hub_client.hub_link(target).pull_cursor > 0
    monkeypatch.setattr(bundles, "import_bundle", real_import)
    resumed = hub_client.sync_with_hub(target)
    assert resumed.pulled == source.scalar("SELECT count(*) FROM changes") - 20
    assert canonical_dump(source) == canonical_dump(target)


def test_refusals_are_json_errors(tmp_path: Path, hub, hub_database: str) -> None:
    store = laptop(tmp_path, "desk", hub, hub_database)
    token = hub_client.hub_link(store).token
    status, body = raw_request(hub, "GET", "/v1/pull?after=0", token="not-a-token")
    assert status == 401 and "token" in body["error"]
    status, body = raw_request(hub, "POST", "/v1/push", body=b"{}\n")
    assert status == 401 and body["error"]
    status, body = announced_too_large(hub, token)
    assert status == 413 and "larger" in body["error"]
    status, body = raw_request(hub, "POST", "/v1/push", token, b'{"id": "1", "entity": "people"\n')
    assert status == 400 and "Line 1" in body["error"]
    line = json.dumps({"id": "c1", "entity": "secrets", "entity_id": "x", "fields": "{}", "at": "2026-01-01",
                       "device_id": "d"}).encode()
    status, body = raw_request(hub, "POST", "/v1/push", token, line + b"\n")
    assert status == 400 and body["error"]
    person = {"id": "5f0e7a9c-1111-4a2b-9c3d-0123456789ab", "entity": "people",
              "entity_id": "5f0e7a9c-2222-4a2b-9c3d-0123456789ab", "at": "2026-11-23T09:14:05.123Z",
              "device_id": "abcdef0123456789", "author": "x", "based_on": None,
              "fields": json.dumps({"given_names": "Ana", "family_names": "N", "sex": "female"})}
    injected = {**person, "fields": json.dumps({"given_names] = 'x' --": "Ana"})}
    status, body = raw_request(hub, "POST", "/v1/push", token, json.dumps(injected).encode() + b"\n")
    assert status == 400 and "refused" in body["error"]  # the bundle import's validation, on the hub
    assert raw_request(hub, "POST", "/v1/push", token, json.dumps(person).encode() + b"\n")[0] == 200
    forged = {**person, "at": "2026-11-23T09:15:05.123Z"}
    status, body = raw_request(hub, "POST", "/v1/push", token, json.dumps(forged).encode() + b"\n")
    assert status == 400 and "different content" in body["error"]
    status, body = raw_request(hub, "GET", "/v1/pull?after=soon", token)
    assert status == 400 and body["error"]
    status, body = raw_request(hub, "POST", "/v1/push", token, b"", {"Attendance-Schema": "9999"})
    assert status == 409 and "newer" in body["error"]
    status, body = raw_request(hub, "POST", "/v1/enrol", body=json.dumps(
        {"code": "AAAA-BBBB-CCCC", "device_id": "abc"}).encode())
    assert status == 401 and "code" in body["error"]
    status, body = raw_request(hub, "POST", "/v1/enrol", body=b"not json")
    assert status == 400 and body["error"]
    assert raw_request(hub, "GET", "/v1/status")[1]["cursor"] == 1  # only the valid change was written


def test_an_enrolment_code_works_once(tmp_path: Path, hub, hub_database: str) -> None:
    code = enrolment_code(hub_database, "desk")
    desk = Store(tmp_path / "a.db")
    hub_client.enrol(desk, hub.url, code.lower().replace("-", " "))
    with pytest.raises(HubSyncError, match="401"):
        hub_client.enrol(Store(tmp_path / "b.db"), hub.url, code)
    # The laptop registered its device key: the hub names it by the fingerprint its Devices page shows.
    with service.connect(hub_database) as conn:
        assert [(d.device_id, d.fingerprint) for d in service.list_devices(conn)] == [
            (desk.device_id, devices.identity(desk).fingerprint)]
        with pytest.raises(service.HubError, match="device key"):
            service.enrol_device(conn, enrolment_code(hub_database, "bad"), "feedfacecafe0002", "not-a-key")


def test_a_revoked_laptop_is_refused_and_its_changes_stay(tmp_path: Path, hub, hub_database: str) -> None:
    desk, coordinator = laptop(tmp_path, "desk", hub, hub_database), laptop(tmp_path, "coord", hub, hub_database)
    services.create_event(desk, title="Course", code="C26", start_date="2026-12-07", end_date="2026-12-07")
    hub_client.sync_with_hub(desk)
    assert main(["hub", "revoke", desk.device_id, "--database", hub_database]) == 0
    services.create_event(desk, title="Later", code="L26", start_date="2026-12-08", end_date="2026-12-08")
    with pytest.raises(HubSyncError, match="403"):
        hub_client.sync_with_hub(desk)
    hub_client.sync_with_hub(coordinator)
    assert [e.code for e in services.list_events(coordinator)] == ["C26"]


def test_the_hub_commands(tmp_path: Path, hub, hub_database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hub", "init", "--database", hub_database]) == 0
    assert "migrations applied: 0" in capsys.readouterr().out
    assert main(["hub", "enrol", "--database", hub_database, "--name", "Kingston desk 2"]) == 0
    printed = capsys.readouterr().out
    code = printed.splitlines()[1]
    assert len(code) == 14 and "█" in printed  # the code, then its QR code drawn in the terminal
    database = str(tmp_path / "desk.db")
    assert main(["--db", database, "sync", "hub", "--url", hub.url, "--enrol", code, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"pushed": 0, "pulled": 0, "conflicts": 0,
                                                   "possible_duplicates": 0, "hub_cursor": 0}
    assert main(["--db", database, "event", "add", "--title", "Course", "--code", "C26", "--start",
                 "2026-12-07", "--end", "2026-12-07"]) == 0
    capsys.readouterr()
    assert main(["--db", database, "sync", "hub"]) == 0
    assert "changes sent" in capsys.readouterr().out
    assert main(["hub", "devices", "--database", hub_database, "--json"]) == 0
    devices = json.loads(capsys.readouterr().out)
    assert [(d["name"], d["revoked"]) for d in devices] == [("Kingston desk 2", False)] and devices[0]["changes"] > 0
    assert main(["hub", "revoke", "nobody", "--database", hub_database]) == 1
    assert "nobody" in capsys.readouterr().err


def test_hub_connections_commit_durably(hub_database: str) -> None:
    with service.connect(hub_database) as conn:
        conn.execute("ALTER DATABASE " + conn.info.dbname + " SET synchronous_commit = off")
    with service.connect(hub_database) as conn:  # a lowered server default does not reach the hub
        assert conn.execute("SHOW synchronous_commit").fetchone()[0] == "on"


def test_the_door_checks_people_in_while_a_big_pull_runs(tmp_path: Path, hub, hub_database: str) -> None:
    source = laptop(tmp_path, "source", hub, hub_database)
    for batch in range(3):  # 30,000 changes for the desk to pull, in pages of 10,000
        source.insert_many("people", [{"given_names": f"P{batch}-{n}", "family_names": "Test", "sex": "male"}
                                      for n in range(10_000)])
    hub_client.sync_with_hub(source)
    desk = laptop(tmp_path, "desk", hub, hub_database)
    event = services.create_event(desk, title="Course", code="C26", start_date="2026-12-07", end_date="2026-12-07")
    registration = services.register(desk, event.id, given_names="Ana", family_names="Núñez", sex="female")
    session = services.sessions(desk, event.id)[0]
    results: list[object] = []

    def pull() -> None:
        with Store(desk.path) as own:
            results.append(hub_client.sync_with_hub(own))

    puller = threading.Thread(target=pull)
    puller.start()
    scans = 0
    while puller.is_alive() or scans < 5:
        services.record_checkin(desk, registration.id, session.id, event_id=event.id)  # never "locked"
        scans += 1
        time.sleep(0.05)
    puller.join()
    assert results[0].pulled == 30_000
    assert desk.scalar("SELECT count(*) FROM checkins") == scans
