"""The hub under load on loopback, and a laptop's pull beside the local import of the same bundle.

1. Ingest: 20 simulated laptops push 5,000 changes each (pages of 1,000, then of 5,000: bundle lines as
   ``attendance sync hub`` sends them, each page with its signed chain segment, made by each laptop's
   own Ed25519 key, which the hub verifies) all at once to ``attendance hub serve --workers 2`` on a
   PostgreSQL server started for the run. Prints changes ingested per second (goal >= 5,000/s) and
   the push latencies (median, p95, p99). Bounded: 120 requests, each with a 120 s timeout.
2. Pull: the ~100,000-change laptop of ``bench_sync.py`` pushes its log to the hub; a fresh laptop
   pulls it all (``sync_with_hub``); the same log exported as one bundle is imported into another
   fresh laptop in the same run, the baseline (goal: pull <= 1.5x the import).
Only 127.0.0.1 is contacted. Needs PostgreSQL's binaries (``apt-get install postgresql``).
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bench_sync import build_source
from common import FAMILY, GIVEN, percentile
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hub_support import HubProcess, PostgresServer, enrolment_code
from sync_support import pair

from attendance.store import Store, new_id
from attendance.sync import bundles, hub_client, signing

LAPTOPS, PER_LAPTOP = 20, 5_000
TODAY = time.strftime("%Y-%m-%d", time.gmtime())  # the hub refuses stamps over 24 h ahead of its clock
PAGES = (1_000, hub_client.PUSH_PAGE)  # small pages, and the pages `attendance sync hub` sends
INGEST_GOAL, PULL_GOAL = 5_000.0, 1.5


def laptop_pages(device_id: str, key: Ed25519PrivateKey, seed: int, page: int) -> list[tuple[bytes, int]]:
    """One simulated laptop's changes (new people) as push pages: its signed chain segment, then its
    bundle lines (body, length of the segment part), as ``attendance sync hub`` sends them."""
    lines = []
    for n in range(PER_LAPTOP):
        fields = {"given_names": GIVEN[(n + seed) % len(GIVEN)], "family_names": f"{FAMILY[n % len(FAMILY)]} {n}",
                  "sex": "female" if n % 2 else "male", "email": f"l{seed}p{n}@example.org"}
        lines.append(json.dumps({"id": str(uuid.uuid4()), "entity": "people", "entity_id": str(uuid.uuid4()),
                                 "fields": json.dumps(fields, ensure_ascii=False, sort_keys=True),
                                 "at": f"{TODAY}T00:{n // 1000:02d}:{n % 60:02d}.{n % 1000:03d}Z",
                                 "device_id": device_id, "author": "desk", "based_on": None},
                                ensure_ascii=False, sort_keys=True))
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    pages, base = [], bytes(32)
    for start in range(0, len(lines), page):
        chunk = [line.encode() for line in lines[start:start + page]]
        hashes = b"".join(signing.change_hash(line) for line in chunk)
        head = signing.fold(base, hashes)
        segment = signing.Segment(device_id, public, start + 1, base, hashes,
                                  key.sign(signing.chain_message(device_id, start + len(chunk), head)))
        signed = json.dumps({"devices": [segment.as_json()]}).encode()
        pages.append((signed + b"".join(line + b"\n" for line in chunk), len(signed)))
        base = head
    return pages


def enrol_token(hub: HubProcess, database_url: str, device_id: str, key: Ed25519PrivateKey) -> str:
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    connection = http.client.HTTPConnection("127.0.0.1", hub.port, timeout=120)
    connection.request("POST", "/v1/enrol", json.dumps({"code": enrolment_code(database_url, device_id),
                                                        "device_id": device_id,
                                                        "public_key": base64.b64encode(public).decode()}),
                       {"Content-Type": "application/json"})
    token = json.loads(connection.getresponse().read())["token"]
    connection.close()
    return token


def ingest(hub: HubProcess, database_url: str, page: int) -> tuple[float, list[float]]:
    """All laptops push at once; returns (changes per second, push latencies in ms)."""
    laptops = []
    for number in range(LAPTOPS):
        device_id, key = uuid.uuid4().hex[:16], Ed25519PrivateKey.generate()
        laptops.append((enrol_token(hub, database_url, device_id, key), laptop_pages(device_id, key, number, page)))
    latencies: list[float] = []
    errors: list[str] = []
    start_line = threading.Barrier(LAPTOPS + 1)

    def push_all(token: str, pages: list[tuple[bytes, int]]) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", hub.port, timeout=120)
        start_line.wait()
        for body, signed in pages:
            began = time.perf_counter()
            connection.request("POST", "/v1/push", body, {"Authorization": f"Bearer {token}",
                                                          "Content-Type": "application/x-ndjson",
                                                          "Attendance-Devices": str(signed)})
            response = connection.getresponse()
            answer = response.read()
            latencies.append((time.perf_counter() - began) * 1000)
            if response.status != 200 or json.loads(answer)["accepted"] != page:
                errors.append(f"{response.status} {answer[:200]!r}")
        connection.close()

    threads = [threading.Thread(target=push_all, args=laptop) for laptop in laptops]
    for thread in threads:
        thread.start()
    start_line.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join(timeout=600)
    elapsed = time.perf_counter() - began
    if errors:
        raise SystemExit(f"pushes failed: {errors[:3]}")
    return LAPTOPS * PER_LAPTOP / elapsed, latencies


def pull_against_import(hub: HubProcess, database_url: str, folder: Path) -> tuple[int, float, float]:
    """(changes, pull seconds, import seconds) for the same ~100,000 changes."""
    source, count = build_source(folder)
    with urllib.request.urlopen(hub.url + "/v1/status", timeout=30) as answer:
        before = json.loads(answer.read())["cursor"]  # the load test's changes: not pulled here
    hub_client.enrol(source, hub.url, enrolment_code(database_url, "source"))
    with source.transaction():  # the load test's people are not the source's: its bundle holds its own log
        source.execute("UPDATE hub_link SET pull_cursor = ?", [before])
    hub_client.sync_with_hub(source)
    # The import baseline's laptops are paired with the source first (a real import needs it: the
    # event's badge key is sealed for each), as people do by scanning each other's codes.
    targets = [Store(folder / f"import-{new_id()}.db") for _ in range(3)]
    for target in targets:
        pair(source, target)
    bundle = bundles.export_bundle(source, folder / "bundle.zip").path
    source.close()
    imports, pulls = [], []
    for target in targets:
        began = time.perf_counter()
        bundles.import_bundle(target, bundle)
        imports.append(time.perf_counter() - began)
        target.close()
        puller = Store(folder / f"pull-{new_id()}.db")
        link = hub_client.enrol(puller, hub.url, enrolment_code(database_url, "puller"))
        with puller.transaction():  # skip the load test's people: pull exactly the source's changes
            puller.execute("UPDATE hub_link SET pull_cursor = ?", [before])
        began = time.perf_counter()
        result = hub_client.sync_with_hub(puller)
        pulls.append(time.perf_counter() - began)
        assert result.pulled == count and link.hub_id
        puller.close()
    return count, statistics.median(pulls), statistics.median(imports)


def main() -> int:
    server = PostgresServer().start()
    hub = None
    try:
        for page in PAGES:
            database_url = server.new_database()
            hub = HubProcess(database_url, workers=2).start()
            rate, latencies = ingest(hub, database_url, page)
            print(f"ingest: {LAPTOPS} laptops x {PER_LAPTOP:,} changes at once, pages of {page:,}: {rate:,.0f} "
                  f"changes/s (goal >= {INGEST_GOAL:,.0f}: {'OK' if rate >= INGEST_GOAL else 'BELOW'}); push "
                  f"latency median {statistics.median(latencies):.0f} ms, p95 {percentile(latencies, 0.95):.0f} ms, "
                  f"p99 {percentile(latencies, 0.99):.0f} ms (n={len(latencies)})")
            hub.stop()
        hub = HubProcess(database_url, workers=2).start()
        with tempfile.TemporaryDirectory() as name:
            count, pull_s, import_s = pull_against_import(hub, database_url, Path(name))
        ratio = pull_s / import_s
        print(f"pull of {count:,} changes from the hub: median {pull_s:.2f} s; local import of the same bundle: "
              f"median {import_s:.2f} s; ratio {ratio:.2f}x (goal <= {PULL_GOAL}x: "
              f"{'OK' if ratio <= PULL_GOAL else 'ABOVE'})")
        print(f"load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        return 0
    finally:
        if hub is not None:
            hub.stop()
        server.stop()


if __name__ == "__main__":
    raise SystemExit(main())
