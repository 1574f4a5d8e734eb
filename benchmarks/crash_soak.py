"""The crash test at length: 200 SIGKILLs of a station in the middle of its check-ins.

``python benchmarks/crash_soak.py [ROUNDS]`` prints how many check-ins were confirmed, how many of
them are in the database afterwards (all, or it fails), and the integrity check after each round.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import crash_child

from attendance.store import Store


def main(rounds: int) -> int:
    path = Path(tempfile.mkdtemp(prefix="attendance-crash-")) / "crash.db"
    crash_child.prepare_database(path)
    rng = random.Random(2026)
    printed: list[str] = []
    undone: list[str] = []
    damaged = 0
    started = time.perf_counter()
    for number in range(1, rounds + 1):
        checked_in, undid = crash_child.kill_round(path, rng, max_delay=0.5)
        printed += checked_in
        undone += undid
        with Store(path) as store:
            damaged += store.integrity_check() != ["ok"]
        if number % 20 == 0:
            print(f"  {number} kills, {len(printed)} confirmed check-ins so far", flush=True)
    with Store(path) as store:
        stored = {row["id"] for row in store.rows("SELECT id FROM checkins")}
        undo_targets = {row["undoes"] for row in store.rows("SELECT undoes FROM checkins WHERE undoes IS NOT NULL")}
    lost = set(printed) - stored
    lost_undos = set(undone) - undo_targets
    print(f"{rounds} SIGKILLs in {time.perf_counter() - started:.1f} s: {len(printed)} confirmed check-ins, "
          f"{len(undone)} confirmed undos; lost {len(lost)} check-ins and {len(lost_undos)} undos; "
          f"{damaged} integrity check failures")
    return 1 if lost or lost_undos or damaged else 0


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
