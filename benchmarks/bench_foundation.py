"""Foundation figures with 100,000 people: search p95 and register p95 against a bare insert + commit.

Targets (issue 2): search p95 <= 20 ms; register p95 <= 5 ms committed (WAL + synchronous=FULL)
and within 3x of a bare sqlite3 insert + commit of one row, measured in the same run.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import FAMILY, GIVEN, bare_insert_commit, demo_event, describe, fill_people, fresh_store, percentile, timed

from attendance import services

PEOPLE = 100_000


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="attendance-bench-"))
    store = fresh_store(folder)
    fill_people(store, PEOPLE)
    event = demo_event(store)
    rng = random.Random(7)

    queries = [rng.choice(["nu", "garc", "jos", "camp", "etien", "perez rod", "MUÑ", "zun 12", "keisha th",
                           "quiñ", "p12", "institucion 4"]) for _ in range(300)]
    search_ms = timed(lambda: services.search_people(store, queries.pop(), limit=50), 300)
    def register_one() -> None:
        services.register(store, event.id, given_names=rng.choice(GIVEN), family_names=rng.choice(FAMILY),
                          sex="female", institution="Institución 7")
    register_ms = timed(register_one, 300)
    participants_ms = timed(lambda: services.participants(store, event.id, text="nunez"), 50)

    bare_ms = bare_insert_commit(folder, 300)

    print(f"Foundation benchmark, {PEOPLE:,} people in the database")
    print(describe("search_people (prefix words, limit 50)", search_ms))
    print(describe("participants of an event (300), searched", participants_ms))
    print(describe("register (person + registration, committed)", register_ms))
    print(describe("bare sqlite3 insert + commit of one row", bare_ms))
    ratio = statistics.median(register_ms) / statistics.median(bare_ms)
    print(f"register / bare insert, median ratio: {ratio:.2f}x  (p95 ratio "
          f"{percentile(register_ms, 0.95) / percentile(bare_ms, 0.95):.2f}x)")
    print(f"targets: search p95 <= 20 ms: {'ok' if percentile(search_ms, 0.95) <= 20 else 'MISSED'}; "
          f"register p95 <= 5 ms: {'ok' if percentile(register_ms, 0.95) <= 5 else 'MISSED'}; "
          f"within 3x: {'ok' if ratio <= 3 else 'MISSED'}")


if __name__ == "__main__":
    main()
