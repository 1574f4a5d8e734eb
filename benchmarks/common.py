"""Shared helpers for the benchmarks: timing statistics and fast fixture databases.

Benchmarks run on demand (``python benchmarks/run.py`` or one ``bench_*.py``), print medians and
percentiles, and always measure a bare baseline in the same run so the figures can be compared
across machines.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from attendance import badges, presence, services
from attendance.domain import fold
from attendance.store import Store, utc_now

GIVEN = ["José", "María", "Ana Lucía", "Keisha", "Andre", "Jean-Baptiste", "Nadège", "Luis", "Carmen", "Óscar",
         "Marlon", "Fabienne", "Sofía", "Dwayne", "Ximena", "Raúl", "Tamara", "Wilner", "Iván", "Patricia"]
FAMILY = ["Núñez", "García", "Campbell", "Étienne", "Pérez Rodríguez", "Thompson", "Ibáñez", "Joseph", "Muñoz",
          "Baptiste", "Quiñones", "Persaud", "Desrosiers", "Zúñiga", "Gittens", "Castillo", "Ordóñez", "Liburd"]


def percentile(samples: list[float], share: float) -> float:
    """The value below which ``share`` of the samples fall (nearest rank)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    """Run ``action`` ``repeat`` times and return each duration in milliseconds."""
    durations = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        durations.append((time.perf_counter() - start) * 1000)
    return durations


def describe(name: str, samples_ms: list[float]) -> str:
    """One line: median, p95 and p99 of a list of milliseconds."""
    return (f"{name:<46} median {statistics.median(samples_ms):8.3f} ms   p95 {percentile(samples_ms, 0.95):8.3f} ms"
            f"   p99 {percentile(samples_ms, 0.99):8.3f} ms   (n={len(samples_ms)})")


def fill_people(store: Store, count: int, *, seed: int = 1) -> list[str]:
    """Insert ``count`` people (and 200 institutions) with plain SQL, fast; returns the person ids."""
    rng = random.Random(seed)
    now = utc_now()
    institutions = [(str(uuid.uuid4()), f"Institución {n}", fold(f"Institución {n}"), "police", now, now,
                     store.device_id) for n in range(200)]
    people = []
    for n in range(count):
        given, family = rng.choice(GIVEN), f"{rng.choice(FAMILY)} {n}"
        people.append((str(uuid.uuid4()), given, family, rng.choice(["female", "male"]),
                       f"p{n}@example.org", rng.choice(institutions)[0], now, now, store.device_id))
    with store.transaction():
        store.db.conn.executemany(
            "INSERT INTO institutions (id, name, folded_name, sector, created_at, updated_at, device_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", institutions)
        store.db.conn.executemany(
            "INSERT INTO people (id, given_names, family_names, sex, email, institution_id, created_at,"
            " updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", people)
    return [row[0] for row in people]


def fill_registrations(store: Store, event_id: str, person_ids: list[str]) -> list[tuple[str, str]]:
    """Register the people for the event with plain SQL (fast), at their person record's institution.

    Returns (registration id, badge token) pairs in the order of ``person_ids``.
    """
    now = utc_now()
    tokens: set[str] = set()
    while len(tokens) < len(person_ids):
        tokens.add(badges.new_badge_token())
    rows = [(str(uuid.uuid4()), event_id, person_id, token, now, now, now, store.device_id)
            for person_id, token in zip(person_ids, sorted(tokens), strict=True)]
    with presence.deferred(store):  # a bulk write, as an import: registrations computed once
        store.conn.executemany(
            "INSERT INTO registrations (id, event_id, person_id, badge_token, registered_at, created_at,"
            " updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        store.execute("UPDATE registrations SET institution_id = (SELECT institution_id FROM people p "
                      "WHERE p.id = registrations.person_id) WHERE event_id = ?", [event_id])
    return [(row[0], row[3]) for row in rows]


def bare_insert_commit(folder: Path, repeat: int) -> list[float]:
    """A bare sqlite3 insert + commit of one row with the store's pragmas (WAL, synchronous=FULL):
    the floor a committed write can reach on this machine. Milliseconds per commit."""
    bare = sqlite3.connect(folder / "bare.db", isolation_level=None)
    bare.execute("PRAGMA journal_mode=WAL")
    bare.execute("PRAGMA synchronous=FULL")
    bare.execute("CREATE TABLE IF NOT EXISTS t (id TEXT PRIMARY KEY, a TEXT, b TEXT, at TEXT)")

    def insert() -> None:
        bare.execute("BEGIN")
        bare.execute("INSERT INTO t VALUES (?, ?, ?, ?)", [str(uuid.uuid4()), "a", "b", utc_now()])
        bare.execute("COMMIT")
    try:
        return timed(insert, repeat)
    finally:
        bare.close()


def fresh_store(folder: Path, name: str = "bench.db") -> Store:
    """A new database in ``folder`` (any old copy removed)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(folder / name) + suffix).unlink(missing_ok=True)
    return Store(folder / name)


def demo_event(store: Store, code: str = "BENCH") -> services.Event:
    """A 5-day event to register and check people into."""
    return services.create_event(store, title="Benchmark course", code=code, start_date="2026-12-07",
                                 end_date="2026-12-11")
