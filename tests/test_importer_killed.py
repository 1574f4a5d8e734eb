"""An import killed half-way (SIGKILL, a power cut) keeps the batches it committed, each whole, and
importing the same file again finishes it: the database then holds exactly what one clean import gives."""

from __future__ import annotations

import csv
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from attendance import services
from attendance.store import Store

# The child imports the file and prints after each batch it has written (committed).
CHILD = """
import sys
from attendance import services
from attendance.intake import importer
from attendance.store import Store
store = Store(sys.argv[1])
event = services.event_by_code(store, "KILL26")
def progress(done, total):
    print(f"written {done} of {total}", flush=True)
importer.import_file(store, event.id, sys.argv[2], progress=progress)
print("finished", flush=True)
"""


def _big_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First name", "Last name", "Gender", "Organization", "Country", "Email"])
        for n in range(rows):
            writer.writerow([f"Given{n}", f"Family{n}", "F" if n % 2 else "M", f"Institution {n % 40}", "Jamaica",
                             f"person{n}@example.org"])


def _snapshot(path: Path) -> dict[str, int]:
    with Store(path) as store:
        return {table: store.scalar(f"SELECT count(*) FROM {table}")
                for table in ("people", "registrations", "institutions", "changes")}


def test_an_import_killed_half_way_is_finished_by_importing_the_file_again(tmp_path: Path) -> None:
    source = tmp_path / "big.csv"
    _big_csv(source, 6000)
    snapshots = []
    for name, kills in (("clean.db", 0), ("killed.db", 3)):
        database = tmp_path / name
        with Store(database) as store:
            event = services.create_event(store, title="Killed import", code="KILL26", start_date="2026-12-07")
            services.register(store, event.id, given_names="Already", family_names="There", sex="female")
        before = _snapshot(database)
        rng = random.Random(5)
        for _ in range(kills):
            child = subprocess.Popen([sys.executable, "-c", CHILD, str(database), str(source)],
                                     stdout=subprocess.PIPE, text=True)
            wanted = rng.randint(1, 3)  # kill after 1 to 3 batches were written, mid-import
            for seen, line in enumerate(child.stdout, 1):
                assert line.startswith("written"), line
                if seen == wanted:
                    os.kill(child.pid, signal.SIGKILL)
                    break
            child.wait(timeout=60)
            assert child.returncode == -signal.SIGKILL
            partial = _snapshot(database)
            assert before["people"] < partial["people"] < before["people"] + 6000  # whole batches only
            assert (partial["registrations"] - before["registrations"]) % 500 == 0
        finished = subprocess.run([sys.executable, "-c", CHILD, str(database), str(source)], capture_output=True,
                                  text=True, timeout=300)
        assert finished.stdout.splitlines()[-1] == "finished", finished.stderr
        with Store(database) as store:
            assert store.integrity_check() == ["ok"]
            assert store.execute("PRAGMA foreign_key_check").fetchall() == []
        snapshots.append(_snapshot(database))
    assert snapshots[1] == snapshots[0]  # nothing doubled, nothing missing
    assert snapshots[0]["people"] == 6001
