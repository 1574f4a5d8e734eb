"""The door during a sync import: how long a scan waits while a 120,000-change bundle is imported.

Four check-in desks (separate processes, ``tests/door_child.py``) scan badges every ~20 ms while
this process imports a 120,000-change bundle (``bench_sync``'s laptop plus 20,000 more check-ins).
Reported: the p50/p99/max time of a scan that started during the import (goal: p99 <= 250 ms), next
to scans with no import running (the baseline, same run); and the import's own time written in
pieces (as it ships) against the same import in one transaction, with no desk running.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sync import build_source

from attendance import badges, services
from attendance.store import Store, new_id
from attendance.sync import bundles as sync
from attendance.sync import devices

GOAL_P99_S = 0.25
CHILD = Path(__file__).resolve().parent.parent / "tests" / "door_child.py"


def door_template(folder: Path) -> Path:
    """A desk's database: one event with 8,000 registered people."""
    store = Store(folder / "door-template.db")
    event = services.create_event(store, title="Door", code="DOOR", start_date="2026-12-07", end_date="2026-12-07")
    people = store.insert_many("people", [{"given_names": f"G{n}", "family_names": f"F{n}"} for n in range(8_000)])
    store.insert_many("registrations", [
        {"event_id": event.id, "person_id": person, "role": "participant", "status": "registered",
         "badge_token": badges.new_badge_token(), "source": "import", "registered_at": "2026-12-01T09:00:00.000Z"}
        for person in people])
    store.close()
    return store.path


def door(folder: Path) -> Path:
    """A fresh copy of the desk (database and device key: the bundle's sender trusts that laptop)."""
    template = folder / "door-template.db"
    path = folder / f"door-{new_id()}.db"
    shutil.copyfile(template, path)
    key = template.with_name(template.name + ".device-key")
    shutil.copyfile(key, path.with_name(path.name + ".device-key"))
    return path


def scans_during(folder: Path, bundle: Path | None, seconds: float = 0.0) -> tuple[list[float], float]:
    """Four desks scanning while the bundle is imported (or for ``seconds`` with none): the scan times
    that started during it, and how long the import took."""
    path, stop = door(folder), folder / f"stop-{new_id()}"
    outs = [folder / f"desk-{new_id()}.jsonl" for _ in range(4)]
    desks = [subprocess.Popen([sys.executable, str(CHILD), str(path), "DOOR", str(n * 2_000), "2000", str(stop),
                               str(out)], stdout=subprocess.PIPE, text=True) for n, out in enumerate(outs)]
    store = Store(path)
    try:
        for desk in desks:
            desk.stdout.readline()
        began = time.time()
        if bundle is not None:
            sync.import_bundle(store, bundle)
        else:
            time.sleep(seconds)
        ended = time.time()
    finally:
        stop.touch()
        for desk in desks:
            desk.wait(timeout=300)
        store.close()
    scans = [json.loads(line) for out in outs for line in out.read_text().splitlines()]
    refused = [scan for scan in scans if scan["error"]]
    if refused:
        raise SystemExit(f"{len(refused)} scans refused: {refused[0]['error']}")
    return [scan["seconds"] for scan in scans if began <= scan["started"] <= ended], ended - began


def timed_import(folder: Path, bundle: Path, *, one_piece: bool) -> float:
    """Wall seconds of the import into a fresh desk database, no desk scanning."""
    store = Store(door(folder))
    saved = sync.CHUNK_CHANGES
    sync.CHUNK_CHANGES = 10**9 if one_piece else saved
    try:
        start = time.perf_counter()
        sync.import_bundle(store, bundle)
        return time.perf_counter() - start
    finally:
        sync.CHUNK_CHANGES = saved
        store.close()


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of the values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def main() -> int:
    """Build the laptop and its bundle, then measure the desks and the import."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source, _ = build_source(folder)
        event_id = source.scalar("SELECT id FROM events")
        sessions = [s.id for s in services.sessions(source, event_id)]
        registrations = [r[0] for r in source.execute("SELECT id FROM registrations")]
        rng = random.Random(9)
        source.insert_many("checkins", [
            {"registration_id": rng.choice(registrations), "event_id": event_id, "session_id": rng.choice(sessions),
             "badge_token": None, "at": "2026-12-08T09:00:00.000Z", "method": "scan"} for _ in range(20_000)])
        with Store(door_template(folder)) as desk:  # the coordinator's laptop and the desk pair at set-up
            devices.trust(source, devices.qr_text(desk), coordinator=True)
            devices.trust(desk, devices.qr_text(source), coordinator=True)
        bundle = sync.export_bundle(source, folder / "bundle.zip")
        source.close()
        print(f"bundle: {bundle.changes:,} changes; pieces of at most {sync.CHUNK_CHANGES:,} changes / "
              f"~{sync.CHUNK_SECONDS * 1000:.0f} ms, {sync.YIELD_SECONDS * 1000:.0f} ms pause between")
        pieces, whole = [], []
        for _ in range(3):  # interleaved, so a change in the machine's load falls on both alike
            pieces.append(timed_import(folder, bundle.path, one_piece=False))
            whole.append(timed_import(folder, bundle.path, one_piece=True))
        waits, took = scans_during(folder, bundle.path)
        idle, _ = scans_during(folder, None, seconds=min(took, 15.0))
    print(f"import in one transaction   median {statistics.median(whole):6.2f} s   n={len(whole)}")
    print(f"import in pieces            median {statistics.median(pieces):6.2f} s   "
          f"({statistics.median(pieces) / statistics.median(whole):4.2f}x one transaction)   n={len(pieces)}")
    for label, values in (("scan, no import running", idle), ("scan during the import", waits)):
        print(f"{label:<27} p50 {percentile(values, 0.5) * 1000:6.1f} ms  p99 {percentile(values, 0.99) * 1000:6.1f} ms"
              f"  max {max(values) * 1000:6.1f} ms   n={len(values)}")
    p99 = percentile(waits, 0.99)
    verdict = "OK" if p99 <= GOAL_P99_S else "TOO SLOW"
    print(f"goal: p99 scan during a {bundle.changes:,}-change import <= {GOAL_P99_S * 1000:.0f} ms "
          f"(import took {took:.1f} s with 4 desks): {verdict}; load average now {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores")
    return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    raise SystemExit(main())
